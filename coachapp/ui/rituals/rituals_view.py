"""The Rituals area: meetings to come and past, a calendar, follow-up actions, who is
included, and the method library."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.i18n import current_language, format_datetime
from coachapp.services.journal.journal import EntryFilter
from coachapp.services.rituals.rituals import RITUAL, Occurrence, Status
from coachapp.timezones import local_zone
from coachapp.ui.common import messages
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.geometry import remember_splitter
from coachapp.ui.common.icons import icon
from coachapp.ui.common.lazy_view import RefreshedWhenShown
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import tone
from coachapp.ui.common.widgets import ToneLabel, WrappingRow
from coachapp.ui.rituals.methods_browser import MethodsBrowser
from coachapp.ui.rituals.occurrence_panel import OccurrencePanel, short_date
from coachapp.ui.rituals.ritual_planner import RitualPlanner
from coachapp.words.labels import stakeholder_label, status_label

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1
SPLITTER_KEY = "rituals.splitter"
PERIODS = (90, 365, 5 * 366)


def _fit_columns(tree: QTreeWidget, stretch: int) -> None:
    """Every column as wide as its texts, but `stretch`, which takes the rest of the room."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class RitualsView(RefreshedWhenShown, Retranslatable, QWidget):
    status = Signal(str)
    debrief_requested = Signal(object)  # Occurrence
    experiment_requested = Signal(object)  # Occurrence
    entry_requested = Signal(str)

    def __init__(self, journal: Journal, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._rituals = journal.rituals
        self._events = events
        self._marked: set[date] = set()

        # Meetings
        self.when = QComboBox(self)
        self.when.setObjectName("when")
        self.when.addItem("", "upcoming")
        self.when.addItem("", "past")
        self.when.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.when.currentIndexChanged.connect(self.refresh)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newRitual")
        self.new_button.clicked.connect(lambda _checked=False: self.plan())
        self.list = QTreeWidget(self)
        self.list.setObjectName("occurrences")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(3)
        self.list.setAlternatingRowColors(True)
        _fit_columns(self.list, stretch=1)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.panel = OccurrencePanel(
            self._rituals, journal.people, journal.methods.library, journal.feedback, self
        )
        self.panel.changed.connect(self._panel_changed)
        self.panel.status.connect(self.status)
        self.panel.edit_requested.connect(self.edit)
        self.panel.export_requested.connect(self.export_one)
        self.panel.trash_requested.connect(self.trash)
        self.panel.debrief_requested.connect(self.debrief_requested)
        self.panel.experiment_requested.connect(self.experiment_requested)
        self.panel.entry_requested.connect(self.entry_requested)
        self._list_pane = QWidget(self)
        left_layout = QVBoxLayout(self._list_pane)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(WrappingRow(self.when, self.new_button, parent=self._list_pane))
        left_layout.addWidget(self.list, 1)
        self.meetings = QSplitter(self)
        self.meetings.setObjectName("meetingsSplitter")
        self.meetings.addWidget(self._list_pane)
        self.meetings.addWidget(self.panel)
        self.meetings.setStretchFactor(1, 1)
        self.meetings.setChildrenCollapsible(False)
        # Until the user moves the handle, the list gets the width its meetings need.
        self._fit_list = not remember_splitter(self.meetings, journal.settings, SPLITTER_KEY)

        # Calendar
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.currentPageChanged.connect(lambda *_: self._mark_days())
        self.day_list = QTreeWidget(self)
        self.day_list.setObjectName("dayList")
        self.day_list.setRootIsDecorated(False)
        self.day_list.setColumnCount(3)
        _fit_columns(self.day_list, stretch=1)
        self.day_list.itemActivated.connect(self._open_from_day)
        calendar_page = QWidget(self)
        calendar_layout = QHBoxLayout(calendar_page)
        calendar_layout.addWidget(self.calendar, 3)
        calendar_layout.addWidget(self.day_list, 2)

        # Actions
        self.open_actions = QTreeWidget(self)
        self.open_actions.setObjectName("openActions")
        self.open_actions.setRootIsDecorated(False)
        self.open_actions.setColumnCount(4)
        self.open_actions.setAlternatingRowColors(True)
        _fit_columns(self.open_actions, stretch=0)
        self.open_actions.itemChanged.connect(self._action_toggled)

        # Inclusion
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for days in PERIODS:
            self.period.addItem("", days)
        self.period.currentIndexChanged.connect(self._show_inclusion)
        self.inclusion_summary = QLabel(self)
        self.inclusion_summary.setWordWrap(True)
        self.inclusion = QTreeWidget(self)
        self.inclusion.setObjectName("inclusion")
        self.inclusion.setRootIsDecorated(False)
        self.inclusion.setColumnCount(3)
        _fit_columns(self.inclusion, stretch=2)
        self.left_out_label = ToneLabel("warning", self)
        self.left_out = QTreeWidget(self)
        self.left_out.setObjectName("leftOut")
        self.left_out.setRootIsDecorated(False)
        self.left_out.setColumnCount(3)
        _fit_columns(self.left_out, stretch=2)
        inclusion_page = QWidget(self)
        inclusion_layout = QVBoxLayout(inclusion_page)
        inclusion_layout.addWidget(self.period)
        inclusion_layout.addWidget(self.inclusion_summary)
        inclusion_layout.addWidget(self.inclusion, 1)
        inclusion_layout.addWidget(self.left_out_label)
        inclusion_layout.addWidget(self.left_out, 2)

        # Methods
        self.methods = MethodsBrowser(journal.methods, journal.settings, self)
        self.methods.plan_requested.connect(self.plan)
        self.methods.status.connect(self.status)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("ritualTabs")
        for page in (self.meetings, calendar_page, self.open_actions, inclusion_page, self.methods):
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        events.changed.connect(self._on_data_changed)
        events.reloaded.connect(self.reload)
        self.retranslate_ui()

    # Texts and icons

    def retranslate_ui(self) -> None:
        titles = (self.tr("&Meetings"), self.tr("&Calendar"), self.tr("Follow-up &actions"),
                  self.tr("&Inclusion"), self.tr("Metho&ds"))  # fmt: skip
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.when.setItemText(0, self.tr("Coming up"))
        self.when.setItemText(1, self.tr("Past"))
        self.new_button.setText(self.tr("Plan a ritual…"))
        self.new_button.setToolTip(self.tr("Plan a ritual (Ctrl+R)"))
        headers = [self.tr("When"), self.tr("Ritual"), self.tr("Status")]
        self.list.setHeaderLabels(headers)
        self.day_list.setHeaderLabels(headers)
        self.open_actions.setHeaderLabels(
            [self.tr("Action"), self.tr("Ritual"), self.tr("Who"), self.tr("By")]
        )
        periods = {90: self.tr("The last 3 months"), 365: self.tr("The last 12 months"),
                   5 * 366: self.tr("The last 5 years")}  # fmt: skip
        for row in range(self.period.count()):
            self.period.setItemText(row, periods[self.period.itemData(row)])
        self.inclusion.setHeaderLabels(
            [self.tr("Stakeholders"), self.tr("Meetings with them"), self.tr("Share")]
        )
        self.left_out.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Team")])
        self.calendar.setLocale(QLocale())
        for tree in (self.list, self.day_list):  # no database here: it may be closing
            for row in range(tree.topLevelItemCount()):
                item = tree.topLevelItem(row)
                if item is not None:
                    fresh = self._item(item.data(0, OCCURRENCE_ROLE))
                    for column in range(3):
                        item.setText(column, fresh.text(column))

    def refresh_icons(self) -> None:
        self.new_button.setIcon(icon("ritual-add"))
        self.panel.refresh_icons()
        self.methods.refresh_icons()
        self._mark_days()

    # Meetings

    def refresh(self) -> None:
        """Re-read what the visible tab shows."""
        self._fill_list()
        self._tab_shown()

    def reload(self) -> None:
        self.panel.show_occurrence(None)
        self._journal.methods.reload()
        self.methods.refresh_when_shown()
        self.refresh_when_shown()

    def _fill_list(self) -> None:
        current = self.panel.occurrence
        occurrences = (
            self._rituals.upcoming() if self.when.currentData() == "upcoming"
            else self._rituals.past()
        )  # fmt: skip
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for occurrence in occurrences:
            item = self._item(occurrence)
            self.list.addTopLevelItem(item)
            if current and (occurrence.ritual_uuid, occurrence.starts_at) == (
                current.ritual_uuid, current.starts_at
            ):  # fmt: skip
                chosen = item
        self.list.blockSignals(False)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        if self._fit_list and self.list.topLevelItemCount() and self.meetings.isVisible():
            self._fit_list = False
            self._give_list_its_width()

    def _give_list_its_width(self) -> None:
        """As wide as its columns, with the meeting beside it keeping its least width."""
        header = self.list.header()
        columns = sum(
            max(header.sectionSizeHint(column), self.list.sizeHintForColumn(column))
            for column in range(self.list.columnCount())
        )
        frame = 2 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width()
        room = self.meetings.width() - self.meetings.handleWidth()
        panel = self.panel.minimumSizeHint().width()
        width = min(max(columns + frame, self._list_pane.minimumSizeHint().width()), room - panel)
        self.meetings.setSizes([width, room - width])

    def _item(self, occurrence: Occurrence) -> QTreeWidgetItem:
        state = status_label(occurrence.status)
        if occurrence.status is Status.PLANNED and occurrence.ends_at < self._journal.clock.now():
            state = self.tr("To record")  # a past meeting nobody said anything about
        item = QTreeWidgetItem([format_datetime(occurrence.starts_at), occurrence.title, state])
        item.setData(0, OCCURRENCE_ROLE, occurrence)
        if occurrence.status is Status.CANCELLED:
            muted = tone(QGuiApplication.palette(), "muted")
            for column in range(3):
                item.setForeground(column, muted)
        return item

    def _selected(self) -> None:
        item = self.list.currentItem()
        occurrence = item.data(0, OCCURRENCE_ROLE) if item else None
        self.panel.show_occurrence(occurrence)
        if occurrence is not None:
            self._show_entries(occurrence.ritual_uuid)

    def _show_entries(self, ritual_uuid: str) -> None:
        rows = self._journal.entries.page(EntryFilter(linked=(RITUAL, ritual_uuid)), limit=50)
        self.panel.show_entries([(row.uuid, row.title) for row in rows])

    def show_ritual(self, ritual_uuid: str) -> None:
        """Show the ritual's latest past meeting, else its next one."""
        self.tabs.setCurrentIndex(0)
        for when in ("past", "upcoming"):
            self.when.setCurrentIndex(self.when.findData(when))
            if self.select(ritual_uuid):
                return

    def select(self, ritual_uuid: str, starts_at: datetime | None = None) -> bool:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is None:
                continue
            occurrence = item.data(0, OCCURRENCE_ROLE)
            if occurrence.ritual_uuid == ritual_uuid and (
                starts_at is None or occurrence.starts_at == starts_at
            ):
                self.list.setCurrentItem(item)
                return True
        return False

    def _panel_changed(self) -> None:
        current = self.panel.occurrence
        if current is not None:
            for row in range(self.list.topLevelItemCount()):
                item = self.list.topLevelItem(row)
                shown = item.data(0, OCCURRENCE_ROLE) if item else None
                if item and shown and (shown.ritual_uuid, shown.starts_at) == (
                    current.ritual_uuid, current.starts_at
                ):  # fmt: skip
                    fresh = self._item(current)
                    for column in range(3):
                        item.setText(column, fresh.text(column))
                    item.setData(0, OCCURRENCE_ROLE, current)
        self._events.changed.emit("ritual")

    def plan(self, method_key: str = "") -> RitualPlanner:
        dialog = RitualPlanner(
            self._rituals,
            library=self._journal.methods.library,
            people=self._journal.people,
            method_key=method_key,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._planned(dialog))
        dialog.open()
        return dialog

    def edit(self, ritual_uuid: str) -> RitualPlanner:
        self.panel.flush(leaving=True)
        dialog = RitualPlanner(
            self._rituals,
            library=self._journal.methods.library,
            people=self._journal.people,
            record=self._rituals.get(ritual_uuid),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._planned(dialog))
        dialog.open()
        return dialog

    def _planned(self, dialog: RitualPlanner) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.panel.show_occurrence(None)
        self.tabs.setCurrentIndex(0)
        upcoming = saved.draft.starts_at >= self._journal.clock.now()
        self.when.setCurrentIndex(0 if upcoming else 1)
        self.refresh()
        if not self.select(saved.uuid):
            self.when.setCurrentIndex(1 - self.when.currentIndex())
            self.select(saved.uuid)
        self._events.changed.emit("ritual")
        self.status.emit(self.tr("“{title}” planned.").format(title=saved.draft.title))

    def trash(self, ritual_uuid: str) -> None:
        record = self._rituals.get(ritual_uuid)
        question = self.tr(
            "Move the ritual “{title}”, with all its meetings, notes and actions, to the trash?"
        ).format(title=record.draft.title)
        if not messages.confirm(self, self.tr("Move to trash"), question, self.tr("Move")):
            return
        self.panel.flush(leaving=True)
        self._rituals.trash(ritual_uuid)
        self.panel.show_occurrence(None)
        self.refresh()
        self._events.changed.emit("ritual")
        self.status.emit(self.tr("“{title}” moved to the trash.").format(title=record.draft.title))

    def export_one(self, ritual_uuid: str) -> None:
        record = self._rituals.get(ritual_uuid)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a calendar file"), f"{record.draft.title}.ics",
            self.tr("Calendar files (*.ics)"),
        )  # fmt: skip
        if not name:
            return
        method = self._journal.methods.library.get(record.draft.method_key)
        label = method.name(current_language() or "fr") if method else ""
        start = datetime(1970, 1, 1, tzinfo=UTC)
        occurrences = self._rituals.occurrences(start, start + timedelta(days=365 * 100),
                                                ritual_uuid)  # fmt: skip
        # icalendar takes ~50 ms to import: only when a calendar is written.
        from coachapp.exchange.ics import write_calendar  # noqa: PLC0415

        try:
            write_calendar(Path(name), [(record, label)], occurrences)
        except OSError as exc:
            messages.error(self, self.tr("Calendar file"), str(exc.strerror or exc))
            return
        self.status.emit(self.tr("Calendar file written: {name}").format(name=name))

    # Calendar

    def _tab_shown(self) -> None:
        index = self.tabs.currentIndex()
        if index == 1:
            self._mark_days()
            self._show_day()
        elif index == 2:
            self._show_actions()
        elif index == 3:
            self._show_inclusion()

    def _month_window(self) -> tuple[datetime, datetime]:
        zone = local_zone()
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start = datetime.combine(first - timedelta(days=7), time.min, zone)
        return start, start + timedelta(days=50)

    def _mark_days(self) -> None:
        plain = QTextCharFormat()
        for day in self._marked:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), plain)
        occurrences = self._rituals.occurrences(*self._month_window())
        self._marked = {o.starts_at.date() for o in occurrences if o.status is not Status.CANCELLED}
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setForeground(tone(QGuiApplication.palette(), "warning"))
        for day in self._marked:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), marked)

    def _show_day(self) -> None:
        chosen = self.calendar.selectedDate()
        zone = local_zone()
        start = datetime(chosen.year(), chosen.month(), chosen.day(), tzinfo=zone)
        self.day_list.clear()
        for occurrence in self._rituals.occurrences(start, start + timedelta(days=1)):
            self.day_list.addTopLevelItem(self._item(occurrence))

    def _open_from_day(self, item: QTreeWidgetItem) -> None:
        occurrence: Occurrence = item.data(0, OCCURRENCE_ROLE)
        past = occurrence.starts_at < self._journal.clock.now()
        self.when.setCurrentIndex(1 if past else 0)
        self.tabs.setCurrentIndex(0)
        self.select(occurrence.ritual_uuid, occurrence.starts_at)

    # Actions

    def _show_actions(self) -> None:
        today = self._journal.clock.now().astimezone(local_zone()).date()
        late = tone(QGuiApplication.palette(), "error")
        self.open_actions.blockSignals(True)
        self.open_actions.clear()
        for action in self._rituals.actions():
            owner = self.panel.person_name(action.owner)
            due = short_date(action.due) if action.due else ""
            item = QTreeWidgetItem([action.text, action.ritual_title, owner, due])
            item.setData(0, OCCURRENCE_ROLE, action.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if action.due and action.due < today:
                item.setForeground(3, late)
                item.setToolTip(3, self.tr("Overdue"))
            self.open_actions.addTopLevelItem(item)
        self.open_actions.blockSignals(False)

    def _action_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0 and item.checkState(0) == Qt.CheckState.Checked:
            self._rituals.set_action(item.data(0, OCCURRENCE_ROLE), done=True)
            self.status.emit(self.tr("Action done: {text}").format(text=item.text(0)))
            self._show_actions()
            self.panel.reload_actions()

    # Inclusion

    def _show_inclusion(self) -> None:
        now = self._journal.clock.now()
        days = self.period.currentData() or PERIODS[0]
        report = self._rituals.inclusion(
            now - timedelta(days=days), now, self._journal.people.search()
        )
        self.inclusion_summary.setText(
            self.tr("%n meeting(s) held in this period.", "", report.held)
        )
        self.inclusion.clear()
        locale = QLocale()
        for row in report.rows:
            share = locale.toString(round(row.share * 100)) + " %"
            self.inclusion.addTopLevelItem(
                QTreeWidgetItem([stakeholder_label(row.stakeholder), str(row.occurrences), share])
            )
        self.left_out_label.setText(
            self.tr("%n active person(s) took part in none of these meetings:", "",
                    len(report.left_out))
        )  # fmt: skip
        self.left_out.clear()
        for person in report.left_out:
            self.left_out.addTopLevelItem(QTreeWidgetItem([person.name, person.role, person.team]))

    def _on_data_changed(self, kind: str) -> None:
        if kind in ("trash", "person", "entry"):
            self.refresh_when_shown()
            current = self.panel.occurrence
            if current is not None:
                self._show_entries(current.ritual_uuid)

    def save_state(self) -> None:
        self.panel.flush(leaving=True)
