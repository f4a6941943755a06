"""Small widgets shared by several views."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QWidget,
)

from coachapp.ui.dates import pydate, qdate
from coachapp.ui.theme import tone


class ToneLabel(QLabel):
    """A label whose colour carries meaning (error, warning, muted) in light and dark themes."""

    def __init__(self, tone_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = tone_name
        self._tinting = False
        self.setWordWrap(True)
        self._apply()

    def set_tone(self, tone_name: str) -> None:
        if tone_name != self._tone:
            self._tone = tone_name
            self._apply()

    def _apply(self) -> None:
        palette = QPalette(QGuiApplication.palette())
        palette.setColor(QPalette.ColorRole.WindowText, tone(palette, self._tone))
        self.setPalette(palette)

    def event(self, event: QEvent) -> bool:
        # The theme changed (Qt tells top-level widgets one way, children the other): tint
        # against the new palette. Our own setPalette sends a PaletteChange too: skip that one.
        kinds = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in kinds and not self._tinting:
            self._tinting = True
            try:
                self._apply()
            finally:
                self._tinting = False
        return super().event(event)


def focused_row(table: QTableWidget) -> int:
    """The row whose cell widget has the focus (clicking a cell widget does not select its
    row), else the current row; -1 when neither."""
    widget = QApplication.focusWidget()
    while widget is not None and widget.parentWidget() is not table.viewport():
        widget = widget.parentWidget()
    if widget is not None:
        row = table.indexAt(widget.pos()).row()
        if row >= 0:
            return row
    return table.currentRow()


class OptionalDate(QWidget):
    """A day that may be left unset: a tick to set it, then the date."""

    def __init__(self, parent: QWidget | None, default: date) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(qdate(default))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def set_day(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(qdate(day))

    def day(self) -> date | None:
        return pydate(self.edit.date()) if self.check.isChecked() else None
