"""Realistic demo journals, for trying CoachApp, training and benchmarks.

`large` is a busy manager's five years in a French local authority: several teams, the agents
who came and went, elected officials, usager representatives and partners, and some 21,000
journal entries. The same seed, language and date give the same journal, record for record
(the UUIDs of people, entries, rituals and experiments included).

This module says how much and in which order; each part has its module (people, entries,
rituals, growth for delegations and skills, experiments), and every word they write comes from
the data files of resources/demo/<language>/ (texts.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from coachapp.clock import Clock, FixedClock
from coachapp.demo.entries import write_entries
from coachapp.demo.experiments import fill_experiments
from coachapp.demo.growth import fill_growth
from coachapp.demo.people import Cast, add_newcomers, fill_people
from coachapp.demo.rituals import fill_rituals
from coachapp.demo.run import DemoRun
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.services.journal.journal import JournalService
from coachapp.services.people.people import PeopleService, PersonKind
from coachapp.services.rituals.methods import MethodLibrary
from coachapp.storage.database import db
from coachapp.storage.models import (
    Delegation,
    Entry,
    Experiment,
    Person,
    PokerRound,
    Ritual,
    Skill,
    Tag,
)


class DemoSize(StrEnum):
    SMALL = "small"
    LARGE = "large"


@dataclass(frozen=True)
class DemoReport:
    people: int
    entries: int
    rituals: int
    delegations: int = 0
    skills: int = 0
    experiments: int = 0


# How many of each kind of people, in the small and the large demo.
_PEOPLE = {
    PersonKind.AGENT: (7, 85),
    PersonKind.MANAGER: (1, 9),
    PersonKind.USAGER_REPRESENTATIVE: (1, 14),
    PersonKind.ELECTED_OFFICIAL: (1, 10),
    PersonKind.PARTNER: (1, 16),
    PersonKind.COACH: (1, 2),
    PersonKind.OTHER: (0, 8),
}
FIVE_YEARS = timedelta(days=5 * 365)
# Agents who joined the team in the last weeks, typed in on their first day.
_NEWCOMERS = {DemoSize.SMALL: 1, DemoSize.LARGE: 2}
# How many entries, over how long: a busy manager writes about a dozen short notes a day.
_ENTRIES = {DemoSize.SMALL: (60, timedelta(days=45)), DemoSize.LARGE: (21_000, FIVE_YEARS)}


class DemoService:
    def __init__(self, clock: Clock, methods: MethodLibrary) -> None:
        self._clock = clock
        self._methods = methods

    def has_data(self) -> bool:
        return any(
            model.select().exists() for model in (Person, Entry, Ritual, Delegation, Experiment)
        )

    def fill(
        self, size: DemoSize, *, seed: int = 1, replace: bool = False, language: str = "fr"
    ) -> DemoReport:
        """Write a demo journal; refuse to touch a journal that has data unless `replace`."""
        if self.has_data() and not replace:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Demo",
                    "This journal already holds data. Use --force to replace it with demo "
                    "data (a backup is taken first).",
                )
            )
        rng = random.Random(seed)
        arrivals = random.Random(f"arrivals-{seed}")  # apart, so the rest stays as it was
        end = self._clock.now().replace(microsecond=0)
        clock = FixedClock(end - FIVE_YEARS)
        people = PeopleService(clock)
        cast = Cast(language)
        count, span = _ENTRIES[size]
        with db.atomic():
            Entry.delete().execute()
            Tag.delete().execute()
            Ritual.delete().execute()
            for model in (PokerRound, Delegation, Skill, Experiment):
                model.delete().execute()
            Person.delete().execute()
            index = 0 if size is DemoSize.SMALL else 1
            counts = {kind: sizes[index] for kind, sizes in _PEOPLE.items()}
            typed_in = fill_people(
                rng, arrivals, cast, people=people, clock=clock, counts=counts, span=FIVE_YEARS
            )
            staff = people.search(include_inactive=True)
            run = DemoRun(rng, end, span, people, staff, cast.text["teams"], language)
            entries = write_entries(run, count)
            JournalService(clock).create_many(entries)
            for entry_uuid, _draft, _created in entries[:: max(1, len(entries) // 12)][1:3]:
                JournalService(FixedClock(end)).trash(entry_uuid)
            rituals = fill_rituals(run, self._methods)
            growth = fill_growth(run)
            tried = fill_experiments(run)
            newcomers = add_newcomers(arrivals, cast, run, _NEWCOMERS[size])
        return DemoReport(
            people=typed_in + newcomers,
            entries=len(entries) + tried.entries,
            rituals=rituals,
            delegations=growth.delegations,
            skills=growth.skills,
            experiments=tried.experiments,
        )
