"""The manager's journal: entries with their type, tags, pillars and links to people.

Long because writing, finding and searching entries (with links, tags and pillars) are
the journal's one record and its index, kept together so every write keeps them in step.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TypeVar

from peewee import Model

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, ValidationError
from coachapp.folding import fold
from coachapp.services.common.pillars import Pillar
from coachapp.services.common.text import one_line
from coachapp.services.people.people import PERSON
from coachapp.services.trash.trashable import Trashable
from coachapp.storage import journal_queries
from coachapp.storage.database import db
from coachapp.storage.journal_queries import MATCH_END as MATCH_END
from coachapp.storage.journal_queries import MATCH_START as MATCH_START
from coachapp.storage.journal_queries import Criteria
from coachapp.storage.models import Entry, EntryPillar, EntryTag, Link, Tag

T = TypeVar("T")

MAX_TITLE = 300
MAX_BODY = 1_000_000
MAX_TAG = 60
ENTRY = "entry"


class EntryKind(StrEnum):
    """What an entry records; the prompt engine reads these (DOMAIN.md section 6.1)."""

    NOTE = "note"
    DECISION = "decision"
    LEARNING_ERROR = "learning_error"
    LEARNING_INCIDENT = "learning_incident"
    LEARNING_INSIGHT = "learning_insight"
    ONE_TO_ONE = "one_to_one"
    STAKEHOLDER_CONTACT = "stakeholder_contact"
    RECOGNITION = "recognition"
    SHOWCASE = "showcase"
    CHANGE_STEP = "change_step"


@dataclass(frozen=True)
class EntryDraft:
    """An entry as the editor holds it; the service validates and normalises it."""

    occurred_at: datetime
    title: str
    body: str = ""
    kind: EntryKind = EntryKind.NOTE
    mood: int | None = None
    energy: int | None = None
    private: bool = False
    tags: tuple[str, ...] = ()
    pillars: frozenset[Pillar] = frozenset()
    people: tuple[str, ...] = ()  # UUIDs of linked people
    # Links to other records: (kind, UUID), e.g. ("ritual", "…"); one mechanism for all areas.
    links: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True)
class EntryRecord:
    uuid: str
    draft: EntryDraft
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True)
class EntryRow:
    """One line of the entry list: no body, so thousands of rows stay light."""

    id: int
    uuid: str
    occurred_at: datetime
    day: date
    kind: EntryKind
    title: str
    tags: tuple[str, ...]
    mood: int | None
    private: bool

    @property
    def cursor(self) -> tuple[str, int]:
        return (self.occurred_at.astimezone(UTC).isoformat(timespec="microseconds"), self.id)


@dataclass(frozen=True)
class Highlight:
    """A title and body excerpt, search matches between MATCH_START and MATCH_END."""

    title: str
    excerpt: str


@dataclass(frozen=True)
class EntryFilter:
    text: str = ""
    start: date | None = None
    end: date | None = None
    kind: EntryKind | None = None
    tag: str | None = None
    pillar: Pillar | None = None
    person: str | None = None
    mood: int | None = None
    linked: tuple[str, str] | None = None  # entries linked to this record (kind, UUID)
    unlinked_kind: str | None = None  # entries linked to no record of this kind
    _criteria: Criteria = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "_criteria",
            Criteria(
                text=self.text,
                start=self.start,
                end=self.end,
                kind=self.kind.value if self.kind else None,
                tag_key=fold(self.tag) if self.tag else None,
                pillar=self.pillar.value if self.pillar else None,
                links=tuple(
                    link
                    for link in ((PERSON, self.person) if self.person else None, self.linked)
                    if link is not None
                ),
                mood=self.mood,
                unlinked_kind=self.unlinked_kind,
            ),
        )

    @property
    def is_search(self) -> bool:
        return bool(self.text.strip())


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Tags as stored: trimmed, without a leading '#', one per folded spelling, in order."""
    seen: set[str] = set()
    cleaned = []
    for tag in tags:
        name = one_line(tag.replace(",", " ")).lstrip("#").strip()[:MAX_TAG]
        if name and fold(name) not in seen:
            seen.add(fold(name))
            cleaned.append(name)
    return tuple(cleaned)


