"""The Journal area: a calendar and filters, the list of entries, and the entry being written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelection, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.config import Settings
from coachapp.context import Journal
from coachapp.i18n import current_language, long_day, render_error
from coachapp.services.common.pillars import Pillar
from coachapp.services.common.saving import write_failure
from coachapp.services.journal.journal import EntryDraft, EntryFilter, EntryKind, EntryRecord
from coachapp.services.journal.templates import Template
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.geometry import side_by_side
from coachapp.ui.common.icons import icon
from coachapp.ui.common.record_list import record_table, selected_uuid
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.rich_delegate import RichTextDelegate
from coachapp.ui.common.theme import tone
from coachapp.ui.common.widgets import ElidingCombo, SearchField, WrappingRow
from coachapp.ui.journal.entry_editor import EntryEditor
from coachapp.ui.journal.entry_model import DATE, RICH_ROLE, TITLE, EntryListModel
from coachapp.words.labels import entry_kind_label, pillar_label, scale_label

SEARCH_DELAY_MS = 200
SPLITTER_KEY = "journal.splitter"
PERIODS = ("all", "week", "month", "year", "range", "day")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class JournalView(Retranslatable, QWidget):
    status = Signal(str)
    trashed = Signal(str, str)  # uuid, title: the window offers to undo
    written = Signal(str)  # uuid of a new entry, once something is written in it

    def __init__(
        self,
        journal: Journal,
        events: DataEvents,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._entries = journal.entries
        self._events = events
        self._fresh: str | None = None  # a new entry not yet written in
        self._marked_days: set[date] = set()
        self._announcing = False
        self._count = 0

        # Filters
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.currentPageChanged.connect(lambda *_: self._mark_days())
        self.period = ElidingCombo(self)
        self.period.setObjectName("period")
        for value in PERIODS:
            self.period.addItem("", value)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start = QDateEdit(self)
        self.start.setObjectName("start")
        self.end = QDateEdit(self)
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(self._filters_changed)
        self.kind_filter = ElidingCombo(self)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem("", None)
        for kind in EntryKind:
            self.kind_filter.addItem(entry_kind_label(kind), kind.value)
        self.tag_filter = ElidingCombo(self)
        self.tag_filter.setObjectName("tagFilter")
        self.pillar_filter = ElidingCombo(self)
        self.pillar_filter.setObjectName("pillarFilter")
        self.pillar_filter.addItem("", None)
        for pillar in Pillar:
            self.pillar_filter.addItem(pillar_label(pillar), pillar.value)
        self.person_filter = ElidingCombo(self)
        self.person_filter.setObjectName("personFilter")
        self.mood_filter = ElidingCombo(self)
        self.mood_filter.setObjectName("moodFilter")
        self.mood_filter.addItem("", None)
        for level in range(1, 6):
            self.mood_filter.addItem(scale_label(level), level)
        for combo in (self.kind_filter, self.tag_filter, self.pillar_filter, self.person_filter,
                      self.mood_filter):  # fmt: skip
            combo.currentIndexChanged.connect(self._filters_changed)
        for combo in (self.period, self.kind_filter, self.tag_filter, self.pillar_filter,
                      self.person_filter, self.mood_filter):  # fmt: skip
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)  # longer choices end with "…"
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)
        self._filter_labels = [QLabel(self) for _ in range(8)]
        filters = QWidget(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(
            self._filter_labels,
            (self.period, self.start, self.end, self.kind_filter, self.tag_filter,
             self.pillar_filter, self.person_filter, self.mood_filter),
            strict=True,
        ):  # fmt: skip
            label.setBuddy(field)
            form.addRow(label, field)
        filters_layout = QVBoxLayout(filters)
        filters_layout.setContentsMargins(0, 0, 0, 0)
        filters_layout.addWidget(self.calendar)
        filters_layout.addLayout(form)
        filters_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        filters_layout.addStretch(1)

        # List
        self.search = SearchField(SEARCH_DELAY_MS, self)
        self.search.searched.connect(self.refresh)
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("newEntry")
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.clicked.connect(lambda _checked=False: self.start_entry())
        self.templates_menu = QMenu(self)
        self.templates_menu.aboutToShow.connect(self._fill_templates_menu)
        self.new_button.setMenu(self.templates_menu)
        self.count_label = QLabel(self)
        self.model = EntryListModel(self._entries, self)
        line = self.fontMetrics().height()
        self.table = record_table(self, "entryTable", self.model, 2 * line + 12)
        self.table.setItemDelegate(RichTextDelegate(RICH_ROLE, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(DATE, self.fontMetrics().horizontalAdvance("31/12/2026") + 24)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(WrappingRow(self.search, self.new_button, parent=middle))
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.count_label)

        # Editor
        self.editor = EntryEditor(self._entries, journal.people, journal.feedback, self)
        self.editor.saved.connect(self._on_saved)
        self.editor.status.connect(self.status)
        self.editor.trashed.connect(self._on_trashed)

        self.splitter = side_by_side(
            self, [(filters, 0), (middle, 1), (self.editor, 1)], settings, SPLITTER_KEY,
            lambda width: self._first_sizes(width, filters),
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        events.changed.connect(self._on_data_changed)
        events.reloaded.connect(self.reload)
        self.retranslate_ui()
        self._fill_choices()
        self._period_changed()

    def _first_sizes(self, width: int, filters: QWidget) -> list[int]:
        """The filters as narrow as they can be; the list and the entry share the rest."""
        rest = width - filters.sizeHint().width() - 2 * self.splitter.handleWidth()
        return [filters.sizeHint().width(), rest // 2, rest - rest // 2]

    # Texts and icons

    def retranslate_ui(self) -> None:
        for widget in (self.calendar, self.start, self.end):
            widget.setLocale(QLocale())  # month and day names follow the language
        self.search.setPlaceholderText(self.tr("Search the journal (accents optional)"))
        self.new_button.setText(self.tr("New entry"))
        self.new_button.setToolTip(
            self.tr("Start a new entry (Ctrl+N); the arrow offers templates")
        )
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
        texts = (
            self.tr("Period"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Type"),
            self.tr("Tag"),
            self.tr("Pillar"),
            self.tr("Person"),
            self.tr("Mood"),
        )
        for label, text in zip(self._filter_labels, texts, strict=True):
            label.setText(text)
        everything = self.tr("All")
        for combo in (self.kind_filter, self.tag_filter, self.pillar_filter, self.person_filter,
                      self.mood_filter):  # fmt: skip
            if combo.count():
                combo.setItemText(0, everything)
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
        self.model.retranslate()
        self._show_count()

    def refresh_icons(self) -> None:
        """Icons, and the colours that depend on the palette (called when it changes)."""
        self._mark_days()
        self.new_button.setIcon(icon("entry-add"))
        self.search.refresh_icon()
        self.clear_button.setIcon(icon("filter"))
        self.editor.refresh_icons()

    # Filters

    def current_filter(self) -> EntryFilter:
        start, end = self._period()
        return EntryFilter(
            text=self.search.text(),
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
            first, last = _pydate(self.start.date()), _pydate(self.end.date())
            return (first, last) if first <= last else (last, first)
        if period == "day":
            chosen = _pydate(self.calendar.selectedDate())
            return chosen, chosen
        return None, None

    def _period_changed(self) -> None:
        ranged = self.period.currentData() == "range"
        for widget in (self.start, self.end, *self._filter_labels[1:3]):
            widget.setVisible(ranged)
        self._filters_changed()

    def _day_clicked(self, day: QDate) -> None:
        self.calendar.setSelectedDate(day)
        index = self.period.findData("day")
        if self.period.currentIndex() == index:
            self._filters_changed()
        else:
            self.period.setCurrentIndex(index)

    def _filters_changed(self) -> None:
        self.refresh()

    def clear_filters(self) -> None:
        for combo in (self.period, self.kind_filter, self.tag_filter, self.pillar_filter,
                      self.person_filter, self.mood_filter):  # fmt: skip
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._period_changed()

    def _fill_choices(self) -> None:
        """The tags and people the filters offer, as they are now."""
        for combo, values in (
            (self.tag_filter, [(name, name) for name in self._entries.tags()]),
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

    # Listing

    def refresh(self) -> None:
        """Re-read the list for the current filters, keeping the open entry selected."""
        self.search.settle()
        where = self.current_filter()
        self.model.set_filter(where)
        current = self.editor.record
        if current is not None:  # only among the rows read: never read 20,000 to find it
            self.select(current.uuid, load=False, fetch=False)
        self._count = self._entries.count(where)
        self._show_count()
        self._mark_days()

    def reload(self) -> None:
        self._fresh = None
        self.editor.show_entry(None)
        self._fill_choices()
        self.refresh()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n entry(ies)", "", self._count))

    def select(self, entry_uuid: str, *, load: bool = True, fetch: bool = True) -> bool:
        """Select `entry_uuid` in the list; with `fetch`, read more pages until it appears."""
        while (
            (row := self.model.row_of(entry_uuid)) is None and fetch and self.model.canFetchMore()
        ):
            self.model.fetchMore()
        if row is None:
            return False
        blocked = not load and self.table.selectionModel().blockSignals(True)
        self.table.selectRow(row)
        if not load:
            self.table.selectionModel().blockSignals(blocked)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        entry_uuid = selected_uuid(self.table)
        shown = self.editor.record
        if entry_uuid is not None and (shown is None or shown.uuid != entry_uuid):
            self.open_entry(entry_uuid)

    def open_entry(self, entry_uuid: str) -> None:
        leaving = self._fresh
        self.editor.show_entry(self._entries.get(entry_uuid))
        if leaving and leaving != entry_uuid and self._discard_untouched(leaving):
            self._fresh = None
            self.refresh()
            self._announce()

    # Calendar

    def _mark_days(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(year, month, 1) - timedelta(days=7)
        last = date(year, month, 28) + timedelta(days=14)
        plain = QTextCharFormat()
        for day in self._marked_days:
            self.calendar.setDateTextFormat(_qdate(day), plain)
        self._marked_days = self._entries.days_with_entries(first, last)
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setForeground(tone(QGuiApplication.palette(), "warning"))
        for day in self._marked_days:
            self.calendar.setDateTextFormat(_qdate(day), marked)

    # Writing

    def _fill_templates_menu(self) -> None:
        self.templates_menu.clear()
        for template in self._journal.templates.templates(current_language() or "en"):
            action = self.templates_menu.addAction(template.name)
            action.triggered.connect(lambda _=False, t=template: self.new_entry(t))

    def new_entry(
        self,
        template: Template | None = None,
        *,
        title: str = "",
        people: tuple[str, ...] = (),
        links: frozenset[tuple[str, str]] = frozenset(),
    ) -> EntryRecord:
        """Start an entry from `template` (the daily note by default), ready to type in;
        `title`, `people` and `links` come from where it was started (a ritual's debrief)."""
        language = current_language() or "en"
        if template is None:
            template = self._journal.templates.default(language)
        now = self._journal.clock.now()
        today = now.astimezone().date()
        draft = EntryDraft(occurred_at=now, title=title or self.tr("Note"))
        if template is not None:
            day_text = long_day(today, weekday=True)
            draft = EntryDraft(
                occurred_at=now,
                title=title or template.title_for(today, day_text, self._names(people)),
                body=template.body,
                kind=template.kind,
                pillars=template.pillars,
            )
        draft = replace(draft, people=people, links=links)
        self.editor.flush(leaving=True)
        record = self._entries.create(draft)
        if self._fresh is not None:
            self._discard_untouched(self._fresh)
        self._fresh = record.uuid
        self.clear_filters()
        self.select(record.uuid)
        self.editor.body.setFocus()
        self._announce()
        return record

    def _names(self, people: tuple[str, ...]) -> str:
        """The people an entry is about, as its title names them ("…" to fill in if none)."""
        names = [self._journal.people.get(uuid).name for uuid in people]
        return self.locale().createSeparatedList(names) if names else "…"

    def start_entry(self) -> EntryRecord | None:
        """A new entry from the button or Ctrl+N; a refused write is said, not a crash."""
        try:
            return self.new_entry()
        except Exception as exc:
            refused = write_failure(exc)
            if refused is None:
                raise
            reason = render_error(refused)
            self.status.emit(self.tr("No new entry: {reason}").format(reason=reason))
            return None

    def show_entry(self, entry_uuid: str) -> bool:
        """Show one entry whatever the filters were (from a link elsewhere in the app)."""
        self.clear_filters()
        return self.select(entry_uuid)

    def _announce(self) -> None:
        self._announcing = True
        try:
            self._events.changed.emit("entry")
        finally:
            self._announcing = False

    def _on_saved(self, record: EntryRecord) -> None:
        if record.uuid == self._fresh:
            self._fresh = None
            self.written.emit(record.uuid)
        row = self._entries.row(record.uuid)
        number = self.model.row_of(record.uuid)
        if number is not None and self.model.row(number).occurred_at == row.occurred_at:
            self.model.replace_row(row)
        else:
            # The entry moved in the list. Re-read once the current switch (if this save
            # came from leaving the entry) is over, so the list selects what the editor shows.
            QTimer.singleShot(0, self.refresh)
        self._announce()

    def _on_trashed(self, entry_uuid: str, title: str) -> None:
        if entry_uuid == self._fresh:
            self._fresh = None
        rows = self.table.selectionModel().selectedRows()
        position = rows[0].row() if rows else 0
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(min(position, self.model.rowCount() - 1))
        self._announce()
        self.trashed.emit(entry_uuid, title)

    def _on_data_changed(self, kind: str) -> None:
        if self._announcing:
            return
        if kind in ("entry", "trash", "person"):
            self._fill_choices()
            self.refresh()

    def trash_selected(self) -> None:
        self.editor.move_to_trash()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _discard_untouched(self, entry_uuid: str) -> bool:
        """Drop a new entry left as it was made, unless edits of it wait to be saved."""
        if self.editor.holds_unsaved(entry_uuid):
            return False
        return self._entries.discard_untouched(entry_uuid)

    def save_state(self) -> None:
        """Write what waits to be saved (before an export, a backup...); the entry stays open."""
        self.editor.flush(leaving=True)

    def leave(self) -> None:
        """The window closes: a new entry nobody wrote in goes, the rest is saved."""
        self.save_state()
        if self._fresh is not None and self._discard_untouched(self._fresh):
            self._fresh = None
