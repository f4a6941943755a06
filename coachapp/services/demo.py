"""Realistic demo journals, for trying CoachApp, training and benchmarks.

`large` is a busy manager's five years in a French local authority: several teams, the agents
who came and went, elected officials, usager representatives and partners. The same seed and
the same date give the same journal, record for record (UUIDs included).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from coachapp.clock import Clock, FixedClock
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.services.people import PeopleService, PersonDraft, PersonKind
from coachapp.storage.database import db
from coachapp.storage.models import Person


class DemoSize(StrEnum):
    SMALL = "small"
    LARGE = "large"


@dataclass(frozen=True)
class DemoReport:
    people: int


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


class DemoService:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def has_data(self) -> bool:
        return Person.select().exists()

    def fill(self, size: DemoSize, *, seed: int = 1, replace: bool = False) -> DemoReport:
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
        end = self._clock.now().replace(microsecond=0)
        clock = FixedClock(end - FIVE_YEARS)
        people = PeopleService(clock)
        index = 0 if size is DemoSize.SMALL else 1
        with db.atomic():
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
                record = people.create(draft, person_uuid=str(record_uuid))
                if rng.random() < 0.12:
                    people.set_active(record.uuid, False)
                elif rng.random() < 0.02:
                    people.trash(record.uuid)
        return DemoReport(people=len(drafts))

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
