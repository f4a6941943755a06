"""The coach's own notes on a coachee, and their sessions: a day and the notes of each. All of
it stays in the portfolio: no feedback file carries it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.i18n import format_value
from coachapp.services.coaching.sessions import SessionRecord
from coachapp.services.coaching.workspace import Coaching
from coachapp.timezones import local_zone
from coachapp.ui.common.autosave import Autosave
from coachapp.ui.common.dates import pydate, qdate
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel

SESSION_ROLE = Qt.ItemDataRole.UserRole


class SessionsTab(Retranslatable, QWidget):
    changed = Signal()  # sessions added or removed: the overview shows the last one

    def __init__(self, coaching: Coaching, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._coaching = coaching
        self._coachee = ""
        self._sessions: list[SessionRecord] = []
        self._editing: SessionRecord | None = None  # whose notes the editor holds
        self.private = ToneLabel("muted", self)
        self.notes_label = QLabel(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("coacheeNotes")
        self.notes.setTabChangesFocus(True)
        self.notes_label.setBuddy(self.notes)
        self.notes_saver = Autosave(self, self._save_notes)
        self.notes.textChanged.connect(self.notes_saver.edited)
        self.list_label = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("sessionList")
        self.list_label.setBuddy(self.list)
        self.list.currentItemChanged.connect(self._chosen)
        self.new_day = QDateEdit(self)
        self.new_day.setObjectName("newSessionDay")
        self.new_day.setCalendarPopup(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addSession")
        self.add_button.clicked.connect(self.add_session)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteSession")
        self.delete_button.clicked.connect(self.delete_session)
        self.session_label = QLabel(self)
        self.session_notes = QPlainTextEdit(self)
        self.session_notes.setObjectName("sessionNotes")
        self.session_notes.setTabChangesFocus(True)
        self.session_label.setBuddy(self.session_notes)
        self.session_saver = Autosave(self, self._save_session)
        self.session_notes.textChanged.connect(self._session_edited)
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        adding = QHBoxLayout()
        self.day_label = QLabel(self)
        self.day_label.setBuddy(self.new_day)
        adding.addWidget(self.day_label)
        adding.addWidget(self.new_day)
        adding.addWidget(self.add_button)
        adding.addStretch(1)
        adding.addWidget(self.delete_button)
        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.list, 1)
        left.addLayout(adding)
        left.addWidget(self.session_label)
        left.addWidget(self.session_notes, 1)
        right = QFormLayout()
        right.addRow(self.notes_label)
        right.addRow(self.notes)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.private)
        layout.addLayout(columns, 1)

    def retranslate_ui(self) -> None:
        self.private.setText(self.tr("Your notes stay in your portfolio: no feedback file or "
                                     "export carries them."))  # fmt: skip
        self.notes_label.setText(self.tr("&Your notes on this coachee:"))
        self.list_label.setText(self.tr("&Sessions, the latest first:"))
        self.list.setAccessibleName(self.tr("Sessions"))
        self.day_label.setText(self.tr("New session &on:"))
        self.add_button.setText(self.tr("Add the session"))
        self.delete_button.setText(self.tr("&Delete the session"))
        self.session_label.setText(self.tr("&Notes of the session chosen:"))
        self._fill()

    def show_coachee(self, coachee_uuid: str) -> None:
        self.flush()
        self._coachee = coachee_uuid
        self.notes.blockSignals(True)
        notes = self._coaching.portfolio.notes(coachee_uuid) if coachee_uuid else ""
        self.notes.setPlainText(notes)
        self.notes.blockSignals(False)
        today = self._coaching.store.clock.now().astimezone(local_zone()).date()
        self.new_day.setDate(qdate(today))
        self._sessions = self._coaching.sessions.sessions(coachee_uuid) if coachee_uuid else []
        self._fill()

    def flush(self) -> None:
        self.notes_saver.flush()
        self.session_saver.flush()

    def _fill(self, chosen: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for session in self._sessions:
            first = session.notes.strip().splitlines()[0] if session.notes.strip() else ""
            item = QListWidgetItem(" · ".join(p for p in (format_value(session.day), first) if p))
            item.setData(SESSION_ROLE, session.uuid)
            self.list.addItem(item)
            if session.uuid == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._chosen(self.list.currentItem(), None)

    def _current(self) -> SessionRecord | None:
        item = self.list.currentItem()
        uuid = item.data(SESSION_ROLE) if item is not None else None
        return next((s for s in self._sessions if s.uuid == uuid), None)

    def _chosen(self, _current: QListWidgetItem | None, _previous: object) -> None:
        self.session_saver.flush()
        session = self._editing = self._current()
        self.session_notes.blockSignals(True)
        self.session_notes.setPlainText(session.notes if session else "")
        self.session_notes.blockSignals(False)
        self.session_notes.setEnabled(session is not None)
        self.delete_button.setEnabled(session is not None)

    def add_session(self) -> None:
        if not self._coachee:
            return
        added = self._coaching.sessions.add(self._coachee, pydate(self.new_day.date()))
        self._sessions = self._coaching.sessions.sessions(self._coachee)
        self._fill(added.uuid)
        self.session_notes.setFocus()
        self.changed.emit()

    def delete_session(self) -> None:
        self.session_saver.flush()
        session = self._current()
        if session is None:
            return
        self._editing = None
        self._coaching.sessions.delete(session.uuid)
        self._sessions = self._coaching.sessions.sessions(self._coachee)
        self._fill()
        self.changed.emit()

    def _save_notes(self, _leaving: bool) -> bool:
        if self._coachee:
            self._coaching.portfolio.set_notes(self._coachee, self.notes.toPlainText())
        return True

    def _session_edited(self) -> None:
        if self._editing is not None:
            self.session_saver.edited()

    def _save_session(self, _leaving: bool) -> bool:
        session = self._editing
        if session is None:
            return True
        text = self.session_notes.toPlainText()
        self._coaching.sessions.update(session.uuid, session.day, text)
        self._sessions = [
            SessionRecord(s.uuid, s.day, text) if s.uuid == session.uuid else s
            for s in self._sessions
        ]
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(SESSION_ROLE) == session.uuid:
                first = text.strip().splitlines()[0] if text.strip() else ""
                item.setText(" · ".join(p for p in (format_value(session.day), first) if p))
        return True
