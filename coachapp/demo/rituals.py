"""Demo rituals: a service's co-construction habits over the demo period, with what came out
of them. Our own writing, in French and English."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from coachapp.clock import FixedClock
from coachapp.services.people.people import PeopleService, PersonKind, PersonRecord
from coachapp.services.rituals.methods import MethodLibrary
from coachapp.services.rituals.rituals import (
    Groups,
    Report,
    RitualDraft,
    RitualService,
    Stakeholder,
    Status,
)

_TEXT: dict[str, dict[str, Any]] = {
    "fr": {
        "series": (
            ("Point d'équipe du mardi", "lean-coffee", "FREQ=WEEKLY;BYDAY=TU"),
            ("Rétrospective du mois", "starfish-retrospective", "FREQ=MONTHLY;BYDAY=-1FR"),
            ("Comité usagers de l'accueil", "fishbowl", "FREQ=MONTHLY;BYDAY=+2TH"),
        ),
        "one_off": (
            ("Atelier parcours usager : inscription scolaire", "journey-map"),
            ("World café sur l'accueil numérique", "world-cafe"),
            ("Pré-mortem du projet de prise de rendez-vous", "premortem"),
            ("Vis ma vie entre l'état civil et l'accueil", "job-swap"),
            ("Décision par consentement : horaires d'été", "consent-decision"),
            ("Grille de célébration des expérimentations", "celebration-grid"),
            ("Carte d'empathie : les seniors et les démarches en ligne", "empathy-map"),
        ),
        "places": ("Salle du conseil", "Mairie annexe Nord", "Salle de pause", "Médiathèque"),
        "outcomes": (
            "Trois irritants prioritaires identifiés par les agents.",
            "Les usagers ont surtout parlé de l'attente au téléphone.",
            "Bonne énergie, beaucoup d'idées, il faudra trier.",
            "Échange franc sur la charge de travail ; chacun a pu s'exprimer.",
            "Deux pistes retenues pour un test d'un mois.",
        ),
        "decisions": (
            "On teste un créneau sans rendez-vous le jeudi matin.",
            "Les agents volontaires animent à tour de rôle.",
            "Affichage simplifié à l'accueil, validé par tous.",
            "",
        ),
        "actions": (
            "Envoyer le compte rendu aux participants",
            "Préparer le test avec l'équipe de l'accueil",
            "Inviter un élu à la prochaine séance",
            "Recueillir l'avis de cinq usagers",
            "Mettre à jour la fiche de procédure",
        ),
    },
    "en": {
        "series": (
            ("Tuesday team huddle", "lean-coffee", "FREQ=WEEKLY;BYDAY=TU"),
            ("Monthly retrospective", "starfish-retrospective", "FREQ=MONTHLY;BYDAY=-1FR"),
            ("Front-desk service users' panel", "fishbowl", "FREQ=MONTHLY;BYDAY=+2TH"),
        ),
        "one_off": (
            ("Journey map workshop: school enrolment", "journey-map"),
            ("World café on digital front-desk services", "world-cafe"),
            ("Premortem of the online booking project", "premortem"),
            ("Job swap between registry and front desk", "job-swap"),
            ("Consent decision: summer opening hours", "consent-decision"),
            ("Celebration grid of our experiments", "celebration-grid"),
            ("Empathy map: older residents and online forms", "empathy-map"),
        ),
        "places": ("Council chamber", "North annex", "Staff room", "Town library"),
        "outcomes": (
            "Three priority irritants named by the agents.",
            "Service users mostly talked about waiting on the phone.",
            "Good energy and plenty of ideas; we will need to sort them.",
            "An honest exchange about workload; everyone got to speak.",
            "Two ideas kept for a one-month test.",
        ),
        "decisions": (
            "We test a walk-in slot on Thursday mornings.",
            "Volunteer agents take turns facilitating.",
            "Simpler signs at the front desk, agreed by everyone.",
            "",
        ),
        "actions": (
            "Send the notes to participants",
            "Prepare the test with the front-desk team",
            "Invite an elected official to the next session",
            "Ask five service users for their view",
            "Update the procedure sheet",
        ),
    },
}


def fill_rituals(
    rng: random.Random,
    *,
    clock: FixedClock,
    people: PeopleService,
    library: MethodLibrary,
    staff: list[PersonRecord],
    span: timedelta,
    language: str,
    zone: ZoneInfo,
) -> int:
    """Write the demo rituals for the `span` before the clock's time; return how many."""
    text = _TEXT.get(language, _TEXT["fr"])
    rituals = RitualService(clock, people)
    end = clock.now()
    start = end - span
    agents = [p for p in staff if p.kind is PersonKind.AGENT and p.active]
    others = [p for p in staff if p.kind is not PersonKind.AGENT and p.active]
    made = []
    months = max(1, span.days // 30)
    for title, method_key, rule in text["series"]:
        first = (start + timedelta(days=rng.randint(0, 20))).astimezone(zone)
        method = library.get(method_key)
        made.append(
            rituals.create(
                RitualDraft(
                    title=title,
                    starts_at=first.replace(hour=9, minute=30, second=0, microsecond=0),
                    duration_minutes=method.minutes[1] if method else 60,
                    method_key=method_key if method else "",
                    purpose=method.purposes[0] if method else None,
                    place=rng.choice(text["places"]),
                    rrule=rule,
                    agenda="\n".join(f"- {s}" for s in method.steps_in(language)) if method else "",
                    people=tuple(p.uuid for p in rng.sample(agents, k=min(6, len(agents)))),
                ),
                ritual_uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            )
        )
    for _ in range(max(2, months // 4)):
        title, method_key = rng.choice(text["one_off"])
        method = library.get(method_key)
        moment = (start + timedelta(days=rng.randint(0, max(1, span.days + 60)))).astimezone(zone)
        groups: Groups = ((Stakeholder.USAGERS, rng.randint(3, 10)),) if rng.random() < 0.5 else ()
        made.append(
            rituals.create(
                RitualDraft(
                    title=title,
                    starts_at=moment.replace(hour=rng.choice((9, 14)), minute=0, second=0,
                                             microsecond=0),
                    duration_minutes=min(method.minutes[1], 240) if method else 90,
                    method_key=method_key if method else "",
                    purpose=method.purposes[0] if method else None,
                    place=rng.choice(text["places"]),
                    agenda="\n".join(f"- {s}" for s in method.steps_in(language)) if method else "",
                    people=tuple(p.uuid for p in rng.sample(agents, k=min(5, len(agents))))
                    + tuple(p.uuid for p in rng.sample(others, k=min(2, len(others)))),
                    groups=groups,
                ),
                ritual_uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            )
        )  # fmt: skip
    for occurrence in rituals.occurrences(start, end):
        chance = rng.random()
        if chance < 0.08:
            rituals.record(occurrence.ritual_uuid, occurrence.starts_at, Report(Status.CANCELLED))
            continue
        if occurrence.recurring and chance > 0.35:
            continue  # most weekly meetings leave no notes
        invited, groups = rituals.attendance(occurrence.ritual_uuid, occurrence.starts_at)
        present = tuple(p for p in invited if rng.random() < 0.85)
        rituals.record(
            occurrence.ritual_uuid,
            occurrence.starts_at,
            Report(Status.HELD, rng.choice(text["outcomes"]), rng.choice(text["decisions"]),
                   present, groups),
        )  # fmt: skip
        if rng.random() < 0.6:
            action = rituals.add_action(
                occurrence.ritual_uuid,
                rng.choice(text["actions"]),
                occurrence=occurrence.starts_at,
                owner=rng.choice(present) if present else None,
                due=(occurrence.starts_at + timedelta(days=rng.randint(7, 30))).date(),
            )
            if occurrence.starts_at < end - timedelta(days=30) and rng.random() < 0.85:
                rituals.set_action(action.uuid, done=True)
    return len(made)
