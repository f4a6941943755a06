"""Erasing a person for good, their right to erasure: the person, what is about them, their
links everywhere, and their name in every text of the journal, in one transaction.

What goes, and why:
- The person's card, their skill plans and the delegations made to them. A delegation records
  one person's autonomy (levels, check-ins on how it went): it is about them. Kept without a
  delegate it would say nothing true (a delegation goes to a person or a team), so it goes,
  and the preview names its area for the manager to hand it to someone else. Coach comments
  on these records go with them.
- Links are cut, facts are kept: entries lose their link to the person; at a ritual the person
  becomes one anonymous participant of their group (the headcount stays true); actions they
  owned and experiments they led lose their owner; experiments lose them as a stakeholder; a
  delegation-poker card keeps its vote under the alias.
- Their name, wherever it is written (any case, accents, joiners: the export pseudonymiser's
  matcher), becomes an alias such as "Erased person A". Another person's full name sharing a
  part with theirs ("Hélène Martin") stays as written; that part written alone ("Hélène") is
  replaced: it may be them. The keys of pseudonymised exports, kept in the journal, are
  rewritten the same way.
- The sharing record keeps the day and the alias, never the name.

The name must leave the file too, not only the tables: deleted content is overwritten
(`secure_delete`), the full-text index is merged so no segment keeps the old words, and the
write-ahead log is emptied afterwards. Backups made before still hold it until they rotate out.
Long because erasure reaches every table that can name a person, each with its reason;
splitting it would scatter one transaction's rules.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any

from peewee import Expression

from coachapp.clock import Clock
from coachapp.exchange.pseudonymise import Pseudonymiser, aliases
from coachapp.folding import fold
from coachapp.services.exchange.export_keys import ExportKeys
from coachapp.services.exchange.sharing import SharingLog
from coachapp.services.journal.journal import clean_tags
from coachapp.services.people.people import PeopleService
from coachapp.storage.database import db
from coachapp.storage.models import (
    CoachComment,
    Delegation,
    DelegationCheckin,
    DelegationLevel,
    Entry,
    EntryTag,
    Experiment,
    ExperimentMove,
    ExperimentPerson,
    Link,
    Person,
    PokerCard,
    PokerRound,
    PromptState,
    Ritual,
    RitualAction,
    RitualOccurrence,
    RitualParticipant,
    SelfRating,
    ShareRecord,
    Skill,
    SkillAction,
    Tag,
    UserMethod,
)

log = logging.getLogger("coachapp.erasure")

DEFAULT_LABEL = "Erased person"
SAMPLES = 5
SNIPPET = 36  # characters kept on each side of a change in a sample
# The areas texts are counted by, in the order the preview lists them.
AREAS = (
    "entries", "people", "rituals", "delegations", "skills", "experiments", "self_assessment",
    "feedback", "methods", "prompts", "sharing",
)  # fmt: skip
# A peewee model class with an integer `id` (peewee's types know no such class).
Table = Any
# Where people write, by area: the model and its free-text fields. (Entries, people's cards,
# self-assessment notes, own methods and prompt states have writes of their own.)
_TEXTS: tuple[tuple[str, Table, tuple[str, ...]], ...] = (
    ("rituals", Ritual, ("title", "place", "agenda")),
    ("rituals", RitualOccurrence, ("outcomes", "decisions")),
    ("rituals", RitualAction, ("text",)),
    ("delegations", Delegation, ("area", "team", "notes")),
    ("delegations", DelegationCheckin, ("note",)),
    ("delegations", DelegationLevel, ("reason",)),
    ("delegations", PokerRound, ("case_text",)),
    ("delegations", PokerCard, ("participant",)),
    ("skills", Skill, ("name", "notes")),
    ("skills", SkillAction, ("description", "provider_name")),
    ("experiments", Experiment, (
        "title", "believe", "verify", "measure", "right_if", "safe_scope", "safe_duration",
        "safe_reversibility", "observed", "learned", "abandoned_reason",
    )),
    ("experiments", ExperimentMove, ("note",)),
    ("feedback", CoachComment, ("author", "item_title", "text")),
    ("sharing", ShareRecord, ("file_name",)),
)  # fmt: skip
# Rows without a timestamp of their own: a change to them is a change to this parent.
_PARENTS: dict[Table, tuple[Table, str]] = {
    DelegationLevel: (Delegation, "delegation_id"),
    PokerCard: (PokerRound, "round_id"),
    ExperimentMove: (Experiment, "experiment_id"),
}
_PRIVATE_USE = re.compile("[\U000f0000-\U000ffffd]")


@dataclass(frozen=True)
class Snippet:
    """A text as it reads now around the name, and as it will read."""

    area: str
    before: str
    after: str


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing the person will do, computed without writing anything."""

    person_uuid: str
    name: str
    alias: str
    removed: dict[str, int]  # "person", "delegations", "skills", "feedback", "prompts"
    unlinked: dict[str, int]  # "entries", "record_links", "rituals", "actions", "experiments_led",
    # "experiments", "poker_cards"
    rewritten: dict[str, int]  # records whose text changes, per area (AREAS)
    export_keys: int  # keys of pseudonymised exports naming them
    samples: tuple[Snippet, ...]
    shared_parts: tuple[str, ...]  # parts of the name someone else's name has too
    delegation_areas: tuple[str, ...]  # the areas of the delegations erased, name replaced

    @property
    def total(self) -> int:
        return (
            sum(self.removed.values()) + sum(self.unlinked.values()) + sum(self.rewritten.values())
        )


