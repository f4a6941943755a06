"""Delegation commitments: what is delegated, to whom, at which level, and how it evolves.

Every level a delegation takes is kept with its day, its reason and where it was decided
(the form, the board, a check-in, a delegation-poker round). Check-ins set when the next one is
due: closer at low levels and right after a change, unless the manager chose a cadence.
Long because a delegation's levels, history, check-ins and their undo share one record and
one transaction each; the cadence rules are in delegation_levels.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import cast

from peewee import fn

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, ValidationError
from coachapp.services.common.text import one_line
from coachapp.services.delegations.delegation_levels import MAX_CADENCE, Level, next_checkin
from coachapp.services.people.people import PeopleService
from coachapp.services.trash.trashable import Trashable
from coachapp.storage.database import db
from coachapp.storage.models import (
    Delegation,
    DelegationCheckin,
    DelegationLevel,
    Person,
)
from coachapp.timezones import local_zone

DELEGATION = "delegation"  # the kind journal entries use to link to a delegation
MAX_AREA = 200
MAX_NOTES = 100_000
MAX_REASON = 1000


class AreaKind(StrEnum):
    DECISION = "decision"
    TASK = "task"


class DelegationStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class Went(StrEnum):
    WELL = "well"
    MIXED = "mixed"
    DIFFICULT = "difficult"


class Source(StrEnum):
    """Where a level was decided."""

    CREATED = "created"
    FORM = "form"
    BOARD = "board"
    CHECKIN = "checkin"
    POKER = "poker"


@dataclass(frozen=True)
class DelegationDraft:
    area: str
    level: int
    target_level: int
    started_on: date
    person_uuid: str | None = None
    team: str = ""
    area_kind: AreaKind = AreaKind.DECISION
    cadence_days: int | None = None  # None: the cadence suggested for the level
    next_checkin: date | None = None  # None: computed from the start and the cadence
    status: DelegationStatus = DelegationStatus.ACTIVE
    notes: str = ""


@dataclass(frozen=True)
class DelegationRecord:
    uuid: str
    draft: DelegationDraft
    delegate: str  # the person's name or the team
    last_checkin: date | None
    created_at: datetime
    updated_at: datetime

    def due(self, today: date) -> bool:
        """A check-in is due today or late."""
        next_day = self.draft.next_checkin
        return (
            self.draft.status is DelegationStatus.ACTIVE
            and next_day is not None
            and (next_day <= today)
        )

    def overdue(self, today: date) -> bool:
        next_day = self.draft.next_checkin
        return self.due(today) and next_day is not None and next_day < today


@dataclass(frozen=True)
class LevelChange:
    day: date
    changed_at: datetime
    from_level: int | None
    to_level: int
    reason: str
    source: Source


@dataclass(frozen=True)
class CheckIn:
    uuid: str
    day: date
    level: int
    went: Went
    note: str
    entry_uuid: str | None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _check_level(level: int, field: str) -> None:
    if level not in set(Level):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Delegations", "Delegation levels go from 1 to 7.")
        )


def _reason(text: str) -> str:
    """The reason of a level change, on one line; a move without one is refused."""
    reason = one_line(text)
    if not reason:
        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP(
                "Delegations", "Say why the level changes: the reason is kept in the history."
            ),
        )
    if len(reason) > MAX_REASON:
        raise ValidationError(
            "reason",
            QT_TRANSLATE_NOOP("Delegations", "Keep the reason under {high} characters."),
            high=MAX_REASON,
        )
    return reason


def check_cadence(days: int | None) -> None:
    if days is not None and not 1 <= days <= MAX_CADENCE:
        raise ValidationError(
            "cadence",
            QT_TRANSLATE_NOOP(
                "Delegations",
                "A check-in cadence is a number of days from 1 to {high}.",
            ),
            high=MAX_CADENCE,
        )


class DelegationService(Trashable[Delegation]):
    def __init__(self, clock: Clock, people: PeopleService) -> None:
        super().__init__(
            clock,
            DELEGATION,
            Delegation,
            QT_TRANSLATE_NOOP("Delegations", "This delegation no longer exists."),
        )
        self._people = people

    def _labels(self, rows: list[Delegation]) -> list[str]:
        """What is delegated, and to whom."""
        return [f"{record.draft.area} — {record.delegate}" for record in self._records(rows)]

    def now(self) -> datetime:
        return self._clock.now()

    def today(self) -> date:
        return self._clock.now().astimezone(local_zone()).date()

    # Reading

    def _records(self, rows: list[Delegation]) -> list[DelegationRecord]:
        names = self._people.names(row.person_uuid for row in rows if row.person_uuid)
        last: dict[int, str] = {}
        if rows:
            query = (
                DelegationCheckin.select(
                    DelegationCheckin.delegation, fn.MAX(DelegationCheckin.day)
                )
                .where(DelegationCheckin.delegation.in_([row.id for row in rows]))
                .group_by(DelegationCheckin.delegation)
                .tuples()
            )
            # peewee's stubs do not know that .tuples() yields tuples
            last = dict(cast("Iterable[tuple[int, str]]", query))
        return [
            DelegationRecord(
                uuid=row.uuid,
                draft=DelegationDraft(
                    area=row.area,
                    level=row.level,
                    target_level=row.target_level,
                    started_on=date.fromisoformat(row.started_on),
                    person_uuid=row.person_uuid,
                    team=row.team,
                    area_kind=AreaKind(row.area_kind),
                    cadence_days=row.cadence_days,
                    next_checkin=_day(row.next_checkin),
                    status=DelegationStatus(row.status),
                    notes=row.notes,
                ),
                delegate=names.get(row.person_uuid, "") if row.person_uuid else row.team,
                last_checkin=_day(last.get(row.id)),
                created_at=row.created_at,
                updated_at=row.updated_at,
            )
            for row in rows
        ]

    def get(self, delegation_uuid: str) -> DelegationRecord:
        return self._records([self._row(delegation_uuid)])[0]

    def find(
        self,
        *,
        person_uuid: str | None = None,
        team: str | None = None,
        statuses: tuple[DelegationStatus, ...] = (DelegationStatus.ACTIVE,),
    ) -> list[DelegationRecord]:
        """Delegations by area, then delegate; those of people in the trash wait with them."""
        trashed = Person.select(Person.uuid).where(Person.deleted_at.is_null(False))
        query = Delegation.select().where(
            Delegation.deleted_at.is_null(),
            Delegation.status.in_([s.value for s in statuses]),
            Delegation.person_uuid.is_null() | Delegation.person_uuid.not_in(trashed),
        )
        if person_uuid is not None:
            query = query.where(Delegation.person_uuid == person_uuid)
        if team is not None:
            members = Person.select(Person.uuid).where(Person.team == team)
            query = query.where((Delegation.team == team) | Delegation.person_uuid.in_(members))
        records = self._records(list(query))
        return sorted(records, key=lambda r: (r.draft.area.casefold(), r.delegate.casefold()))

    def due(self, today: date | None = None) -> list[DelegationRecord]:
        """Active delegations whose check-in is due today or late, the latest first."""
        day = today or self.today()
        found = [record for record in self.find() if record.due(day)]
        return sorted(found, key=lambda r: (r.draft.next_checkin or day, r.draft.area))

    def areas(self) -> list[str]:
        query = Delegation.select(Delegation.area).where(Delegation.deleted_at.is_null())
        return sorted({row.area for row in query}, key=str.casefold)

    def teams(self) -> list[str]:
        query = Delegation.select(Delegation.team).where(
            Delegation.deleted_at.is_null(), Delegation.team != ""
        )
        return sorted({row.team for row in query} | set(self._people.teams()), key=str.casefold)

    def held_by(self, person_uuid: str) -> int:
        """How many active delegations `person_uuid` holds."""
        return int(
            Delegation.select()
            .where(
                Delegation.person_uuid == person_uuid,
                Delegation.deleted_at.is_null(),
                Delegation.status == DelegationStatus.ACTIVE.value,
            )
            .count()
        )

    def history(self, delegation_uuid: str) -> list[LevelChange]:
        """Every level the delegation took, oldest first."""
        row = self._row(delegation_uuid, include_deleted=True)
        query = (
            DelegationLevel.select()
            .where(DelegationLevel.delegation == row.id)
            .order_by(DelegationLevel.changed_at, DelegationLevel.id)
        )
        return [
            LevelChange(
                day=date.fromisoformat(step.day),
                changed_at=step.changed_at,
                from_level=step.from_level,
                to_level=step.to_level,
                reason=step.reason,
                source=Source(step.source),
            )
            for step in query
        ]

    def checkins(self, delegation_uuid: str) -> list[CheckIn]:
        """The delegation's check-ins, the latest first."""
        row = self._row(delegation_uuid, include_deleted=True)
        query = (
            DelegationCheckin.select()
            .where(DelegationCheckin.delegation == row.id)
            .order_by(DelegationCheckin.day.desc(), DelegationCheckin.id.desc())
        )
        return [
            CheckIn(
                uuid=c.uuid,
                day=date.fromisoformat(c.day),
                level=c.level,
                went=Went(c.went),
                note=c.note,
                entry_uuid=c.entry_uuid,
            )
            for c in query
        ]

    # Writing

    def _clean(self, draft: DelegationDraft) -> DelegationDraft:
        area = one_line(draft.area)
        if not area:
            raise ValidationError(
                "area",
                QT_TRANSLATE_NOOP("Delegations", "Say which decision or task is delegated."),
            )
        if len(area) > MAX_AREA:
            raise ValidationError(
                "area",
                QT_TRANSLATE_NOOP("Delegations", "Keep the area under {high} characters."),
                high=MAX_AREA,
            )
        team = one_line(draft.team)
        person = draft.person_uuid or None
        if (person is None) == (not team):
            raise ValidationError(
                "delegate",
                QT_TRANSLATE_NOOP(
                    "Delegations", "Choose who it is delegated to: one person or one team."
                ),
            )
        if person is not None:
            found = self._people.get(person)  # NotFoundError if erased
            if found.deleted_at is not None:
                raise ValidationError(
                    "delegate",
                    QT_TRANSLATE_NOOP("Delegations", "{name} is in the trash: restore them first."),
                    name=found.name,
                )
        _check_level(draft.level, "level")
        _check_level(draft.target_level, "target_level")
        check_cadence(draft.cadence_days)
        if draft.next_checkin is not None and draft.next_checkin < draft.started_on:
            raise ValidationError(
                "next_checkin",
                QT_TRANSLATE_NOOP(
                    "Delegations", "The next check-in cannot come before the start ({start})."
                ),
                start=draft.started_on,
            )
        if len(draft.notes) > MAX_NOTES:
            raise ValidationError(
                "notes", QT_TRANSLATE_NOOP("Delegations", "The notes are too long.")
            )
        return replace(draft, area=area, team=team, person_uuid=person)

    def _log_level(
        self,
        row: Delegation,
        from_level: int | None,
        to_level: int,
        *,
        reason: str,
        source: Source,
        day: date | None = None,
    ) -> None:
        DelegationLevel.create(
            delegation=row.id,
            changed_at=self._clock.now(),
            day=(day or self.today()).isoformat(),
            from_level=from_level,
            to_level=to_level,
            reason=one_line(reason),
            source=source.value,
        )

    def create(
        self,
        draft: DelegationDraft,
        *,
        reason: str = "",
        delegation_uuid: str | None = None,
    ) -> DelegationRecord:
        clean = self._clean(draft)
        if clean.next_checkin is None:
            clean = replace(
                clean,
                next_checkin=next_checkin(clean.started_on, clean.level, clean.cadence_days),
            )
        now = self._clock.now()
        with db.atomic():
            row = Delegation.create(
                uuid=delegation_uuid or str(uuid.uuid4()),
                created_at=now,
                updated_at=now,
                **self._columns(clean),
            )
            self._log_level(
                row, None, clean.level, reason=reason, source=Source.CREATED, day=clean.started_on
            )
        return self.get(row.uuid)

    @staticmethod
    def _columns(clean: DelegationDraft) -> dict[str, object]:
        return {
            "area": clean.area,
            "area_kind": clean.area_kind.value,
            "person_uuid": clean.person_uuid,
            "team": clean.team,
            "level": clean.level,
            "target_level": clean.target_level,
            "started_on": clean.started_on.isoformat(),
            "cadence_days": clean.cadence_days,
            "next_checkin": clean.next_checkin.isoformat() if clean.next_checkin else None,
            "status": clean.status.value,
            "notes": clean.notes,
        }

    def update(
        self, delegation_uuid: str, draft: DelegationDraft, *, reason: str = ""
    ) -> DelegationRecord:
        """Save the form; a new level goes into the history with `reason`.

        When the level or the cadence changed and the next check-in was left as it was, the
        next check-in follows them.
        """
        before = self.get(delegation_uuid)
        clean = self._clean(draft)
        level_changed = clean.level != before.draft.level
        rhythm_changed = level_changed or clean.cadence_days != before.draft.cadence_days
        if clean.next_checkin is None or (
            rhythm_changed and clean.next_checkin == before.draft.next_checkin
        ):
            last = self.today() if level_changed else (before.last_checkin or clean.started_on)
            clean = replace(
                clean,
                next_checkin=next_checkin(
                    last, clean.level, clean.cadence_days, level_changed=level_changed
                ),
            )
        with db.atomic():
            row = self._row(delegation_uuid)
            Delegation.update(updated_at=self._clock.now(), **self._columns(clean)).where(
                Delegation.id == row.id
            ).execute()
            if level_changed:
                self._log_level(
                    row, before.draft.level, clean.level, reason=reason, source=Source.FORM
                )
        return self.get(delegation_uuid)

    def change_level(
        self, delegation_uuid: str, level: int, *, reason: str, source: Source
    ) -> DelegationRecord:
        """Move the delegation to `level` (the board, a poker round) for `reason`, which is
        required; follow up soon after."""
        _check_level(level, "level")
        record = self.get(delegation_uuid)
        if level == record.draft.level:
            return record
        if record.draft.status is not DelegationStatus.ACTIVE:
            raise ValidationError(
                "status",
                QT_TRANSLATE_NOOP(
                    "Delegations",
                    "“{area}” is no longer active: make it active again to change its level.",
                ),
                area=record.draft.area,
            )
        why = _reason(reason)
        today = self.today()
        following = next_checkin(today, level, record.draft.cadence_days, level_changed=True)
        with db.atomic():
            row = self._row(delegation_uuid)
            Delegation.update(
                level=level, next_checkin=following.isoformat(), updated_at=self._clock.now()
            ).where(Delegation.id == row.id).execute()
            self._log_level(row, record.draft.level, level, reason=why, source=source, day=today)
        return self.get(delegation_uuid)

    def undo_level_change(
        self, before: DelegationRecord, after: DelegationRecord, *, reason: str
    ) -> DelegationRecord:
        """Take back the change from `before` to `after` that `change_level` just made.

        The level and the next check-in return to what they were. The way back is a new step
        of the history, with `reason` and the move's source, rather than an erased step: the
        move was decided with a reason, and an export or a backup may already hold it.
        Refused when the delegation changed since (a check-in, the form, another move).
        """
        why = _reason(reason)
        with db.atomic():
            row = self._row(after.uuid)
            last = (
                DelegationLevel.select()
                .where(DelegationLevel.delegation == row.id)
                .order_by(DelegationLevel.changed_at.desc(), DelegationLevel.id.desc())
                .first()
            )
            current = self._records([row])[0]
            if (
                current != after
                or last is None
                or (last.from_level, last.to_level) != (before.draft.level, after.draft.level)
            ):
                raise ValidationError(
                    "level",
                    QT_TRANSLATE_NOOP(
                        "Delegations",
                        "“{area}” changed after this move, which can no longer be undone: "
                        "change its level again if needed.",
                    ),
                    area=after.draft.area,
                )
            previous = before.draft.next_checkin
            Delegation.update(
                level=before.draft.level,
                next_checkin=previous.isoformat() if previous else None,
                updated_at=self._clock.now(),
            ).where(Delegation.id == row.id).execute()
            self._log_level(
                row, after.draft.level, before.draft.level, reason=why, source=Source(last.source)
            )
        return self.get(after.uuid)

    def set_status(self, delegation_uuid: str, status: DelegationStatus) -> DelegationRecord:
        record = self.get(delegation_uuid)
        return self.update(delegation_uuid, replace(record.draft, status=status))

    def check_in(
        self,
        delegation_uuid: str,
        *,
        day: date,
        level: int,
        went: Went,
        note: str = "",
        entry_uuid: str | None = None,
    ) -> CheckIn:
        """Record how the delegation went on `day`; a new level goes into the history."""
        _check_level(level, "level")
        record = self.get(delegation_uuid)
        if day > self.today():
            raise ValidationError(
                "day",
                QT_TRANSLATE_NOOP(
                    "Delegations", "A check-in tells what happened: choose today or a past day."
                ),
            )
        if day < record.draft.started_on:
            raise ValidationError(
                "day",
                QT_TRANSLATE_NOOP(
                    "Delegations", "This delegation started on {start}: choose a later day."
                ),
                start=record.draft.started_on,
            )
        changed = level != record.draft.level
        latest = record.last_checkin is None or day >= record.last_checkin
        with db.atomic():
            row = self._row(delegation_uuid)
            checkin = DelegationCheckin.create(
                uuid=str(uuid.uuid4()),
                delegation=row.id,
                day=day.isoformat(),
                level=level,
                went=went.value,
                note=note.strip(),
                entry_uuid=entry_uuid,
                created_at=self._clock.now(),
                updated_at=self._clock.now(),
            )
            if latest:
                following = next_checkin(
                    day, level, record.draft.cadence_days, level_changed=changed
                )
                Delegation.update(
                    level=level, next_checkin=following.isoformat(), updated_at=self._clock.now()
                ).where(Delegation.id == row.id).execute()
                if changed:
                    self._log_level(
                        row, record.draft.level, level, reason=note, source=Source.CHECKIN, day=day
                    )
        return CheckIn(checkin.uuid, day, level, went, checkin.note, entry_uuid)
