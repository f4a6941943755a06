"""One coachee: their timeline and what changed, the review tools and the feedback sent, their
sessions and the coach's notes, and the next session prepared."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachapp.config import Settings
from coachapp.errors import UserError
from coachapp.i18n import render_error
from coachapp.services.coaching.workspace import Coaching
from coachapp.ui.coaching.changes_tab import ChangesTab
from coachapp.ui.coaching.erase_dialog import EraseCoacheeDialog
from coachapp.ui.coaching.feedback_tab import FeedbackTab
from coachapp.ui.coaching.preparation_tab import PreparationTab
from coachapp.ui.coaching.sessions_tab import SessionsTab
from coachapp.ui.common import messages
from coachapp.ui.common.icons import icon
from coachapp.ui.common.retranslate import Retranslatable


class CoacheePage(Retranslatable, QWidget):
    back_requested = Signal()
    add_requested = Signal()
    changed = Signal()  # the portfolio changed: the overview reads it again
    erased = Signal(str)  # what to say once a coachee is erased
    status = Signal(str)

    def __init__(
        self, coaching: Coaching, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._coaching = coaching
        self.coachee_uuid = ""
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backToCoachees")
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(self)
        self.title.setObjectName("coacheeName")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addCoacheeExport")
        self.add_button.clicked.connect(self.add_requested)
        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("renameCoachee")
        self.rename_button.clicked.connect(self.rename)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("eraseCoachee")
        self.erase_button.clicked.connect(self.erase)
        self.changes = ChangesTab(coaching, self)
        self.feedback = FeedbackTab(coaching, settings, self)
        self.sessions = SessionsTab(coaching, self)
        self.preparation = PreparationTab(coaching, settings, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("coacheeTabs")
        for tab in (self.changes, self.feedback, self.sessions, self.preparation):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        for signal in (self.feedback.status, self.preparation.status):
            signal.connect(self.status)
        self.feedback.sent.connect(self.changed)
        self.sessions.changed.connect(self.changed)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.rename_button)
        top.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("All coachees"))
        self.back_button.setToolTip(self.tr("Back to the portfolio (Alt+Left)"))
        self.back_button.setShortcut("Alt+Left")
        self.add_button.setText(self.tr("A&dd an export…"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.erase_button.setText(self.tr("Erase this coachee…"))
        for index, text in enumerate((
            self.tr("What &changed"), self.tr("Review and &feedback"),
            self.tr("Sessions and &notes"), self.tr("&Prepare the next session"),
        )):  # fmt: skip
            self.tabs.setTabText(index, text)

    def refresh_icons(self) -> None:
        self.add_button.setIcon(icon("export"))
        self.erase_button.setIcon(icon("delete-forever"))

    def show_coachee(self, coachee_uuid: str) -> None:
        self.flush()
        self.coachee_uuid = coachee_uuid
        self.title.setText(self._coaching.portfolio.coachee(coachee_uuid).name)
        for tab in (self.changes, self.feedback, self.sessions, self.preparation):
            tab.show_coachee(coachee_uuid)

    def flush(self) -> None:
        self.feedback.flush()
        self.sessions.flush()

    def _tab_changed(self) -> None:
        """What was typed on the tab left is saved before the next one reads it (the sheet
        shows the session notes just written)."""
        self.flush()
        if self.tabs.currentWidget() is self.preparation:
            self.preparation.refresh()

    def rename(self) -> None:
        current = self._coaching.portfolio.coachee(self.coachee_uuid).name
        name, ok = QInputDialog.getText(
            self, self.tr("Rename the coachee"), self.tr("Name:"), text=current
        )
        if not ok or name == current:
            return
        try:
            self._coaching.portfolio.rename(self.coachee_uuid, name)
        except UserError as exc:
            messages.error(self, self.tr("Cannot rename"), render_error(exc))
            return
        self.title.setText(self._coaching.portfolio.coachee(self.coachee_uuid).name)
        self.changed.emit()

    def erase(self) -> EraseCoacheeDialog:
        self.flush()
        erasure = self._coaching.erasure
        dialog = EraseCoacheeDialog(erasure.preview(self.coachee_uuid), self)
        dialog.accepted.connect(lambda: self._erase(dialog.delete_files.isChecked()))
        dialog.open()
        return dialog

    def _erase(self, delete_files: bool) -> None:
        for tab in (self.feedback, self.sessions):
            tab.show_coachee("")  # nothing of theirs left in an editor to be saved
        done = self._coaching.erasure.erase(self.coachee_uuid, delete_files=delete_files)
        self.coachee_uuid = ""
        said = self.tr("Coachee erased: %n export(s) gone.", "", done.exports)
        if done.files_left:
            said += " " + self.tr("Some files could not be deleted: {paths}").format(
                paths=", ".join(str(p) for p in done.files_left)
            )
        self.changed.emit()
        self.erased.emit(said)
