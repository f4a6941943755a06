"""Today, the app's home: what the management model suggests now (with why), the question of
the day, and what is coming in the week (meetings, check-ins, experiment reviews).

Long because the home lays out and fills four panels of its own (suggestions, question, week,
the coach's comments) and keeps them still from the first paint to the journal being read; the
cards and the first steps are already apart (prompt_card, onboarding.first_steps_card).
"""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.i18n import current_language, format_datetime
from coachapp.services.experiments.experiments import ExpStatus
from coachapp.timezones import local_zone
from coachapp.ui.common.coach_notes import FeedbackList
from coachapp.ui.common.dates import day_text, heading_day
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.icons import icon
from coachapp.ui.common.lazy_view import RefreshedWhenShown
from coachapp.ui.common.naming import named_after
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import enlarge
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.common.wrapping import wrap_column
from coachapp.ui.guide.links import linked, pillar_link
from coachapp.ui.onboarding.first_steps_card import FirstStepsCard, nothing_to_suggest
from coachapp.ui.today.prompt_card import PromptCard

if TYPE_CHECKING:  # its module loads after the first paint
    from coachapp.coaching.engine import Prompt
    from coachapp.coaching.questions import Question
    from coachapp.services.exchange.feedback import Comment

SHOWN = 8  # prompts on the page; the others wait behind "Show all"
WEEK = 7
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
FEEDBACK_SHARE = 0.4  # of the page's height at most, for the coach's comments; then they scroll


