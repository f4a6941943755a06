"""The People area: find, add, edit, deactivate and trash the people the manager works with;
tell a person what the journal holds on them, or erase them from it for good."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.config import Settings
from coachapp.context import Journal
from coachapp.errors import UserError
from coachapp.services.people.erasure import ErasureResult, ErasureService
from coachapp.services.people.people import PeopleService, PersonKind, PersonRecord
from coachapp.ui.common import messages
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.geometry import side_by_side
from coachapp.ui.common.icons import icon
from coachapp.ui.common.lazy_view import RefreshedWhenShown
from coachapp.ui.common.naming import name_choice
from coachapp.ui.common.record_list import record_table, selected_uuid
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import SearchField, WrappingRow
from coachapp.ui.people.erase_dialog import EraseDialog
from coachapp.ui.people.new_person_dialog import NewPersonDialog
from coachapp.ui.people.people_model import (
    KIND,
    NAME,
    ROLE,
    SORT_ROLE,
    TEAM,
    PeopleModel,
)
from coachapp.ui.people.person_editor import PersonEditor
from coachapp.words.labels import kind_label

SEARCH_DELAY_MS = 150
SPLITTER_KEY = "people.splitter"


class PeopleView(RefreshedWhenShown, Retranslatable, QWidget):
    status = Signal(str)
    delegation_requested = Signal(str)
    new_delegation_requested = Signal(str)  # for this person
    entry_requested = Signal(str)
    ritual_requested = Signal(str)
    experiment_requested = Signal(str)
    report_requested = Signal(str)  # everything the journal holds about this person
    erasing = Signal()  # a person is about to be erased: every editor saves what it holds

    def __init__(
        self,
        journal: Journal,
        events: DataEvents,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._people: PeopleService = journal.people
        self._journal = journal
        self._events = events
        self._announcing = False  # our own change notifications need no reload

        self._build_tools()
        self._build_table()
        self._build_editor(journal)
        left = self._list_pane()
        self.splitter = side_by_side(
            self, [(left, 1), (self.editor, 1)], settings, SPLITTER_KEY, self._first_sizes
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        events.changed.connect(self._on_data_changed)
        events.reloaded.connect(self.reload)
        self.retranslate_ui()

    def _build_tools(self) -> None:
        """The search, the filters, and what to do: add a person, tell or erase the one shown."""
        self.search = SearchField(SEARCH_DELAY_MS, self)
        self.search.searched.connect(self.refresh)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem("", None)
        for kind in PersonKind:
            self.kind_filter.addItem(kind_label(kind), kind.value)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.show_inactive = QCheckBox(self)
        self.show_inactive.setObjectName("showInactive")
        self.show_inactive.toggled.connect(self.refresh)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(self.add_person)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("personReport")
        self.report_button.clicked.connect(self._report)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("erasePerson")
        self.erase_button.clicked.connect(self.erase_selected)

    def _build_table(self) -> None:
        """The people found, sorted by any column."""
        self.model = PeopleModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = record_table(self, "peopleTable", self.proxy, self.fontMetrics().height() + 10)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        width = self.fontMetrics().averageCharWidth()
        for column, chars in ((NAME, 22), (ROLE, 20), (KIND, 16), (TEAM, 16)):
            header.resizeSection(column, chars * width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

    def _build_editor(self, journal: Journal) -> None:
        """The person shown, whose tabs lead to the other areas."""
        self.editor = PersonEditor(journal, self)
        for button in (self.report_button, self.erase_button):  # they act on the person shown
            button.setEnabled(False)
            self.editor.shown.connect(button.setEnabled)
        self.editor.saved.connect(self._on_saved)
        self.editor.trashed.connect(self._on_trashed)
        self.editor.status.connect(self.status)
        self.editor.growth.delegation_requested.connect(self.delegation_requested)
        self.editor.growth.new_delegation_requested.connect(self.new_delegation_requested)
        self.editor.growth.changed.connect(lambda: self._events.changed.emit("skill"))
        self.editor.activity.entry_requested.connect(self.entry_requested)
        self.editor.activity.ritual_requested.connect(self.ritual_requested)
        self.editor.activity.experiment_requested.connect(self.experiment_requested)

    def _list_pane(self) -> QWidget:
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(WrappingRow(self.search, self.add_button, parent=left))
        left_layout.addWidget(WrappingRow(self.kind_filter, self.show_inactive, parent=left))
        left_layout.addWidget(self.table)
        # What to do with the selected person, under the list.
        left_layout.addWidget(
            WrappingRow(self.report_button, self.erase_button, stretch_first=False, parent=left)
        )
        for before, after in pairwise((self.search, self.add_button, self.kind_filter,
                                       self.show_inactive, self.table, self.report_button,
                                       self.erase_button)):  # fmt: skip
            QWidget.setTabOrder(before, after)
        return left

    def _first_sizes(self, width: int) -> list[int]:
        """The list gets the room the person's page can spare (a bit more than half)."""
        room = width - self.splitter.handleWidth()
        page = max(self.editor.minimumSizeHint().width(), room * 9 // 20)
        return [room - page, page]

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, role, team or notes"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.table.setAccessibleName(self.tr("People"))
        name_choice(self.kind_filter, self.tr("Kind of person"))
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        for row in range(1, self.kind_filter.count()):
            self.kind_filter.setItemText(
                row, kind_label(PersonKind(self.kind_filter.itemData(row)))
            )
        self.show_inactive.setText(self.tr("Show inactive"))
        self.add_button.setText(self.tr("New person"))
        self.report_button.setText(self.tr("What the journal holds on them…"))
        self.report_button.setToolTip(
            self.tr("Everything about the selected person, as a file they can read")
        )
        self.add_button.setToolTip(self.tr("Add a person (Ctrl+Shift+N)"))
        self.erase_button.setText(self.tr("Erase this person…"))
        self.erase_button.setToolTip(
            self.tr("Erase the selected person for good, and their name everywhere in the journal")
        )
        self.model.retranslate()

    def refresh_icons(self) -> None:
        self.add_button.setIcon(icon("person-add"))
        self.search.refresh_icon()
        self.editor.refresh_icons()

    # Listing

    def refresh(self) -> None:
        """Re-run the search, keeping the selected person selected if still listed."""
        self.search.settle()
        kind = self.kind_filter.currentData()
        records = self._people.search(
            self.search.text(),
            include_inactive=self.show_inactive.isChecked(),
            kind=PersonKind(kind) if kind else None,
        )
        current = self.editor.record
        self.model.set_records(records)
        if current is not None and not self.select(current.uuid):
            self.editor.show_person(None)

    def reload(self) -> None:
        self.editor.show_person(None)
        self.refresh_when_shown()

    def select(self, person_uuid: str) -> bool:
        row = self.model.row_of(person_uuid)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        person_uuid = selected_uuid(self.table)
        shown = self.editor.record
        if person_uuid is not None and (shown is None or shown.uuid != person_uuid):
            self.editor.show_person(self._people.get(person_uuid))

    # Changes

    def _announce(self) -> None:
        self._announcing = True
        try:
            self._events.changed.emit("person")
        finally:
            self._announcing = False

    def _on_saved(self, record: PersonRecord) -> None:
        self.model.replace_row(record)
        self._announce()

    def _report(self) -> None:
        record = self.editor.record
        if record is not None:
            self.report_requested.emit(record.uuid)

    def erase_selected(self) -> EraseDialog | None:
        """Open the erasure dialog (window-modal, not blocking) for the selected person."""
        record = self.editor.record
        if record is None:
            return None
        self.editor.flush(leaving=True)
        self.erasing.emit()  # the preview must see every text as saved
        journal = self._journal
        service = ErasureService(
            journal.clock, journal.people, journal.sharing, journal.export_keys
        )
        backups = (len(journal.backups.backups()), journal.paths.backups)
        try:
            dialog = EraseDialog(service, record.uuid, backups, self)
        except UserError as exc:  # gone meanwhile
            messages.user_error(self, self.tr("Cannot erase"), exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.erased.connect(self._on_erased)
        dialog.open()
        return dialog

    def _on_erased(self, result: ErasureResult) -> None:
        self.editor.show_person(None)
        self._events.reloaded.emit()  # names changed in every area
        self.status.emit(
            self.tr("Erased: the journal now calls them “{alias}”.").format(alias=result.alias)
        )

    def _on_trashed(self, _person_uuid: str) -> None:
        self.refresh()
        self._announce()

    def _on_data_changed(self, kind: str) -> None:
        if kind in ("delegation", "skill", "experiment", "entry", "ritual", "trash"):
            self.editor.refresh_tabs()
        if kind in ("person", "trash") and not self._announcing:
            current = self.editor.record
            self.refresh_when_shown()
            if current is not None:
                self.select(current.uuid)

    def add_person(self) -> NewPersonDialog:
        """Open the new-person dialog (window-modal, not blocking); select who was added."""
        dialog = NewPersonDialog(self._people, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._person_added(dialog.created))
        dialog.open()
        return dialog

    def _person_added(self, created: PersonRecord | None) -> None:
        if created is None:
            return
        if self.search.text() or self.kind_filter.currentIndex():
            self.search.clear()
            self.kind_filter.setCurrentIndex(0)
        self.refresh()
        self._announce()
        self.select(created.uuid)
        self.status.emit(self.tr("{name} added.").format(name=created.name))

    def trash_selected(self) -> None:
        self.editor.move_to_trash()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self) -> None:
        self.editor.flush(leaving=True)
