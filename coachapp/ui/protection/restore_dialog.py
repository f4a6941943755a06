"""Choosing a backup to restore: the automatic ones, newest first, or any journal file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.i18n import format_datetime
from coachapp.services.protection.backup import BackupInfo
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.words.labels import backup_reason_label

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(Retranslatable, QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self._backups = backups
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backups")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.addButton(self.browse, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self.retranslate_ui()
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._update()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro.setText(
            self.tr(
                "Restoring replaces your whole journal with the backup you choose. Your current "
                "journal is kept as a backup first, so you can come back to it."
            )
        )
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Reason"), self.tr("Size")])
        self.browse.setText(self.tr("Other &file…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        self.list.clear()
        for backup in self._backups:
            row = QTreeWidgetItem(
                [
                    format_datetime(backup.created_at),
                    backup_reason_label(backup.reason),
                    self.locale().formattedDataSize(backup.size),
                ]
            )
            row.setData(0, PATH_ROLE, str(backup.path))
            self.list.addTopLevelItem(row)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.list.selectedItems()))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a journal backup"),
            str(Path.home()),
            self.tr("CoachApp journals (*.db);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            super().accept()

    def accept(self) -> None:
        selected = self.list.selectedItems()
        if not selected:
            return
        self.chosen = Path(selected[0].data(0, PATH_ROLE))
        super().accept()