class TodayView(RefreshedWhenShown, Retranslatable, QWidget):
    """`action_requested(prompt)`: open what the prompt suggests (the main window knows how);
    `answer_requested(question)`: write the answer to the question of the day."""

    action_requested = Signal(object)
    answer_requested = Signal(object)
    review_requested = Signal()
    assessment_requested = Signal()
    progress_requested = Signal()
    item_requested = Signal(str, str)  # kind (entry, ritual, delegation, ...), UUID
    status = Signal(str)

    def __init__(self, journal: Journal, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._show_all = False
        self._window_painted = False
        self._question: Question | None = None
        self._prompts: list[Prompt] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("todayHeading")
        enlarge(self.heading, 1.4)
        self.first_steps = FirstStepsCard(journal.settings, self)
        scroll = self._build_prompts()
        self._build_question()
        self._build_week()
        self._build_feedback()
        left = QVBoxLayout()
        left.addWidget(self.first_steps)
        left.addWidget(self._feedback_box)
        left.addWidget(self.prompts_title)
        left.addWidget(self.empty)
        left.addWidget(scroll, 1)
        left.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addWidget(self.question_title)
        right.addWidget(self.question)
        right.addWidget(self.question_pillar)
        right.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addSpacing(12)
        reflect = QHBoxLayout()
        for button in (self.review_button, self.assessment_button, self.progress_button):
            reflect.addWidget(button)
        reflect.addStretch(1)
        right.addLayout(reflect)
        right.addSpacing(12)
        right.addWidget(self.week_title)
        right.addWidget(self.week, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)
        events.changed.connect(lambda _kind: self.refresh_when_shown())
        events.reloaded.connect(self.refresh_when_shown)
        self.retranslate_ui()
        self.heading.setText(heading_day(journal.clock.now().astimezone(local_zone()).date()))

    def _build_prompts(self) -> QScrollArea:
        """What the model suggests now, in cards that scroll."""
        self.prompts_title = QLabel(self)
        self.cards = QWidget(self)
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = ToneLabel("muted", self)
        self.empty.setWordWrap(True)
        self.empty.hide()  # until the journal is read: not a verdict before it
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("showAll")
        self.more_button.hide()  # until the journal is read: it says how many more
        self.more_button.clicked.connect(self._toggle_all)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the cards' buttons
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards)
        return scroll

    def _build_question(self) -> None:
        """The question of the day, and the ways to look back (review, self-assessment)."""
        self.question_title = QLabel(self)
        self.question = QLabel(self)
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        line = self.question.fontMetrics().lineSpacing()
        self.question.setMinimumHeight(2 * line)  # from the first paint: nothing moves below
        self.question_pillar = linked(ToneLabel("muted", self))
        self.question_pillar.setObjectName("questionPillar")
        self.answer_button = QPushButton(self)
        self.answer_button.setObjectName("answer")
        self.answer_button.clicked.connect(self._answer)
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("weeklyReview")
        self.review_button.clicked.connect(self.review_requested)
        self.assessment_button = QPushButton(self)
        self.assessment_button.setObjectName("selfAssessment")
        self.assessment_button.clicked.connect(self.assessment_requested)
        self.progress_button = QPushButton(self)
        self.progress_button.setObjectName("progress")
        self.progress_button.clicked.connect(self.progress_requested)

    def _answer(self) -> None:
        if self._question is not None:
            self.answer_requested.emit(self._question)

    def _build_week(self) -> None:
        """What is coming in the next seven days."""
        self.week_title = QLabel(self)
        self.week = QTreeWidget(self)
        self.week.setObjectName("week")
        self.week.setRootIsDecorated(False)
        self.week.setColumnCount(2)
        wrap_column(self.week, 1)  # what is planned reads whole, on two lines if it must
        self.week.itemActivated.connect(
            lambda item, _c: self.item_requested.emit(item.data(0, KIND_ROLE),
                                                      item.data(0, UUID_ROLE))
        )  # fmt: skip

    def _build_feedback(self) -> None:
        """The coach's comments, shown once the coach has written."""
        self.feedback_title = QLabel(self)
        self.show_read = QCheckBox(self)
        self.show_read.setObjectName("showReadFeedback")
        self.show_read.toggled.connect(lambda _checked: self._show_feedback())
        self.feedback_none = ToneLabel("muted", self)
        self.feedback = FeedbackList(self)
        self.feedback.open_requested.connect(self._open_feedback)
        self.feedback.read_requested.connect(self._mark_read)
        self.feedback_read = QPushButton(self)
        self.feedback_read.setObjectName("feedbackRead")
        self.feedback_read.clicked.connect(self._feedback_read)
        self._feedback_box = QWidget(self)
        feedback_layout = QVBoxLayout(self._feedback_box)
        feedback_layout.setContentsMargins(0, 0, 0, 6)
        feedback_header = QHBoxLayout()
        feedback_header.addWidget(self.feedback_title)
        feedback_header.addStretch(1)
        feedback_header.addWidget(self.show_read)
        feedback_header.addWidget(self.feedback_read)
        feedback_layout.addLayout(feedback_header)
        feedback_layout.addWidget(self.feedback_none)
        feedback_layout.addWidget(self.feedback)
        self._feedback_box.hide()

    def retranslate_ui(self) -> None:
        titles = (
            (self.prompts_title, self.tr("Suggested now")),
            (self.question_title, self.tr("Question of the day")),
            (self.week_title, self.tr("Coming up this week")),
            (self.feedback_title, self.tr("From your coach")),
        )
        for label, text in titles:
            label.setText(f"<b>{html.escape(text)}</b>")
        named_after(self.week_title, self.week)
        self.answer_button.setText(self.tr("Answer in the journal…"))
        self.review_button.setText(self.tr("Weekly review…"))
        self.assessment_button.setText(self.tr("Self-assessment…"))
        self.assessment_button.setToolTip(
            self.tr("Rate the month against the management model's grid")
        )
        self.progress_button.setText(self.tr("Progress…"))
        self.progress_button.setToolTip(self.tr("Your self-assessments over the last year"))
        self.review_button.setToolTip(
            self.tr("Look back on the week in four questions; the answers go in the journal")
        )
        self.week.setHeaderLabels([self.tr("When"), self.tr("What")])
        self.feedback.setAccessibleName(self.tr("From your coach"))
        self.feedback_read.setText(self.tr("Mark all as read"))
        self.feedback_none.setText(self.tr("Nothing new from your coach."))
        self.show_read.setToolTip(self.tr("The comments you have read, newest first"))
        self._stale = True
        QTimer.singleShot(0, self, self._refresh_if_shown)

    def refresh_icons(self) -> None:
        self.answer_button.setIcon(icon("entry-add"))
        self.review_button.setIcon(icon("calendar"))

    def window_painted(self) -> None:
        """The window is on screen: from now on the view reads the journal when shown.

        Reading it takes a few hundred milliseconds the first time (the rules are loaded and
        checked): the home must never keep the window from appearing."""
        self._window_painted = True
        self._refresh_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        QWidget.showEvent(self, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._stale and self._window_painted:
            QTimer.singleShot(0, self, self._refresh_if_shown)

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and self._stale and self._window_painted:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        prompts = self._journal.prompts
        today = prompts.today()
        self.heading.setText(heading_day(today))
        found = prompts.current(today)
        self._prompts = found.prompts
        self._question = found.question
        self._show_cards(today)
        self.empty.setText(nothing_to_suggest(self._journal.clock.now()))
        self.first_steps.refresh()
        language = current_language() or "en"
        self.question.setText(found.question.text.get(language, "") if found.question else "")
        pillar = pillar_link(found.question.pillar) if found.question else ""  # to the guide
        self.question_pillar.setText(pillar and self.tr("About: {pillar}").format(pillar=pillar))
        self.answer_button.setEnabled(found.question is not None)
        self._show_week(today)
        self._show_feedback()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.feedback.set_cap(max(160, int(self.height() * FEEDBACK_SHARE)))

    def _show_feedback(self) -> None:
        """The coach's comments not read yet, newest first, then those read when asked: a
        comment read stays at hand. Hidden while the coach has written nothing."""
        feedback = self._journal.feedback
        unread = feedback.unseen()
        read = feedback.count_read()
        shown = unread + (feedback.already_read() if read and self.show_read.isChecked() else [])
        self.feedback.show_comments(shown)
        self.show_read.setText(self.tr("Show read comments ({count})").format(count=read))
        self.show_read.setVisible(read > 0)
        self.feedback_none.setVisible(not unread)
        self.feedback.setVisible(bool(shown))
        self.feedback_read.setVisible(len(unread) > 1)
        self._feedback_box.setVisible(bool(unread) or read > 0)
        chain = [self.show_read, *(b for c in self.feedback.cards() for b in c.buttons),
                 self.feedback_read]  # fmt: skip
        for before, after in pairwise(chain):  # in reading order, not in order of creation
            QWidget.setTabOrder(before, after)

    def _open_feedback(self, comment: Comment) -> None:
        """Open what the comment is about, and count it read."""
        self._journal.feedback.mark_seen([comment.uuid])
        self._stale = True
        self.item_requested.emit(comment.item_kind, comment.item_uuid)

    def _mark_read(self, comment_uuid: str) -> None:
        """One comment read; the keyboard stays on the list, on the card that took its place."""
        uuids = [card.comment.uuid for card in self.feedback.cards()]
        self._journal.feedback.mark_seen([comment_uuid])
        self._show_feedback()
        after = [c for c in self.feedback.cards() if c.buttons]
        if after:
            at = min(uuids.index(comment_uuid), len(after) - 1) if comment_uuid in uuids else 0
            after[at].buttons[0].setFocus()
        else:
            self.show_read.setFocus()

    def _feedback_read(self) -> None:
        self._journal.feedback.mark_seen(c.comment.uuid for c in self.feedback.cards())
        self._show_feedback()
        self.show_read.setFocus()

    def _show_cards(self, today: date) -> None:
        while (item := self.cards_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # gone from the screen now, not when the event loop deletes it
                widget.deleteLater()
        shown = self._prompts if self._show_all else self._prompts[:SHOWN]
        for prompt in shown:
            card = PromptCard(prompt, today, self.cards)
            card.act.connect(self._act)
            card.snooze.connect(self._snooze)
            card.dismiss.connect(self._dismiss)
            self.cards_layout.addWidget(card)
        self.cards_layout.addStretch(1)
        self.empty.setVisible(not self._prompts)
        hidden = len(self._prompts) - len(shown)
        self.more_button.setVisible(hidden > 0 or (self._show_all and len(self._prompts) > SHOWN))
        self.more_button.setText(
            self.tr("Show %n more", "", hidden) if hidden else self.tr("Show fewer")
        )
        if self.isVisible():
            self._journal.prompts.seen(shown, today)

    def cards_shown(self) -> list[PromptCard]:
        items = (self.cards_layout.itemAt(i) for i in range(self.cards_layout.count()))
        return [w for item in items if item and isinstance(w := item.widget(), PromptCard)]

    def _toggle_all(self) -> None:
        self._show_all = not self._show_all
        self._show_cards(self._journal.prompts.today())

    def _show_week(self, today: date) -> None:
        self.week.clear()
        horizon = today + timedelta(days=WEEK)
        rows: list[tuple[datetime, str, str, str, str]] = []  # when, text, kind, uuid, icon
        zone = local_zone()
        start = datetime.combine(today, time.min, zone)
        for occurrence in self._journal.rituals.occurrences(start, start + timedelta(days=WEEK)):
            rows.append((occurrence.starts_at, occurrence.title, "ritual",
                         occurrence.ritual_uuid, "rituals"))  # fmt: skip
        for record in self._journal.delegations.due(horizon):
            due = record.draft.next_checkin or today
            if record.draft.person_uuid:
                text = self.tr("Check-in: {area} with {delegate}")
            else:
                text = self.tr("Check-in: {area} with the {delegate} team")
            text = text.format(area=record.draft.area, delegate=record.delegate)
            rows.append((datetime.combine(due, time.min, zone), text, "delegation",
                         record.uuid, "delegations"))  # fmt: skip
        for experiment in self._journal.experiments.find(status=ExpStatus.RUNNING):
            review = experiment.draft.review_on
            if review is not None and review <= horizon:
                text = self.tr("Review: {title}").format(title=experiment.draft.title)
                rows.append((datetime.combine(review, time.min, zone), text, "experiment",
                             experiment.uuid, "experiments"))  # fmt: skip
        for when, text, kind, uuid, icon_name in sorted(rows, key=lambda r: (r[0], r[1])):
            shown = format_datetime(when) if when.time() != time.min else day_text(when.date())
            if when.date() < today:
                shown = self.tr("{day} (late)").format(day=day_text(when.date()))
            item = QTreeWidgetItem([shown, text])
            item.setToolTip(1, text)
            item.setData(0, KIND_ROLE, kind)
            item.setData(0, UUID_ROLE, uuid)
            item.setIcon(1, icon(icon_name))
            self.week.addTopLevelItem(item)
        if not rows:
            item = QTreeWidgetItem(["", self.tr("Nothing planned in the next seven days.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.week.addTopLevelItem(item)
        self.week.resizeColumnToContents(0)

    # Answering a prompt

    def _act(self, prompt: Prompt) -> None:
        """Open what it suggests; the window records it as acted on once it is done."""
        self.action_requested.emit(prompt)

    def _snooze(self, prompt: Prompt, day: date) -> None:
        self._journal.prompts.snooze(prompt, day)
        self.status.emit(self.tr("Back on {day}.").format(day=day_text(day)))
        self.refresh()

    def _dismiss(self, prompt: Prompt, never_again: bool) -> None:
        self._journal.prompts.dismiss(prompt, never_again=never_again)
        if never_again:
            self.status.emit(self.tr("This kind of suggestion will not come back."))
        self.refresh()
