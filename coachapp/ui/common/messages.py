"""Message boxes behind small functions, so tests can answer them and texts stay uniform."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coachapp.errors import UserError
from coachapp.i18n import format_time, long_day, render_error, translate


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def user_error(parent: QWidget | None, title: str, exc: UserError) -> None:
    error(parent, title, render_error(exc))


def moment(instant: datetime) -> str:
    """`instant` as a sentence names it, in local time: "24 November 2026 at 18:00".

    For messages that tell the user which point in time their data goes back to.
    """
    local = QDateTime.fromSecsSinceEpoch(int(instant.timestamp())).toLocalTime()
    day = local.date()
    return translate("Messages", "{day} at {time}").format(
        day=long_day(date(day.year(), day.month(), day.day())),
        time=format_time(local.time()),
    )


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


def open_file(
    parent: QWidget | None, title: str, filters: str, folder: Path | None = None
) -> Path | None:
    """A file to open, asked in `folder` (the downloads folder by default, where files sent
    by e-mail land), never in whatever folder the program happened to start from."""
    if folder is None or not folder.is_dir():
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
            or Path.home()
        )
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(chosen) if chosen else None
