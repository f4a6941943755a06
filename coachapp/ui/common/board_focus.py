"""Keyboard focus on hand-painted boards: keep it in view and tell assistive tools."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QScrollArea, QWidget


def show_focus(board: QWidget, rect: QRect) -> None:
    """Scroll the board's scroll area to `rect`; announce the new description."""
    parent = board.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea) and not rect.isEmpty():
        center = rect.center()
        parent.ensureVisible(center.x(), center.y(), rect.width() // 2 + 8,
                             rect.height() // 2 + 8)  # fmt: skip
    if board.hasFocus() and QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleEvent(board, QAccessible.Event.DescriptionChanged)
        )
