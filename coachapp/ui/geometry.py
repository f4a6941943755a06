"""Remembering window and splitter layout, and never restoring a window off every screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from coachapp.config import Settings


def _decode(value: str | None) -> QByteArray | None:
    if not value:
        return None
    return QByteArray.fromBase64(QByteArray(value.encode("ascii")))


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def clamp_to_screens(widget: QWidget) -> None:
    """Move and shrink `widget` so that it sits inside the available area of a real screen."""
    frame = widget.frameGeometry()
    screen = QGuiApplication.screenAt(frame.center()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area: QRect = screen.availableGeometry()
    width = min(widget.width(), area.width())
    height = min(widget.height(), area.height())
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    frame = widget.frameGeometry()
    x = min(max(frame.left(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.top(), area.top()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.left(), frame.top()):
        widget.move(x, y)


def restore_window(window: QMainWindow, settings: Settings, key: str) -> bool:
    geometry = _decode(settings.state(f"{key}.geometry"))
    restored = geometry is not None and window.restoreGeometry(geometry)
    state = _decode(settings.state(f"{key}.state"))
    if state is not None:
        window.restoreState(state)
    clamp_to_screens(window)
    return restored


def save_window(window: QMainWindow, settings: Settings, key: str) -> None:
    settings.set_state(f"{key}.geometry", _encode(window.saveGeometry()))
    settings.set_state(f"{key}.state", _encode(window.saveState()))


def restore_splitter(splitter: QSplitter, settings: Settings, key: str) -> bool:
    state = _decode(settings.state(key))
    return state is not None and splitter.restoreState(state)


def save_splitter(splitter: QSplitter, settings: Settings, key: str) -> None:
    settings.set_state(key, _encode(splitter.saveState()))
