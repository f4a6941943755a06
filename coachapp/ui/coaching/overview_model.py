"""The portfolio overview as a table: one coachee a row, every column sortable by its value
(not its text), the "needs attention" column by how much a coachee needs it. A row holds two
lines (the next session under the last, moves down under moves up, a second reason to look),
so that the twelve columns fit the width of a laptop's screen."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, QSortFilterProxyModel, Qt

from coachapp.coaching.questions import PILLARS
from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.i18n import Translatable, format_datetime, format_value
from coachapp.services.coaching.overview import OverviewRow
from coachapp.timezones import local_zone
from coachapp.ui.common.record_list import RecordTableModel
from coachapp.words.coaching_words import CoachingWords, groups_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, ATTENTION, PERIOD, EXPORT, SESSION, RHYTHM, PILLAR_COLUMN = range(7)
RITUALS, MOVES, EXPERIMENTS, TREND, FEEDBACK = range(7, 12)
HEADERS = (
    QT_TRANSLATE_NOOP("OverviewModel", "Coachee"),
    QT_TRANSLATE_NOOP("OverviewModel", "Needs attention"),
    QT_TRANSLATE_NOOP("OverviewModel", "Period covered"),
    QT_TRANSLATE_NOOP("OverviewModel", "Last export"),
    QT_TRANSLATE_NOOP("OverviewModel", "Last session"),
    QT_TRANSLATE_NOOP("OverviewModel", "Entries a week"),
    QT_TRANSLATE_NOOP("OverviewModel", "Pillars"),
    QT_TRANSLATE_NOOP("OverviewModel", "Rituals held"),
    QT_TRANSLATE_NOOP("OverviewModel", "Delegation moves"),
    QT_TRANSLATE_NOOP("OverviewModel", "Experiments concluded"),
    QT_TRANSLATE_NOOP("OverviewModel", "Self-assessment"),
    QT_TRANSLATE_NOOP("OverviewModel", "Feedback waiting"),
)
_FAR = 10**11  # more than any instant's timestamp


def short_day(value: date | None) -> str:
    """A day in the locale's short form ("15/09/2026"), without its year in the current one
    ("15/09"): the table has many columns."""
    if value is None:
        return "—"
    locale = QLocale()
    form = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if value.year == date.today().year:
        form = re.sub(r"[^dM]*y+[^dM]*$|^y+[^dM]*", "", form) or form
    return locale.toString(QDate(value.year, value.month, value.day), form)


def two_lines(text: str) -> str:
    """A heading broken at its middle space: the figures under it are a few characters wide,
    and the twelve columns then fit a 1366-pixel screen."""
    spaces = [n for n, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda n: abs(n - len(text) / 2))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


class OverviewModel(RecordTableModel[OverviewRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        text = super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(text, str):
            return two_lines(text) if section >= PERIOD else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        return super().headerData(section, orientation, role)

    def set_rows(self, rows: list[OverviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def cell(self, record: OverviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == SORT_ROLE:
            return self._key(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= RHYTHM:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: OverviewRow, column: int) -> str:
        words = OverviewWords()
        if column == NAME:
            return row.name
        if column == ATTENTION:
            return "\n".join(CoachingWords().attention(r) for r in row.attention[:2]) or "—"
        if column == PERIOD:
            if row.first_day is None or row.last_day is None:
                return "—"
            return f"{short_day(row.first_day)} – {short_day(row.last_day)}"
        if column == EXPORT:
            return short_day(row.last_export.astimezone(local_zone()).date() if row.last_export
                             else None)  # fmt: skip
        if column == SESSION:
            return words.session(row.last_session, row.next_session)
        if row.per_week is None:
            return "—"
        return self._figures(row, column, words)

    def _figures(self, row: OverviewRow, column: int, words: OverviewWords) -> str:
        if column == RHYTHM:
            return format_value(row.per_week)
        if column == PILLAR_COLUMN:
            return words.pillars(row.covered)
        if column == RITUALS:
            return str(row.rituals_held)
        if column == MOVES:
            return words.moves(row.moves_up, row.moves_down)
        if column == EXPERIMENTS:
            return str(row.concluded)
        if column == TREND:
            return words.trend(row.trend)
        return str(row.open_feedback)

    def _key(self, row: OverviewRow, column: int) -> Any:
        if column == NAME:
            return row.name.casefold()
        if column == ATTENTION:  # the most reasons first, then the longest silent
            made = row.last_export.timestamp() if row.last_export else 0.0
            return row.score * _FAR - made
        if column == PERIOD:
            return (row.last_day or date.min).toordinal()
        if column == EXPORT:
            return row.last_export.timestamp() if row.last_export else 0.0
        if column == SESSION:
            return (row.last_session or date.min).toordinal()
        return {
            RHYTHM: row.per_week or 0.0, PILLAR_COLUMN: row.covered, RITUALS: row.rituals_held,
            MOVES: row.moves_up + row.moves_down, EXPERIMENTS: row.concluded,
            TREND: row.trend if row.trend is not None else 0.0, FEEDBACK: row.open_feedback,
        }[column]  # fmt: skip

    def _tip(self, row: OverviewRow, column: int) -> str | None:
        words = CoachingWords()
        if column == EXPORT and row.last_export:
            return format_datetime(row.last_export)
        if column == ATTENTION and row.attention:
            return "\n".join(words.attention(r) for r in row.attention)
        if column == PILLAR_COLUMN and row.pillars:
            return "\n".join(
                OverviewWords().count(words.pillar(p), row.pillars.get(p, 0)) for p in PILLARS
            )
        if column == RITUALS and row.stakeholders:
            return OverviewWords().with_groups(groups_label(row.stakeholders))
        if column == EXPERIMENTS and row.lessons:
            return "\n".join(f"• {lesson}" for lesson in row.lessons)
        return None


class OverviewWords(Translatable):
    def count(self, what: str, count: int) -> str:
        return self.tr("{what}: {count}").format(what=what, count=count)

    def session(self, last: date | None, coming: date | None) -> str:
        text = short_day(last) if last else self.tr("none yet")
        if coming:
            text += "\n" + self.tr("next: {day}").format(day=short_day(coming))
        return text

    def pillars(self, covered: int) -> str:
        return self.tr("{count} of 8").format(count=covered)

    def moves(self, up: int, down: int) -> str:
        if not up and not down:
            return "—"
        return "\n".join((self.tr("{count} up").format(count=up),
                          self.tr("{count} down").format(count=down)))  # fmt: skip

    def trend(self, trend: float | None) -> str:
        if trend is None:
            return "—"
        if trend > 0:
            return self.tr("up {points}").format(points=format_value(trend))
        if trend < 0:
            return self.tr("down {points}").format(points=format_value(-trend))
        return self.tr("steady")

    def with_groups(self, groups: str) -> str:
        return self.tr("With: {groups}").format(groups=groups)


class OverviewSort(QSortFilterProxyModel):
    """Sorts by each column's value (SORT_ROLE)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
