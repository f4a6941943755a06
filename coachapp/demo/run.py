"""What every part of the demo writes with, once the people are in."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from coachapp.services.people.people import PeopleService, PersonKind, PersonRecord
from coachapp.timezones import local_zone


@dataclass(frozen=True)
class DemoRun:
    """One demo being written. All parts draw from the one `rng`, in a fixed order: that is what
    gives the same journal for the same seed, the UUIDs drawn with `new_uuid` included."""

    rng: random.Random
    end: datetime  # the demo's "now": nothing is written after it
    span: timedelta  # how far back the journal goes
    people: PeopleService
    staff: list[PersonRecord]  # everyone typed in so far, the inactive and the trashed too
    teams: list[str]  # the service's teams, for whatever is about someone without one
    language: str

    def agents(self) -> list[PersonRecord]:
        """The agents still there: active and not in the trash."""
        return [
            p
            for p in self.staff
            if p.kind is PersonKind.AGENT and p.active and p.deleted_at is None
        ]


def new_uuid(rng: random.Random) -> str:
    """A version 4 UUID drawn from `rng`, so that a seed gives the same UUIDs every time."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def at(day: date, hour: int) -> datetime:
    """`day` at `hour` o'clock, local time."""
    return datetime.combine(day, time(hour, 0), local_zone())
