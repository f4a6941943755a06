"""Realistic demo journals, for trying CoachApp, training and benchmarks.

`large` is a busy manager's five years in a French local authority: several teams, the agents
who came and went, elected officials, usager representatives and partners, and some 21,000
journal entries. The same seed, language and date give the same journal, record for record
(UUIDs included).
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from coachapp.clock import Clock, FixedClock
from coachapp.demo.content import CONTENT, HEADINGS, SLOTS, KindContent
from coachapp.demo.experiments import fill_experiments
from coachapp.demo.growth import fill_growth
from coachapp.demo.rituals import fill_rituals
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.services.journal.journal import EntryDraft, EntryKind, JournalService
from coachapp.services.people.people import PeopleService, PersonDraft, PersonKind, PersonRecord
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
from coachapp.timezones import local_zone


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


FIRST_NAMES = (
    "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Emma", "Nadia", "Fatou",
    "Sophie", "Élodie", "Aurélie", "Hélène", "Nathalie", "Sandrine", "Isabelle", "Céline",
    "Amandine", "Yasmine", "Lucas", "Hugo", "Thomas", "Nicolas", "Julien", "Karim", "Mehdi",
    "Antoine", "Sébastien", "Olivier", "Stéphane", "Frédéric", "Jérôme", "Mamadou", "Kevin",
    "Romain", "Bruno", "Patrice", "François", "Loïc",
)  # fmt: skip
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
    "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin",
    "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Benali", "Diallo", "N'Diaye", "Nguyen",
)  # fmt: skip
TEAMS = (
    "Accueil Hôtel de ville", "Accueil mairie annexe Nord", "État civil",
    "Affaires scolaires", "Point France Services", "Relation usagers numérique",
    "Archives", "Élections", "Affaires générales",
)  # fmt: skip
AGENT_ROLES = (
    "Agent d'accueil", "Agent d'accueil polyvalent", "Officier d'état civil",
    "Conseiller numérique", "Agent administratif", "Gestionnaire inscriptions scolaires",
    "Assistante administrative", "Médiateur numérique", "Archiviste", "Chargée d'accueil",
)  # fmt: skip
MANAGER_ROLES = (
    "Responsable de l'accueil", "Cheffe de service État civil", "Directeur des services à la "
    "population", "Responsable France Services", "Directrice générale adjointe",
)  # fmt: skip
USAGER_ROLES = (
    "Représentante du conseil citoyen", "Association des familles", "Comité de quartier Nord",
    "Association des aînés", "Collectif handicap et accessibilité", "Conseil des jeunes",
)  # fmt: skip
ELECTED_ROLES = (
    "Adjointe au maire, citoyenneté", "Adjoint au maire, numérique", "Conseillère municipale "
    "déléguée à l'accueil", "Maire", "Adjoint aux affaires scolaires",
)  # fmt: skip
PARTNER_ROLES = (
    "CAF, conseillère partenariat", "CPAM, référent accueil", "France Travail, agence locale",
    "Préfecture, service des titres", "Centre social", "Médiathèque", "Emmaüs Connect",
)  # fmt: skip
NOTES = (
    "Préfère les échanges en fin de matinée.",
    "Très à l'aise avec les démarches en ligne ; peut accompagner des collègues.",
    "En formation « accompagner les usagers au numérique » cette année.",
    "Souhaite prendre plus de responsabilités dans l'organisation de l'accueil.",
    "Interlocuteur clé pour les questions d'accessibilité.",
    "A proposé l'idée du rendez-vous numérique du mardi.",
    "",
)

# (kind, roles, count in small, count in large)
_PLAN = (
    (PersonKind.AGENT, AGENT_ROLES, 7, 85),
    (PersonKind.MANAGER, MANAGER_ROLES, 1, 9),
    (PersonKind.USAGER_REPRESENTATIVE, USAGER_ROLES, 1, 14),
    (PersonKind.ELECTED_OFFICIAL, ELECTED_ROLES, 1, 10),
    (PersonKind.PARTNER, PARTNER_ROLES, 1, 16),
    (PersonKind.COACH, ("Coach en management",), 1, 2),
    (PersonKind.OTHER, ("Stagiaire", "Apprentie", "Service civique"), 0, 8),
)
FIVE_YEARS = timedelta(days=5 * 365)
# Agents who joined the team in the last weeks, typed in on their first day: the journal has
# nothing about them yet, so the first-weeks prompt shows in the demo.
_NEWCOMERS = {DemoSize.SMALL: 1, DemoSize.LARGE: 2}

# How many entries, over how long: a busy manager writes about a dozen short notes a day.
_ENTRIES = {DemoSize.SMALL: (60, timedelta(days=45)), DemoSize.LARGE: (21_000, FIVE_YEARS)}
_KIND_WEIGHTS = {
    EntryKind.NOTE: 28,
    EntryKind.ONE_TO_ONE: 14,
    EntryKind.STAKEHOLDER_CONTACT: 12,
    EntryKind.DECISION: 10,
    EntryKind.CHANGE_STEP: 8,
    EntryKind.RECOGNITION: 7,
    EntryKind.LEARNING_INSIGHT: 6,
    EntryKind.LEARNING_ERROR: 5,
    EntryKind.LEARNING_INCIDENT: 5,
    EntryKind.SHOWCASE: 5,
}


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


def _working_hours(instant: datetime, rng: random.Random) -> datetime:
    """Move `instant` to a plausible writing time: weekdays, 7:30 to 19:00 (UTC here)."""
    day = instant.date()
    if day.weekday() >= 5 and rng.random() < 0.9:
        day -= timedelta(days=day.weekday() - 4)  # most weekend notes are Friday's
    minutes = rng.randint(7 * 60 + 30, 19 * 60)
    return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=UTC)


def _body(
    rng: random.Random, blocks: KindContent, headings: dict[str, str], values: dict[str, str]
) -> str:
    """Markdown the way people write notes: sometimes one paragraph, sometimes sections."""
    paragraphs = [p.format(**values) for p in rng.sample(blocks.paragraphs, k=rng.randint(1, 3))]
    actions = [
        f"- [{'x' if rng.random() < 0.4 else ' '}] {a.format(**values)}"
        for a in rng.sample(blocks.actions, k=rng.randint(1, 3))
    ]
    shape = rng.random()
    if shape < 0.35:
        return paragraphs[0]
    if shape < 0.7:
        return "\n\n".join([*paragraphs, "\n".join(actions)])
    parts = [f"## {headings['context']}", *paragraphs[:1]]
    if len(paragraphs) > 1:
        parts += [f"## {headings['learned']}", *paragraphs[1:]]
    parts += [f"## {headings['actions']}", "\n".join(actions)]
    return "\n\n".join(parts)


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
        index = 0 if size is DemoSize.SMALL else 1
        with db.atomic():
            Entry.delete().execute()
            Tag.delete().execute()
            Ritual.delete().execute()
            for model in (PokerRound, Delegation, Skill, Experiment):
                model.delete().execute()
            Person.delete().execute()
            drafts = [
                self._person(rng, kind, roles)
                for kind, roles, *counts in _PLAN
                for _ in range(counts[index])
            ]
            start = clock.now()
            offsets = sorted(rng.randrange(int(FIVE_YEARS.total_seconds())) for _ in drafts)
            for draft, offset in zip(drafts, offsets, strict=True):
                clock.set(start + timedelta(seconds=offset))
                record_uuid = uuid.UUID(int=rng.getrandbits(128), version=4)
                arrived = _arrival(arrivals, draft.kind, clock.now().date())
                record = people.create(
                    dataclasses.replace(draft, arrived_on=arrived), person_uuid=str(record_uuid)
                )
                if rng.random() < 0.12:
                    people.set_active(record.uuid, False)
                elif rng.random() < 0.02:
                    people.trash(record.uuid)
            staff = people.search(include_inactive=True)
            entries = self._entries(rng, size, end, staff, language)
            JournalService(clock).create_many(entries)
            for entry_uuid, _draft, _created in entries[:: max(1, len(entries) // 12)][1:3]:
                JournalService(FixedClock(end)).trash(entry_uuid)
            span = _ENTRIES[size][1]
            rituals = fill_rituals(
                rng,
                clock=FixedClock(end),
                people=people,
                library=self._methods,
                staff=staff,
                span=span,
                language=language,
                zone=local_zone(),
            )
            growth = fill_growth(
                rng, end=end, people=people, staff=staff, span=span, language=language
            )
            tried = fill_experiments(
                rng, end=end, people=people, staff=staff, span=span, language=language
            )
            newcomers = self._newcomers(arrivals, _NEWCOMERS[size], end, people, staff)
        return DemoReport(
            people=len(drafts) + newcomers,
            entries=len(entries) + tried.entries,
            rituals=rituals,
            delegations=growth.delegations,
            skills=growth.skills,
            experiments=tried.experiments,
        )

    def _entries(
        self,
        rng: random.Random,
        size: DemoSize,
        end: datetime,
        staff: list[PersonRecord],
        language: str,
    ) -> list[tuple[str, EntryDraft, datetime]]:
        count, span = _ENTRIES[size]
        content = CONTENT.get(language, CONTENT["fr"])
        slots = SLOTS.get(language, SLOTS["fr"])
        headings = HEADINGS.get(language, HEADINGS["fr"])
        agents = [p for p in staff if p.kind is PersonKind.AGENT] or staff
        others = [p for p in staff if p.kind is not PersonKind.AGENT] or staff
        kinds = list(_KIND_WEIGHTS)
        weights = list(_KIND_WEIGHTS.values())
        start = end - span
        offsets = sorted(rng.randrange(int(span.total_seconds())) for _ in range(count))
        made = []
        for offset in offsets:
            when = _working_hours(start + timedelta(seconds=offset), rng)
            kind = rng.choices(kinds, weights)[0]
            blocks = content[kind]
            subject = rng.choice(agents if kind is EntryKind.ONE_TO_ONE else agents + others)
            values = {
                "person": subject.name,
                "team": subject.team or rng.choice(TEAMS),
                **{slot: rng.choice(choices) for slot, choices in slots.items()},
            }
            linked = {subject.uuid} if rng.random() < 0.7 else set()
            if rng.random() < 0.25:
                linked.add(rng.choice(others).uuid)
            made.append(
                (
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    EntryDraft(
                        occurred_at=when,
                        title=rng.choice(blocks.titles).format(**values),
                        body=_body(rng, blocks, headings, values),
                        kind=kind,
                        mood=rng.randint(1, 5) if rng.random() < 0.6 else None,
                        energy=rng.randint(1, 5) if rng.random() < 0.5 else None,
                        private=rng.random() < 0.08,
                        tags=tuple(rng.sample(blocks.tags, k=rng.randint(0, 3))),
                        pillars=frozenset(
                            rng.sample(blocks.pillars, k=rng.randint(1, len(blocks.pillars)))
                        ),
                        people=tuple(linked),
                    ),
                    min(when + timedelta(minutes=rng.randint(0, 90)), end),
                )
            )
        return made

    @staticmethod
    def _newcomers(
        rng: random.Random,
        count: int,
        end: datetime,
        people: PeopleService,
        staff: list[PersonRecord],
    ) -> int:
        """Agents who arrived between 5 and 20 days before `end`, added on their first day."""
        teams = sorted({p.team for p in staff if p.kind is PersonKind.AGENT and p.team})
        for _ in range(count):
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            while people.find_duplicates(name):
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            day = end.date() - timedelta(days=rng.randint(5, 20))
            draft = PersonDraft(name=name, role=rng.choice(AGENT_ROLES), kind=PersonKind.AGENT,
                                team=rng.choice(teams or TEAMS), arrived_on=day)  # fmt: skip
            first_day = datetime(day.year, day.month, day.day, 8, rng.randint(0, 59), tzinfo=UTC)
            PeopleService(FixedClock(first_day)).create(
                draft, person_uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4))
            )
        return count

    @staticmethod
    def _person(rng: random.Random, kind: PersonKind, roles: tuple[str, ...]) -> PersonDraft:
        in_house = kind in (PersonKind.AGENT, PersonKind.MANAGER, PersonKind.OTHER)
        return PersonDraft(
            name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            role=rng.choice(roles),
            kind=kind,
            team=rng.choice(TEAMS) if in_house else "",
            notes=rng.choice(NOTES),
        )
