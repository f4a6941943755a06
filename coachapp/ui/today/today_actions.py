"""What Today asks the window for: acting on a suggestion, answering the question of the day,
the weekly review, the self-assessment and its progress chart.

A suggestion counts as done once what it opened is done (the dialog accepted, something
written in the new entry); a dialog cancelled or an entry left empty leaves it on Today.
Opening an item or a board to look at it counts at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from coachapp.i18n import current_language
from coachapp.ui.common.host import Host
from coachapp.ui.shell.navigator import Navigator

if TYPE_CHECKING:  # loaded when first asked for, after the first paint
    from coachapp.coaching.engine import Prompt
    from coachapp.coaching.questions import Question
    from coachapp.services.journal.journal import EntryRecord
    from coachapp.ui.today.self_assessment_dialog import SelfAssessmentDialog
    from coachapp.ui.today.weekly_review import WeeklyReview


class TodayActions(QObject):
    def __init__(self, host: Host, navigator: Navigator) -> None:
        super().__init__(host.widget())
        self._host = host
        self._nav = navigator
        self._waiting: dict[str, Prompt] = {}  # new entry -> the suggestion it answers

    def act_on_prompt(self, prompt: Prompt) -> None:
        """Open what the suggestion says, filled in from what it is about."""
        from coachapp.services.journal.journal import EntryRecord  # noqa: PLC0415

        nav = self._nav
        handlers: dict[str, Callable[[dict[str, str]], object]] = {
            "new_entry": self._entry,
            "plan_ritual": lambda a: nav.plan_ritual(a.get("method", "")),
            "open_ritual": lambda a: nav.show_ritual(a["ritual"]),
            "new_experiment": lambda _a: nav.new_experiment(),
            "open_experiment": lambda a: nav.show_experiment(a["experiment"]),
            "conclude_experiment": lambda a: nav.conclude(a["experiment"]),
            "open_grid": lambda _a: nav.show_grid(),
            "check_in": lambda a: nav.check_in(a["delegation"]),
            "open_delegation": lambda a: nav.show_delegation(a["delegation"]),
            "delegation_board": lambda _a: nav.show_board(),
            "open_person": lambda a: nav.show_growth(a.get("person")),
            "open_entry": lambda a: nav.show_entry(a["entry"]),
        }
        handler = handlers.get(prompt.action.get("kind", ""))
        if handler is None:
            return
        opened = handler(prompt.action)
        if isinstance(opened, QDialog):
            opened.accepted.connect(lambda: self._acted(prompt))
        elif isinstance(opened, EntryRecord):
            self._waiting[opened.uuid] = prompt
        else:
            self._acted(prompt)

    def entry_written(self, entry_uuid: str) -> None:
        """Something was written in a new entry: the suggestion that opened it is done."""
        prompt = self._waiting.pop(entry_uuid, None)
        if prompt is not None:
            self._acted(prompt)

    def _acted(self, prompt: Prompt) -> None:
        self._host.journal.prompts.act(prompt)
        self._host.events.changed.emit("prompt")

    def _entry(self, action: dict[str, str]) -> EntryRecord:
        from coachapp.services.experiments.experiments import EXPERIMENT  # noqa: PLC0415

        person, experiment = action.get("person"), action.get("experiment")
        return self._nav.entry_of_kind(
            action.get("entry_kind", "note"),
            people=(person,) if person else (),
            links=frozenset({(EXPERIMENT, experiment)}) if experiment else frozenset(),
        )

    def answer_question(self, question: Question) -> None:
        """A journal entry titled with the question of the day, ready for the answer."""
        language = current_language() or "en"
        self._nav.entry_of_kind("note", title=question.text.get(language, question.text["en"]))

    def weekly_review(self) -> WeeklyReview:
        """The guided weekly review; its entry opens in the journal once written."""
        from coachapp.ui.today.weekly_review import WeeklyReview  # noqa: PLC0415

        review = WeeklyReview(self._host.journal, self._host.widget())
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review.accepted.connect(lambda: self._reviewed(review))
        review.open()
        return review

    def _reviewed(self, review: WeeklyReview) -> None:
        if review.entry_uuid is not None:
            self._host.events.changed.emit("entry")
            self._nav.show_entry(review.entry_uuid)
            self._host.show_status(self.tr("Weekly review kept in the journal."))

    def self_assessment(self) -> SelfAssessmentDialog:
        from coachapp.ui.today.self_assessment_dialog import SelfAssessmentDialog  # noqa: PLC0415

        dialog = SelfAssessmentDialog(self._host.journal, self._host.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._host.events.changed.emit("self_assessment"))
        dialog.accepted.connect(self.show_progress)
        dialog.open()
        return dialog

    def show_progress(self) -> QDialog:
        # QtCharts weighs on start-up: loaded when the chart is first asked for.
        from coachapp.ui.today.self_assessment_chart import SelfAssessmentChart  # noqa: PLC0415

        chart = SelfAssessmentChart(self._host.journal, self._host.widget())
        chart.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chart.open()
        return chart
