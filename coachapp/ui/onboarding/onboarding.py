"""The window's side of a new manager's way in: the first run at the first start, the first
steps on Today and the empty areas' first actions, the team added at once, and the example
journal (asked for here; the running session swaps the journals, see `ui.shell.app`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from coachapp.services.onboarding.example import is_example
from coachapp.services.onboarding.first_steps import Step, first_run_wanted
from coachapp.ui.common import messages
from coachapp.ui.common.actions import new_action
from coachapp.ui.common.host import Host
from coachapp.ui.common.icons import icon
from coachapp.ui.onboarding.empty_states import EmptyState, EmptyStates
from coachapp.ui.onboarding.example import ExampleBanner, show_banner

if TYPE_CHECKING:  # the dialogs among them load when first opened, after the first paint
    from coachapp.ui.guide.help_actions import HelpActions
    from coachapp.ui.journal.journal_view import JournalView
    from coachapp.ui.onboarding.first_run import FirstRunDialog
    from coachapp.ui.onboarding.team_editor import TeamDialog
    from coachapp.ui.protection.journal_guard import JournalGuard
    from coachapp.ui.shell.areas import AreaStack
    from coachapp.ui.shell.navigator import Navigator
    from coachapp.ui.today.today_actions import TodayActions
    from coachapp.ui.today.today_view import TodayView


class OnboardingHost(Host, Protocol):
    nav: Navigator
    today_actions: TodayActions
    today_view: TodayView
    journal_view: JournalView
    help: HelpActions
    guard: JournalGuard
    stack: AreaStack


class Onboarding(QObject):
    """`example_requested` / `example_left`: open the example journal, or leave it (the
    session does it); `language_chosen(code)`: the first run's choice of language."""

    example_requested = Signal()
    example_left = Signal()
    language_chosen = Signal(str)

    def __init__(self, host: OnboardingHost) -> None:
        super().__init__(host.widget())
        self._host = host
        self.example = is_example(host.settings)
        self.banner: ExampleBanner | None = None
        window = host.widget()
        self.act_example = new_action(window, "exploreExample", self.explore_example)
        self.act_setup = new_action(window, "setupAssistant", self.setup_assistant)
        nav = host.nav
        self._steps: dict[Step, Callable[[], object]] = {
            Step.ENTRY: nav.new_entry,
            Step.TEAM: self.add_team,
            Step.RITUAL: nav.plan_ritual,
            Step.DELEGATION: nav.new_delegation,
            Step.EXPERIMENT: nav.new_experiment,
            Step.ASSESSMENT: host.today_actions.self_assessment,
        }
        panels = EmptyStates(
            host.events,
            {"journal": nav.new_entry, "rituals": nav.plan_ritual,
             "delegations": nav.new_delegation, "experiments": nav.new_experiment,
             "people": self.add_team, "insights": nav.plan_ritual},
            self,
        )  # fmt: skip
        for name, view in host.stack.built_areas():
            self._area_built(name, view)
            panels.add(name, view)
        host.stack.built.connect(self._area_built)
        host.stack.built.connect(panels.add)
        self.empty_states: dict[str, EmptyState] = panels.panels  # filled as areas are built
        host.help.link_actions.update({step.value: do for step, do in self._steps.items()})
        if self.example:
            self._as_example()

    def _area_built(self, name: str, _view: QWidget) -> None:
        """Today's first-steps card opens the steps' editors (Today is built after the
        window's first paint)."""
        if name != "today":
            return
        host = self._host
        card = host.today_view.first_steps
        # A new entry nobody wrote in can only be in the journal area once it is built.
        card.steps.unwritten = lambda: (
            host.journal_view.unwritten if host.stack.is_built("journal") else ()
        )
        card.step_requested.connect(lambda step: self._steps[Step(step)]())

    def retranslate_ui(self) -> None:
        self.act_example.setText(self.tr("Explore an &example journal…"))
        self.act_example.setToolTip(
            self.tr("A fictional service's journal, in a folder of its own, apart from yours")
        )
        self.act_setup.setText(self.tr("&Setup assistant…"))

    def refresh_icons(self) -> None:
        self.act_example.setIcon(icon("example"))

    # At the start

    def at_start(self, *, new_journal: bool) -> FirstRunDialog | None:
        """The first run on a journal with nothing in it yet; else what is new, once."""
        if not self.example and first_run_wanted(self._host.settings):
            return self.setup_assistant()
        if new_journal:
            self._host.guard.offer_once()
        self._host.help.whats_new_once(new_journal=new_journal)
        return None

    def setup_assistant(self) -> FirstRunDialog:
        host = self._host
        offer = None if self.example else host.guard.protect_dialog
        from coachapp.ui.onboarding.first_run import FirstRunDialog  # noqa: PLC0415

        dialog = FirstRunDialog(host.journal, offer, host.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.example_requested.connect(self.example_requested)
        dialog.model_requested.connect(host.help.show_model)
        dialog.language_chosen.connect(self._language_chosen)
        dialog.team_added.connect(lambda: host.events.changed.emit("person"))
        dialog.finished.connect(lambda _result: host.events.changed.emit("settings"))
        dialog.accepted.connect(host.today_view.first_steps.focus_next_step)
        dialog.open()
        return dialog

    def _language_chosen(self, code: str) -> None:
        self._host.settings.set("language", code)
        self.language_chosen.emit(code)

    # The team

    def add_team(self) -> TeamDialog:
        host = self._host
        from coachapp.ui.onboarding.team_editor import TeamDialog  # noqa: PLC0415

        dialog = TeamDialog(host.journal.people, host.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._team_added(dialog))
        dialog.open()
        return dialog

    def _team_added(self, dialog: TeamDialog) -> None:
        self._host.events.changed.emit("person")
        self._host.show_status(self.tr("%n person(s) added to People.", "", len(dialog.added)))

    # The example journal

    def explore_example(self) -> bool:
        """Ask, then open the example journal in place of this one (kept safe meanwhile)."""
        if self.example:
            return False
        if not messages.confirm(
            self._host.widget(),
            self.tr("Explore an example journal"),
            self.tr(
                "The example journal of a fictional service opens in place of yours, from a "
                "folder of its own: nothing done there reaches your journal. The banner at the "
                "top brings you back in one click."
            ),
            self.tr("Open the example"),
        ):
            return False
        self.example_requested.emit()
        return True

    def _as_example(self) -> None:
        """This window shows the example: the banner, and nothing that belongs to a real
        journal (protecting it, setting it up, its first steps)."""
        window = self._host.widget()
        assert isinstance(window, QMainWindow)
        self.banner = show_banner(window)
        self.banner.back_requested.connect(self.example_left)
        self.act_example.setEnabled(False)
        self.act_setup.setEnabled(False)
        self._host.guard.menu.menuAction().setVisible(False)
        self._host.today_view.first_steps.steps.hide()
