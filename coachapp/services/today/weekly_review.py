"""The weekly review: what the journal holds of the last seven days, and the entry that keeps
the manager's answers (what happened, what I tried, what I learned, what I delegate next)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from coachapp.services.common.pillars import Pillar
from coachapp.services.journal.journal import EntryDraft, EntryKind, EntryRecord, JournalService
from coachapp.storage import signal_queries


@dataclass(frozen=True)
class WeekSummary:
    first: date
    last: date
    entries: int
    rituals: tuple[str, ...]  # meetings held
    checkins: int
    level_changes: int
    started: tuple[str, ...]  # experiments started
    concluded: tuple[str, ...]  # experiments concluded


def week_summary(last: date) -> WeekSummary:
    """The seven days ending on `last`."""
    first = last - timedelta(days=6)
    found = signal_queries.week_activity(first.isoformat(), last.isoformat())
    return WeekSummary(
        first=first, last=last, entries=found["entries"], rituals=tuple(found["rituals"]),
        checkins=found["checkins"], level_changes=found["level_changes"],
        started=tuple(found["started"]), concluded=tuple(found["concluded"]),
    )  # fmt: skip


def write_review(
    entries: JournalService, *, title: str, sections: list[tuple[str, str]], at: datetime
) -> EntryRecord:
    """The review as one journal entry: a Markdown section per heading, empty ones left out."""
    body = "\n\n".join(
        f"## {heading}\n\n{text.strip()}" for heading, text in sections if text.strip()
    )
    return entries.create(
        EntryDraft(
            occurred_at=at,
            title=title,
            body=body,
            kind=EntryKind.NOTE,
            pillars=frozenset({Pillar.MANAGER_ROLE, Pillar.EXPERIMENTATION}),
        )
    )