@dataclass(frozen=True)
class ErasureResult:
    alias: str
    records: int  # records removed, unlinked or rewritten


@dataclass
class _Plan:
    """The writes, as data, so that the preview and the erasure are the same computation."""

    preview: ErasurePreview
    steps: list[Callable[[], object]] = field(default_factory=list)


class NameFinder:
    """Replaces one person's name with an alias in any text, leaving other people's names that
    share a part with it as written.

    The pseudonymiser replaces the longest name first; others' names get a private-use
    character as alias, then their text as written is put back where the alignment of the
    untouched pieces shows it was."""

    def __init__(self, person: dict[str, Any], others: list[dict[str, Any]], alias: str) -> None:
        words = set(_words(person["name"]))
        near = [p for p in others if words & set(_words(p["name"]))]
        self._alias = alias
        self._marks = {p["uuid"]: chr(0xF0000 + number) for number, p in enumerate([person, *near])}
        self._mark = self._marks[person["uuid"]]
        self._all = Pseudonymiser([person, *near], self._marks)
        # Each person alone, to check that a piece of text is one of their names.
        self._alone = {
            self._marks[p["uuid"]]: Pseudonymiser([p], {p["uuid"]: self._marks[p["uuid"]]})
            for p in [person, *near]
        }
        written = {
            fold(w): w for w in re.findall(r"\w+", unicodedata.normalize("NFC", person["name"]))
        }
        self.shared = tuple(sorted({
            written.get(part, part) for p in near for part in _words(p["name"]) if part in words
        }))  # fmt: skip

    def text(self, value: str) -> str:
        if _PRIVATE_USE.search(value):
            return self._plain(value)  # marks would be ambiguous: replace every part
        masked = self._all.text(value)
        if masked == value:
            return value
        pieces = _PRIVATE_USE.split(masked)
        marks = _PRIVATE_USE.findall(masked)
        if all(mark == self._mark for mark in marks):
            return masked.replace(self._mark, self._alias)
        spans = self._align(value, pieces, marks)
        if spans is None:
            log.warning("Could not tell names apart in a text; every part of the name replaced")
            return self._plain(value)
        out, position = [], 0
        for (start, end), mark in zip(spans, marks, strict=True):
            out.append(value[position:start])
            out.append(self._alias if mark == self._mark else value[start:end])
            position = end
        out.append(value[position:])
        return "".join(out)

    def _plain(self, value: str) -> str:
        return self._alone[self._mark].text(value).replace(self._mark, self._alias)

    def _align(
        self, value: str, pieces: list[str], marks: list[str]
    ) -> list[tuple[int, int]] | None:
        """Where in `value` each mark stands: the pieces between marks are `value` as written,
        and the text under a mark, alone, must read as that person's name (longest first)."""
        if not value.startswith(pieces[0]):
            return None
        spans = []
        position = len(pieces[0])
        for number, mark in enumerate(marks):
            following = pieces[number + 1]
            last = number == len(marks) - 1
            ends = (
                [len(value) - len(following)]
                if last
                else _occurrences(value, following, position + 1)
            )
            chosen = None
            for end in sorted(ends, reverse=True):
                if end > position and self._alone[mark].text(value[position:end]) == mark:
                    chosen = end
                    break
            if chosen is None or (last and not value.endswith(following)):
                return None
            spans.append((position, chosen))
            position = chosen + len(following)
        return spans


