"""Demo experiments across every status and outcome, and the learning they left in the journal.

Most experiments are concluded (validated, invalidated and inconclusive ones, each with the
learning card its text implies), a few are running, planned, still ideas or abandoned with
their reason; two follow-ups continue concluded tests as a chain. Some come from the demo's
premortem or 15% solutions rituals.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from coachapp.clock import FixedClock
from coachapp.demo.experiments_content import EXPERIMENT_TEXT
from coachapp.services.common.pillars import Pillar
from coachapp.services.experiments.experiment_entries import conclude_with_entry
from coachapp.services.experiments.experiments import (
    ExperimentDraft,
    ExperimentService,
    ExpStatus,
    LearningCard,
    NextStep,
    Outcome,
    Risk,
    SafeToFail,
    TestCard,
)
from coachapp.services.journal.journal import EntryDraft, EntryKind, JournalService
from coachapp.services.people.people import PeopleService, PersonKind, PersonRecord
from coachapp.storage.models import Ritual
from coachapp.timezones import local_zone

V, X, N = Outcome.VALIDATED, Outcome.INVALIDATED, Outcome.INCONCLUSIVE
# Concluded experiments (index in the content) with the outcome and next step their text tells.
CONCLUDED: dict[int, tuple[Outcome, NextStep]] = {
    0: (V, NextStep.SCALE), 1: (V, NextStep.SCALE), 5: (V, NextStep.SCALE),
    3: (V, NextStep.ADAPT), 12: (V, NextStep.ADAPT),
    4: (X, NextStep.STOP), 11: (X, NextStep.STOP), 6: (X, NextStep.ADAPT),
    10: (X, NextStep.ADAPT), 2: (N, NextStep.RETEST), 9: (N, NextStep.RETEST),
}  # fmt: skip
RUNNING = (7, 8)
PLANNED = (15,)
ABANDONED = (13, 14)
RITUAL_METHODS = ("premortem", "fifteen-percent-solutions")

# Follow-ups of concluded experiments: (previous index, status, title, we believe that).
FOLLOW_UPS: dict[str, tuple[tuple[int, ExpStatus, str, str], ...]] = {
    "fr": (
        (2, ExpStatus.PLANNED, "Un créneau de rappel fixe de 16 h à 17 h",
         "Un créneau de rappel annoncé à l'avance rendra le rappel fiable pour les usagers "
         "comme pour l'équipe."),
        (0, ExpStatus.IDEA, "L'agent d'orientation aussi le mardi matin, à tour de rôle",
         "Faire tourner le rôle entre volontaires le gardera vivant sans épuiser personne."),
    ),
    "en": (
        (2, ExpStatus.PLANNED, "A fixed call-back slot from 4 to 5 pm",
         "A call-back slot announced in advance will make call-backs reliable for service "
         "users and for the team."),
        (0, ExpStatus.IDEA, "The greeter on Tuesday mornings too, taking turns",
         "Rotating the role among volunteers will keep it alive without wearing anyone out."),
    ),
}  # fmt: skip
HEADINGS = {
    "fr": ("Nous avons observé", "Nous avons appris", "Donc nous allons",
           "Ce que « {title} » nous a appris"),
    "en": ("We observed", "We learned", "Therefore we will", "What “{title}” taught us"),
}  # fmt: skip
ENTRY_PILLARS = frozenset({Pillar.EXPERIMENTATION, Pillar.RIGHT_TO_ERROR})


@dataclass(frozen=True)
class ExperimentReport:
    experiments: int
    entries: int  # learning entries, and those written when concluding


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), local_zone())


def _new_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def fill_experiments(
    rng: random.Random,
    *,
    end: datetime,
    people: PeopleService,
    staff: list[PersonRecord],
    span: timedelta,
    language: str,
) -> ExperimentReport:
    """Write the demo experiments and learning entries over the `span` before `end`."""
    writer = _Writer(rng, end=end, people=people, staff=staff, span=span, language=language)
    today, span_days = writer.today, span.days
    for number, index in enumerate(sorted(CONCLUDED, key=lambda _: rng.random()), start=1):
        day = (end - span + span / (len(CONCLUDED) + 1) * number).astimezone(local_zone())
        writer.concluded(index, day.date())
    for index in RUNNING:
        length = rng.randint(28, 42)
        writer.create(index, today - timedelta(days=rng.randint(3, length)), length)
    for index in PLANNED:
        writer.create(index, today + timedelta(days=rng.randint(5, 20)), 30, running=False)
    halfway = today - timedelta(days=span_days // 2)
    for reason, index in zip(writer.text["abandon_reasons"], ABANDONED, strict=False):
        experiment_uuid = writer.create(index, halfway, 30)
        writer.clock.set(_at(halfway + timedelta(days=rng.randint(5, 15)), 11))
        writer.experiments.abandon(experiment_uuid, reason)
    writer.follow_ups(FOLLOW_UPS.get(language, FOLLOW_UPS["fr"]))
    writer.learning_entries()
    return ExperimentReport(experiments=writer.count, entries=writer.entries_written)


class _Writer:
    """What the demo experiments share: the clock they move, the people, the rituals."""

    def __init__(
        self,
        rng: random.Random,
        *,
        end: datetime,
        people: PeopleService,
        staff: list[PersonRecord],
        span: timedelta,
        language: str,
    ) -> None:
        self.rng = rng
        self.text: dict[str, Any] = EXPERIMENT_TEXT.get(language, EXPERIMENT_TEXT["fr"])
        self.headings = HEADINGS.get(language, HEADINGS["fr"])
        self.end = end
        self.clock = FixedClock(end)
        self.experiments = ExperimentService(self.clock, people)
        self.entries = JournalService(self.clock)
        usable = [p for p in staff if p.active and p.deleted_at is None]
        self.agents = [p for p in usable if p.kind is PersonKind.AGENT]
        self.others = [p for p in usable if p.kind is PersonKind.USAGER_REPRESENTATIVE]
        self.rituals = [
            r.uuid
            for r in Ritual.select(Ritual.uuid).where(
                Ritual.method_key.in_(RITUAL_METHODS), Ritual.deleted_at.is_null()
            )
        ]
        self.today = end.astimezone(local_zone()).date()
        self.first = self.today - span
        self.made: dict[int, str] = {}
        self.count = 0
        self.entries_written = 0

    def _draft(self, index: int, starts_on: date, length: int) -> ExperimentDraft:
        rng = self.rng
        title, believe, verify, measure, right_if, risk, scope, duration, reversibility = self.text[
            "experiments"
        ][index]
        owner = rng.choice(self.agents).uuid if self.agents and rng.random() < 0.75 else None
        involved = rng.sample(self.agents, k=min(len(self.agents), rng.randint(1, 3)))
        if self.others and rng.random() < 0.4:
            involved.append(rng.choice(self.others))
        from_ritual = self.rituals and index % 3 == 0
        return ExperimentDraft(
            title=title,
            card=TestCard(believe, verify, measure, right_if, criticality=rng.randint(1, 3),
                          cost=rng.randint(1, 3), reliability=rng.randint(1, 3)),
            safety=SafeToFail(Risk(risk), scope, duration, reversibility),
            owner_uuid=owner,
            people=tuple(p.uuid for p in involved if p.uuid != owner),
            ritual_uuid=self.rituals[index % len(self.rituals)] if from_ritual else None,
            starts_on=starts_on,
            review_on=starts_on + timedelta(days=length),
        )  # fmt: skip

    def create(self, index: int, starts_on: date, length: int, *, running: bool = True) -> str:
        """Planned some days before it starts, then running from its start."""
        draft = self._draft(index, starts_on, length)
        planned_on = max(self.first, starts_on - timedelta(days=self.rng.randint(5, 20)))
        self.clock.set(_at(min(planned_on, self.today), 9))
        record = self.experiments.create(
            draft, status=ExpStatus.PLANNED, experiment_uuid=_new_uuid(self.rng)
        )
        self.made[index] = record.uuid
        self.count += 1
        if running:
            self.clock.set(_at(min(max(self.first, starts_on), self.today), 9))
            self.experiments.move(record.uuid, ExpStatus.RUNNING)
        return record.uuid

    def concluded(self, index: int, day: date) -> None:
        """Run for a few weeks up to `day`, then concluded, often with a journal entry."""
        length = self.rng.randint(21, 56)
        experiment_uuid = self.create(index, day - timedelta(days=length), length)
        self.clock.set(_at(day, 17))
        outcome, next_step = CONCLUDED[index]
        text = self.text
        card = LearningCard(
            observed=text["observed"][index], learned=text["learned"][index],
            next_step=next_step, outcome=outcome, confidence=self.rng.randint(2, 5),
        )  # fmt: skip
        if self.rng.random() >= 0.6:
            self.experiments.conclude(experiment_uuid, card, day=day)
            return
        observed, learned, therefore, title = self.headings
        parts = (card.observed, card.learned, text["next_steps_notes"][index])
        body = "\n\n".join(
            f"## {heading}\n\n{part}"
            for heading, part in zip((observed, learned, therefore), parts, strict=True)
        )
        conclude_with_entry(
            self.experiments, self.entries, experiment_uuid, card,
            title=title.format(title=text["experiments"][index][0]), body=body,
            entry_uuid=_new_uuid(self.rng),
        )  # fmt: skip
        self.entries_written += 1

    def follow_ups(self, follow_ups: tuple[tuple[int, ExpStatus, str, str], ...]) -> None:
        """The next tests that concluded ones called for, linked to them."""
        self.clock.set(self.end)
        for previous, status, title, believe in follow_ups:
            base = self.experiments.get(self.made[previous]).draft
            self.experiments.create(
                ExperimentDraft(title, TestCard(believe), base.safety, base.owner_uuid,
                                base.people, starts_on=self.today + timedelta(days=14)),
                status=status, previous_uuid=self.made[previous],
                experiment_uuid=_new_uuid(self.rng),
            )  # fmt: skip
            self.count += 1

    def learning_entries(self) -> None:
        """The learning kept in the journal: mistakes, incidents and insights, over the span."""
        rng = self.rng
        days = (self.today - self.first).days or 1
        for kind, title, body in self.text["learning_entries"]:
            when = _at(self.first + timedelta(days=rng.randrange(days)), rng.randint(9, 18))
            self.clock.set(when)
            person = (rng.choice(self.agents).uuid,) if self.agents and rng.random() < 0.5 else ()
            self.entries.create(
                EntryDraft(occurred_at=when, title=title, body=body, kind=EntryKind(kind),
                           pillars=ENTRY_PILLARS, people=person),
                entry_uuid=_new_uuid(rng),
            )  # fmt: skip
            self.entries_written += 1
