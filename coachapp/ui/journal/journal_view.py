"""The Journal area: a calendar and filters, the list of entries, and the entry being written."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.config import Settings
from coachapp.context import Journal
from coachapp.i18n import current_language, long_day, render_error
from coachapp.services.common.saving import write_failure
from coachapp.services.journal.journal import EntryDraft, EntryRecord
from coachapp.services.journal.templates import Template
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.geometry import side_by_side
from coachapp.ui.common.icons import icon
from coachapp.ui.common.record_list import record_table, selected_uuid
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.rich_delegate import RichTextDelegate
from coachapp.ui.common.widgets import SearchField, WrappingRow
from coachapp.ui.journal.entry_editor import EntryEditor
from coachapp.ui.journal.entry_model import DATE, RICH_ROLE, TITLE, EntryListModel
from coachapp.ui.journal.journal_filters import JournalFilters

SEARCH_DELAY_MS = 200
SPLITTER_KEY = "journal.splitter"


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
        self._announcing = False
        self._count = 0
        self.filters = JournalFilters(journal, self)
        self.filters.changed.connect(self.refresh)
        self.filters.clear_button.clicked.connect(self.clear_filters)
        middle = self._build_list()
        self.editor = EntryEditor(self._entries, journal.people, journal.feedback, self)
        self.editor.saved.connect(self._on_saved)
        self.editor.status.connect(self.status)
        self.editor.trashed.connect(self._on_trashed)
        self.splitter = side_by_side(
            self, [(self.filters, 0), (middle, 1), (self.editor, 1)], settings, SPLITTER_KEY,
            self._first_sizes,
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        events.changed.connect(self._on_data_changed)
        events.reloaded.connect(self.reload)
        self.retranslate_ui()
        self.filters.fill_choices()
        self.refresh()

    def _build_list(self) -> QWidget:
        """The search, the new-entry button with its templates, the entries and their count."""
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
        return middle

    @property
    def unwritten(self) -> tuple[str, ...]:
        """The new entry nobody has written in yet, if one is open (not yet a journal entry)."""
        return (self._fresh,) if self._fresh else ()

    def _first_sizes(self, width: int) -> list[int]:
        """The filters as narrow as they can be; the list and the entry share the rest."""
        narrowest = self.filters.sizeHint().width()
        rest = width - narrowest - 2 * self.splitter.handleWidth()
        return [narrowest, rest // 2, rest - rest // 2]

    # Texts and icons

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the journal (accents optional)"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.table.setAccessibleName(self.tr("Entries"))
        self.new_button.setText(self.tr("New entry"))
        self.new_button.setToolTip(
            self.tr("Start a new entry (Ctrl+N); the arrow offers templates")
        )
        self.model.retranslate()
        self._show_count()

    def refresh_icons(self) -> None:
        """Icons, and the colours that depend on the palette (called when it changes)."""
        self.filters.refresh_icons()
        self.new_button.setIcon(icon("entry-add"))
        self.search.refresh_icon()
        self.editor.refresh_icons()

    # Filters

    def clear_filters(self) -> None:
        """No search and no filter: every entry listed (read once)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.clear()

    # Listing

    def refresh(self) -> None:
        """Re-read the list for the current filters, keeping the open entry selected."""
        self.search.settle()
        where = self.filters.where(self.search.text())
        self.model.set_filter(where)
        current = self.editor.record
        if current is not None:  # only among the rows read: never read 20,000 to find it
            self.select(current.uuid, load=False, fetch=False)
        self._count = self._entries.count(where)
        self._show_count()
        self.filters.mark_days()

    def reload(self) -> None:
        self._fresh = None
        self.editor.show_entry(None)
        self.filters.fill_choices()
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
            self.filters.fill_choices()
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
