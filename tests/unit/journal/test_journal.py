"""Journal entries: validation, relations, paging by cursor, filters, search and the trash."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.errors import NotFoundError, ValidationError
from coachapp.folding import fold
from coachapp.services.common.pillars import Pillar
from coachapp.services.journal.journal import EntryDraft, EntryFilter, EntryKind, clean_tags
from coachapp.services.people.people import PersonDraft
from coachapp.storage.database import db
from coachapp.storage.fts import match_expression
from coachapp.storage.journal_queries import MATCH_END, MATCH_START
from coachapp.storage.models import Entry, EntryPillar, EntryTag, Link
from tests.conftest import NOW


def draft(title: str = "Réunion d'équipe", **fields: object) -> EntryDraft:
    values: dict[str, object] = {"occurred_at": NOW, "title": title}
    values.update(fields)
    return EntryDraft(**values)  # type: ignore[arg-type]


def test_create_and_read_back_everything(journal: Journal) -> None:
    person = journal.people.create(PersonDraft("Nadia Benali")).uuid
    record = journal.entries.create(
        draft(
            body="- [ ] relancer **la CAF**\n- [x] prévenir l'accueil",
            kind=EntryKind.DECISION,
            mood=4,
            energy=2,
            private=True,
            tags=("#Accueil", " numérique ", "accueil"),
            pillars=frozenset({Pillar.CO_CONSTRUCTION, Pillar.INCLUSION}),
            people=(person, person),
        )
    )
    again = journal.entries.get(record.uuid)
    assert again == record
    assert again.draft.tags == ("Accueil", "numérique")
    assert again.draft.people == (person,)
    assert again.draft.pillars == {Pillar.CO_CONSTRUCTION, Pillar.INCLUSION}
    assert again.created_at == again.updated_at == NOW


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": "  \n "}, "title"),
        ({"title": "x" * 301}, "title"),
        ({"mood": 0}, "mood"),
        ({"energy": 6}, "energy"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    journal: Journal, fields: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {"title": "Valid"}
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        journal.entries.create(draft(**values))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert Entry.select().count() == 0


def test_update_writes_only_what_changed(journal: Journal, clock: FixedClock) -> None:
    record = journal.entries.create(draft(tags=("a",)))
    clock.set(clock.now() + timedelta(minutes=1))
    same = journal.entries.update(record.uuid, record.draft)
    assert same.updated_at == record.updated_at
    changed = journal.entries.update(
        record.uuid, draft(body="Nouveau", tags=("b",), pillars=frozenset({Pillar.CHANGE}))
    )
    assert changed.updated_at == clock.now()
    assert changed.draft.tags == ("b",)
    assert [r.pillar for r in EntryPillar.select()] == ["CHG"]
    assert EntryTag.select().count() == 1


def test_pages_follow_a_cursor_newest_first(journal: Journal) -> None:
    for i in range(25):
        journal.entries.create(draft(f"Entry {i:02}", occurred_at=NOW - timedelta(hours=i)))
    seen: list[str] = []
    after = None
    while True:
        rows = journal.entries.page(EntryFilter(), after, limit=7)
        if not rows:
            break
        seen.extend(row.title for row in rows)
        after = rows[-1]
    assert seen == [f"Entry {i:02}" for i in range(25)]
    assert journal.entries.count() == 25


def test_same_instant_entries_page_without_loss(journal: Journal) -> None:
    for i in range(10):
        journal.entries.create(draft(f"Same {i}"))
    first = journal.entries.page(EntryFilter(), limit=4)
    rest = journal.entries.page(EntryFilter(), first[-1], limit=100)
    assert len({r.uuid for r in first + rest}) == 10


def test_filters(journal: Journal) -> None:
    agent = journal.people.create(PersonDraft("Karim")).uuid
    journal.entries.create(
        draft("A", kind=EntryKind.ONE_TO_ONE, tags=("suivi",), people=(agent,), mood=3)
    )
    journal.entries.create(
        draft(
            "B",
            occurred_at=NOW - timedelta(days=10),
            pillars=frozenset({Pillar.RIGHT_TO_ERROR}),
            kind=EntryKind.LEARNING_ERROR,
        )
    )

    def titles(where: EntryFilter) -> list[str]:
        return [row.title for row in journal.entries.page(where)]

    assert titles(EntryFilter(kind=EntryKind.ONE_TO_ONE)) == ["A"]
    assert titles(EntryFilter(tag="SUIVI")) == ["A"]
    assert titles(EntryFilter(person=agent)) == ["A"]
    assert titles(EntryFilter(mood=3)) == ["A"]
    assert titles(EntryFilter(pillar=Pillar.RIGHT_TO_ERROR)) == ["B"]
    day = (NOW - timedelta(days=10)).astimezone().date()
    assert titles(EntryFilter(start=day, end=day)) == ["B"]
    assert titles(EntryFilter(start=day + timedelta(days=1))) == ["A"]
    assert journal.entries.days_with_entries(day, day + timedelta(days=30)) == {
        day,
        NOW.astimezone().date(),
    }
    assert journal.entries.tags() == ["suivi"]


def test_search_folds_accents_and_marks_matches(journal: Journal) -> None:
    journal.entries.create(draft("Réunion de service", body="Préparer l'accueil numérique"))
    journal.entries.create(draft("Autre chose", body="rien à voir"))
    for text in ("reunion", "RÉUNION", "reu", "accueil numerique", '"accueil numérique"'):
        rows = journal.entries.page(EntryFilter(text=text))
        assert [r.title for r in rows] == ["Réunion de service"], text
    where = EntryFilter(text="numerique")
    (row,) = journal.entries.page(where)
    found = journal.entries.highlights(where, [row])[row.uuid]
    assert f"{MATCH_START}numérique{MATCH_END}" in found.excerpt
    assert found.title == "Réunion de service"
    assert journal.entries.count(EntryFilter(text="reunion")) == 1
    assert journal.entries.page(EntryFilter(text='"numérique accueil"')) == []


@pytest.mark.parametrize(
    "text",
    ['"', '""', "AND", "OR NOT", "NEAR(", "a OR", "-", "^", "*", "col:val", "(((", "l'", "c++",
     "“réunion”", "\x00", "🙂", "title:x", "'", "a AND (b"],
)  # fmt: skip
def test_operator_characters_never_raise(journal: Journal, text: str) -> None:
    journal.entries.create(draft("réunion c"))
    journal.entries.page(EntryFilter(text=text))
    journal.entries.count(EntryFilter(text=text))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150)
@given(text=st.text())
def test_any_search_text_is_a_valid_query(journal: Journal, text: str) -> None:
    expression = match_expression(text)
    if expression is not None:
        db.execute_sql("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH ?", [expression])
    journal.entries.page(EntryFilter(text=text), limit=5)


@given(st.lists(st.text(), max_size=6))
def test_tags_are_clean_and_unique(tags: list[str]) -> None:
    cleaned = clean_tags(tags)
    assert all(t and t == t.strip() and not t.startswith("#") for t in cleaned)
    assert all("," not in t and "\n" not in t for t in cleaned)
    assert len({fold(t) for t in cleaned}) == len(cleaned)


def test_trash_restore_purge_cascade(journal: Journal) -> None:
    person = journal.people.create(PersonDraft("Léa")).uuid
    record = journal.entries.create(draft(tags=("x",), people=(person,)))
    journal.entries.trash(record.uuid)
    assert journal.entries.page(EntryFilter()) == []
    assert journal.entries.page(EntryFilter(text="reunion")) == []
    with pytest.raises(NotFoundError):
        journal.entries.update(record.uuid, draft())
    (item,) = journal.trash.items()
    assert (item.kind, item.label) == ("entry", "Réunion d'équipe")
    journal.trash.restore(item)
    assert len(journal.entries.page(EntryFilter())) == 1
    journal.entries.trash(record.uuid)
    journal.trash.empty()
    assert Entry.select().count() == Link.select().count() == EntryTag.select().count() == 0
    assert db.execute_sql("SELECT count(*) FROM entry_fts").fetchone()[0] == 0


def test_purging_a_person_removes_their_links(journal: Journal) -> None:
    person = journal.people.create(PersonDraft("Léa")).uuid
    record = journal.entries.create(draft(people=(person,)))
    journal.people.trash(person)
    journal.people.purge(person)
    assert journal.entries.get(record.uuid).draft.people == ()


def test_index_stays_in_step_with_the_table(journal: Journal) -> None:
    record = journal.entries.create(draft(body="alpha"))
    journal.entries.update(record.uuid, draft(body="beta"))
    assert journal.entries.page(EntryFilter(text="alpha")) == []
    assert len(journal.entries.page(EntryFilter(text="beta"))) == 1
    # Raises if the index and the table disagree.
    db.execute_sql("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")


def test_naive_instants_are_a_programming_error(journal: Journal) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        journal.entries.create(draft(occurred_at=datetime(2026, 1, 1)))


def test_a_pasted_page_of_text_stays_a_short_query() -> None:
    expression = match_expression("réunion " * 400 + " ".join(f"mot{i}" for i in range(50)))
    assert expression is not None
    assert expression.count('"') // 2 <= 12
    assert expression.startswith('"réunion"*')


def test_the_day_stays_when_edited_in_another_time_zone(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        record = journal.entries.create(
            draft(occurred_at=datetime(2026, 3, 28, 23, 30, tzinfo=UTC))  # 29 March in Paris
        )
        assert journal.entries.page(EntryFilter())[0].day.isoformat() == "2026-03-29"
        monkeypatch.setenv("TZ", "America/Montreal")
        time.tzset()
        journal.entries.update(record.uuid, replace(record.draft, body="edited in Montreal"))
        assert journal.entries.page(EntryFilter())[0].day.isoformat() == "2026-03-29"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_links_to_any_record_kind(journal: Journal) -> None:
    person = journal.people.create(PersonDraft("Léa")).uuid
    record = journal.entries.create(
        draft(people=(person,), links=frozenset({("ritual", "r-1"), ("person", "ignored")}))
    )
    assert record.draft.people == (person,)
    assert record.draft.links == {("ritual", "r-1")}
    assert [r.uuid for r in journal.entries.page(EntryFilter(linked=("ritual", "r-1")))] == [
        record.uuid
    ]
    assert journal.entries.page(EntryFilter(linked=("ritual", "r-2"))) == []
    same = journal.entries.update(record.uuid, replace(record.draft, body="more"))
    assert same.draft.links == {("ritual", "r-1")}
