"""The entry list as a lazy Qt model: rows arrive a page at a time as the view scrolls.

Only a page is read before the first paint; `fetchMore` reads the next one by cursor when
the view asks for it. Rows carry no body, so even a fully scrolled 50,000-entry journal stays
small.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.i18n import format_datetime, render
from coachapp.services.journal.journal import (
    MATCH_END,
    MATCH_START,
    EntryFilter,
    EntryRow,
    Highlight,
    JournalService,
)
from coachapp.words.labels import entry_kind_label

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
RICH_ROLE = Qt.ItemDataRole.UserRole + 3  # two lines of HTML, for the delegate

DATE, TITLE = range(2)
_HEADERS = (
    QT_TRANSLATE_NOOP("EntryModel", "Date"),
    QT_TRANSLATE_NOOP("EntryModel", "Entry"),
)
_PRIVATE = QT_TRANSLATE_NOOP("EntryModel", "private")
PAGE = 200
HIGHLIGHT_BATCH = 40

Index = QModelIndex | QPersistentModelIndex


_MARKDOWN = re.compile(r"(^|\s)(#{1,6}|[-*+]( \[[ xX]\])?|\d+[.)])\s+|\*\*|__")


def marked_html(text: str) -> str:
    """Escape `text`, drop Markdown markers an excerpt may cut through, and show matches
    in bold."""
    plain = _MARKDOWN.sub(lambda m: m.group(1), text)
    return html.escape(plain).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


class EntryListModel(QAbstractTableModel):
    def __init__(self, journal: JournalService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filter = EntryFilter()
        self._rows: list[EntryRow] = []
        self._exhausted = True
        self._changing = False
        self._highlights: dict[str, Highlight] = {}

    @property
    def filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, where: EntryFilter) -> None:
        """Show the entries matching `where`, reading the first page now (no empty flash)."""
        with self._change():
            self.beginResetModel()
            self._filter = where
            self._highlights = {}
            self._rows = self._journal.page(where, limit=PAGE)
            self._exhausted = len(self._rows) < PAGE
            self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def row(self, index: int) -> EntryRow:
        return self._rows[index]

    def row_of(self, entry_uuid: str) -> int | None:
        for number, row in enumerate(self._rows):
            if row.uuid == entry_uuid:
                return number
        return None

    def replace_row(self, row: EntryRow) -> None:
        """Show changes to one entry already listed (after an autosave) without a reload."""
        number = self.row_of(row.uuid)
        if number is not None:
            self._rows[number] = row
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(_HEADERS) - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(_HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # Lazy loading

    @contextmanager
    def _change(self) -> Iterator[None]:
        """No page is fetched while a change is announced, even if a listener asks for one:
        every listener hears of a change in full before the next begins, and a page asked
        for while the one before is going in would be read again after the same last row."""
        self._changing = True
        try:
            yield
        finally:
            self._changing = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return not parent.isValid() and not self._exhausted and not self._changing

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = self._journal.page(self._filter, self._rows[-1] if self._rows else None, PAGE)
        self._exhausted = len(more) < PAGE
        if more:
            first = len(self._rows)
            with self._change():
                self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
                self._rows.extend(more)
                self.endInsertRows()

    # Qt model contract

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return format_datetime(row.occurred_at) if column == DATE else row.title
        if role == RICH_ROLE:
            return self._rich(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return "\n".join(filter(None, (row.title, self._details(row))))
        if role == UUID_ROLE:
            return row.uuid
        if role == ROW_ROLE:
            return row
        return None

    def _details(self, row: EntryRow) -> str:
        parts = [entry_kind_label(row.kind)]
        if row.tags:
            parts.append(", ".join(row.tags))
        if row.private:
            parts.append(render(_PRIVATE))
        return " · ".join(parts)

    def _rich(self, row: EntryRow, column: int) -> str:
        """Two lines: the date over the time; the title over its type and tags (or, when
        searching, over an excerpt with the matches in bold). The delegate colours `.muted`."""
        if column == DATE:
            local = QDateTime.fromSecsSinceEpoch(int(row.occurred_at.timestamp())).toLocalTime()
            locale = QLocale()
            day = locale.toString(local.date(), QLocale.FormatType.ShortFormat)
            hour = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
            return f"{html.escape(day)}<br><span class='muted'>{html.escape(hour)}</span>"
        if self._filter.is_search:
            found = self._highlight(row)
            title = marked_html(found.title) if found else html.escape(row.title)
            second = (
                marked_html(found.excerpt)
                if found and found.excerpt
                else html.escape(self._details(row))
            )
        else:
            title = html.escape(row.title)
            second = html.escape(self._details(row))
        return f"{title}<br><span class='muted'>{second}</span>"

    def _highlight(self, row: EntryRow) -> Highlight | None:
        """Matches for `row`, read with those of the rows around it (the ones on screen)."""
        if row.uuid not in self._highlights:
            number = self._rows.index(row)
            around = [r for r in self._rows[number : number + HIGHLIGHT_BATCH]
                      if r.uuid not in self._highlights]  # fmt: skip
            self._highlights.update(self._journal.highlights(self._filter, around))
            for missing in around:  # matched in tags only: no excerpt to show
                self._highlights.setdefault(missing.uuid, Highlight(missing.title, ""))
        return self._highlights.get(row.uuid)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return render(_HEADERS[section])
        return None
