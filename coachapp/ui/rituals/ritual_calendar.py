"""The Rituals' calendar tab: a month with the days of meetings marked, and the meetings of
the day chosen; `chosen` opens one in the Meetings tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QTreeWidgetItem, QWidget

from coachapp.services.rituals.rituals import Occurrence, RitualService, Status
from coachapp.timezones import local_zone
from coachapp.ui.common.record_list import Listing
from coachapp.ui.common.widgets import MarkedCalendar

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1


class RitualCalendar(QWidget):
    """`row(occurrence)` writes a meeting as the Meetings list does (its data the occurrence,
    in OCCURRENCE_ROLE)."""

    chosen = Signal(object)  # Occurrence

    def __init__(
        self,
        rituals: RitualService,
        row: Callable[[Occurrence], QTreeWidgetItem],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._rituals = rituals
        self._row = row
        self.calendar = MarkedCalendar(self)
        self.calendar.selectionChanged.connect(self.show_day)
        self.calendar.currentPageChanged.connect(lambda *_: self.mark_days())
        self.day_list = Listing(self, "dayList", 3, stretch=1)
        self.day_list.itemActivated.connect(
            lambda item, _column: self.chosen.emit(item.data(0, OCCURRENCE_ROLE))
        )
        layout = QHBoxLayout(self)
        layout.addWidget(self.calendar, 3)
        layout.addWidget(self.day_list, 2)

    def _month_window(self) -> tuple[datetime, datetime]:
        zone = local_zone()
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start = datetime.combine(first - timedelta(days=7), time.min, zone)
        return start, start + timedelta(days=50)

    def mark_days(self) -> None:
        occurrences = self._rituals.occurrences(*self._month_window())
        self.calendar.mark(
            {o.starts_at.date() for o in occurrences if o.status is not Status.CANCELLED}
        )

    def show_day(self) -> None:
        chosen = self.calendar.selectedDate()
        start = datetime(chosen.year(), chosen.month(), chosen.day(), tzinfo=local_zone())
        self.day_list.clear()
        for occurrence in self._rituals.occurrences(start, start + timedelta(days=1)):
            self.day_list.addTopLevelItem(self._row(occurrence))
