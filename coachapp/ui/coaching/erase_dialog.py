"""Erasing a coachee at the end of a coaching relationship: what goes, said before it goes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from coachapp.services.coaching.erasure import ErasurePreview
from coachapp.ui.common.widgets import ToneLabel


class EraseCoacheeDialog(QDialog):
    def __init__(self, preview: ErasurePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseCoacheeDialog")
        self.setWindowTitle(self.tr("Erase {name}").format(name=preview.name))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr(
                "Everything the portfolio holds on {name} goes for good: %n export(s), their "
                "sessions and your notes, the feedback being written, and the list of files "
                "written for them. The portfolio's backups, which hold them too, are replaced "
                "by one taken after. The sharing record keeps the day and how much went, "
                "never the name.", "", preview.exports,
            ).format(name=preview.name)
        )  # fmt: skip
        files = [*preview.files, *preview.sources]
        self.files = QListWidget(self)
        self.files.setObjectName("erasedFiles")
        self.files.addItems([str(path) for path in files])
        self.files.setAccessibleName(self.tr("Files on this computer"))
        self.delete_files = QCheckBox(self)
        self.delete_files.setObjectName("deleteFiles")
        self.delete_files.setText(
            self.tr("Also delete these %n file(s) on this computer: the feedback files and "
                    "sheets written for them, and the exports they sent", "", len(files))
        )  # fmt: skip
        self.delete_files.setChecked(bool(files))
        self.files.setVisible(bool(files))
        self.delete_files.setVisible(bool(files))
        self.warning = ToneLabel("warning", self)
        self.warning.setText(self.tr("This cannot be undone."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.delete_files)
        layout.addWidget(self.files)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
