"""Experimentation commitments: a test card, a lifecycle, and a learning card at the end.

The lifecycle only allows the moves below; concluding needs a learning card and abandoning
needs a reason, kept with the experiment. Every move is recorded. A concluded experiment can
start the next one, so a chain of tests stays readable. Long because the lifecycle, its
moves, the learning card and the chain of tests are one record's rules, checked in one place.

    idea -> planned -> running -> concluded
      ^        |          |
      |        v          v
      +---- abandoned <---+        (planned <-> idea, running -> planned, abandoned -> idea)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from coachapp.services.common.text import one_line
from coachapp.services.people.people import PeopleService
from coachapp.services.trash.trashable import Trashable
from coachapp.storage.database import db
from coachapp.storage.models import (
    Experiment,
    ExperimentMove,
    ExperimentPerson,
    Ritual,
)
from coachapp.timezones import local_zone

EXPERIMENT = "experiment"  # the kind journal entries use to link to an experiment
MAX_TITLE = 200
MAX_TEXT = 20_000


class ExpStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    RUNNING = "running"
    CONCLUDED = "concluded"
    ABANDONED = "abandoned"


class Risk(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Outcome(StrEnum):
    VALIDATED = "validated"
    INVALIDATED = "invalidated"
    INCONCLUSIVE = "inconclusive"


class NextStep(StrEnum):
    SCALE = "scale"
    ADAPT = "adapt"
    STOP = "stop"
    RETEST = "retest"


ALLOWED: dict[ExpStatus, frozenset[ExpStatus]] = {
    ExpStatus.IDEA: frozenset({ExpStatus.PLANNED, ExpStatus.ABANDONED}),
    ExpStatus.PLANNED: frozenset({ExpStatus.IDEA, ExpStatus.RUNNING, ExpStatus.ABANDONED}),
    ExpStatus.RUNNING: frozenset({ExpStatus.PLANNED, ExpStatus.CONCLUDED, ExpStatus.ABANDONED}),
    ExpStatus.CONCLUDED: frozenset(),
    ExpStatus.ABANDONED: frozenset({ExpStatus.IDEA}),
}

# Status names inside messages (the UI has its own labels; these are for refusals).
STATUS_NAMES: dict[ExpStatus, Message] = {
    ExpStatus.IDEA: QT_TRANSLATE_NOOP("Experiments", "idea"),
    ExpStatus.PLANNED: QT_TRANSLATE_NOOP("Experiments", "planned"),
    ExpStatus.RUNNING: QT_TRANSLATE_NOOP("Experiments", "running"),
    ExpStatus.CONCLUDED: QT_TRANSLATE_NOOP("Experiments", "concluded"),
    ExpStatus.ABANDONED: QT_TRANSLATE_NOOP("Experiments", "abandoned"),
}


def can_move(source: ExpStatus, target: ExpStatus) -> bool:
    return target in ALLOWED[source]


@dataclass(frozen=True)
class TestCard:
    believe: str  # we believe that...
    verify: str = ""  # to verify it, we will...
    measure: str = ""  # and measure...
    right_if: str = ""  # we are right if...
    criticality: int = 2  # how critical the hypothesis is, 1-3
    cost: int = 1  # 1-3
    reliability: int = 2  # how reliable the data will be, 1-3


@dataclass(frozen=True)
class SafeToFail:
    risk: Risk = Risk.LOW
    scope: str = ""
    duration: str = ""
    reversibility: str = ""


@dataclass(frozen=True)
class ExperimentDraft:
    title: str
    card: TestCard
    safety: SafeToFail = SafeToFail()
    owner_uuid: str | None = None  # None: the manager
    people: tuple[str, ...] = ()  # stakeholders involved
    ritual_uuid: str | None = None  # the ritual it came from
    starts_on: date | None = None
    review_on: date | None = None


@dataclass(frozen=True)
class LearningCard:
    observed: str
    learned: str
    next_step: NextStep
    outcome: Outcome
    confidence: int = 3  # 1-5


@dataclass(frozen=True)
class ExperimentRecord:
    uuid: str
    draft: ExperimentDraft
    status: ExpStatus
    owner: str  # the owner's name ("" for the manager)
    learning: LearningCard | None
    concluded_on: date | None
    abandoned_reason: str
    ritual_title: str  # the ritual it came from, "" if none (or in the trash)
    previous_uuid: str | None
    next_uuids: tuple[str, ...]
    position: int
    created_at: datetime
    updated_at: datetime

    def review_due(self, today: date) -> bool:
        review = self.draft.review_on
        return self.status is ExpStatus.RUNNING and review is not None and review <= today


@dataclass(frozen=True)
class Move:
    changed_at: datetime
    from_status: ExpStatus | None
    to_status: ExpStatus
    note: str


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _rating(value: int, field: str, high: int) -> None:
    if not 1 <= value <= high:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Experiments", "Choose a value from 1 to {high}."),
            high=high,
        )


class ExperimentService(Trashable[Experiment]):
    def __init__(self, clock: Clock, people: PeopleService) -> None:
        super().__init__(
            clock, EXPERIMENT, Experiment,
            QT_TRANSLATE_NOOP("Experiments", "This experiment no longer exists."),
            label_columns=(Experiment.title,),
        )  # fmt: skip
        self._people = people

    def _labels(self, rows: list[Experiment]) -> list[str]:
        return [row.title for row in rows]

    def now(self) -> datetime:
        return self._clock.now()

    def today(self) -> date:
        return self._clock.now().astimezone(local_zone()).date()

    # Reading

    def _records(self, rows: list[Experiment]) -> list[ExperimentRecord]:
        ids = [row.id for row in rows]
        people: dict[int, list[str]] = {i: [] for i in ids}
        uuids_by_id: dict[int, str] = {}
        following: dict[int, list[str]] = {i: [] for i in ids}
        if ids:
            for link in ExperimentPerson.select().where(ExperimentPerson.experiment.in_(ids)):
                people[link.experiment_id].append(link.person_uuid)
            chained = Experiment.select(Experiment.id, Experiment.uuid, Experiment.previous)
            for other in chained.where(
                (
                    Experiment.id.in_([r.previous_id for r in rows if r.previous_id])
                    | Experiment.previous.in_(ids)
                ),
                Experiment.deleted_at.is_null(),  # a trashed link in the chain is not shown
            ):
                uuids_by_id[other.id] = other.uuid
                if other.previous_id in following:
                    following[other.previous_id].append(other.uuid)
        names = self._people.names(r.owner_uuid for r in rows if r.owner_uuid)
        rituals = {r.ritual_uuid for r in rows if r.ritual_uuid}
        ritual_titles = {
            r.uuid: r.title
            for r in Ritual.select(Ritual.uuid, Ritual.title).where(
                Ritual.uuid.in_(rituals), Ritual.deleted_at.is_null()
            )
        } if rituals else {}  # fmt: skip
        return [
            ExperimentRecord(
                uuid=row.uuid,
                draft=ExperimentDraft(
                    title=row.title,
                    card=TestCard(row.believe, row.verify, row.measure, row.right_if,
                                  row.criticality, row.cost, row.reliability),
                    safety=SafeToFail(Risk(row.risk), row.safe_scope, row.safe_duration,
                                      row.safe_reversibility),
                    owner_uuid=row.owner_uuid,
                    people=tuple(sorted(people[row.id])),
                    ritual_uuid=row.ritual_uuid,
                    starts_on=_day(row.starts_on),
                    review_on=_day(row.review_on),
                ),
                status=ExpStatus(row.status),
                owner=names.get(row.owner_uuid, "") if row.owner_uuid else "",
                learning=LearningCard(row.observed, row.learned,
                                      NextStep(row.next_step or NextStep.ADAPT),
                                      Outcome(row.outcome), row.confidence or 3)
                if row.outcome else None,
                concluded_on=_day(row.concluded_on),
                abandoned_reason=row.abandoned_reason,
                ritual_title=ritual_titles.get(row.ritual_uuid, "") if row.ritual_uuid else "",
                previous_uuid=uuids_by_id.get(row.previous_id) if row.previous_id else None,
                next_uuids=tuple(following[row.id]),
                position=row.position,
                created_at=row.created_at,
                updated_at=row.updated_at,
            )
            for row in rows
        ]  # fmt: skip

    def get(self, experiment_uuid: str) -> ExperimentRecord:
        return self._records([self._row(experiment_uuid)])[0]

    def find(
        self, *, status: ExpStatus | None = None, person_uuid: str | None = None
    ) -> list[ExperimentRecord]:
        """Experiments in board order (status, then position); a person's: owned or involved."""
        query = Experiment.select().where(Experiment.deleted_at.is_null())
        if status is not None:
            query = query.where(Experiment.status == status.value)
        if person_uuid is not None:
            involved = ExperimentPerson.select(ExperimentPerson.experiment).where(
                ExperimentPerson.person_uuid == person_uuid
            )
            query = query.where(
                (Experiment.owner_uuid == person_uuid) | Experiment.id.in_(involved)
            )
        order = {s: n for n, s in enumerate(ExpStatus)}
        records = self._records(list(query))
        return sorted(records, key=lambda r: (order[r.status], r.position, r.created_at))

    def moves(self, experiment_uuid: str) -> list[Move]:
        row = self._row(experiment_uuid, include_deleted=True)
        query = (
            ExperimentMove.select()
            .where(ExperimentMove.experiment == row.id)
            .order_by(ExperimentMove.changed_at, ExperimentMove.id)
        )
        return [
            Move(m.changed_at, ExpStatus(m.from_status) if m.from_status else None,
                 ExpStatus(m.to_status), m.note)
            for m in query
        ]  # fmt: skip

    # Writing

    def _clean(self, draft: ExperimentDraft, kept: frozenset[str] = frozenset()) -> ExperimentDraft:
        """The draft tidied and checked; people in `kept` are already on it (trashed or not)."""
        title = one_line(draft.title)
        if not title:
            raise ValidationError(
                "title", QT_TRANSLATE_NOOP("Experiments", "Give the experiment a title.")
            )
        if len(title) > MAX_TITLE:
            raise ValidationError(
                "title",
                QT_TRANSLATE_NOOP("Experiments", "Keep the title under {high} characters."),
                high=MAX_TITLE,
            )
        card = draft.card
        texts = {
            "believe": card.believe.strip(), "verify": card.verify.strip(),
            "measure": card.measure.strip(), "right_if": card.right_if.strip(),
        }  # fmt: skip
        if not texts["believe"]:
            raise ValidationError(
                "believe",
                QT_TRANSLATE_NOOP(
                    "Experiments", "State the hypothesis: what do you believe will happen?"
                ),
            )
        for field, text in texts.items():
            if len(text) > MAX_TEXT:
                raise ValidationError(
                    field, QT_TRANSLATE_NOOP("Experiments", "This text is too long.")
                )
        _rating(card.criticality, "criticality", 3)
        _rating(card.cost, "cost", 3)
        _rating(card.reliability, "reliability", 3)
        if draft.starts_on and draft.review_on and draft.review_on < draft.starts_on:
            raise ValidationError(
                "review_on",
                QT_TRANSLATE_NOOP(
                    "Experiments", "The review date comes before the start ({start})."
                ),
                start=draft.starts_on,
            )
        for person_uuid in {draft.owner_uuid, *draft.people} - kept - {None}:
            person = self._people.get(str(person_uuid))
            if person.deleted_at:
                raise ValidationError(
                    "people",
                    QT_TRANSLATE_NOOP("Experiments", "{name} is in the trash: restore them first."),
                    name=person.name,
                )
        safety = draft.safety
        return replace(
            draft,
            title=title,
            card=replace(card, believe=texts["believe"], verify=texts["verify"],
                         measure=texts["measure"], right_if=texts["right_if"]),
            safety=replace(safety, scope=one_line(safety.scope),
                           duration=one_line(safety.duration),
                           reversibility=one_line(safety.reversibility)),
            people=tuple(sorted(set(draft.people) - {draft.owner_uuid or ""})),
        )  # fmt: skip

    @staticmethod
    def _columns(clean: ExperimentDraft) -> dict[str, object]:
        card, safety = clean.card, clean.safety
        return {
            "title": clean.title, "owner_uuid": clean.owner_uuid,
            "ritual_uuid": clean.ritual_uuid, "believe": card.believe, "verify": card.verify,
            "measure": card.measure, "right_if": card.right_if,
            "criticality": card.criticality, "cost": card.cost,
            "reliability": card.reliability,
            "starts_on": clean.starts_on.isoformat() if clean.starts_on else None,
            "review_on": clean.review_on.isoformat() if clean.review_on else None,
            "risk": safety.risk.value, "safe_scope": safety.scope,
            "safe_duration": safety.duration, "safe_reversibility": safety.reversibility,
        }  # fmt: skip

    def _write_people(self, row: Experiment, people: tuple[str, ...]) -> None:
        ExperimentPerson.delete().where(ExperimentPerson.experiment == row.id).execute()
        for person_uuid in people:
            ExperimentPerson.create(experiment=row.id, person_uuid=person_uuid)

    def _last_position(self, status: ExpStatus) -> int:
        last = (
            Experiment.select(Experiment.position)
            .where(Experiment.status == status.value, Experiment.deleted_at.is_null())
            .order_by(Experiment.position.desc())
            .first()
        )
        return (last.position + 1) if last else 0

    def create(
        self,
        draft: ExperimentDraft,
        *,
        status: ExpStatus = ExpStatus.IDEA,
        previous_uuid: str | None = None,
        experiment_uuid: str | None = None,
    ) -> ExperimentRecord:
        """A new experiment (an idea, or planned/running straight away; never concluded)."""
        if status in (ExpStatus.CONCLUDED, ExpStatus.ABANDONED):
            raise ValueError("an experiment starts as an idea, planned or running")
        clean = self._clean(draft)
        if status is ExpStatus.RUNNING and clean.starts_on is None:
            clean = replace(clean, starts_on=self.today())
        now = self._clock.now()
        with db.atomic():
            previous = self._row(previous_uuid).id if previous_uuid else None
            row = Experiment.create(
                uuid=experiment_uuid or str(uuid.uuid4()), created_at=now, updated_at=now,
                status=status.value, position=self._last_position(status), previous=previous,
                **self._columns(clean),
            )  # fmt: skip
            self._write_people(row, clean.people)
            ExperimentMove.create(experiment=row.id, changed_at=now, from_status=None,
                                  to_status=status.value)  # fmt: skip
        return self.get(row.uuid)

    def update(self, experiment_uuid: str, draft: ExperimentDraft) -> ExperimentRecord:
        with db.atomic():
            row = self._row(experiment_uuid)
            involved = ExperimentPerson.select(ExperimentPerson.person_uuid).where(
                ExperimentPerson.experiment == row.id
            )
            kept = frozenset(p.person_uuid for p in involved) | (
                {row.owner_uuid} if row.owner_uuid else set()
            )
            clean = self._clean(draft, kept)
            Experiment.update(updated_at=self._clock.now(), **self._columns(clean)).where(
                Experiment.id == row.id
            ).execute()
            self._write_people(row, clean.people)
        return self.get(experiment_uuid)

    def _refuse(self, source: ExpStatus, target: ExpStatus) -> ValidationError:
        return ValidationError(
            "status",
            QT_TRANSLATE_NOOP(
                "Experiments", "An experiment cannot go from “{source}” to “{target}”."
            ),
            source=STATUS_NAMES[source],
            target=STATUS_NAMES[target],
        )

    def _move(self, row: Experiment, target: ExpStatus, note: str, **columns: object) -> None:
        now = self._clock.now()
        Experiment.update(
            status=target.value, position=self._last_position(target), updated_at=now,
            **columns,
        ).where(Experiment.id == row.id).execute()  # fmt: skip
        ExperimentMove.create(experiment=row.id, changed_at=now, from_status=row.status,
                              to_status=target.value, note=one_line(note))  # fmt: skip

    def move(self, experiment_uuid: str, target: ExpStatus, *, note: str = "") -> ExperimentRecord:
        """Move to `target` where the lifecycle allows; conclude and abandon have their own."""
        if target is ExpStatus.ABANDONED:
            return self.abandon(experiment_uuid, note)
        with db.atomic():
            row = self._row(experiment_uuid)
            source = ExpStatus(row.status)
            if target is ExpStatus.CONCLUDED and can_move(source, target):
                raise ValidationError(
                    "status",
                    QT_TRANSLATE_NOOP(
                        "Experiments", "Concluding an experiment takes its learning card."
                    ),
                )
            if not can_move(source, target):
                raise self._refuse(source, target)
            columns: dict[str, object] = {}
            if target is ExpStatus.RUNNING and row.starts_on is None:
                columns["starts_on"] = self.today().isoformat()
            self._move(row, target, note, **columns)
        return self.get(experiment_uuid)

    def reorder(self, experiment_uuid: str, position: int) -> None:
        """Put the experiment at `position` in its column (0 is the top)."""
        with db.atomic():
            row = self._row(experiment_uuid)
            column = list(
                Experiment.select(Experiment.id)
                .where(Experiment.status == row.status, Experiment.deleted_at.is_null())
                .order_by(Experiment.position, Experiment.created_at)
            )
            ids = [r.id for r in column if r.id != row.id]
            ids.insert(max(0, min(position, len(ids))), row.id)
            for number, experiment_id in enumerate(ids):
                Experiment.update(position=number).where(Experiment.id == experiment_id).execute()

    def abandon(self, experiment_uuid: str, reason: str) -> ExperimentRecord:
        with db.atomic():
            row = self._row(experiment_uuid)
            source = ExpStatus(row.status)
            if not can_move(source, ExpStatus.ABANDONED):
                raise self._refuse(source, ExpStatus.ABANDONED)
            why = one_line(reason)
            if not why:
                raise ValidationError(
                    "reason",
                    QT_TRANSLATE_NOOP(
                        "Experiments", "Say why it stops: the reason stays with the experiment."
                    ),
                )
            self._move(row, ExpStatus.ABANDONED, why, abandoned_reason=why)
        return self.get(experiment_uuid)

    def conclude(
        self, experiment_uuid: str, card: LearningCard, *, day: date | None = None
    ) -> ExperimentRecord:
        """Conclude a running experiment with what was observed and learned."""
        observed, learned = card.observed.strip(), card.learned.strip()
        if not observed:
            raise ValidationError(
                "observed",
                QT_TRANSLATE_NOOP("Experiments", "Write what you observed, even briefly."),
            )
        if not learned:
            raise ValidationError(
                "learned",
                QT_TRANSLATE_NOOP(
                    "Experiments", "Write what you learned: it is what the experiment was for."
                ),
            )
        _rating(card.confidence, "confidence", 5)
        with db.atomic():
            row = self._row(experiment_uuid)
            source = ExpStatus(row.status)
            if not can_move(source, ExpStatus.CONCLUDED):
                raise self._refuse(source, ExpStatus.CONCLUDED)
            self._move(
                row, ExpStatus.CONCLUDED, "", observed=observed, learned=learned,
                next_step=card.next_step.value, outcome=card.outcome.value,
                confidence=card.confidence, concluded_on=(day or self.today()).isoformat(),
            )  # fmt: skip
        return self.get(experiment_uuid)

    def concluded_between(self, start: date, end: date) -> list[ExperimentRecord]:
        query = Experiment.select().where(
            Experiment.deleted_at.is_null(),
            Experiment.status == ExpStatus.CONCLUDED.value,
            Experiment.concluded_on.between(start.isoformat(), end.isoformat()),
        )
        return self._records(list(query))
