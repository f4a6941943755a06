"""Small widgets shared by several views."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from coachapp.ui.theme import tone


class ToneLabel(QLabel):
    """A label whose colour carries meaning (error, warning, muted) in light and dark themes."""

    def __init__(self, tone_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = tone_name
        self.setWordWrap(True)
        self._apply()

    def _apply(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, tone(palette, self._tone))
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.setPalette(QPalette())  # back to the application's, then tint again
            self._apply()
        super().changeEvent(event)
