"""Co-construction rituals: planned from a method, repeated by a rule, held with the people and
stakeholder groups who took part, and followed up with actions.
Long because a ritual's plan, its occurrences from the repetition rule, attendance and
follow-up actions are one record's rules.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import cast
from zoneinfo import ZoneInfo

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from coachapp.services.common.text import one_line
from coachapp.services.people.people import PeopleService, PersonKind, PersonRecord
from coachapp.services.rituals.methods import Purpose
from coachapp.services.rituals.recurrence import first_occurrence, normalise_rule, occurrences
from coachapp.services.trash.trashable import Trashable
from coachapp.storage.database import db
from coachapp.storage.models import (
    Ritual,
    RitualAction,
    RitualOccurrence,
    RitualParticipant,
)

RITUAL = "ritual"  # the kind journal entries use to link to a ritual
MAX_MINUTES = 7 * 24 * 60
MAX_TEXT = 100_000
LOCAL_FORMAT = "%Y-%m-%dT%H:%M:%S"


class Stakeholder(StrEnum):
    AGENTS = "agents"
    MANAGERS = "managers"
    USAGERS = "usagers"
    ELECTED = "elected"
    PARTNERS = "partners"
    OTHER = "other"


_GROUP_OF_KIND = {
    PersonKind.AGENT: Stakeholder.AGENTS,
    PersonKind.MANAGER: Stakeholder.MANAGERS,
    PersonKind.USAGER_REPRESENTATIVE: Stakeholder.USAGERS,
    PersonKind.ELECTED_OFFICIAL: Stakeholder.ELECTED,
    PersonKind.PARTNER: Stakeholder.PARTNERS,
    PersonKind.COACH: Stakeholder.OTHER,
    PersonKind.OTHER: Stakeholder.OTHER,
}


def stakeholder_of(kind: PersonKind) -> Stakeholder:
    return _GROUP_OF_KIND[kind]


class Status(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


Groups = tuple[tuple[Stakeholder, int], ...]  # stakeholder groups without names, with headcounts


@dataclass(frozen=True)
class RitualDraft:
    title: str
    starts_at: datetime  # aware, in the ritual's own zone (a ZoneInfo)
    duration_minutes: int
    method_key: str = ""
    purpose: Purpose | None = None
    place: str = ""
    rrule: str = ""
    agenda: str = ""
    people: tuple[str, ...] = ()  # invited people (UUIDs)
    groups: Groups = ()


@dataclass(frozen=True)
class RitualRecord:
    uuid: str
    draft: RitualDraft
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True)
class Occurrence:
    ritual_uuid: str
    title: str
    starts_at: datetime  # aware, local to the ritual
    ends_at: datetime
    status: Status
    recurring: bool
    method_key: str
    place: str
    outcomes: str = ""
    decisions: str = ""


@dataclass(frozen=True)
class Report:
    """What happened at one occurrence."""

    status: Status
    outcomes: str = ""
    decisions: str = ""
    people: tuple[str, ...] = ()  # who came (UUIDs)
    groups: Groups = ()


@dataclass(frozen=True)
class Action:
    uuid: str
    ritual_uuid: str
    ritual_title: str
    occurrence: datetime | None
    text: str
    owner: str | None  # person UUID
    due: date | None
    done: bool


@dataclass(frozen=True)
class InclusionRow:
    stakeholder: Stakeholder
    occurrences: int  # held occurrences this group took part in
    share: float


@dataclass(frozen=True)
class Inclusion:
    held: int
    rows: tuple[InclusionRow, ...]
    left_out: tuple[PersonRecord, ...]  # active people in none of them


def _zone(moment: datetime) -> ZoneInfo:
    if isinstance(moment.tzinfo, ZoneInfo):
        return moment.tzinfo
    raise ValueError("a ritual's start needs a ZoneInfo time zone")


def _check_groups(groups: Groups) -> Groups:
    merged: dict[Stakeholder, int] = {}
    for group, count in groups:
        if count < 0:
            raise ValidationError(
                "groups",
                QT_TRANSLATE_NOOP("Rituals", "A number of participants cannot be negative."),
            )
        merged[Stakeholder(group)] = merged.get(Stakeholder(group), 0) + count
    return tuple(sorted((g, c) for g, c in merged.items() if c > 0))


def _clean(draft: RitualDraft) -> RitualDraft:
    title = one_line(draft.title)
    if not title:
        raise ValidationError("title", QT_TRANSLATE_NOOP("Rituals", "A ritual needs a title."))
    if draft.duration_minutes < 0:
        raise ValidationError(
            "duration", QT_TRANSLATE_NOOP("Rituals", "The ritual ends before it starts.")
        )
    if draft.duration_minutes == 0:
        raise ValidationError(
            "duration", QT_TRANSLATE_NOOP("Rituals", "A ritual lasts at least one minute.")
        )
    if draft.duration_minutes > MAX_MINUTES:
        raise ValidationError(
            "duration", QT_TRANSLATE_NOOP("Rituals", "A ritual lasts a week at the most.")
        )
    if len(draft.agenda) > MAX_TEXT:
        raise ValidationError(
            "agenda",
            QT_TRANSLATE_NOOP("Rituals", "The agenda is limited to {limit} characters."),
            limit=MAX_TEXT,
        )
    zone = _zone(draft.starts_at)
    local = draft.starts_at.replace(tzinfo=None, second=0, microsecond=0)
    rule = normalise_rule(draft.rrule, local)
    if rule:
        # A calendar counts the start as the first meeting; make it one the rule gives, so
        # the app and Outlook or Thunderbird show the same dates.
        local = first_occurrence(rule, local)
    return replace(
        draft,
        title=title,
        place=one_line(draft.place),
        starts_at=local.replace(tzinfo=zone),
        rrule=rule,
        purpose=Purpose(draft.purpose) if draft.purpose else None,
        people=tuple(sorted(set(draft.people))),
        groups=_check_groups(draft.groups),
    )


def _local(moment: datetime) -> str:
    return moment.replace(tzinfo=None).strftime(LOCAL_FORMAT)


class RitualService(Trashable[Ritual]):
    def __init__(self, clock: Clock, people: PeopleService) -> None:
        super().__init__(
            clock, RITUAL, Ritual, QT_TRANSLATE_NOOP("Rituals", "This ritual no longer exists."),
            label_columns=(Ritual.title,),
        )  # fmt: skip
        self._people = people

    def _labels(self, rows: list[Ritual]) -> list[str]:
        return [row.title for row in rows]

    # Series

    @staticmethod
    def _invited(row: Ritual) -> tuple[tuple[str, ...], Groups]:
        participants = RitualParticipant.select().where(
            RitualParticipant.ritual == row.id, RitualParticipant.occurrence.is_null()
        )
        people = tuple(sorted(p.person_uuid for p in participants if p.person_uuid))
        groups = tuple(
            sorted((Stakeholder(p.stakeholder), p.count) for p in participants if not p.person_uuid)
        )
        return people, groups

    def _record(self, row: Ritual) -> RitualRecord:
        zone = ZoneInfo(row.timezone)
        people, groups = self._invited(row)
        draft = RitualDraft(
            title=row.title,
            starts_at=datetime.strptime(row.starts_at, LOCAL_FORMAT).replace(tzinfo=zone),
            duration_minutes=row.duration_minutes,
            method_key=row.method_key,
            purpose=Purpose(row.purpose) if row.purpose else None,
            place=row.place,
            rrule=row.rrule,
            agenda=row.agenda,
            people=people,
            groups=groups,
        )
        return RitualRecord(row.uuid, draft, row.created_at, row.updated_at, row.deleted_at)

    def get(self, ritual_uuid: str) -> RitualRecord:
        return self._record(self._row(ritual_uuid, include_deleted=True))

    def all(self) -> list[RitualRecord]:
        query = Ritual.select().where(Ritual.deleted_at.is_null()).order_by(Ritual.starts_at)
        return [self._record(row) for row in query]

    def create(self, draft: RitualDraft, *, ritual_uuid: str | None = None) -> RitualRecord:
        clean = _clean(draft)
        now = self._clock.now()
        with db.atomic():
            row = Ritual.create(
                uuid=ritual_uuid or str(uuid.uuid4()),
                created_at=now,
                updated_at=now,
                **self._columns(clean),
            )
            self._write_invited(row.id, clean)
        return self._record(row)

    def update(self, ritual_uuid: str, draft: RitualDraft) -> RitualRecord:
        clean = _clean(draft)
        with db.atomic():
            row = self._row(ritual_uuid)
            if self._record(row).draft == clean:
                return self._record(row)
            Ritual.update(updated_at=self._clock.now(), **self._columns(clean)).where(
                Ritual.id == row.id
            ).execute()
            RitualParticipant.delete().where(
                RitualParticipant.ritual == row.id, RitualParticipant.occurrence.is_null()
            ).execute()
            self._write_invited(row.id, clean)
        return self.get(ritual_uuid)

    @staticmethod
    def _columns(clean: RitualDraft) -> dict[str, object]:
        return {
            "title": clean.title,
            "method_key": clean.method_key,
            "purpose": clean.purpose.value if clean.purpose else "",
            "starts_at": _local(clean.starts_at),
            "timezone": _zone(clean.starts_at).key,
            "duration_minutes": clean.duration_minutes,
            "place": clean.place,
            "rrule": clean.rrule,
            "agenda": clean.agenda,
        }

    def _write_invited(
        self, ritual_id: int, clean: RitualDraft | Report, occurrence_id: int | None = None
    ) -> None:
        rows: list[dict[str, object]] = []
        for person_uuid in clean.people:
            try:
                kind = self._people.get(person_uuid).kind
            except NotFoundError:
                continue
            rows.append(
                {"ritual": ritual_id, "occurrence": occurrence_id, "person_uuid": person_uuid,
                 "stakeholder": stakeholder_of(kind).value, "count": 1}
            )  # fmt: skip
        rows += [
            {"ritual": ritual_id, "occurrence": occurrence_id, "person_uuid": None,
             "stakeholder": group.value, "count": count}
            for group, count in clean.groups
        ]  # fmt: skip
        if rows:
            RitualParticipant.insert_many(rows).execute()

    # Occurrences

    def occurrences(
        self, start: datetime, end: datetime, ritual_uuid: str | None = None
    ) -> list[Occurrence]:
        """Every occurrence starting in [start, end), earliest first, with what happened."""
        query = Ritual.select().where(Ritual.deleted_at.is_null())
        if ritual_uuid:
            query = query.where(Ritual.uuid == ritual_uuid)
        found = []
        for row in query:
            zone = ZoneInfo(row.timezone)
            first = datetime.strptime(row.starts_at, LOCAL_FORMAT)
            states = {
                o.starts_at: o
                for o in RitualOccurrence.select().where(RitualOccurrence.ritual == row.id)
            }
            for moment in occurrences(row.rrule, first, zone, start, end):
                state = states.get(_local(moment))
                found.append(
                    Occurrence(
                        ritual_uuid=row.uuid,
                        title=row.title,
                        starts_at=moment,
                        ends_at=moment + timedelta(minutes=row.duration_minutes),
                        status=Status(state.status) if state else Status.PLANNED,
                        recurring=bool(row.rrule),
                        method_key=row.method_key,
                        place=row.place,
                        outcomes=state.outcomes if state else "",
                        decisions=state.decisions if state else "",
                    )
                )
        return sorted(found, key=lambda o: (o.starts_at.astimezone(UTC), o.title))

    def upcoming(self, limit: int = 200, horizon_days: int = 400) -> list[Occurrence]:
        now = self._clock.now()
        return self.occurrences(now, now + timedelta(days=horizon_days))[:limit]

    def past(self, limit: int = 200, horizon_days: int = 5 * 366) -> list[Occurrence]:
        now = self._clock.now()
        return self.occurrences(now - timedelta(days=horizon_days), now)[::-1][:limit]

    def attendance(self, ritual_uuid: str, starts_at: datetime) -> tuple[tuple[str, ...], Groups]:
        """Who came to an occurrence; the invited ones when nobody recorded it."""
        row = self._row(ritual_uuid, include_deleted=True)
        state = RitualOccurrence.get_or_none(
            RitualOccurrence.ritual == row.id, RitualOccurrence.starts_at == _local(starts_at)
        )
        if state is not None:
            present = list(
                RitualParticipant.select().where(RitualParticipant.occurrence == state.id)
            )
            if present:
                people = tuple(sorted(p.person_uuid for p in present if p.person_uuid))
                groups = tuple(
                    sorted((Stakeholder(p.stakeholder), p.count) for p in present
                           if not p.person_uuid)
                )  # fmt: skip
                return people, groups
        return self._invited(row)

    def attended_by(self, person_uuid: str, limit: int = 100) -> list[tuple[str, str, datetime]]:
        """(ritual UUID, title, start) of the meetings `person_uuid` took part in, latest first.

        Only meetings whose attendance was recorded count: being invited is not taking part.
        """
        query = (
            RitualParticipant.select(Ritual.uuid, Ritual.title, Ritual.timezone,
                                     RitualOccurrence.starts_at)
            .join(RitualOccurrence, on=(RitualParticipant.occurrence == RitualOccurrence.id))
            .switch(RitualParticipant)
            .join(Ritual, on=(RitualParticipant.ritual == Ritual.id))
            .where(RitualParticipant.person_uuid == person_uuid, Ritual.deleted_at.is_null(),
                   RitualOccurrence.status == Status.HELD.value)
            .tuples()
        )  # fmt: skip
        found = [
            (ritual_uuid, title,
             datetime.strptime(start, LOCAL_FORMAT).replace(tzinfo=ZoneInfo(zone)))
            for ritual_uuid, title, zone, start in cast("list[tuple[str, str, str, str]]",
                                                        list(query))
        ]  # fmt: skip
        return sorted(found, key=lambda item: item[2], reverse=True)[:limit]

    def record(self, ritual_uuid: str, starts_at: datetime, report: Report) -> Occurrence:
        """Save what happened at the occurrence starting at `starts_at`."""
        if len(report.outcomes) > MAX_TEXT or len(report.decisions) > MAX_TEXT:
            raise ValidationError(
                "outcomes",
                QT_TRANSLATE_NOOP("Rituals", "Outcomes are limited to {limit} characters."),
                limit=MAX_TEXT,
            )
        clean = replace(report, people=tuple(sorted(set(report.people))),
                        groups=_check_groups(report.groups))  # fmt: skip
        now = self._clock.now()
        with db.atomic():
            row = self._row(ritual_uuid)
            key = _local(starts_at.astimezone(ZoneInfo(row.timezone)))
            if not occurrences(
                row.rrule,
                datetime.strptime(row.starts_at, LOCAL_FORMAT),
                ZoneInfo(row.timezone),
                starts_at,
                starts_at + timedelta(seconds=1),
            ):
                raise ValidationError(
                    "starts_at", QT_TRANSLATE_NOOP("Rituals", "The ritual does not meet then.")
                )  # fmt: skip
            state = RitualOccurrence.get_or_none(
                RitualOccurrence.ritual == row.id, RitualOccurrence.starts_at == key
            )
            values = {"status": clean.status.value, "outcomes": clean.outcomes,
                      "decisions": clean.decisions, "updated_at": now}  # fmt: skip
            if state is None:
                state = RitualOccurrence.create(
                    uuid=str(uuid.uuid4()), ritual=row.id, starts_at=key, created_at=now, **values
                )
            else:
                RitualOccurrence.update(**values).where(RitualOccurrence.id == state.id).execute()
            RitualParticipant.delete().where(RitualParticipant.occurrence == state.id).execute()
            self._write_invited(row.id, clean, state.id)
            Ritual.update(updated_at=now).where(Ritual.id == row.id).execute()
        return next(
            o for o in self.occurrences(starts_at, starts_at + timedelta(seconds=1), ritual_uuid)
        )

    # Actions

    def actions(self, *, open_only: bool = True, ritual_uuid: str | None = None) -> list[Action]:
        query = (
            RitualAction.select(RitualAction, Ritual)
            .join(Ritual)
            .where(Ritual.deleted_at.is_null())
        )
        if open_only:
            query = query.where(RitualAction.done == False)  # noqa: E712 (peewee expression)
        if ritual_uuid:
            query = query.where(Ritual.uuid == ritual_uuid)
        found = []
        for action in query.order_by(RitualAction.due.is_null(), RitualAction.due, RitualAction.id):
            occurrence = None
            state = action.occurrence
            if state is not None:
                occurrence = datetime.strptime(state.starts_at, LOCAL_FORMAT).replace(
                    tzinfo=ZoneInfo(action.ritual.timezone)
                )
            found.append(
                Action(
                    uuid=action.uuid,
                    ritual_uuid=action.ritual.uuid,
                    ritual_title=action.ritual.title,
                    occurrence=occurrence,
                    text=action.text,
                    owner=action.owner_uuid,
                    due=date.fromisoformat(action.due) if action.due else None,
                    done=bool(action.done),
                )
            )
        return found

    def add_action(
        self,
        ritual_uuid: str,
        text: str,
        *,
        occurrence: datetime | None = None,
        owner: str | None = None,
        due: date | None = None,
    ) -> Action:
        clean = one_line(text)
        if not clean:
            raise ValidationError("text", QT_TRANSLATE_NOOP("Rituals", "Say what is to be done."))
        now = self._clock.now()
        with db.atomic():
            row = self._row(ritual_uuid)
            occurrence_id = None
            if occurrence is not None:
                self.record(ritual_uuid, occurrence, self._report_of(row, occurrence))
                occurrence_id = RitualOccurrence.get(
                    RitualOccurrence.ritual == row.id,
                    RitualOccurrence.starts_at
                    == _local(occurrence.astimezone(ZoneInfo(row.timezone))),
                ).id
            action = RitualAction.create(
                uuid=str(uuid.uuid4()), ritual=row.id, occurrence=occurrence_id, text=clean,
                owner_uuid=owner, due=due.isoformat() if due else None, done=False,
                created_at=now, updated_at=now,
            )  # fmt: skip
        return next(a for a in self.actions(open_only=False, ritual_uuid=ritual_uuid)
                    if a.uuid == action.uuid)  # fmt: skip

    def _report_of(self, row: Ritual, occurrence: datetime) -> Report:
        """The occurrence as it stands (so adding an action changes nothing else)."""
        state = RitualOccurrence.get_or_none(
            RitualOccurrence.ritual == row.id,
            RitualOccurrence.starts_at == _local(occurrence.astimezone(ZoneInfo(row.timezone))),
        )
        people, groups = self.attendance(row.uuid, occurrence)
        if state is None:
            return Report(Status.PLANNED, people=people, groups=groups)
        return Report(Status(state.status), state.outcomes, state.decisions, people, groups)

    def set_action(
        self, action_uuid: str, *, done: bool | None = None, text: str | None = None,
        owner: str | None = None, due: date | None = None,
    ) -> None:  # fmt: skip
        values: dict[str, object] = {"updated_at": self._clock.now()}
        if done is not None:
            values["done"] = done
        if text is not None:
            if not one_line(text):
                raise ValidationError(
                    "text", QT_TRANSLATE_NOOP("Rituals", "Say what is to be done.")
                )
            values["text"] = one_line(text)
        if owner is not None:
            values["owner_uuid"] = owner or None
        if due is not None:
            values["due"] = due.isoformat()
        with db.atomic():
            RitualAction.update(**values).where(RitualAction.uuid == action_uuid).execute()

    def delete_action(self, action_uuid: str) -> None:
        with db.atomic():
            RitualAction.delete().where(RitualAction.uuid == action_uuid).execute()

    # Inclusion

    def inclusion(
        self, start: datetime, end: datetime, people: Sequence[PersonRecord]
    ) -> Inclusion:
        """Which stakeholder groups took part in the rituals held in [start, end), and which
        of `people` took part in none."""
        held = [o for o in self.occurrences(start, end) if o.status is Status.HELD]
        counts = dict.fromkeys(Stakeholder, 0)
        present: set[str] = set()
        for occurrence in held:
            people_there, groups = self.attendance(occurrence.ritual_uuid, occurrence.starts_at)
            present.update(people_there)
            groups_there = {g for g, count in groups if count > 0}
            for person_uuid in people_there:
                try:
                    groups_there.add(stakeholder_of(self._people.get(person_uuid).kind))
                except NotFoundError:
                    continue
            for group in groups_there:
                counts[group] += 1
        rows = tuple(
            InclusionRow(group, n, n / len(held) if held else 0.0) for group, n in counts.items()
        )
        left_out = tuple(p for p in people if p.active and p.uuid not in present)
        return Inclusion(len(held), rows, left_out)
