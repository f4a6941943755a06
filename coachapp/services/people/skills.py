"""Skill plans: for an agent, each skill's level now and the one aimed at, and the actions
(training, pairing, immersion, one-to-one) that get them there.

Levels run from 1 to 4 with anchors the UI shows (discovering, practising with support,
autonomous, passing it on). A person's skills go to the trash with them and come back with
them; erasing the person erases their skills (a trigger in the schema).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, ValidationError
from coachapp.services.common.text import one_line
from coachapp.services.people.people import PeopleService
from coachapp.services.trash.trashable import Trashable
from coachapp.storage.database import db
from coachapp.storage.models import Skill, SkillAction
from coachapp.timezones import local_zone

SKILL = "skill"
LEVELS = (1, 2, 3, 4)
MAX_NAME = 200
MAX_DESCRIPTION = 300
MAX_ACTIONS = 30
MAX_NOTES = 100_000


class SkillKind(StrEnum):
    KNOW_HOW = "know_how"
    INTERPERSONAL = "interpersonal"


class ActionKind(StrEnum):
    TRAINING = "training"
    PAIRING = "pairing"
    IMMERSION = "immersion"
    ONE_TO_ONE = "one_to_one"


class Provider(StrEnum):
    INTERNAL = "internal"
    CNFPT = "cnfpt"
    OTHER = "other"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


@dataclass(frozen=True)
class PlanAction:
    kind: ActionKind
    description: str
    provider: Provider = Provider.INTERNAL
    provider_name: str = ""
    due_on: date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    uuid: str = ""  # empty for an action not saved yet


@dataclass(frozen=True)
class SkillDraft:
    person_uuid: str
    name: str
    kind: SkillKind
    level: int
    target_level: int
    due_on: date | None = None
    notes: str = ""
    actions: tuple[PlanAction, ...] = ()


@dataclass(frozen=True)
class SkillRecord:
    uuid: str
    draft: SkillDraft
    created_at: datetime
    updated_at: datetime

    @property
    def progress(self) -> tuple[int, int]:
        """(actions done, actions planned)."""
        done = sum(1 for a in self.draft.actions if a.status is ActionStatus.DONE)
        return done, len(self.draft.actions)

    @property
    def reached(self) -> bool:
        return self.draft.level >= self.draft.target_level


def _level(value: int, field: str) -> None:
    if value not in LEVELS:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Skills", "Skill levels go from 1 to 4."))


def _clean_action(action: PlanAction, number: int) -> PlanAction:
    description = one_line(action.description)
    if not description:
        raise ValidationError(
            f"actions[{number}]",
            QT_TRANSLATE_NOOP("Skills", "Action {number} needs a description."),
            number=number + 1,
        )
    if len(description) > MAX_DESCRIPTION:
        raise ValidationError(
            f"actions[{number}]",
            QT_TRANSLATE_NOOP("Skills", "Keep action {number} under {high} characters."),
            number=number + 1,
            high=MAX_DESCRIPTION,
        )
    provider_name = one_line(action.provider_name)[:MAX_NAME]
    return replace(action, description=description, provider_name=provider_name)


class SkillService(Trashable[Skill]):
    def __init__(self, clock: Clock, people: PeopleService) -> None:
        super().__init__(
            clock, SKILL, Skill, QT_TRANSLATE_NOOP("Skills", "This skill no longer exists.")
        )
        self._people = people

    def _labels(self, rows: list[Skill]) -> list[str]:
        """The skill and whose it is."""
        names = self._people.names(row.person_uuid for row in rows)
        return [f"{row.name} — {names.get(row.person_uuid, '')}" for row in rows]

    def today(self) -> date:
        return self._clock.now().astimezone(local_zone()).date()

    @staticmethod
    def _records(rows: list[Skill]) -> list[SkillRecord]:
        actions: dict[int, list[PlanAction]] = {row.id: [] for row in rows}
        if rows:
            query = (
                SkillAction.select()
                .where(SkillAction.skill.in_(list(actions)))
                .order_by(SkillAction.position, SkillAction.id)
            )
            for item in query:
                actions[item.skill_id].append(
                    PlanAction(
                        kind=ActionKind(item.kind),
                        description=item.description,
                        provider=Provider(item.provider),
                        provider_name=item.provider_name,
                        due_on=date.fromisoformat(item.due_on) if item.due_on else None,
                        status=ActionStatus(item.status),
                        uuid=item.uuid,
                    )
                )
        return [
            SkillRecord(
                uuid=row.uuid,
                draft=SkillDraft(
                    person_uuid=row.person_uuid,
                    name=row.name,
                    kind=SkillKind(row.kind),
                    level=row.level,
                    target_level=row.target_level,
                    due_on=date.fromisoformat(row.due_on) if row.due_on else None,
                    notes=row.notes,
                    actions=tuple(actions[row.id]),
                ),
                created_at=row.created_at,
                updated_at=row.updated_at,
            )
            for row in rows
        ]

    def get(self, skill_uuid: str) -> SkillRecord:
        return self._records([self._row(skill_uuid)])[0]

    def for_person(self, person_uuid: str) -> list[SkillRecord]:
        """The person's skill plan: skills not reached first, then by name."""
        query = Skill.select().where(Skill.person_uuid == person_uuid, Skill.deleted_at.is_null())
        records = self._records(list(query))
        return sorted(records, key=lambda r: (r.reached, r.draft.name.casefold()))

    def count_for(self, person_uuid: str) -> int:
        return int(
            Skill.select()
            .where(Skill.person_uuid == person_uuid, Skill.deleted_at.is_null())
            .count()
        )

    def _clean(self, draft: SkillDraft) -> SkillDraft:
        name = one_line(draft.name)
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Skills", "Name the skill."))
        if len(name) > MAX_NAME:
            raise ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Skills", "Keep the skill's name under {high} characters."),
                high=MAX_NAME,
            )
        person = self._people.get(draft.person_uuid)
        if person.deleted_at is not None:
            raise ValidationError(
                "person",
                QT_TRANSLATE_NOOP("Skills", "{name} is in the trash: restore them first."),
                name=person.name,
            )
        _level(draft.level, "level")
        _level(draft.target_level, "target_level")
        if len(draft.actions) > MAX_ACTIONS:
            raise ValidationError(
                "actions",
                QT_TRANSLATE_NOOP("Skills", "A skill takes at most {high} actions."),
                high=MAX_ACTIONS,
            )
        if len(draft.notes) > MAX_NOTES:
            raise ValidationError("notes", QT_TRANSLATE_NOOP("Skills", "The notes are too long."))
        actions = tuple(_clean_action(a, n) for n, a in enumerate(draft.actions))
        return replace(draft, name=name, actions=actions)

    def create(self, draft: SkillDraft, *, skill_uuid: str | None = None) -> SkillRecord:
        clean = self._clean(draft)
        now = self._clock.now()
        with db.atomic():
            row = Skill.create(
                uuid=skill_uuid or str(uuid.uuid4()), created_at=now, updated_at=now,
                **self._columns(clean),
            )  # fmt: skip
            self._write_actions(row, clean.actions)
        return self.get(row.uuid)

    def update(self, skill_uuid: str, draft: SkillDraft) -> SkillRecord:
        clean = self._clean(draft)
        with db.atomic():
            row = self._row(skill_uuid)
            Skill.update(updated_at=self._clock.now(), **self._columns(clean)).where(
                Skill.id == row.id
            ).execute()
            self._write_actions(row, clean.actions)
        return self.get(skill_uuid)

    @staticmethod
    def _columns(clean: SkillDraft) -> dict[str, object]:
        return {
            "person_uuid": clean.person_uuid,
            "name": clean.name,
            "kind": clean.kind.value,
            "level": clean.level,
            "target_level": clean.target_level,
            "due_on": clean.due_on.isoformat() if clean.due_on else None,
            "notes": clean.notes,
        }

    def _write_actions(self, row: Skill, actions: tuple[PlanAction, ...]) -> None:
        """Make the stored actions exactly `actions`, keeping the UUIDs of those kept."""
        now = self._clock.now()
        kept = [a.uuid for a in actions if a.uuid]
        SkillAction.delete().where(
            SkillAction.skill == row.id, SkillAction.uuid.not_in(kept)
        ).execute()
        for position, action in enumerate(actions):
            columns = {
                "position": position,
                "kind": action.kind.value,
                "description": action.description,
                "provider": action.provider.value,
                "provider_name": action.provider_name,
                "due_on": action.due_on.isoformat() if action.due_on else None,
                "status": action.status.value,
                "updated_at": now,
            }
            updated = (
                SkillAction.update(**columns)
                .where(SkillAction.skill == row.id, SkillAction.uuid == action.uuid)
                .execute()
                if action.uuid
                else 0
            )
            if not updated:
                SkillAction.create(uuid=str(uuid.uuid4()), skill=row.id, created_at=now, **columns)
