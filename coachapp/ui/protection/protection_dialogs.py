"""Dialogs that ask for a passphrase: to protect the journal, unlock it, change or remove it.

Each dialog hands what was typed to a callable that does the work, and shows that callable's
refusal (a wrong passphrase, a passphrase too short) in the dialog itself, so the user corrects
it in place. The recovery key is shown once, to copy or save as a page to print.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import UserError, ValidationError
from coachapp.fileio import atomic_path
from coachapp.i18n import format_datetime, render_error
from coachapp.protection import MIN_PASSPHRASE, Unconverted
from coachapp.ui.common import messages
from coachapp.ui.common.form_dialog import ErrorLine


def secret_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
    )
    return field


class SecretDialog(QDialog):
    """A dialog of secret fields whose OK runs `work`; a UserError from it stays in the dialog."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, go: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.problem = ErrorLine(self)
        self.problem.setObjectName("problem")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.go = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.go.setText(go)
        self.buttons.accepted.connect(self._run)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.work: Callable[[], None] = lambda: None
        self.fields: list[QLineEdit] = []

    def add_field(self, name: str, label: str) -> QLineEdit:
        field = secret_field(self, name)
        self.form.addRow(label, field)
        field.textChanged.connect(lambda _text: self.problem.clear_error())
        self.fields.append(field)
        return field

    def showEvent(self, event: QShowEvent) -> None:
        """The fields come first, for Tab and for what is typed at once; then the buttons."""
        buttons = sorted(self.buttons.buttons(), key=lambda button: button.x())
        chain: list[QWidget] = [*self.fields, *buttons]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        super().showEvent(event)
        if self.fields:
            self.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _run(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.work()
        except UserError as exc:
            name = exc.field if isinstance(exc, ValidationError) else ""
            at_fault = [field for field in self.fields if field.objectName() == name] or self.fields
            self.problem.show_error(render_error(exc), at_fault[0] if at_fault else None)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


class ProtectDialog(SecretDialog):
    """Choose a passphrase; `protect(passphrase, confirmation)` returns the recovery key."""

    def __init__(
        self, parent: QWidget | None, protect: Callable[[str, str], str], *, required: bool
    ) -> None:
        intro = self.tr(
            "Your journal will be encrypted on this workstation with a passphrase: without it, "
            "nobody can read the journal file or its backups.\n\n"
            "A forgotten passphrase cannot be recovered, not even by your IT department. "
            "CoachApp will give you a recovery key to print and keep apart from the workstation: "
            "it is the only other way in."
        )
        if required:
            intro = self.tr("Your organisation requires journals to be protected.") + "\n\n" + intro
        super().__init__(parent, self.tr("Protect my journal"), intro, self.tr("Protect"))
        self.passphrase = self.add_field("passphrase", self.tr("Passphrase:"))
        self.confirmation = self.add_field("confirmation", self.tr("Type it again:"))
        hint = QLabel(
            self.tr(
                "At least {count} characters. A few unrelated words are easy to remember and "
                "hard to guess."
            ).format(count=MIN_PASSPHRASE),
            self,
        )
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.recovery_key = ""

        def work() -> None:
            self.recovery_key = protect(self.passphrase.text(), self.confirmation.text())

        self.work = work


class UnlockDialog(SecretDialog):
    """The passphrase (or recovery key) of a protected journal; `unlock(secret)` checks it."""

    def __init__(self, parent: QWidget | None, unlock: Callable[[str], None]) -> None:
        super().__init__(
            parent,
            self.tr("Unlock your journal"),
            self.tr(
                "Your journal is protected. Type its passphrase, or your recovery key if you "
                "have lost the passphrase."
            ),
            self.tr("Unlock"),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.secret = self.add_field("secret", self.tr("Passphrase or recovery key:"))
        self.work = lambda: unlock(self.secret.text())

    def _run(self) -> None:
        super()._run()
        if self.problem.isVisible():
            self.secret.selectAll()


class ChangePassphraseDialog(SecretDialog):
    def __init__(self, parent: QWidget | None, change: Callable[[str, str, str], None]) -> None:
        super().__init__(
            parent,
            self.tr("Change the passphrase"),
            self.tr(
                "The journal keeps its encryption; only the passphrase that opens it changes. "
                "Your recovery key still works."
            ),
            self.tr("Change"),
        )
        self.old = self.add_field("old", self.tr("Current passphrase:"))
        self.new = self.add_field("new", self.tr("New passphrase:"))
        self.confirmation = self.add_field("confirmation", self.tr("Type it again:"))
        self.work = lambda: change(self.old.text(), self.new.text(), self.confirmation.text())


class ConfirmPassphraseDialog(SecretDialog):
    """One passphrase that confirms a step (remove the protection, a new recovery key)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        intro: str,
        go: str,
        work: Callable[[str], None],
    ) -> None:
        super().__init__(parent, title, intro, go)
        self.secret = self.add_field("secret", self.tr("Passphrase:"))
        self.work = lambda: work(self.secret.text())


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once; closing asks the user to say it is kept."""

    def __init__(self, parent: QWidget | None, recovery_key: str, created: str) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.created = created
        self.setWindowTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "If you forget your passphrase, this key is the only way to open your journal. "
                "Print it or write it down, and keep it somewhere safe away from this "
                "workstation. CoachApp will not show it again."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery_key, self)
        self.key_label.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key_label)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.clicked.connect(self._copy)
        self.save_button = QPushButton(self.tr("Save a page to print…"), self)
        self.save_button.clicked.connect(self._save)
        self.kept = QCheckBox(self.tr("I have printed or written down my recovery key"), self)
        self.kept.setObjectName("kept")
        layout.addWidget(self.kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.kept.toggled.connect(self.close_button.setEnabled)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reject(self) -> None:
        if self.kept.isChecked():
            super().reject()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)

    def _save(self) -> None:
        target = messages.save_file(
            self,
            self.tr("Save the recovery key"),
            Path.home() / "coachapp-recovery-key.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return
        try:
            self.write_page(target)
        except OSError as exc:
            messages.error(self, self.tr("Cannot save"), str(exc.strerror or exc))

    def write_page(self, target: Path) -> None:
        """One A4 page with the key, what it opens and what to do with it."""
        with atomic_path(target) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(20, 20, 20, 20),
                )
            )
            writer.setTitle(self.tr("CoachApp recovery key"))
            painter = QPainter(writer)
            try:
                area = painter.viewport()
                text = "\n\n".join(
                    [
                        self.tr("CoachApp recovery key"),
                        self.tr("Created {date}.").format(date=self.created),
                        self.recovery_key,
                        self.tr(
                            "This key opens your CoachApp journal if you forget its passphrase. "
                            "Keep this page somewhere safe, away from your workstation. Anyone "
                            "who has it and your journal file can read your journal."
                        ),
                    ]
                )
                font = painter.font()
                font.setPointSize(14)
                painter.setFont(font)
                painter.drawText(area, Qt.TextFlag.TextWordWrap, text)
            finally:
                painter.end()


