"""Opening things where they live: an item in its area, a new record in its editor, and what
crosses areas (a meeting's debrief in the journal, an experiment born in a meeting). The menu
actions, Today, the reminders and the areas' links all go through here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from coachapp.context import Journal
from coachapp.errors import UserError
from coachapp.i18n import current_language, format_datetime, render_error
from coachapp.ui.shell.areas import Area, AreaStack

if TYPE_CHECKING:  # the areas' and the services' modules are imported when first used
    from coachapp.services.journal.journal import EntryRecord
    from coachapp.services.rituals.rituals import Occurrence
    from coachapp.ui.delegations.delegations_view import DelegationsView
    from coachapp.ui.experiments.experiments_view import ExperimentsView
    from coachapp.ui.journal.journal_view import JournalView
    from coachapp.ui.people.people_view import PeopleView
    from coachapp.ui.rituals.rituals_view import RitualsView

DEBRIEF_TEMPLATE = "ritual-debrief"
GROWTH_TAB = 1  # a person's plans and delegations


class Areas:
    """The areas the navigator opens things in, built when first reached."""

    journal: Area[JournalView] = Area("journal")
    rituals: Area[RitualsView] = Area("rituals")
    delegations: Area[DelegationsView] = Area("delegations")
    experiments: Area[ExperimentsView] = Area("experiments")
    people: Area[PeopleView] = Area("people")

    def __init__(self, stack: AreaStack) -> None:
        self.stack = stack


class Navigator(QObject):
    """`status(text)`: what could not be opened (gone to the trash since, say)."""

    status = Signal(str)

    def __init__(
        self, journal: Journal, areas: Areas, show: Callable[[QWidget], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._areas = areas
        self._show = show

    # New records

    def new_entry(self) -> None:
        self._show(self._areas.journal)
        self._areas.journal.start_entry()

    def entry_of_kind(
        self, kind: str, *, title: str = "", people: tuple[str, ...] = (),
        links: frozenset[tuple[str, str]] = frozenset(),
    ) -> EntryRecord:  # fmt: skip
        """A new entry from the template of that kind, filled in from where it was asked."""
        language = current_language() or "en"
        templates = self._journal.templates.templates(language)
        template = next((t for t in templates if t.kind.value == kind), None)
        self._show(self._areas.journal)
        return self._areas.journal.new_entry(template, title=title, people=people, links=links)

    def plan_ritual(self, method_key: str = "") -> QDialog:
        self._show(self._areas.rituals)
        return self._areas.rituals.plan(method_key)

    def new_delegation(self, person_uuid: str | None = None) -> QDialog:
        self._show(self._areas.delegations)
        return self._areas.delegations.new_delegation(person_uuid)

    def new_experiment(self) -> QDialog:
        self._show(self._areas.experiments)
        return self._areas.experiments.new_experiment()

    def new_person(self) -> None:
        self._show(self._areas.people)
        self._areas.people.add_person()

    def conclude(self, experiment_uuid: str) -> QDialog | None:
        """The experiment's learning card, on its board."""
        from coachapp.services.experiments.experiments import ExpStatus  # noqa: PLC0415

        self.show_experiment(experiment_uuid)
        return self._areas.experiments.request_move(experiment_uuid, ExpStatus.CONCLUDED)

    def check_in(self, delegation_uuid: str) -> QDialog | None:
        self.show_delegation(delegation_uuid)
        return self._areas.delegations.check_in(delegation_uuid)

    # Across areas

    def write_debrief(self, occurrence: Occurrence) -> None:
        """Start the journal entry that tells how a meeting went, linked to it."""
        from coachapp.services.rituals.rituals import RITUAL  # noqa: PLC0415

        self._areas.rituals.save_state()
        language = current_language() or "en"
        templates = self._journal.templates.templates(language)
        template = next((t for t in templates if t.key == DEBRIEF_TEMPLATE), None)
        people, _groups = self._journal.rituals.attendance(
            occurrence.ritual_uuid, occurrence.starts_at
        )
        title = self.tr("Debrief: {title}, {date}").format(
            title=occurrence.title, date=format_datetime(occurrence.starts_at)
        )
        self._show(self._areas.journal)
        self._areas.journal.new_entry(
            template, title=title, people=people,
            links=frozenset({(RITUAL, occurrence.ritual_uuid)}),
        )  # fmt: skip

    def experiment_from_ritual(self, occurrence: Occurrence) -> None:
        """A new experiment that came out of a meeting, involving who took part."""
        self._areas.rituals.save_state()
        people, _groups = self._journal.rituals.attendance(
            occurrence.ritual_uuid, occurrence.starts_at
        )
        self._show(self._areas.experiments)
        self._areas.experiments.new_experiment(
            ritual_uuid=occurrence.ritual_uuid, people=tuple(people)
        )

    # Showing

    def open_item(self, kind: str, item_uuid: str) -> None:
        show = {"ritual": self.show_ritual, "delegation": self.show_delegation,
                "experiment": self.show_experiment, "entry": self.show_entry,
                "person": self.show_person, "skill": self.show_skill}[kind]  # fmt: skip
        try:
            show(item_uuid)
        except UserError as exc:  # gone to the trash since
            self.status.emit(render_error(exc))

    def show_entry(self, entry_uuid: str) -> None:
        self._show(self._areas.journal)
        self._areas.journal.show_entry(entry_uuid)

    def show_ritual(self, ritual_uuid: str) -> None:
        self._show(self._areas.rituals)
        self._areas.rituals.show_ritual(ritual_uuid)

    def show_delegation(self, delegation_uuid: str) -> None:
        self._show(self._areas.delegations)
        self._areas.delegations.open_delegation(delegation_uuid)

    def show_experiment(self, experiment_uuid: str) -> None:
        self._show(self._areas.experiments)
        self._areas.experiments.open_experiment(experiment_uuid)

    def show_person(self, person_uuid: str) -> None:
        self._show(self._areas.people)
        self._areas.people.select(person_uuid)

    def show_growth(self, person_uuid: str | None) -> None:
        """A person's plans and delegations (the People area, if no one is named)."""
        self._show(self._areas.people)
        if person_uuid and self._areas.people.select(person_uuid):
            self._areas.people.editor.tabs.setCurrentIndex(GROWTH_TAB)

    def show_skill(self, skill_uuid: str) -> None:
        """A skill plan lives on its person's growth tab."""
        self.show_growth(self._journal.skills.get(skill_uuid).draft.person_uuid)

    def show_method(self, method_key: str) -> None:
        """A method of the library, in the rituals' Methods tab."""
        self._show(self._areas.rituals)
        self._areas.rituals.tabs.setCurrentWidget(self._areas.rituals.methods)
        self._areas.rituals.methods.show_method(method_key)

    def show_grid(self) -> None:
        self._show(self._areas.experiments)  # built, so its module is loaded
        from coachapp.ui.experiments.experiments_view import GRID  # noqa: PLC0415

        self._areas.experiments.tabs.setCurrentIndex(GRID)

    def show_board(self) -> None:
        self._show(self._areas.delegations)  # built, so its module is loaded
        from coachapp.ui.delegations.delegations_view import BOARD  # noqa: PLC0415

        self._areas.delegations.tabs.setCurrentIndex(BOARD)