def _tuples(query: Any) -> list[tuple[Any, ...]]:
    """The rows of `query` as plain tuples (building model objects costs more, and says no
    more)."""
    return [tuple(row) for row in query.tuples()]


def _words(name: str) -> list[str]:
    return re.findall(r"\w+", fold(name))


def _occurrences(text: str, piece: str, start: int) -> Iterator[int]:
    """Where `piece` starts in `text` from `start` (every place, if it is empty), nearest
    first, within the reach of a name."""
    limit = min(len(text), start + 400)
    if not piece:
        yield from range(start, limit + 1)
        return
    found = text.find(piece, start)
    while found != -1 and found <= limit:
        yield found
        found = text.find(piece, found + 1)


def _snippet(area: str, before: str, after: str) -> Snippet:
    """The part of `before` and `after` around their first difference."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while (
        end < min(len(before), len(after)) - start
        and before[len(before) - 1 - end] == after[len(after) - 1 - end]
    ):
        end += 1

    def cut(text: str) -> str:
        left = max(0, start - SNIPPET)
        right = min(len(text), len(text) - end + SNIPPET)
        core = " ".join(text[left:right].split())
        return ("…" if left else "") + core + ("…" if right < len(text) else "")

    return Snippet(area, cut(before), cut(after))


class ErasureService:
    def __init__(
        self, clock: Clock, people: PeopleService, sharing: SharingLog, export_keys: ExportKeys
    ) -> None:
        self._clock = clock
        self._people = people
        self._sharing = sharing
        self._export_keys = export_keys

    def preview(
        self, person_uuid: str, label: Callable[[], str] = lambda: DEFAULT_LABEL
    ) -> ErasurePreview:
        """What `erase` would do, without writing anything."""
        with db.atomic():
            return self._plan(person_uuid, label()).preview

    def erase(
        self, person_uuid: str, label: Callable[[], str] = lambda: DEFAULT_LABEL
    ) -> ErasureResult:
        """Erase the person everywhere, the keys of pseudonymised exports too, in one
        transaction."""
        database = db.obj
        previous = database.execute_sql("PRAGMA secure_delete").fetchone()[0]
        database.execute_sql("PRAGMA secure_delete = ON")  # freed pages are overwritten
        try:
            with db.atomic():
                plan = self._plan(person_uuid, label())
                for step in plan.steps:
                    step()
                self._sharing.erased(plan.preview.alias, plan.preview.total)
                # Merged into one segment, the index keeps no trace of the words taken out.
                database.execute_sql("INSERT INTO entry_fts (entry_fts) VALUES ('optimize')")
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the log's old pages go
        finally:
            database.execute_sql(f"PRAGMA secure_delete = {int(previous)}")
        log.info("Erased a person: %d records changed", plan.preview.total)
        return ErasureResult(plan.preview.alias, plan.preview.total)

    # Planning

    def _alias(self, label: str, person: dict[str, Any], finder: Callable[[str], str]) -> str:
        """ "Erased person A", B... the next letter; never an alias naming them."""
        number = self._sharing.erasures()
        people = [{"uuid": str(n), "kind": ""} for n in range(number + 1)]
        letter = aliases(people, lambda _kind: "")[str(number)].strip()
        for alias in (f"{label} {letter}", f"[{letter}]", "***"):
            if finder(alias) == alias and fold(person["name"]) not in fold(alias):
                return alias
        return "***"

    def _plan(self, person_uuid: str, label: str) -> _Plan:
        row = self._people.get(person_uuid)  # NotFoundError when already gone
        person = {"uuid": row.uuid, "name": row.name}
        others = [
            {"uuid": uuid_, "name": name}
            for uuid_, name in _tuples(
                Person.select(Person.uuid, Person.name).where(Person.uuid != person_uuid)
            )
        ]
        probe = NameFinder(person, others, "\x00")
        alias = self._alias(label, person, probe.text)
        finder = NameFinder(person, others, alias)
        now = self._clock.now()
        writes = _Writes(finder.text, now)

        delegations = _tuples(
            Delegation.select(Delegation.id, Delegation.uuid, Delegation.area).where(
                Delegation.person_uuid == person_uuid
            )
        )
        skills = _tuples(Skill.select(Skill.id, Skill.uuid).where(Skill.person_uuid == person_uuid))
        gone = {person_uuid, *(d[1] for d in delegations), *(s[1] for s in skills)}
        removed = {
            "person": 1,
            "delegations": writes.delete(Delegation, Delegation.person_uuid == person_uuid),
            "skills": writes.delete(Skill, Skill.person_uuid == person_uuid),
            "feedback": writes.delete(CoachComment, CoachComment.item_uuid.in_(list(gone))),
            "prompts": writes.delete(PromptState, PromptState.subject.in_(list(gone))),
        }
        unlinked = {
            "entries": writes.unlink_entries(
                (Link.target_kind == "person") & (Link.target_uuid == person_uuid)
            ),
            "record_links": Link.select()
            .where(
                ((Link.target_kind == "delegation") & Link.target_uuid.in_(list(gone)))
                | ((Link.target_kind == "skill") & Link.target_uuid.in_(list(gone)))
            )
            .count(),  # the storage's triggers cut them with the records
            "rituals": writes.anonymise_participants(person_uuid),
            "actions": writes.update(
                RitualAction, RitualAction.owner_uuid == person_uuid, owner_uuid=None
            ),
            "experiments_led": writes.update(
                Experiment, Experiment.owner_uuid == person_uuid, owner_uuid=None
            ),
            "experiments": writes.leave_experiments(person_uuid),
            "poker_cards": writes.update(
                PokerCard,
                PokerCard.person_uuid == person_uuid,
                person_uuid=None,
                participant=alias,
            ),
        }
        deleted_delegations = [d[0] for d in delegations]
        deleted_skills = [s[0] for s in skills]
        kept: dict[Table, Expression | None] = {
            Delegation: Delegation.person_uuid != person_uuid,
            DelegationCheckin: DelegationCheckin.delegation.not_in(deleted_delegations),
            DelegationLevel: DelegationLevel.delegation.not_in(deleted_delegations),
            Skill: Skill.person_uuid != person_uuid,
            SkillAction: SkillAction.skill.not_in(deleted_skills),
            CoachComment: CoachComment.item_uuid.is_null()
            | CoachComment.item_uuid.not_in(list(gone)),
            PokerCard: PokerCard.person_uuid.is_null() | (PokerCard.person_uuid != person_uuid),
        }
        writes.entries()
        writes.people(self._people, person_uuid)
        for area, model, fields in _TEXTS:
            writes.texts(area, model, fields, kept.get(model))
        writes.ratings()
        writes.methods()
        writes.prompts(list(gone))
        keys = self._export_keys.renamed(finder.text)
        for export_id, names in keys.items():
            writes.steps.append(partial(self._export_keys.replace, export_id, names))
        writes.steps.append(lambda: Person.delete().where(Person.uuid == person_uuid).execute())
        preview = ErasurePreview(
            person_uuid=person_uuid,
            name=row.name,
            alias=alias,
            removed=removed,
            unlinked=unlinked,
            rewritten={area: writes.rewritten[area] for area in AREAS if writes.rewritten[area]},
            export_keys=len(keys),
            samples=tuple(writes.samples),
            shared_parts=finder.shared,
            delegation_areas=tuple(finder.text(area) for _id, _uuid, area in delegations),
        )
        return _Plan(preview, writes.steps)


class _Writes:
    """Collects the writes of an erasure (run later, in order) and counts them."""

    def __init__(self, rewrite: Callable[[str], str], now: datetime) -> None:
        self._rewrite = rewrite
        self._now = now
        self.steps: list[Callable[[], object]] = []
        self.rewritten: Counter[str] = Counter()
        self.samples: list[Snippet] = []

    def _changed(self, area: str, values: dict[str, str]) -> dict[str, str]:
        """The fields of `values` whose text changes, new text; a sample of the first ones."""
        changed = {}
        for name, text in values.items():
            new = self._rewrite(text) if text else text
            if new != text:
                changed[name] = new
                if len(self.samples) < SAMPLES:
                    self.samples.append(_snippet(area, text, new))
        if changed:
            self.rewritten[area] += 1
        return changed

    def delete(self, model: Table, where: Expression) -> int:
        count = int(model.select().where(where).count())
        if count:
            self.steps.append(lambda: model.delete().where(where).execute())
        return count

    def update(self, model: Table, where: Expression, **values: object) -> int:
        ids = [row[0] for row in _tuples(model.select(model.id).where(where))]
        if ids:
            self._set(model, ids, values)
        return len(ids)

    def _set(self, model: Table, ids: list[int], values: Mapping[str, object]) -> None:
        if "updated_at" in model._meta.fields:
            values = {**values, "updated_at": self._now}
        self.steps.append(lambda: model.update(**values).where(model.id.in_(ids)).execute())
        parent = _PARENTS.get(model)
        if parent is not None:
            parent_model, column = parent
            parents = model.select(getattr(model, column)).where(model.id.in_(ids))
            self.steps.append(
                lambda: (
                    parent_model.update(updated_at=self._now)
                    .where(parent_model.id.in_(parents))
                    .execute()
                )
            )

    def unlink_entries(self, where: Expression) -> int:
        entries = [row[0] for row in _tuples(Link.select(Link.entry).where(where))]
        if entries:
            self.steps.append(lambda: Link.delete().where(where).execute())
            self.steps.append(
                lambda: Entry.update(updated_at=self._now).where(Entry.id.in_(entries)).execute()
            )
        return len(entries)

    def anonymise_participants(self, person_uuid: str) -> int:
        """At each ritual, the person becomes one more anonymous member of their group."""
        rows = _tuples(
            RitualParticipant.select(
                RitualParticipant.id, RitualParticipant.ritual, RitualParticipant.occurrence,
                RitualParticipant.stakeholder,
            ).where(RitualParticipant.person_uuid == person_uuid)
        )  # fmt: skip
        for row_id, ritual, occurrence, group in rows:
            place = (
                (RitualParticipant.ritual == ritual)
                & (RitualParticipant.stakeholder == group)
                & RitualParticipant.person_uuid.is_null()
                & (
                    RitualParticipant.occurrence.is_null()
                    if occurrence is None
                    else RitualParticipant.occurrence == occurrence
                )
            )

            def merge(row_id: int = row_id, place: Expression = place) -> None:
                anonymous = RitualParticipant.select().where(place).first()
                if anonymous is None:
                    RitualParticipant.update(person_uuid=None).where(
                        RitualParticipant.id == row_id
                    ).execute()
                else:
                    RitualParticipant.update(count=RitualParticipant.count + 1).where(
                        RitualParticipant.id == anonymous.id
                    ).execute()
                    RitualParticipant.delete().where(RitualParticipant.id == row_id).execute()

            self.steps.append(merge)
        rituals = {row[1] for row in rows}
        if rituals:
            self.steps.append(
                lambda: (
                    Ritual.update(updated_at=self._now)
                    .where(Ritual.id.in_(list(rituals)))
                    .execute()
                )
            )
        return len(rituals)

    def leave_experiments(self, person_uuid: str) -> int:
        where = ExperimentPerson.person_uuid == person_uuid
        experiments = [
            row[0]
            for row in _tuples(ExperimentPerson.select(ExperimentPerson.experiment).where(where))
        ]
        if experiments:
            self.steps.append(lambda: ExperimentPerson.delete().where(where).execute())
            self.steps.append(
                lambda: (
                    Experiment.update(updated_at=self._now)
                    .where(Experiment.id.in_(experiments))
                    .execute()
                )
            )
        return len(experiments)

    def texts(
        self, area: str, model: Table, fields: tuple[str, ...], where: Expression | None
    ) -> None:
        columns = [getattr(model, name) for name in fields]
        query = model.select(model.id, *columns)
        if where is not None:
            query = query.where(where)
        for row_id, *values in _tuples(query):
            changed = self._changed(area, dict(zip(fields, values, strict=True)))
            if changed:
                self._set(model, [row_id], changed)

    def entries(self) -> None:
        """Titles, bodies and tags; a tag naming the person is renamed (or merged into the
        tag of the same name), and the index follows through the storage's triggers."""
        tags = {}
        for tag_id, name in _tuples(Tag.select(Tag.id, Tag.name)):
            new = self._rewrite(name)
            if new != name:
                tags[tag_id] = new
        retagged = {
            row[0]
            for row in _tuples(EntryTag.select(EntryTag.entry).where(EntryTag.tag.in_(list(tags))))
        }
        query = Entry.select(Entry.id, Entry.title, Entry.body, Entry.tags)
        for entry_id, title, body, tag_text in _tuples(query):
            changed: dict[str, Any] = self._changed(
                "entries", {"title": title, "body": body, "tags": tag_text}
            )
            if "tags" in changed or entry_id in retagged:
                names = clean_tags([self._rewrite(t) for t in tag_text.split("\n") if t])
                changed["tags"] = "\n".join(names)
                self.steps.append(partial(_retag, entry_id, names))
            if changed:
                self._set(Entry, [entry_id], changed)
        if tags:
            # First, so that the entries' new tags find no old spelling to join.
            self.steps.insert(0, lambda: Tag.delete().where(Tag.id.in_(list(tags))).execute())

    def people(self, service: PeopleService, person_uuid: str) -> None:
        """Other people's cards (role, team, notes), their search keys kept in step."""
        for other in _tuples(Person.select(Person.uuid).where(Person.uuid != person_uuid)):
            record = service.get(other[0])
            changed = self._changed(
                "people", {"role": record.role, "team": record.team, "notes": record.notes}
            )
            if changed:
                texts = {"role": record.role, "team": record.team, "notes": record.notes}
                self.steps.append(
                    partial(service.rewrite, record.uuid, **{**texts, **changed}, at=self._now)
                )

    def ratings(self) -> None:
        """Notes of the monthly self-assessment (keyed by month and dimension)."""
        query = SelfRating.select(SelfRating.month, SelfRating.dimension, SelfRating.note)
        for month, dimension, note in _tuples(query):
            changed = self._changed("self_assessment", {"note": note})
            if changed:
                where = (SelfRating.month == month) & (SelfRating.dimension == dimension)
                self.steps.append(
                    SelfRating.update(**changed, updated_at=self._now).where(where).execute
                )

    def methods(self) -> None:
        """The manager's own methods: every text inside their JSON, and their key (made from
        the name they were given) with the rituals that use it."""
        rows = _tuples(UserMethod.select(UserMethod.id, UserMethod.key, UserMethod.data))
        keys = {row[1] for row in rows}
        for row_id, key, data in rows:
            try:
                method = json.loads(data)
            except ValueError:
                method = None
            new_key = self._rewrite(key)
            if new_key != key:
                base = "-".join(re.findall(r"[a-z0-9]+", fold(new_key)))
                new_key, number = base, 2
                while new_key in keys:
                    new_key, number = f"{base}-{number}", number + 1
                keys.add(new_key)
            if not isinstance(method, dict):
                changed = self._changed("methods", {"data": data})
            else:
                rewritten = _walk(method, self._rewrite)
                if "key" in rewritten:
                    rewritten["key"] = new_key
                changed = {}
                if rewritten != method:
                    changed = {"data": json.dumps(rewritten, ensure_ascii=False)}
            if new_key != key:
                changed["key"] = new_key
                self.steps.append(
                    Ritual.update(method_key=new_key).where(Ritual.method_key == key).execute
                )
            if changed:
                if isinstance(method, dict):
                    self.rewritten["methods"] += 1
                self._set(UserMethod, [row_id], changed)

    def prompts(self, gone: list[str]) -> None:
        """What the manager did with prompts about someone else: subject and fingerprint
        (tags, titles) rewritten; one that meets an existing subject gives way to it."""
        query = PromptState.select(
            PromptState.rule_id, PromptState.subject, PromptState.fingerprint
        ).where(PromptState.subject.not_in(gone))
        for rule_id, subject, fingerprint in _tuples(query):
            changed = self._changed("prompts", {"subject": subject, "fingerprint": fingerprint})
            if changed:
                self.steps.append(partial(_move_prompt, rule_id, subject, changed, self._now))


def _walk(value: Any, rewrite: Callable[[str], str]) -> Any:
    """Every text of a method, but its key (which the method's row holds too)."""
    if isinstance(value, str):
        return rewrite(value)
    if isinstance(value, list):
        return [_walk(v, rewrite) for v in value]
    if isinstance(value, dict):
        return {k: v if k == "key" else _walk(v, rewrite) for k, v in value.items()}
    return value


def _retag(entry_id: int, names: Iterable[str]) -> None:
    EntryTag.delete().where(EntryTag.entry == entry_id).execute()
    for name in names:
        tag = Tag.get_or_none(Tag.key == fold(name)) or Tag.create(name=name, key=fold(name))
        EntryTag.insert(entry=entry_id, tag=tag.id).on_conflict_ignore().execute()


def _move_prompt(rule_id: str, subject: str, changed: dict[str, str], now: datetime) -> None:
    where = (PromptState.rule_id == rule_id) & (PromptState.subject == subject)
    target = changed.get("subject", subject)
    if target != subject and PromptState.get_or_none(
        PromptState.rule_id == rule_id, PromptState.subject == target
    ):
        PromptState.delete().where(where).execute()
        return
    PromptState.update(**changed, updated_at=now).where(where).execute()
