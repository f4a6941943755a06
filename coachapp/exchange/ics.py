"""Rituals as an iCalendar file (RFC 5545) that Outlook and Thunderbird open.

One event per ritual: a stable UID (the ritual's UUID), the start in the ritual's own time
zone with that zone's definition included, the duration, the repetition rule, and the
cancelled occurrences as exceptions. Only what the manager planned leaves the app: the agenda
goes in the description; outcomes, decisions and attendance do not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from enum import Enum
from pathlib import Path
from typing import Protocol

from icalendar import Calendar, Event, vRecur

from coachapp import __version__
from coachapp.fileio import write_bytes_atomic

CANCELLED = "cancelled"  # an occurrence's status value that makes it an exception


# What a calendar needs of a ritual and its occurrences (the rituals service's records have it).
class Plan(Protocol):
    @property
    def starts_at(self) -> datetime: ...
    @property
    def duration_minutes(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def place(self) -> str: ...
    @property
    def agenda(self) -> str: ...
    @property
    def rrule(self) -> str: ...


class Ritual(Protocol):
    @property
    def uuid(self) -> str: ...
    @property
    def updated_at(self) -> datetime: ...
    @property
    def draft(self) -> Plan: ...


class Occurrence(Protocol):
    @property
    def ritual_uuid(self) -> str: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def status(self) -> Enum: ...


PRODUCT_ID = f"-//CoachApp//CoachApp {__version__}//FR"
UID_DOMAIN = "coachapp.local"


def _rule(text: str, zone: tzinfo | None) -> vRecur:
    """The stored rule as RFC 5545 wants it beside a zoned start: UNTIL in UTC."""
    rule = vRecur.from_ical(text)
    if "UNTIL" in rule:
        until = rule["UNTIL"][0]
        if isinstance(until, datetime) and until.tzinfo is None:
            rule["UNTIL"] = [until.replace(tzinfo=zone).astimezone(UTC)]
    return rule


def event_for(record: Ritual, cancelled: Iterable[datetime], method_name: str) -> Event:
    draft = record.draft
    event = Event()
    event.add("uid", f"{record.uuid}@{UID_DOMAIN}")
    event.add("dtstamp", record.updated_at)
    event.add("dtstart", draft.starts_at)
    event.add("duration", timedelta(minutes=draft.duration_minutes))
    event.add("summary", draft.title)
    if draft.place:
        event.add("location", draft.place)
    description = "\n\n".join(filter(None, (method_name, draft.agenda)))
    if description:
        event.add("description", description)
    if draft.rrule:
        event.add("rrule", _rule(draft.rrule, draft.starts_at.tzinfo))
        exceptions = sorted(cancelled)
        if exceptions:
            event.add("exdate", exceptions)
    elif any(True for _ in cancelled):
        event.add("status", "CANCELLED")
    return event


def calendar_for(
    rituals: Sequence[tuple[Ritual, str]], occurrences: Sequence[Occurrence]
) -> Calendar:
    """A calendar of `rituals` (each with its method's name); `occurrences` give the cancelled
    dates."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for record, method_name in rituals:
        cancelled = [
            o.starts_at
            for o in occurrences
            if o.ritual_uuid == record.uuid and o.status.value == CANCELLED
        ]
        calendar.add_component(event_for(record, cancelled, method_name))
    calendar.add_missing_timezones()
    return calendar


def write_calendar(
    path: Path, rituals: Sequence[tuple[Ritual, str]], occurrences: Sequence[Occurrence]
) -> None:
    write_bytes_atomic(path, calendar_for(rituals, occurrences).to_ical())
