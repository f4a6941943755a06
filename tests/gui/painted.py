"""Waiting for what a person sees: a widget painted on screen, rather than a fixed pause."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


class _Paints(QObject):
    """Whether the widget, or any widget in it on the same window, was painted (one that its
    children cover whole, as a scroll area its viewport, gets no paint event of its own)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.seen = False
        inside = [w for w in widget.findChildren(QWidget) if w.window() is widget.window()]
        self.watched = [widget, *inside]
        for each in self.watched:
            each.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def wait_painted(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until `widget` is painted anew. Qt paints a window after the events posted before
    (its update request comes last), so the layouts its showing asked for are done by then."""
    paints = _Paints(widget)
    widget.update()
    try:
        qtbot.waitUntil(lambda: paints.seen)
    finally:
        for each in paints.watched:
            if isValid(each):  # not deleted meanwhile
                each.removeEventFilter(paints)
        paints.setParent(None)
