"""Views that read their data only when they are on screen.

The main window builds every area at start-up, but only one is shown. A hidden view notes that
its data changed and reads it again when it is next shown, so start-up and every change read
only what the manager can see.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class RefreshedWhenShown:
    """Mix into a QWidget subclass (before it) that defines `refresh()`."""

    _stale = True

    def refresh(self) -> None:
        raise NotImplementedError

    def refresh_when_shown(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)  # type: ignore[misc]
