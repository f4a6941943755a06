"""One delegation: where it stands, its level history and its check-ins."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import NotFoundError
from coachapp.services.delegations.delegations import (
    CheckIn,
    DelegationRecord,
    DelegationService,
    LevelChange,
)
from coachapp.services.exchange.feedback import FeedbackService
from coachapp.ui.common.coach_notes import CoachNotes
from coachapp.ui.common.dates import day_text
from coachapp.ui.common.icons import icon
from coachapp.ui.common.naming import named_after
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import tone
from coachapp.ui.common.widgets import ToneLabel, hint_or_page
from coachapp.ui.common.wrapping import wrap_column
from coachapp.ui.delegations.level_style import level_icon
from coachapp.words.growth_labels import (
    area_kind_label,
    delegation_status_label,
    level_label,
    level_meaning,
    source_label,
    went_label,
)

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
WHY = 2  # the column of the history (the reason) and of the check-ins (the note)


class DelegationPanel(Retranslatable, QWidget):
    checkin_requested = Signal(str)
    edit_requested = Signal(str)
    trash_requested = Signal(str)
    entry_requested = Signal(str)

    def __init__(
        self, delegations: DelegationService, feedback: FeedbackService,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._delegations = delegations
        self.coach_notes = CoachNotes(feedback, self)
        self.record: DelegationRecord | None = None
        self._steps: list[LevelChange] = []  # the shown delegation's history and check-ins
        self._checkins: list[CheckIn] = []
        page = QWidget(self)
        self.heading = QLabel(page)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.facts = QLabel(page)
        self.facts.setWordWrap(True)
        self.next_label = ToneLabel("muted", page)
        self.next_label.setObjectName("next")
        self.notes = ToneLabel("muted", page)
        self.notes.setObjectName("notes")
        self.checkin_button = QPushButton(page)
        self.checkin_button.setObjectName("checkIn")
        self.checkin_button.clicked.connect(lambda: self._emit(self.checkin_requested))
        self.edit_button = QPushButton(page)
        self.edit_button.setObjectName("edit")
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.trash_button = QPushButton(page)
        self.trash_button.setObjectName("trash")
        self.trash_button.clicked.connect(lambda: self._emit(self.trash_requested))
        self.history_label = QLabel(page)
        self.history = self._tree("history", page)
        self.checkins_label = QLabel(page)
        self.checkins = self._tree("checkins", page)
        self.checkins.itemActivated.connect(self._open_entry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checkin_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(self.coach_notes)
        layout.addWidget(self.facts)
        layout.addWidget(self.next_label)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.checkins_label)
        layout.addWidget(self.checkins, 1)
        self.empty, self._stack = hint_or_page(self, page)
        self.retranslate_ui()

    @staticmethod
    def _tree(name: str, parent: QWidget) -> QTreeWidget:
        """Day, what happened (two lines), and the words said, wrapped to the room left."""
        tree = QTreeWidget(parent)
        tree.setObjectName(name)
        tree.setRootIsDecorated(False)
        tree.setColumnCount(3)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        wrap_column(tree, WHY)
        return tree

    def _emit(self, signal: object) -> None:
        if self.record is not None:
            signal.emit(self.record.uuid)  # type: ignore[attr-defined]

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("Select a delegation, or add one with “New delegation…”."))
        self.checkin_button.setText(self.tr("&Check in…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.trash_button.setText(self.tr("Move to trash"))
        self.history_label.setText(self.tr("<b>Level history</b>"))
        self.checkins_label.setText(self.tr("<b>Check-ins</b>"))
        named_after(self.history_label, self.history)
        named_after(self.checkins_label, self.checkins)
        self.history.setHeaderLabels([self.tr("Day"), self.tr("Change"), self.tr("Why")])
        self.checkins.setHeaderLabels([self.tr("Day"), self.tr("How it went"), self.tr("Note")])
        if self.record is not None:  # what was read, written again in the new language
            self._show_facts(self.record)
            self._show_history()

    def refresh_icons(self) -> None:
        self.checkin_button.setIcon(icon("checkin"))
        self.edit_button.setIcon(icon("edit"))
        self.trash_button.setIcon(icon("trash"))

    # Showing

    def show_delegation(self, delegation_uuid: str | None) -> None:
        if delegation_uuid is None:
            self.record = None
            self._stack.setCurrentIndex(0)
            return
        try:
            record = self._delegations.get(delegation_uuid)
        except NotFoundError:
            self.show_delegation(None)
            return
        self.record = record
        self._steps = self._delegations.history(record.uuid)
        self._checkins = self._delegations.checkins(record.uuid)
        self._show_facts(record)
        self._show_history()
        self.coach_notes.show_for(record.uuid)
        self._stack.setCurrentIndex(1)

    def _show_facts(self, record: DelegationRecord) -> None:
        draft = record.draft
        self.heading.setText(
            f"<h2>{html.escape(draft.area)}</h2>"
            + html.escape(
                self.tr("{kind}, delegated to {delegate}").format(
                    kind=area_kind_label(draft.area_kind), delegate=record.delegate
                )
            )
        )
        facts = self.tr("Level now: {level} ({meaning}) · aiming at {target} · {status}").format(
            level=level_label(draft.level),
            meaning=level_meaning(draft.level),
            target=level_label(draft.target_level),
            status=delegation_status_label(draft.status),
        )
        self.facts.setText(facts)
        today = self._delegations.today()
        if draft.next_checkin is None:
            self.next_label.setText("")
        elif record.overdue(today):
            late = (today - draft.next_checkin).days
            self.next_label.set_tone("warning")
            self.next_label.setText(
                self.tr("Check-in due since {date} (%n day(s) late).", "", late).format(
                    date=day_text(draft.next_checkin)
                )
            )
        else:
            self.next_label.set_tone("muted")
            self.next_label.setText(
                self.tr("Next check-in: {date}.").format(date=day_text(draft.next_checkin))
            )
        self.notes.setText(draft.notes)
        self.notes.setVisible(bool(draft.notes))

    def _show_history(self) -> None:
        self.history.clear()
        for step in reversed(self._steps):
            moved = (
                level_label(step.to_level)
                if step.from_level is None
                else f"{step.from_level} → {level_label(step.to_level)}"
            )
            item = QTreeWidgetItem([day_text(step.day), f"{moved}\n{source_label(step.source)}",
                                    step.reason])  # fmt: skip
            item.setIcon(1, level_icon(step.to_level, self.palette()))
            if not step.reason and step.from_level is not None:
                # Older journals moved on the board without asking why: say so.
                item.setText(WHY, self.tr("No reason given"))
                item.setForeground(WHY, tone(self.palette(), "muted"))
            self.history.addTopLevelItem(item)
        self.checkins.clear()
        for checkin in self._checkins:
            item = QTreeWidgetItem([day_text(checkin.day),
                                    f"{went_label(checkin.went)}\n{level_label(checkin.level)}",
                                    checkin.note])  # fmt: skip
            item.setIcon(1, level_icon(checkin.level, self.palette()))
            item.setData(0, ENTRY_ROLE, checkin.entry_uuid)
            if checkin.entry_uuid:
                item.setIcon(0, icon("journal"))
                item.setToolTip(0, self.tr("Open the linked journal entry (Enter)"))
            self.checkins.addTopLevelItem(item)

    def _open_entry(self, item: QTreeWidgetItem) -> None:
        entry_uuid = item.data(0, ENTRY_ROLE)
        if entry_uuid:
            self.entry_requested.emit(entry_uuid)
