"""Live language switching: widgets re-set their texts when Qt announces a language change."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslatable:
    """Mix into a QWidget subclass (before it) that defines `retranslate_ui()`."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
