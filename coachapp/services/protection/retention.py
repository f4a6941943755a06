"""Retention an organisation may require by machine policy: entries older than N months go to
the trash, and what has been in the trash for M months is erased. Nothing happens while both
are 0 (the default): a journal keeps everything unless IT says otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from coachapp.services.journal.journal import JournalService
from coachapp.services.trash.trash import TrashService

DAYS_PER_MONTH = 30.44  # a month as retention rules count it


@dataclass(frozen=True)
class Retained:
    trashed: int  # entries moved to the trash for their age
    purged: int  # records erased after their time in the trash


def apply_retention(
    entries: JournalService, trash: TrashService, now: datetime, *,
    entry_months: int, trash_months: int,
) -> Retained:  # fmt: skip
    trashed = purged = 0
    if entry_months > 0:
        cutoff = now.date() - timedelta(days=round(entry_months * DAYS_PER_MONTH))
        trashed = entries.trash_before(cutoff)
    if trash_months > 0:
        purged = trash.purge_before(now - timedelta(days=round(trash_months * DAYS_PER_MONTH)))
    return Retained(trashed, purged)