def _check_scale(field_name: str, value: int | None) -> None:
    if value is not None and not 1 <= value <= 5:
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("Journal", "Choose a value from 1 to 5, or none.")
        )


def _clean(draft: EntryDraft) -> EntryDraft:
    if draft.occurred_at.tzinfo is None:
        raise ValueError("occurred_at must be timezone-aware")
    title = one_line(draft.title)
    if not title:
        raise ValidationError("title", QT_TRANSLATE_NOOP("Journal", "An entry needs a title."))
    if len(title) > MAX_TITLE:
        raise ValidationError(
            "title",
            QT_TRANSLATE_NOOP("Journal", "A title is limited to {limit} characters."),
            limit=MAX_TITLE,
        )
    if len(draft.body) > MAX_BODY:
        raise ValidationError(
            "body",
            QT_TRANSLATE_NOOP("Journal", "An entry is limited to {limit} characters."),
            limit=MAX_BODY,
        )
    _check_scale("mood", draft.mood)
    _check_scale("energy", draft.energy)
    body = "".join(ch for ch in draft.body if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return replace(
        draft,
        title=title,
        body=body,
        kind=EntryKind(draft.kind),
        tags=clean_tags(draft.tags),
        pillars=frozenset(Pillar(p) for p in draft.pillars),
        people=tuple(sorted(set(draft.people))),
        links=frozenset((kind, target) for kind, target in draft.links if kind != PERSON),
    )


def _batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _targets(draft: EntryDraft) -> list[tuple[str, str]]:
    return [(PERSON, person) for person in draft.people] + sorted(draft.links)


def local_day(instant: datetime) -> date:
    """The calendar day `instant` falls on for this computer."""
    return instant.astimezone().date()


def _unmark(text: str) -> str:
    return text.replace(MATCH_START, "").replace(MATCH_END, "")


def _row(values: tuple[object, ...]) -> EntryRow:
    (row_id, row_uuid, occurred, day, kind, title, tags, mood, private) = values
    return EntryRow(
        id=int(row_id),  # type: ignore[call-overload]
        uuid=str(row_uuid),
        occurred_at=datetime.fromisoformat(str(occurred)),
        day=date.fromisoformat(str(day)),
        kind=EntryKind(str(kind)),
        title=str(title),
        tags=tuple(str(tags).split("\n")) if tags else (),
        mood=int(mood) if mood is not None else None,  # type: ignore[call-overload]
        private=bool(private),
    )


class JournalService(Trashable[Entry]):
    def __init__(self, clock: Clock) -> None:
        super().__init__(
            clock, ENTRY, Entry, QT_TRANSLATE_NOOP("Journal", "This entry no longer exists."),
            label_columns=(Entry.title,),
        )  # fmt: skip

    def _labels(self, rows: list[Entry]) -> list[str]:
        return [row.title for row in rows]

    # Reading

    def get(self, entry_uuid: str) -> EntryRecord:
        return self._record(self._row(entry_uuid, include_deleted=True))

    @staticmethod
    def _record(entry: Entry) -> EntryRecord:
        pillars = frozenset(
            Pillar(row.pillar)
            for row in EntryPillar.select(EntryPillar.pillar).where(EntryPillar.entry == entry.id)
        )
        targets = [
            (row.target_kind, row.target_uuid)
            for row in Link.select(Link.target_kind, Link.target_uuid)
            .where(Link.entry == entry.id)
            .order_by(Link.target_uuid)
        ]
        people = tuple(target for kind, target in targets if kind == PERSON)
        links = frozenset((kind, target) for kind, target in targets if kind != PERSON)
        draft = EntryDraft(
            occurred_at=entry.occurred_at,
            title=entry.title,
            body=entry.body,
            kind=EntryKind(entry.kind),
            mood=entry.mood,
            energy=entry.energy,
            private=bool(entry.private),
            tags=tuple(entry.tags.split("\n")) if entry.tags else (),
            pillars=pillars,
            people=people,
            links=links,
        )
        return EntryRecord(entry.uuid, draft, entry.created_at, entry.updated_at, entry.deleted_at)

    def page(
        self, where: EntryFilter, after: EntryRow | None = None, limit: int = 200
    ) -> list[EntryRow]:
        """Up to `limit` entries matching `where`, newest first, after the row `after`."""
        rows = journal_queries.page(
            where._criteria, after.cursor if after else None, limit
        )  # fmt: skip
        return [_row(values) for values in rows]

    def highlights(self, where: EntryFilter, rows: Sequence[EntryRow]) -> dict[str, Highlight]:
        """Title and excerpt of `rows` with the search matches marked, by entry UUID."""
        found = journal_queries.highlights(where.text, [row.id for row in rows])
        return {row.uuid: Highlight(*found[row.id]) for row in rows if row.id in found}

    def count(self, where: EntryFilter = EntryFilter()) -> int:
        return journal_queries.count(where._criteria)

    def days_with_entries(self, start: date, end: date) -> set[date]:
        return {date.fromisoformat(d) for d in journal_queries.days_with_entries(start, end)}

    def tags(self) -> list[str]:
        return [name for _key, name in journal_queries.tags_in_use()]

    # Writing

    def create(self, draft: EntryDraft, *, entry_uuid: str | None = None) -> EntryRecord:
        clean = _clean(draft)
        now = self._clock.now()
        with db.atomic():
            entry = Entry.create(
                uuid=entry_uuid or str(uuid.uuid4()),
                created_at=now,
                updated_at=now,
                **self._columns(clean),
            )
            self._write_relations(entry.id, clean)
        return self.get(entry.uuid)

    def put(self, record: EntryRecord) -> None:
        """Write `record` as it is, timestamps included, adding or replacing by UUID (imports)."""
        clean = _clean(record.draft)
        stamps = {"created_at": record.created_at, "updated_at": record.updated_at,
                  "deleted_at": record.deleted_at}  # fmt: skip
        with db.atomic():
            row = Entry.get_or_none(Entry.uuid == record.uuid)
            if row is None:
                entry_id = Entry.insert(
                    uuid=record.uuid, **stamps, **self._columns(clean)
                ).execute()
                self._write_relations(entry_id, clean)
            else:
                Entry.update(**stamps, **self._columns(clean)).where(Entry.id == row.id).execute()
                self._write_relations(row.id, clean, replace_existing=True)

    def put_new(self, records: Sequence[EntryRecord]) -> None:
        """Add many entries not in the journal yet, timestamps as given (imports), in batches."""
        with db.atomic():
            self.create_many([(r.uuid, r.draft, r.created_at) for r in records])
            for record in records:
                if record.updated_at != record.created_at or record.deleted_at is not None:
                    Entry.update(updated_at=record.updated_at, deleted_at=record.deleted_at).where(
                        Entry.uuid == record.uuid
                    ).execute()

    def create_many(self, items: Sequence[tuple[str, EntryDraft, datetime]]) -> int:
        """Write many entries at once (demo data, imports): checked like `create`, far faster.

        `items` are (uuid, draft, created_at). Rows go in by batches inside one transaction.
        """
        cleaned = [(entry_uuid, _clean(d), created) for entry_uuid, d, created in items]
        with db.atomic():
            for batch in _batches(cleaned, 400):
                Entry.insert_many(
                    [
                        {"uuid": u, "created_at": c, "updated_at": c, **self._columns(d)}
                        for u, d, c in batch
                    ]
                ).execute()
            ids: dict[str, int] = {}
            for uuids in _batches([u for u, _d, _c in cleaned], 900):
                query = Entry.select(Entry.uuid, Entry.id).where(Entry.uuid.in_(uuids))
                ids.update((row.uuid, row.id) for row in query)
            tag_ids = self._tag_ids({name for _u, d, _c in cleaned for name in d.tags})
            tag_rows: list[dict[str, object]] = [
                {"entry": ids[u], "tag": tag_ids[fold(name)]}
                for u, d, _c in cleaned
                for name in d.tags
            ]
            pillar_rows: list[dict[str, object]] = [
                {"entry": ids[u], "pillar": p.value} for u, d, _c in cleaned for p in d.pillars
            ]
            link_rows: list[dict[str, object]] = [
                {"entry": ids[u], "target_kind": kind, "target_uuid": target}
                for u, d, _c in cleaned
                for kind, target in _targets(d)
            ]
            relations: list[tuple[type[Model], list[dict[str, object]]]] = [
                (EntryTag, tag_rows),
                (EntryPillar, pillar_rows),
                (Link, link_rows),
            ]
            for model, rows in relations:
                for chunk in _batches(rows, 300):
                    model.insert_many(chunk).execute()
        return len(cleaned)

    @staticmethod
    def _tag_ids(names: set[str]) -> dict[str, int]:
        """Tag ids by folded name, creating the tags that do not exist yet."""
        wanted = {fold(name): name for name in sorted(names)}
        found = {row.key: row.id for row in Tag.select().where(Tag.key.in_(list(wanted)))}
        for key, name in wanted.items():
            if key not in found:
                found[key] = Tag.create(name=name, key=key).id
        return found

    def update(self, entry_uuid: str, draft: EntryDraft) -> EntryRecord:
        """Save `draft` over the entry; nothing is written when nothing changed."""
        clean = _clean(draft)
        with db.atomic():
            entry = self._row(entry_uuid)
            current = self._record(entry)
            if current.draft == clean:
                return current
            changed = {k: v for k, v in self._columns(clean).items() if getattr(entry, k) != v}
            if "occurred_at" not in changed:
                # The day is the one the entry was given, even if edited in another time zone.
                changed.pop("day", None)
            # Only changed columns are written, so the full-text index is touched only when
            # the title, body or tags change.
            now = self._clock.now()
            Entry.update(updated_at=now, **changed).where(Entry.id == entry.id).execute()
            if (clean.tags, clean.pillars, clean.people, clean.links) != (
                current.draft.tags, current.draft.pillars, current.draft.people,
                current.draft.links,
            ):  # fmt: skip
                self._write_relations(entry.id, clean, replace_existing=True)
        return replace(current, draft=clean, updated_at=now)

    @staticmethod
    def _columns(clean: EntryDraft) -> dict[str, object]:
        return {
            "occurred_at": clean.occurred_at,
            "day": local_day(clean.occurred_at).isoformat(),
            "kind": clean.kind.value,
            "title": clean.title,
            "body": clean.body,
            "mood": clean.mood,
            "energy": clean.energy,
            "private": clean.private,
            "tags": "\n".join(clean.tags),
        }

    @staticmethod
    def _write_relations(
        entry_id: int, clean: EntryDraft, *, replace_existing: bool = False
    ) -> None:
        if replace_existing:
            EntryTag.delete().where(EntryTag.entry == entry_id).execute()
            EntryPillar.delete().where(EntryPillar.entry == entry_id).execute()
            Link.delete().where(Link.entry == entry_id).execute()
        tag_ids = JournalService._tag_ids(set(clean.tags))
        for name in clean.tags:
            EntryTag.insert(entry=entry_id, tag=tag_ids[fold(name)]).execute()
        if clean.pillars:
            EntryPillar.insert_many(
                [{"entry": entry_id, "pillar": p.value} for p in sorted(clean.pillars)]
            ).execute()
        targets = _targets(clean)
        if targets:
            Link.insert_many(
                [
                    {"entry": entry_id, "target_kind": kind, "target_uuid": target}
                    for kind, target in targets
                ]
            ).execute()

    def discard_untouched(self, entry_uuid: str) -> bool:
        """Erase an entry nobody wrote in since it was created (a new entry left empty)."""
        with db.atomic():
            erased = (
                Entry.delete()
                .where(Entry.uuid == entry_uuid, Entry.updated_at == Entry.created_at)
                .execute()
            )
        return bool(erased)

    def row(self, entry_uuid: str) -> EntryRow:
        """The list row of one entry (after it was edited)."""
        record = self.get(entry_uuid)
        entry_id = Entry.get(Entry.uuid == entry_uuid).id
        draft = record.draft
        return EntryRow(
            id=entry_id,
            uuid=entry_uuid,
            occurred_at=draft.occurred_at,
            day=local_day(draft.occurred_at),
            kind=draft.kind,
            title=draft.title,
            tags=draft.tags,
            mood=draft.mood,
            private=draft.private,
        )

    def trash_before(self, day: date) -> int:
        """Move every entry of a day before `day` to the trash (a retention policy); how many."""
        with db.atomic():
            return self._trash_where(Entry.day < day.isoformat())
