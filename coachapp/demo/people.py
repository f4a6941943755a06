"""Demo people: the staff of several teams and those around them (representatives of service
users, elected officials, partners, a coach), typed in over the years, some gone since; and the
newcomers of the last weeks. Names, roles, teams and notes come from people.json and names.json.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, date, datetime, timedelta

from coachapp.clock import FixedClock
from coachapp.demo.run import DemoRun, new_uuid
from coachapp.demo.texts import NamesText, PeopleText, read_text
from coachapp.services.people.people import PeopleService, PersonDraft, PersonKind

IN_HOUSE = (PersonKind.AGENT, PersonKind.MANAGER, PersonKind.OTHER)  # the ones with a team


class Cast:
    """The words people are made of, in one language."""

    def __init__(self, language: str) -> None:
        self.text: PeopleText = read_text("people", language)
        self.names: NamesText = read_text("names")

    def name(self, rng: random.Random) -> str:
        return f"{rng.choice(self.names['first_names'])} {rng.choice(self.names['last_names'])}"

    def draft(self, rng: random.Random, kind: PersonKind) -> PersonDraft:
        return PersonDraft(
            name=self.name(rng),
            role=rng.choice(self.text["roles"][kind.value]),
            kind=kind,
            team=rng.choice(self.text["teams"]) if kind in IN_HOUSE else "",
            notes=rng.choice(self.text["notes"]),
        )


def fill_people(
    rng: random.Random,
    arrivals: random.Random,
    cast: Cast,
    *,
    people: PeopleService,
    clock: FixedClock,
    counts: dict[PersonKind, int],
    span: timedelta,
) -> int:
    """Type people in at random times over the `span` after the clock's time (which it moves);
    about one in eight has left since, and a few are in the trash. Return how many."""
    drafts = [cast.draft(rng, kind) for kind, count in counts.items() for _ in range(count)]
    start = clock.now()
    offsets = sorted(rng.randrange(int(span.total_seconds())) for _ in drafts)
    for draft, offset in zip(drafts, offsets, strict=True):
        clock.set(start + timedelta(seconds=offset))
        person_uuid = new_uuid(rng)
        arrived = _arrival(arrivals, draft.kind, clock.now().date())
        record = people.create(
            dataclasses.replace(draft, arrived_on=arrived), person_uuid=person_uuid
        )
        if rng.random() < 0.12:
            people.set_active(record.uuid, False)
        elif rng.random() < 0.02:
            people.trash(record.uuid)
    return len(drafts)


def _arrival(rng: random.Random, kind: PersonKind, added: date) -> date | None:
    """When someone joined the team, known for most of the staff: years before they were
    typed in (interns, weeks before); elected officials took up their seat at an election.
    Representatives, partners and coaches are not in the team: unknown."""
    if kind in (PersonKind.AGENT, PersonKind.MANAGER):
        return added - timedelta(days=rng.randint(60, 18 * 365)) if rng.random() < 0.85 else None
    if kind is PersonKind.OTHER:
        return added - timedelta(days=rng.randint(0, 40))
    if kind is PersonKind.ELECTED_OFFICIAL:
        return added - timedelta(days=rng.randint(30, 6 * 365))
    return None


def add_newcomers(rng: random.Random, cast: Cast, run: DemoRun, count: int) -> int:
    """Agents who arrived between 5 and 20 days before the run's end, added on their first day: the
    journal has nothing about them yet, so the first-weeks prompt shows in the demo."""
    teams = sorted({p.team for p in run.staff if p.kind is PersonKind.AGENT and p.team})
    for _ in range(count):
        name = cast.name(rng)
        while run.people.find_duplicates(name):
            name = cast.name(rng)
        day = run.end.date() - timedelta(days=rng.randint(5, 20))
        draft = PersonDraft(
            name=name,
            role=rng.choice(cast.text["roles"][PersonKind.AGENT.value]),
            kind=PersonKind.AGENT,
            team=rng.choice(teams or run.teams),
            arrived_on=day,
        )
        first_day = datetime(day.year, day.month, day.day, 8, rng.randint(0, 59), tzinfo=UTC)
        PeopleService(FixedClock(first_day)).create(draft, person_uuid=new_uuid(rng))
    return count
