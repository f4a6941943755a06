"""The Rituals area: meetings to come and past, a calendar, follow-up actions, who is
included, and the method library.

Long because the area builds, names and fills its five tabs here; what each tab does beyond
listing is in its own module (calendar, actions, panel, methods browser).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.i18n import current_language, format_datetime
from coachapp.services.journal.journal import EntryFilter
from coachapp.services.rituals.rituals import RITUAL, Occurrence, RitualRecord, Status
from coachapp.ui.common import messages
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.form_dialog import open_dialog
from coachapp.ui.common.geometry import remember_splitter
from coachapp.ui.common.icons import icon
from coachapp.ui.common.lazy_view import RefreshedWhenShown
from coachapp.ui.common.naming import name_choice, plain
from coachapp.ui.common.record_list import Listing
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import tone
from coachapp.ui.common.widgets import PeriodChoice, ToneLabel, WrappingRow
from coachapp.ui.rituals.methods_browser import MethodsBrowser
from coachapp.ui.rituals.occurrence_panel import OccurrencePanel
from coachapp.ui.rituals.open_actions import OpenActions
from coachapp.ui.rituals.ritual_calendar import OCCURRENCE_ROLE, RitualCalendar
from coachapp.ui.rituals.ritual_planner import RitualPlanner
from coachapp.words.labels import stakeholder_label, status_label

SPLITTER_KEY = "rituals.splitter"


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
        self.meetings = self._build_meetings(journal)
        self.month = RitualCalendar(self._rituals, self._item, self)
        self.month.chosen.connect(self._open_from_day)
        self.open_actions = OpenActions(journal, self)
        self.open_actions.done.connect(self._action_done)
        inclusion = self._build_inclusion()
        self.methods = MethodsBrowser(journal.methods, journal.settings, self)
        self.methods.plan_requested.connect(self.plan)
        self.methods.status.connect(self.status)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("ritualTabs")
        for page in (self.meetings, self.month, self.open_actions, inclusion, self.methods):
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        events.changed.connect(self._on_data_changed)
        events.reloaded.connect(self.reload)
        self.retranslate_ui()

    def _build_meetings(self, journal: Journal) -> QSplitter:
        """The first tab: the meetings coming up or past, and the one chosen."""
        self.when = QComboBox(self)
        self.when.setObjectName("when")
        self.when.addItem("", "upcoming")
        self.when.addItem("", "past")
        self.when.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.when.currentIndexChanged.connect(self.refresh)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newRitual")
        self.new_button.clicked.connect(lambda _checked=False: self.plan())
        self.list = Listing(self, "occurrences", 3, stretch=1)
        self.list.setAlternatingRowColors(True)
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
        meetings = QSplitter(self)
        meetings.setObjectName("meetingsSplitter")
        meetings.addWidget(self._list_pane)
        meetings.addWidget(self.panel)
        meetings.setStretchFactor(1, 1)
        meetings.setChildrenCollapsible(False)
        # Until the user moves the handle, the list gets the width its meetings need.
        self._fit_list = not remember_splitter(meetings, journal.settings, SPLITTER_KEY)
        return meetings

    def _build_inclusion(self) -> QWidget:
        """The fourth tab: each group's share of the meetings, and who took part in none."""
        self.period = PeriodChoice(self)
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.currentIndexChanged.connect(self._show_inclusion)
        self.inclusion_summary = QLabel(self)
        self.inclusion_summary.setWordWrap(True)
        self.inclusion = Listing(self, "inclusion", 3, stretch=2)
        self.left_out_label = ToneLabel("warning", self)
        self.left_out = Listing(self, "leftOut", 3, stretch=2)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.period)
        layout.addWidget(self.inclusion_summary)
        layout.addWidget(self.inclusion, 1)
        layout.addWidget(self.left_out_label)
        layout.addWidget(self.left_out, 2)
        return page

    # Texts and icons

    def retranslate_ui(self) -> None:
        titles = (self.tr("&Meetings"), self.tr("&Calendar"), self.tr("Follow-up &actions"),
                  self.tr("&Inclusion"), self.tr("Metho&ds"))  # fmt: skip
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.list.setAccessibleName(plain(titles[0]))
        self.month.calendar.setAccessibleName(self.tr("Days with a ritual"))
        self.month.day_list.setAccessibleName(self.tr("Rituals of the chosen day"))
        self.inclusion.setAccessibleName(self.tr("Share of the meetings by stakeholder group"))
        self.left_out.setAccessibleName(self.tr("People who took part in none"))
        name_choice(self.when, self.tr("Which meetings"))
        self.when.setItemText(0, self.tr("Coming up"))
        self.when.setItemText(1, self.tr("Past"))
        self.new_button.setText(self.tr("Plan a ritual…"))
        self.new_button.setToolTip(self.tr("Plan a ritual (Ctrl+R)"))
        headers = [self.tr("When"), self.tr("Ritual"), self.tr("Status")]
        self.list.setHeaderLabels(headers)
        self.month.day_list.setHeaderLabels(headers)
        self.inclusion.setHeaderLabels(
            [self.tr("Stakeholders"), self.tr("Meetings with them"), self.tr("Share")]
        )
        self.left_out.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Team")])
        self.month.calendar.setLocale(QLocale())
        for tree in (self.list, self.month.day_list):  # no database here: it may be closing
            for row in range(tree.topLevelItemCount()):
                item = tree.topLevelItem(row)
                if item is not None:
                    self._rewrite(item, item.data(0, OCCURRENCE_ROLE))

    def refresh_icons(self) -> None:
        self.new_button.setIcon(icon("ritual-add"))
        self.panel.refresh_icons()
        self.methods.refresh_icons()
        self.month.mark_days()

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

    def _rewrite(self, item: QTreeWidgetItem, occurrence: Occurrence) -> None:
        """Write the meeting in its row again (saved, or in another language)."""
        fresh = self._item(occurrence)
        for column in range(3):
            item.setText(column, fresh.text(column))
        item.setData(0, OCCURRENCE_ROLE, occurrence)

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
                    self._rewrite(item, current)
        self._events.changed.emit("ritual")

    def plan(self, method_key: str = "") -> RitualPlanner:
        return self._open_planner(None, method_key)

    def edit(self, ritual_uuid: str) -> RitualPlanner:
        self.panel.flush(leaving=True)
        return self._open_planner(self._rituals.get(ritual_uuid))

    def _open_planner(self, record: RitualRecord | None, method_key: str = "") -> RitualPlanner:
        """The planner for a new ritual (from a method, perhaps) or for `record`."""
        journal = self._journal
        planner = RitualPlanner(
            self._rituals, library=journal.methods.library, people=journal.people,
            record=record, method_key=method_key, parent=self,
        )  # fmt: skip
        return open_dialog(planner, self._planned)

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
        from coachapp.services.rituals.calendar import RitualCalendar  # noqa: PLC0415

        record = self._rituals.get(ritual_uuid)
        folder = Path(self._journal.settings.get("export.folder") or Path.home())
        name = "".join(c if c.isalnum() or c in " -_" else "-" for c in record.draft.title)
        target = messages.save_file(
            self, self.tr("Save a calendar file"), folder / f"{name.strip() or 'ritual'}.ics",
            self.tr("Calendar files (*.ics)"),
        )  # fmt: skip
        if target is None:
            return
        calendar = RitualCalendar(
            self._rituals, self._journal.methods.library, current_language() or "fr"
        )
        try:
            calendar.write_ritual(ritual_uuid, target)
        except OSError as exc:
            messages.error(self, self.tr("Calendar file"), str(exc.strerror or exc))
            return
        self.status.emit(self.tr("Calendar file written: {name}").format(name=target))

    # Calendar

    def _tab_shown(self) -> None:
        index = self.tabs.currentIndex()
        if index == 1:
            self.month.mark_days()
            self.month.show_day()
        elif index == 2:
            self.open_actions.show_actions()
        elif index == 3:
            self._show_inclusion()

    def _open_from_day(self, occurrence: Occurrence) -> None:
        past = occurrence.starts_at < self._journal.clock.now()
        self.when.setCurrentIndex(1 if past else 0)
        self.tabs.setCurrentIndex(0)
        self.select(occurrence.ritual_uuid, occurrence.starts_at)

    def _show_inclusion(self) -> None:
        now = self._journal.clock.now()
        report = self._rituals.inclusion(
            now - timedelta(days=self.period.days()), now, self._journal.people.search()
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

    def _action_done(self, text: str) -> None:
        self.status.emit(self.tr("Action done: {text}").format(text=text))
        self.panel.follow_up.reload()

    def _on_data_changed(self, kind: str) -> None:
        if kind in ("trash", "person", "entry"):
            self.refresh_when_shown()
            current = self.panel.occurrence
            if current is not None:
                self._show_entries(current.ritual_uuid)

    def save_state(self) -> None:
        self.panel.flush(leaving=True)
