"""Message boxes behind small functions, so tests can answer them and texts stay uniform."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coachapp.errors import UserError
from coachapp.i18n import render_error


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def user_error(parent: QWidget | None, title: str, exc: UserError) -> None:
    error(parent, title, render_error(exc))


def information(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something hard to undo; `action` labels the button that goes ahead."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def save_file(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """Where to write a file, asked with the platform's dialog; None when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(chosen) if chosen else None


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(chosen) if chosen else None
