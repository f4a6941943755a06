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

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, QObject, Qt

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.i18n import format_datetime, format_time, render
from coachapp.services.journal.journal import (
    MATCH_END,
    MATCH_START,
    EntryFilter,
    EntryRow,
    Highlight,
    JournalService,
)
from coachapp.ui.common.record_list import UUID_ROLE as UUID_ROLE  # one of this model's roles
from coachapp.ui.common.record_list import Index, RecordTableModel
from coachapp.words.labels import entry_kind_label

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


_MARKDOWN = re.compile(r"(^|\s)(#{1,6}|[-*+]( \[[ xX]\])?|\d+[.)])\s+|\*\*|__")


def marked_html(text: str) -> str:
    """Escape `text`, drop Markdown markers an excerpt may cut through, and show matches
    in bold."""
    plain = _MARKDOWN.sub(lambda m: m.group(1), text)
    return html.escape(plain).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


class EntryListModel(RecordTableModel[EntryRow]):
    def __init__(self, journal: JournalService, parent: QObject | None = None) -> None:
        super().__init__(_HEADERS, parent)
        self._journal = journal
        self._filter = EntryFilter()
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

    # Cells

    def cell(self, row: EntryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return format_datetime(row.occurred_at) if column == DATE else row.title
        if role == RICH_ROLE:
            return self._rich(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return "\n".join(filter(None, (row.title, self._details(row))))
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
            hour = format_time(local.time())
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