class BackupChoice(enum.Enum):
    RETRY = "retry"
    DELETE = "delete"
    KEEP = "keep"


class BackupsLeftBox(QMessageBox):
    """Names the backups a change of protection left out, for the user to try again, delete
    them, or keep them as they are for now."""

    def __init__(self, parent: QWidget | None, text: str, left: list[Unconverted]) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Backups left out"))
        self.setText(text)
        names = [
            f"• {item.path.name}" + (f" ({item.reason})" if item.reason else "") for item in left
        ]
        folder = left[0].path.parent if left else Path()
        self.setInformativeText(
            self.tr("In {folder}:").format(folder=folder)
            + "\n"
            + "\n".join(names)
            + "\n\n"
            + self.tr(
                "Try again (after freeing disk space, for example), or delete them: your "
                "journal itself is not affected. Deleted backups cannot be restored."
            )
        )
        self.retry = self.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        self.delete = self.addButton(self.tr("Delete them"), QMessageBox.ButtonRole.DestructiveRole)
        self.keep = self.addButton(self.tr("Keep them for now"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry)
        self.setEscapeButton(self.keep)

    def choice(self) -> BackupChoice:
        clicked = self.clickedButton()
        if clicked is self.retry:
            return BackupChoice.RETRY
        return BackupChoice.DELETE if clicked is self.delete else BackupChoice.KEEP


def ask_about_backups(parent: QWidget | None, text: str, left: list[Unconverted]) -> BackupChoice:
    """What the user wants done with the backups `left` out (`text` says how they were)."""
    box = BackupsLeftBox(parent, text, left)
    box.exec()
    return box.choice()


def run_dialog(dialog: QDialog) -> bool:
    """Run a dialog to its end; whether it was accepted (tests stand in for the user here)."""
    return bool(dialog.exec())


def show_recovery_key(parent: QWidget | None, recovery_key: str, created: datetime) -> None:
    """Show a new recovery key until the user says it is kept."""
    run_dialog(RecoveryKeyDialog(parent, recovery_key, format_datetime(created)))
