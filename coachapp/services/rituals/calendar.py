"""Rituals as a calendar file that Outlook and Thunderbird open: one ritual with all its
meetings (from its panel), or the rituals meeting in a period (`coachapp export --format ics`),
each described with its method's name. The file itself is written by `exchange.ics`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.services.rituals.methods import MethodLibrary
from coachapp.services.rituals.rituals import Occurrence, RitualService

ALL_TIME = (datetime(1970, 1, 1, tzinfo=UTC), datetime(2070, 1, 1, tzinfo=UTC))


class RitualCalendar:
    def __init__(self, rituals: RitualService, library: MethodLibrary, language: str) -> None:
        self._rituals = rituals
        self._library = library
        self._language = language

    def write_ritual(self, ritual_uuid: str, out: Path) -> None:
        """One ritual, with every meeting its repetition rule gives."""
        self._write(out, [ritual_uuid], self._rituals.occurrences(*ALL_TIME, ritual_uuid))

    def write_period(self, out: Path, first: date, last: date, zone: tzinfo) -> int:
        """The rituals meeting between `first` and `last` (days, in `zone`); how many."""
        if last < first:
            raise UserError(QT_TRANSLATE_NOOP("Cli", "The last day comes before the first day."))
        window = (
            datetime.combine(first, time.min, zone),
            datetime.combine(last + timedelta(days=1), time.min, zone),
        )
        occurrences = self._rituals.occurrences(*window)
        uuids = list(dict.fromkeys(o.ritual_uuid for o in occurrences))
        self._write(out, uuids, occurrences)
        return len(uuids)

    def _write(self, out: Path, uuids: list[str], occurrences: list[Occurrence]) -> None:
        # icalendar takes ~50 ms to import: only when a calendar is written.
        from coachapp.exchange.ics import write_calendar  # noqa: PLC0415

        rituals = []
        for ritual_uuid in uuids:
            record = self._rituals.get(ritual_uuid)
            method = self._library.get(record.draft.method_key)
            rituals.append((record, method.name(self._language) if method else ""))
        write_calendar(out, rituals, occurrences)
