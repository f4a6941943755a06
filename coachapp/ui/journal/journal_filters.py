"""The Journal's filters column: a calendar that marks the days written in, a period, and the
entry's type, tag, pillar, person and mood; `changed` asks the list to read again."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.services.common.pillars import Pillar
from coachapp.services.journal.journal import EntryFilter, EntryKind
from coachapp.ui.common.dates import pydate
from coachapp.ui.common.icons import icon
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ElidingCombo, MarkedCalendar
from coachapp.words.labels import entry_kind_label, pillar_label, scale_label

PERIODS = ("all", "week", "month", "year", "range", "day")


class JournalFilters(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget) -> None:
        super().__init__(parent)
        self._journal = journal
        self.calendar = MarkedCalendar(self)
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.currentPageChanged.connect(lambda *_: self.mark_days())
        self.period = self._combo("period", PERIODS)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start = QDateEdit(self)
        self.start.setObjectName("start")
        self.end = QDateEdit(self)
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(self.changed)
        self.kind_filter = self._combo("kindFilter", (None, *(kind.value for kind in EntryKind)))
        self.tag_filter = self._combo("tagFilter", ())
        self.pillar_filter = self._combo("pillarFilter", (None, *(p.value for p in Pillar)))
        self.person_filter = self._combo("personFilter", ())
        self.mood_filter = self._combo("moodFilter", (None, *range(1, 6)))
        for combo in self._choices():
            combo.currentIndexChanged.connect(self.changed)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFilters")
        self._labels = [QLabel(self) for _ in range(8)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = (self.period, self.start, self.end, *self._choices())
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        layout.addLayout(form)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.retranslate_ui()
        self._show_range()

    def _combo(self, name: str, values: tuple[object, ...]) -> ElidingCombo:
        """A choice whose longer items end with "…"; texts come in retranslate_ui."""
        combo = ElidingCombo(self)
        combo.setObjectName(name)
        for value in values:
            combo.addItem("", value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _choices(self) -> tuple[ElidingCombo, ...]:
        """The filters on what entries hold, "All" first."""
        return (self.kind_filter, self.tag_filter, self.pillar_filter, self.person_filter,
                self.mood_filter)  # fmt: skip

    def retranslate_ui(self) -> None:
        self.calendar.setAccessibleName(self.tr("Days written in"))
        for widget in (self.calendar, self.start, self.end):
            widget.setLocale(QLocale())  # month and day names follow the language
        periods = {
            "all": self.tr("All dates"),
            "week": self.tr("Last 7 days"),
            "month": self.tr("Last 30 days"),
            "year": self.tr("Last 12 months"),
            "range": self.tr("Between two dates"),
            "day": self.tr("The day chosen in the calendar"),
        }
        for row in range(self.period.count()):
            self.period.setItemText(row, periods[self.period.itemData(row)])
        texts = (self.tr("Period"), self.tr("From"), self.tr("To"), self.tr("Type"),
                 self.tr("Tag"), self.tr("Pillar"), self.tr("Person"), self.tr("Mood"))  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for combo in self._choices():
            if combo.count():
                combo.setItemText(0, self.tr("All"))
        for row in range(1, self.kind_filter.count()):
            self.kind_filter.setItemText(
                row, entry_kind_label(EntryKind(self.kind_filter.itemData(row)))
            )
        for row in range(1, self.pillar_filter.count()):
            self.pillar_filter.setItemText(
                row, pillar_label(Pillar(self.pillar_filter.itemData(row)))
            )
        for row in range(1, self.mood_filter.count()):
            self.mood_filter.setItemText(row, scale_label(self.mood_filter.itemData(row)))
        self.clear_button.setText(self.tr("Clear the filters"))

    def refresh_icons(self) -> None:
        """The icon, and the marked days, whose colour comes from the palette."""
        self.mark_days()
        self.clear_button.setIcon(icon("filter"))

    # Reading

    def where(self, text: str) -> EntryFilter:
        """The entries these filters show, with `text` searched for."""
        start, end = self._period()
        return EntryFilter(
            text=text,
            start=start,
            end=end,
            kind=EntryKind(k) if (k := self.kind_filter.currentData()) else None,
            tag=self.tag_filter.currentData() or None,
            pillar=Pillar(p) if (p := self.pillar_filter.currentData()) else None,
            person=self.person_filter.currentData() or None,
            mood=self.mood_filter.currentData(),
        )

    def _period(self) -> tuple[date | None, date | None]:
        today = self._journal.clock.now().astimezone().date()
        period = self.period.currentData()
        if period == "week":
            return today - timedelta(days=6), None
        if period == "month":
            return today - timedelta(days=29), None
        if period == "year":
            return today - timedelta(days=365), None
        if period == "range":
            first, last = pydate(self.start.date()), pydate(self.end.date())
            return (first, last) if first <= last else (last, first)
        if period == "day":
            chosen = pydate(self.calendar.selectedDate())
            return chosen, chosen
        return None, None

    def fill_choices(self) -> None:
        """The tags and people the filters offer, as they are now."""
        for combo, values in (
            (self.tag_filter, [(name, name) for name in self._journal.entries.tags()]),
            (self.person_filter, [(p.name, p.uuid) for p in self._journal.people.search(
                include_inactive=True)]),
        ):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for text, data in values:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def mark_days(self) -> None:
        """Mark the days written in, around the month shown."""
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(year, month, 1) - timedelta(days=7)
        last = date(year, month, 28) + timedelta(days=14)
        self.calendar.mark(self._journal.entries.days_with_entries(first, last))

    # Changing

    def clear(self) -> None:
        """Every filter back to "all"; `changed` once."""
        for combo in (self.period, *self._choices()):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._period_changed()

    def _period_changed(self) -> None:
        self._show_range()
        self.changed.emit()

    def _show_range(self) -> None:
        """The two dates only for a period between them."""
        ranged = self.period.currentData() == "range"
        for widget in (self.start, self.end, *self._labels[1:3]):
            widget.setVisible(ranged)

    def _day_clicked(self, day: QDate) -> None:
        self.calendar.setSelectedDate(day)
        index = self.period.findData("day")
        if self.period.currentIndex() == index:
            self.changed.emit()
        else:
            self.period.setCurrentIndex(index)
