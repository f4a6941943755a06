"""The Insights area in the main window: a light frame that builds the charts (and loads
QtCharts) the first time it is shown, so start-up does not pay for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coachapp.context import Journal
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.retranslate import Retranslatable

if TYPE_CHECKING:  # importing it for real would load QtCharts
    from coachapp.ui.insights.insights_view import InsightsView


class InsightsArea(Retranslatable, QWidget):
    status = Signal(str)

    def __init__(self, journal: Journal, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._stale = True
        self.view: InsightsView | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        events.changed.connect(lambda _kind: self._changed())
        events.reloaded.connect(self._changed)

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is None:
            from coachapp.ui.insights.insights_view import InsightsView  # noqa: PLC0415

            self.view = InsightsView(self._journal, self)
            self._layout.addWidget(self.view)
            self.view.show()  # now, not at the next turn of the event loop
        if self._stale:
            self._refresh()

    def _refresh(self) -> None:
        if self.view is not None:
            self._stale = False
            self.view.refresh()

    def retranslate_ui(self) -> None:
        if self.view is not None:
            self.view.retranslate()

    def refresh_icons(self) -> None:
        """Charts take their colours from the theme when they are drawn again."""
        self._stale = True
        if self.isVisible():
            self._refresh()
