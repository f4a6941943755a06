"""The first steps on Today: six things that set the model going, each ticked once the journal
shows it done, each opening the editor that does it, until all are done or the card is put away.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachapp.config import Settings
from coachapp.errors import QT_TRANSLATE_NOOP, Message
from coachapp.i18n import render, translate
from coachapp.services.onboarding.activity import Activity, journal_activity
from coachapp.services.onboarding.first_steps import FirstSteps, Step
from coachapp.ui.common.icons import icon
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel

ICON_PX = 16

# step: (what to do, why it matters in a few words, the button)
STEP_TEXTS: dict[Step, tuple[Message, Message, Message]] = {
    Step.ENTRY: (
        QT_TRANSLATE_NOOP("FirstStepsCard", "Write a first entry"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "what happened today, and what it taught you"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "Write"),
    ),
    Step.TEAM: (
        QT_TRANSLATE_NOOP("FirstStepsCard", "Add your team"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "everyone at once, one person a line"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "Add…"),
    ),
    Step.RITUAL: (
        QT_TRANSLATE_NOOP("FirstStepsCard", "Plan a first co-construction ritual"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "a time when the team builds something together"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "Plan…"),
    ),
    Step.DELEGATION: (
        QT_TRANSLATE_NOOP("FirstStepsCard", "Record a first delegation"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "who decides what, on seven levels"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "Record…"),
    ),
    Step.EXPERIMENT: (
        QT_TRANSLATE_NOOP("FirstStepsCard", "Start a first experiment"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "a small change, tried for a while, with a sign"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "Start…"),
    ),
    Step.ASSESSMENT: (
        QT_TRANSLATE_NOOP("FirstStepsCard", "Do a first self-assessment"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "a rating for each dimension of the model: your start"),
        QT_TRANSLATE_NOOP("FirstStepsCard", "Rate…"),
    ),
}


class _StepRow:
    """One step: its mark (a number, or a tick and "Done"), its words, its button."""

    def __init__(self, step: Step, number: int, card: FirstStepsCard, grid: QGridLayout) -> None:
        self.step = step
        self.number = number
        self.mark = QLabel(card)
        self.mark.setFixedWidth(ICON_PX + 8)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(card)
        self.text.setWordWrap(True)
        self.button = QPushButton(card)
        self.button.setObjectName(f"step_{step.value}")
        self.button.clicked.connect(lambda: card.step_requested.emit(step.value))
        self.done_label = ToneLabel("muted", card)
        self.done_label.setObjectName(f"done_{step.value}")
        line = grid.rowCount()
        grid.addWidget(self.mark, line, 0)
        grid.addWidget(self.text, line, 1)
        grid.addWidget(self.button, line, 2)
        grid.addWidget(self.done_label, line, 2)

    def retranslate(self) -> None:
        what, why, action = (render(text) for text in STEP_TEXTS[self.step])
        self.text.setText(f"<b>{html.escape(what)}</b> · {html.escape(why)}")
        self.button.setText(action)
        self.button.setAccessibleName(what)
        self.done_label.setText(translate("FirstStepsCard", "Done"))

    def show(self, done: bool) -> None:
        self.button.setVisible(not done)
        self.done_label.setVisible(done)
        self.mark.setAccessibleName(
            translate("FirstStepsCard", "Done") if done else translate("FirstStepsCard", "To do")
        )
        if done:
            self.mark.setPixmap(icon("held").pixmap(ICON_PX, ICON_PX))
        else:
            self.mark.setText(str(self.number))


class FirstStepsCard(Retranslatable, QFrame):
    """`step_requested(step)`: open what does the step (a `Step` value)."""

    step_requested = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.steps = FirstSteps(settings)
        self.done: frozenset[Step] = frozenset()
        self._focus_wanted = False
        self.title = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("firstStepsProgress")
        self.progress.setRange(0, len(Step))
        self.progress.setMaximumWidth(160)
        self.hide_button = QPushButton(self)
        self.hide_button.setObjectName("hideFirstSteps")
        self.hide_button.setFlat(True)
        self.hide_button.clicked.connect(self.put_away)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.progress)
        header.addWidget(self.hide_button)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        self.rows = [_StepRow(step, n, self, grid) for n, step in enumerate(Step, start=1)]
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(grid)
        self.hide()  # until the journal is read
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title = self.tr("First steps with the model")
        self.title.setText(f"<b>{html.escape(title)}</b>")
        self.hide_button.setText(self.tr("Hide these steps"))
        self.hide_button.setToolTip(self.tr("The setup assistant (Help menu) can show them again"))
        for row in self.rows:
            row.retranslate()
        self._show_progress()

    def refresh(self) -> None:
        """Read which steps the journal shows done; hidden once all are, or when put away."""
        if not self.steps.wanted():
            self.hide()
            return
        self.done = self.steps.done()
        for row in self.rows:
            row.show(row.step in self.done)
        self._show_progress()
        self.show()
        self._take_focus()

    def _show_progress(self) -> None:
        count = len(self.done)
        text = self.tr("{done} of {all}").format(done=count, all=len(Step))
        self.progress.setValue(count)
        self.progress.setFormat(text)
        self.progress.setAccessibleName(self.tr("First steps done: {text}").format(text=text))

    def focus_next_step(self) -> None:
        """The keyboard on the first step left to do, once the card has read the journal
        (after the first run: a Tab saved for each part of Today it would otherwise cross)."""
        self._focus_wanted = True
        self._take_focus()

    def _take_focus(self) -> None:
        row = next((r for r in self.rows if r.step not in self.done), None)
        if self._focus_wanted and self.isVisible() and row is not None:
            self._focus_wanted = False
            row.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def put_away(self) -> None:
        self.steps.hide()
        self.hide()


def nothing_to_suggest(now: datetime) -> str:
    """What Today says with no suggestion: never that the model is at work on a journal that
    shows little of it (the engine is silent there for want of anything to read)."""
    activity = journal_activity(now)
    if activity is Activity.ACTIVE:
        return translate(
            "TodayView", "Nothing to suggest today: your journal shows the model at work."
        )
    if activity is Activity.NEW:
        return translate(
            "TodayView",
            "Nothing to suggest yet: suggestions come from what your journal holds. Write a "
            "first entry, add your team or plan a first meeting to begin.",
        )
    return translate(
        "TodayView",
        "Nothing is due today. You could note what happened this week, plan a time to build "
        "something with your team, or try a small change as an experiment.",
    )
