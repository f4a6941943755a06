"""Small widgets shared by several views."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

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
