"""The journal's services against a model of what should exist, step by random step.

A hypothesis state machine creates and edits entries and people, links them, trashes, restores
and erases them, exports the journal and imports it back (into itself, into a fresh journal,
an older export over a newer journal and the other way round) and closes and reopens the
database. After every step, what the services show (lists, search, filters, trash, single
records with their timestamps) must be exactly what a few dictionaries say.

`COACHAPP_SOAK_EXAMPLES` asks for more examples than `make test` runs (`make soak` does).
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from coachapp.clock import FixedClock
from coachapp.config import Settings, prepare_paths, resolve_paths
from coachapp.context import Journal, open_journal
from coachapp.errors import NotFoundError
from coachapp.exchange.journal_json import write_journal_json
from coachapp.services.exchange.journal_export import ExportOptions, journal_document
from coachapp.services.exchange.journal_import import ImportReport, JournalImport, read_export
from coachapp.services.journal.journal import EntryDraft, EntryFilter
from coachapp.services.people.people import PersonDraft
from coachapp.services.trash.trashable import TrashItem

EXAMPLES = int(os.environ.get("COACHAPP_SOAK_EXAMPLES", "50"))
STEPS = 40
START = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
EVERYTHING = ExportOptions(include_private=True)

# Words whose search behaviour is plain: accents and case fold away, elisions split.
WORDS = (
    "réunion", "Réunions", "équipe", "EQUIPE", "décision", "décider", "bilan", "café", "Noël",
    "noel", "élus", "l’accueil", "d'équipe", "ça", "2026", "🙂", "☕", "x",
)  # fmt: skip
SEPARATORS = (" ", "\n", ", ", ". ", " — ", "\n\n")
TAGS = ("équipe", "Suivi", "bien-être", "Noël", "urgence")
NAMES = ("Amélie Léger", "Loïc Hervé", "Chloé Mbappé", "Jérôme Ôzil", "Maëlle Dubœuf", "Zoé")
SEARCHES = ("reunion", "EQUIPE", "déci", "noël", "cafe", "accueil", "2026", "ca")


def text_of(pieces: list[tuple[str, str]]) -> str:
    return "".join(word + separator for word, separator in pieces).strip()


titles = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
pieces = st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS))
bodies = st.lists(pieces, max_size=12).map(text_of)
tag_lists = st.lists(st.sampled_from(TAGS), unique=True, max_size=3).map(tuple)
picks = st.integers(min_value=0, max_value=10_000)


def folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=4096)
def tokens(text: str) -> frozenset[str]:
    """The words a full-text index makes of `text`, folded."""
    return frozenset(folded(token) for token in re.findall(r"[^\W_]+", text))


@dataclass(frozen=True)
class ModelEntry:
    occurred: datetime
    title: str
    body: str
    tags: tuple[str, ...]
    people: tuple[str, ...]  # sorted UUIDs
    trashed: bool
    updated: datetime

    def matches(self, query: str) -> bool:
        """Whether a one-word search finds it: a word of it starts with the query, folded."""
        wanted = folded(query)
        words = tokens(self.title) | tokens(self.body) | tokens(" ".join(self.tags))
        return any(word.startswith(wanted) for word in words)


@dataclass(frozen=True)
class ModelPerson:
    name: str
    trashed: bool
    updated: datetime


@dataclass
class Model:
    entries: dict[str, ModelEntry] = field(default_factory=dict)
    people: dict[str, ModelPerson] = field(default_factory=dict)

    def copy(self) -> Model:
        return Model(dict(self.entries), dict(self.people))


@dataclass
class Expected:
    """The import report the model predicts."""

    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    kept: list[tuple[str, str]] = field(default_factory=list)


def merged(ours: Model, theirs: Model) -> tuple[Model, Expected]:
    """What importing `theirs` into `ours` gives: records not here are added, newer ones
    replace ours, the rest stay as they are."""
    result, report = ours.copy(), Expected()
    areas: tuple[tuple[str, dict[str, Any], dict[str, Any]], ...] = (
        ("people", result.people, theirs.people),
        ("entries", result.entries, theirs.entries),
    )
    for area, mine, incoming in areas:
        for uuid, record in incoming.items():
            current = mine.get(uuid)
            if current is None:
                mine[uuid] = record
                report.added[area] += 1
            elif record.updated > current.updated:
                mine[uuid] = record
                report.updated[area] += 1
            elif record.updated == current.updated:
                assert record == current, "same stamp, same content"
                report.unchanged[area] += 1
            else:
                report.kept.append((area, uuid))
    return result, report


def model_of(document: dict[str, Any]) -> Model:
    """The model an export describes."""
    model = Model()
    for row in document["people"]:
        model.people[row["uuid"]] = ModelPerson(
            row["name"], row["deleted_at"] is not None, datetime.fromisoformat(row["updated_at"])
        )
    for row in document["entries"]:
        model.entries[row["uuid"]] = ModelEntry(
            occurred=datetime.fromisoformat(row["occurred_at"]),
            title=row["title"],
            body=row["body"],
            tags=tuple(row["tags"]),
            people=tuple(sorted(link["uuid"] for link in row["links"] if link["kind"] == "person")),
            trashed=row["deleted_at"] is not None,
            updated=datetime.fromisoformat(row["updated_at"]),
        )
    return model


def assert_report(report: ImportReport, expected: Expected) -> None:
    assert (+report.added, +report.updated, +report.unchanged) == (
        +expected.added, +expected.updated, +expected.unchanged
    )  # fmt: skip
    assert sorted(report.kept) == sorted(expected.kept)


class JournalMachine(RuleBasedStateMachine):
    """One journal in a temporary folder, driven through its services, and its model."""

    template: ClassVar[Path | None] = None  # an empty journal, copied rather than migrated
    examples: ClassVar[int] = 0
    steps: ClassVar[int] = 0

    def __init__(self) -> None:
        super().__init__()
        JournalMachine.examples += 1
        self.folder = Path(tempfile.mkdtemp(prefix="coachapp-model-"))
        self.clock = FixedClock(START)
        self.journals = 0
        self.journal = self.fresh_journal()
        self.model = Model()
        self.snapshot: tuple[dict[str, Any], Model] | None = None
        # The model as last checked: single records are read back when they changed, or all
        # of them after a step that may touch any (import, reopen, erasing).
        self.checked = Model()
        self.check_all = True

    def fresh_journal(self) -> Journal:
        self.journals += 1
        folder = self.folder / f"journal-{self.journals}"
        if self.template is not None:
            folder.mkdir()
            shutil.copyfile(self.template, folder / "journal.db")
        return self.open(folder)

    def open(self, folder: Path) -> Journal:
        paths = resolve_paths(str(folder))
        prepare_paths(paths)
        return open_journal(paths, Settings(paths.settings_file), self.clock)

    def teardown(self) -> None:
        self.journal.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def tick(self) -> datetime:
        """Every write happens a second after the previous one, so `updated_at` orders them."""
        self.clock.set(self.clock.now() + timedelta(seconds=1))
        return self.clock.now()

    @staticmethod
    def pick(records: dict[str, Any], index: int, *, trashed: bool | None = None) -> str | None:
        # In the model's own order (UUIDs are random: sorting by them would not replay).
        keys = [k for k, v in records.items() if trashed is None or v.trashed == trashed]
        return keys[index % len(keys)] if keys else None

    def export(self, *, through_file: bool = False) -> dict[str, Any]:
        """An export as JSON text, read back; through a file (checked whole against its schema)
        as a manager moves a journal, when asked."""
        document = journal_document(self.clock, EVERYTHING)
        if not through_file:
            loaded: dict[str, Any] = json.loads(json.dumps(document, ensure_ascii=False))
            return loaded
        target = self.folder / "export.json"
        write_journal_json(target, document)
        return read_export(target)

    def run_import(self, document: dict[str, Any]) -> ImportReport:
        return JournalImport(self.journal.people, self.journal.entries).run(document)

    # Entries

    @rule(title=titles, body=bodies, tags=tag_lists, people=st.lists(picks, max_size=3),
          minutes=st.integers(0, 60 * 24 * 400))  # fmt: skip
    def create_entry(
        self, title: str, body: str, tags: tuple[str, ...], people: list[int], minutes: int
    ) -> None:
        now = self.tick()
        linked = {self.pick(self.model.people, i) for i in people} - {None}
        occurred = START - timedelta(minutes=minutes)
        draft = EntryDraft(occurred, title, body, tags=tags, people=tuple(map(str, linked)))
        record = self.journal.entries.create(draft)
        self.model.entries[record.uuid] = ModelEntry(
            occurred, title, body, tags, tuple(sorted(map(str, linked))), False, now
        )

    def write_entry(self, uuid: str, entry: ModelEntry) -> None:
        """Save `entry` over the record; a trashed one is refused, an unchanged one untouched."""
        now = self.tick()
        current = self.model.entries[uuid]
        draft = EntryDraft(entry.occurred, entry.title, entry.body, tags=entry.tags,
                           people=entry.people)  # fmt: skip
        if current.trashed:
            with pytest.raises(NotFoundError):
                self.journal.entries.update(uuid, draft)
            return
        self.journal.entries.update(uuid, draft)
        if entry != current:
            self.model.entries[uuid] = replace(entry, updated=now)

    @precondition(lambda self: self.model.entries)
    @rule(pick=picks, title=titles, body=bodies, tags=tag_lists)
    def edit_entry(self, pick: int, title: str, body: str, tags: tuple[str, ...]) -> None:
        uuid = self.pick(self.model.entries, pick)
        assert uuid is not None
        self.write_entry(uuid, replace(self.model.entries[uuid], title=title, body=body, tags=tags))

    @precondition(lambda self: self.model.entries and self.model.people)
    @rule(entry=picks, person=picks)
    def link_or_unlink_person(self, entry: int, person: int) -> None:
        uuid, who = self.pick(self.model.entries, entry), self.pick(self.model.people, person)
        assert uuid is not None and who is not None
        current = self.model.entries[uuid]
        people = set(current.people) ^ {who}
        self.write_entry(uuid, replace(current, people=tuple(sorted(people))))

    @precondition(lambda self: self.model.entries)
    @rule(pick=picks)
    def trash_entry(self, pick: int) -> None:
        now = self.tick()
        uuid = self.pick(self.model.entries, pick)
        assert uuid is not None
        current = self.model.entries[uuid]
        if current.trashed:
            with pytest.raises(NotFoundError):
                self.journal.entries.trash(uuid)
            return
        self.journal.entries.trash(uuid)
        self.model.entries[uuid] = replace(current, trashed=True, updated=now)

    # People

    @rule(name=st.sampled_from(NAMES))
    def create_person(self, name: str) -> None:
        now = self.tick()
        record = self.journal.people.create(PersonDraft(name))
        self.model.people[record.uuid] = ModelPerson(name, False, now)

    @precondition(lambda self: self.model.people)
    @rule(pick=picks, name=st.sampled_from(NAMES))
    def rename_person(self, pick: int, name: str) -> None:
        now = self.tick()
        uuid = self.pick(self.model.people, pick)
        assert uuid is not None
        current = self.model.people[uuid]
        if current.trashed:
            with pytest.raises(NotFoundError):
                self.journal.people.update(uuid, PersonDraft(name))
            return
        self.journal.people.update(uuid, PersonDraft(name))
        if name != current.name:
            self.model.people[uuid] = replace(current, name=name, updated=now)

    @precondition(lambda self: self.model.people)
    @rule(pick=picks)
    def trash_person(self, pick: int) -> None:
        now = self.tick()
        uuid = self.pick(self.model.people, pick)
        assert uuid is not None
        current = self.model.people[uuid]
        if current.trashed:
            with pytest.raises(NotFoundError):
                self.journal.people.trash(uuid)
            return
        self.journal.people.trash(uuid)
        self.model.people[uuid] = replace(current, trashed=True, updated=now)

    # The trash, for both kinds

    def trash_item(self, kind: str, uuid: str) -> TrashItem:
        items = self.journal.trash.items()
        found = [item for item in items if (item.kind, item.uuid) == (kind, uuid)]
        assert len(found) == 1, (kind, uuid)
        return found[0]

    @precondition(lambda self: any(r.trashed for r in (*self.model.entries.values(),
                                                       *self.model.people.values())))  # fmt: skip
    @rule(pick=picks, people_first=st.booleans())
    def restore(self, pick: int, people_first: bool) -> None:
        now = self.tick()
        kinds: list[tuple[str, dict[str, Any]]] = [
            ("entry", self.model.entries), ("person", self.model.people)
        ]  # fmt: skip
        for kind, records in kinds[::-1] if people_first else kinds:
            uuid = self.pick(records, pick, trashed=True)
            if uuid is not None:
                self.journal.trash.restore(self.trash_item(kind, uuid))
                records[uuid] = replace(records[uuid], trashed=False, updated=now)
                return

    @precondition(lambda self: any(r.trashed for r in (*self.model.entries.values(),
                                                       *self.model.people.values())))  # fmt: skip
    @rule(pick=picks, people_first=st.booleans())
    def delete_forever(self, pick: int, people_first: bool) -> None:
        now = self.tick()
        kinds: list[tuple[str, dict[str, Any]]] = [
            ("entry", self.model.entries), ("person", self.model.people)
        ]  # fmt: skip
        for kind, records in kinds[::-1] if people_first else kinds:
            uuid = self.pick(records, pick, trashed=True)
            if uuid is None:
                continue
            self.journal.trash.purge(self.trash_item(kind, uuid))
            del records[uuid]
            self.check_all = True
            if kind == "person":  # the journal forgets them: entries linked to them changed
                for key, entry in self.model.entries.items():
                    if uuid in entry.people:
                        people = tuple(p for p in entry.people if p != uuid)
                        self.model.entries[key] = replace(entry, people=people, updated=now)
            return

    # Export, import, reopen

    @precondition(lambda self: self.model.entries)
    @rule()
    def take_snapshot(self) -> None:
        """An export says exactly what the journal holds; kept to import later."""
        document = self.export()
        assert model_of(document) == self.model
        self.snapshot = (document, self.model.copy())

    @precondition(lambda self: self.model.entries)
    @rule()
    def import_own_export(self) -> None:
        """Importing what was just exported changes nothing."""
        self.tick()
        self.check_all = True
        report = self.run_import(self.export())
        expected = Expected(unchanged=Counter(people=len(self.model.people),
                                              entries=len(self.model.entries)))  # fmt: skip
        assert_report(report, expected)

    @precondition(lambda self: self.snapshot is not None)
    @rule()
    def import_older_export(self) -> None:
        """An older export brings back what was erased since, and changes nothing newer."""
        assert self.snapshot is not None
        self.tick()
        self.check_all = True
        document, then = self.snapshot
        self.model, expected = merged(self.model, then)
        assert_report(self.run_import(document), expected)

    @precondition(lambda self: self.model.entries)
    @rule(with_older=st.booleans())
    def move_to_a_fresh_journal(self, with_older: bool) -> None:
        """Export, then import into an empty journal (after an older export, when asked: the
        newer records replace the older ones) and carry on there."""
        self.tick()
        self.check_all = True
        document = self.export(through_file=True)
        self.journal.close()
        self.journal = self.fresh_journal()
        model = Model()
        if with_older and self.snapshot is not None:
            older, then = self.snapshot
            model, expected = merged(model, then)
            assert_report(self.run_import(older), expected)
        self.model, expected = merged(model, self.model)
        assert_report(self.run_import(document), expected)

    @precondition(lambda self: self.model.entries)
    @rule()
    def reopen(self) -> None:
        self.check_all = True
        self.journal.close()
        self.journal = self.open(self.journal.paths.data)

    # What the services show

    @invariant()
    def services_agree_with_the_model(self) -> None:
        JournalMachine.steps += 1
        self.check_entries()
        self.check_people()
        trashed = self.trashed(self.model)
        if self.check_all or trashed != self.trashed(self.checked):
            assert {(item.kind, item.uuid) for item in self.journal.trash.items()} == trashed
        self.checked, self.check_all = self.model.copy(), False

    @staticmethod
    def trashed(model: Model) -> set[tuple[str, str]]:
        return {("entry", u) for u, e in model.entries.items() if e.trashed} | {
            ("person", u) for u, p in model.people.items() if p.trashed
        }

    def check_entries(self) -> None:
        """The list, the trash, searches and the entries that changed (or all of them)."""
        entries, service = self.model.entries, self.journal.entries
        live = {uuid for uuid, entry in entries.items() if not entry.trashed}
        rows = service.page(EntryFilter(), limit=10_000)
        assert {row.uuid: (row.title, row.tags) for row in rows} == {
            uuid: (entries[uuid].title, entries[uuid].tags) for uuid in live
        }
        assert [row.occurred_at for row in rows] == sorted(
            (row.occurred_at for row in rows), reverse=True
        )
        assert {item.uuid for item in service.trashed()} == set(entries) - live
        for uuid, expected in entries.items():
            if not self.check_all and self.checked.entries.get(uuid) == expected:
                continue
            record = service.get(uuid)
            draft = record.draft
            stored = ModelEntry(
                draft.occurred_at, draft.title, draft.body, draft.tags, draft.people,
                record.deleted_at is not None, record.updated_at,
            )  # fmt: skip
            assert stored == expected, uuid
        for query in SEARCHES:
            found = {row.uuid for row in service.page(EntryFilter(text=query), limit=10_000)}
            assert found == {uuid for uuid in live if entries[uuid].matches(query)}, query
            assert service.count(EntryFilter(text=query)) == len(found)

    def check_people(self) -> None:
        """The people list, each person's entries, and the people that changed (or all)."""
        people, entries, service = self.model.people, self.model.entries, self.journal.people
        live = {uuid for uuid, entry in entries.items() if not entry.trashed}
        assert {p.uuid: p.name for p in service.search(include_inactive=True)} == {
            uuid: person.name for uuid, person in people.items() if not person.trashed
        }
        for uuid, person in people.items():
            filtered = self.journal.entries.page(EntryFilter(person=uuid), limit=10_000)
            assert {row.uuid for row in filtered} == {u for u in live if uuid in entries[u].people}
            if not self.check_all and self.checked.people.get(uuid) == person:
                continue
            record = service.get(uuid)
            assert ModelPerson(record.name, record.deleted_at is not None,
                               record.updated_at) == person  # fmt: skip


# Room for Hypothesis to shrink a failure (up to five minutes) before it reports it.
@pytest.mark.timeout(2 * EXAMPLES + 420)
def test_services_agree_with_a_model_of_the_journal(tmp_path: Path) -> None:
    paths = resolve_paths(str(tmp_path / "template"))
    prepare_paths(paths)
    open_journal(paths, Settings(paths.settings_file), FixedClock(START)).close()
    JournalMachine.template = paths.database
    JournalMachine.examples = JournalMachine.steps = 0
    try:
        run_state_machine_as_test(
            JournalMachine,
            settings=settings(
                max_examples=EXAMPLES,
                stateful_step_count=STEPS,
                deadline=None,
                report_multiple_bugs=False,
                suppress_health_check=[HealthCheck.too_slow],
            ),
        )
    finally:
        JournalMachine.template = None
    print(f"\n{JournalMachine.examples} state machines, {JournalMachine.steps} checked states")
