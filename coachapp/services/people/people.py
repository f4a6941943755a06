"""People the manager works with: agents, elected officials, usager representatives, partners."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from peewee import SQL, fn

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, ValidationError
from coachapp.folding import fold
from coachapp.services.common.text import one_line
from coachapp.services.trash.trashable import Trashable
from coachapp.storage.database import db
from coachapp.storage.links import person_targets
from coachapp.storage.models import Person
from coachapp.storage.text import like_pattern
from coachapp.timezones import local_zone

PERSON = "person"  # the kind journal entries use to link to a person
MAX_SHORT_TEXT = 200
MAX_NOTES = 100_000


class PersonKind(StrEnum):
    AGENT = "agent"
    MANAGER = "manager"
    USAGER_REPRESENTATIVE = "usager_representative"
    ELECTED_OFFICIAL = "elected_official"
    PARTNER = "partner"
    COACH = "coach"
    OTHER = "other"


@dataclass(frozen=True)
class PersonDraft:
    """What the user typed; validated and normalised by the service."""

    name: str
    role: str = ""
    kind: PersonKind = PersonKind.AGENT
    team: str = ""
    notes: str = ""
    arrived_on: date | None = None  # joined the team or took up their post; None: unknown


@dataclass(frozen=True)
class PersonRecord:
    uuid: str
    name: str
    role: str
    kind: PersonKind
    team: str
    notes: str
    active: bool
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    arrived_on: date | None = None

    def as_draft(self) -> PersonDraft:
        return PersonDraft(self.name, self.role, self.kind, self.team, self.notes, self.arrived_on)


def _record(row: Person) -> PersonRecord:
    return PersonRecord(
        uuid=row.uuid,
        name=row.name,
        role=row.role,
        kind=PersonKind(row.kind),
        team=row.team,
        notes=row.notes,
        active=bool(row.active),
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        arrived_on=date.fromisoformat(row.arrived_on) if row.arrived_on else None,
    )


def _multiline(text: str) -> str:
    """Keep line breaks and tabs; drop other control characters, which nobody types."""
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def _clean(draft: PersonDraft) -> PersonDraft:
    name = one_line(draft.name)
    if not any(ch.isprintable() and not ch.isspace() for ch in name):
        raise ValidationError("name", QT_TRANSLATE_NOOP("People", "A person needs a name."))
    for field, value in (("name", name), ("role", draft.role), ("team", draft.team)):
        if len(value) > MAX_SHORT_TEXT:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP("People", "This field is limited to {limit} characters."),
                limit=MAX_SHORT_TEXT,
            )
    if len(draft.notes) > MAX_NOTES:
        raise ValidationError(
            "notes",
            QT_TRANSLATE_NOOP("People", "Notes are limited to {limit} characters."),
            limit=MAX_NOTES,
        )
    return replace(
        draft,
        name=name,
        role=one_line(draft.role),
        kind=PersonKind(draft.kind),
        team=one_line(draft.team),
        notes=_multiline(draft.notes),
    )


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _search_text(draft: PersonDraft) -> str:
    return fold(" ".join((draft.name, draft.role, draft.team, draft.notes)))


class PeopleService(Trashable[Person]):
    def __init__(self, clock: Clock) -> None:
        super().__init__(
            clock, PERSON, Person, QT_TRANSLATE_NOOP("People", "This person no longer exists."),
            label_columns=(Person.name,),
        )  # fmt: skip

    def _labels(self, rows: list[Person]) -> list[str]:
        return [row.name for row in rows]

    def _erased_with(self, record_uuid: str) -> list[tuple[str, str]]:
        """The person, their delegations and skill plans (the schema erases them together)."""
        return person_targets(record_uuid)

    def today(self) -> date:
        return self._clock.now().astimezone(local_zone()).date()

    def put(self, record: PersonRecord) -> None:
        """Write `record` as it is, timestamps included, adding or replacing by UUID (imports)."""
        clean = _clean(record.as_draft())
        columns = {
            "name": clean.name, "role": clean.role, "kind": clean.kind.value,
            "team": clean.team, "notes": clean.notes, "active": record.active,
            "arrived_on": _day(clean.arrived_on),
            "name_key": fold(clean.name), "search_text": _search_text(clean),
            "created_at": record.created_at, "updated_at": record.updated_at,
            "deleted_at": record.deleted_at,
        }  # fmt: skip
        with db.atomic():
            if Person.select().where(Person.uuid == record.uuid).exists():
                Person.update(**columns).where(Person.uuid == record.uuid).execute()
            else:
                Person.insert(uuid=record.uuid, **columns).execute()

    def get(self, person_uuid: str) -> PersonRecord:
        return _record(self._row(person_uuid, include_deleted=True))

    @staticmethod
    def names(person_uuids: Iterable[str]) -> dict[str, str]:
        """The names of `person_uuids` (in the trash too) by UUID, for labels; one query."""
        wanted = set(person_uuids)
        if not wanted:
            return {}
        query = Person.select(Person.uuid, Person.name).where(Person.uuid.in_(wanted))
        return {row.uuid: row.name for row in query}

    def create(self, draft: PersonDraft, *, person_uuid: str | None = None) -> PersonRecord:
        clean = _clean(draft)
        now = self._clock.now()
        with db.atomic():
            row = Person.create(
                uuid=person_uuid or str(uuid.uuid4()),
                created_at=now,
                updated_at=now,
                name=clean.name,
                role=clean.role,
                kind=clean.kind.value,
                team=clean.team,
                notes=clean.notes,
                arrived_on=_day(clean.arrived_on),
                active=True,
                name_key=fold(clean.name),
                search_text=_search_text(clean),
            )
        return _record(row)

    def update(self, person_uuid: str, draft: PersonDraft) -> PersonRecord:
        clean = _clean(draft)
        with db.atomic():
            row = self._row(person_uuid)
            if clean == _record(row).as_draft():
                return _record(row)
            row.name = clean.name
            row.role = clean.role
            row.kind = clean.kind.value
            row.team = clean.team
            row.notes = clean.notes
            row.arrived_on = _day(clean.arrived_on)
            row.name_key = fold(clean.name)
            row.search_text = _search_text(clean)
            row.updated_at = self._clock.now()
            row.save()
        return _record(row)

    def rewrite(self, person_uuid: str, role: str, team: str, notes: str, at: datetime) -> None:
        """Replace the texts of a card as they are (an erasure putting an alias for a name in
        them: no limit is checked, since an alias may be longer than the name it replaces),
        keeping the search keys in step."""
        with db.atomic():
            row = self._row(person_uuid, include_deleted=True)
            row.role, row.team, row.notes, row.updated_at = role, team, notes, at
            row.search_text = _search_text(
                PersonDraft(row.name, role, PersonKind.AGENT, team, notes)
            )
            row.save()

    def set_active(self, person_uuid: str, active: bool) -> PersonRecord:
        with db.atomic():
            row = self._row(person_uuid)
            if bool(row.active) != active:
                row.active = active
                row.updated_at = self._clock.now()
                row.save()
        return _record(row)

    def find_duplicates(self, name: str, *, exclude_uuid: str | None = None) -> list[PersonRecord]:
        """People not in the trash whose name folds to the same text as `name`."""
        key = fold(one_line(name))
        query = Person.select().where(Person.name_key == key, Person.deleted_at.is_null())
        if exclude_uuid:
            query = query.where(Person.uuid != exclude_uuid)
        return [_record(row) for row in query.order_by(Person.id)]

    def search(
        self,
        text: str = "",
        *,
        include_inactive: bool = False,
        kind: PersonKind | None = None,
    ) -> list[PersonRecord]:
        """People not in the trash matching every word of `text` (accents and case ignored)."""
        query = Person.select().where(Person.deleted_at.is_null())
        for word in text.split():
            query = query.where(Person.search_text ** like_pattern(word))
        if not include_inactive:
            query = query.where(Person.active == True)  # noqa: E712 (peewee expression)
        if kind is not None:
            query = query.where(Person.kind == kind.value)
        return [_record(row) for row in query.order_by(Person.name_key, Person.id)]

    def count(self, *, include_inactive: bool = True) -> int:
        query = Person.select(fn.COUNT(SQL("*"))).where(Person.deleted_at.is_null())
        if not include_inactive:
            query = query.where(Person.active == True)  # noqa: E712
        return int(query.scalar())

    def teams(self) -> list[str]:
        """Team names in use, for completion."""
        query = (
            Person.select(Person.team)
            .where(Person.deleted_at.is_null(), Person.team != "")
            .distinct()
            .order_by(Person.team)
        )
        return [row.team for row in query]
