"""People: validation, duplicates, accent-insensitive search, deactivation and the trash."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.errors import NotFoundError, ValidationError
from coachapp.services.people.people import MAX_SHORT_TEXT, PersonDraft, PersonKind
from coachapp.storage.models import Person

SEPT_2014 = date(2014, 9, 1)


def test_create_normalises_and_stamps(journal: Journal, clock: FixedClock) -> None:
    record = journal.people.create(
        PersonDraft("  Karim   Benali ", " Agent  d'accueil ", PersonKind.AGENT, " État civil ")
    )
    assert (record.name, record.role, record.team) == (
        "Karim Benali",
        "Agent d'accueil",
        "État civil",
    )
    assert record.created_at == record.updated_at == clock.now()
    assert record.active and record.deleted_at is None
    assert Person.get(Person.uuid == record.uuid).name_key == "karim benali"


@pytest.mark.parametrize("name", ["", "   ", "\t\n", "\x00", " \x1b\x7f ", "\xad\u200b"])
def test_empty_names_are_refused_and_nothing_is_written(journal: Journal, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        journal.people.create(PersonDraft(name))
    assert caught.value.field == "name"
    assert str(caught.value) == "A person needs a name."
    assert journal.people.count() == 0


def test_overlong_fields_are_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError) as caught:
        journal.people.create(PersonDraft("Ok", role="x" * (MAX_SHORT_TEXT + 1)))
    assert caught.value.field == "role"
    assert journal.people.count() == 0


def test_update_keeps_the_name_when_emptied(journal: Journal, clock: FixedClock) -> None:
    record = journal.people.create(PersonDraft("Léa Martin"))
    clock.set(clock.now() + timedelta(minutes=5))
    with pytest.raises(ValidationError):
        journal.people.update(record.uuid, PersonDraft(" "))
    assert journal.people.get(record.uuid).name == "Léa Martin"
    updated = journal.people.update(record.uuid, PersonDraft("Léa Martin-Roux", notes="Arrivée"))
    assert updated.updated_at == clock.now() != updated.created_at
    assert journal.people.search("roux arrivee")[0].uuid == record.uuid


def test_unchanged_update_does_not_touch_the_record(journal: Journal, clock: FixedClock) -> None:
    record = journal.people.create(PersonDraft("Léa Martin"))
    clock.set(clock.now() + timedelta(minutes=5))
    assert journal.people.update(record.uuid, record.as_draft()).updated_at == record.updated_at


def test_the_arrival_day_is_optional_and_edited_like_the_rest(
    journal: Journal, clock: FixedClock
) -> None:
    record = journal.people.create(PersonDraft("Karim Benali"))
    assert record.arrived_on is None  # unknown: never guessed from the day he was typed in
    clock.set(clock.now() + timedelta(minutes=5))
    dated = journal.people.update(record.uuid, replace(record.as_draft(), arrived_on=SEPT_2014))
    assert dated.arrived_on == SEPT_2014 and dated.updated_at == clock.now()
    assert Person.get(Person.uuid == record.uuid).arrived_on == "2014-09-01"
    clock.set(clock.now() + timedelta(minutes=5))
    assert journal.people.update(record.uuid, dated.as_draft()).updated_at == dated.updated_at
    cleared = journal.people.update(record.uuid, replace(dated.as_draft(), arrived_on=None))
    assert journal.people.get(record.uuid).arrived_on is None == cleared.arrived_on


def test_duplicates_ignore_accents_case_and_spaces(journal: Journal) -> None:
    first = journal.people.create(PersonDraft("Hélène Dupont"))
    assert [p.uuid for p in journal.people.find_duplicates("helene  DUPONT")] == [first.uuid]
    assert journal.people.find_duplicates("Hélène Dupont", exclude_uuid=first.uuid) == []
    journal.people.trash(first.uuid)
    assert journal.people.find_duplicates("Hélène Dupont") == []


def test_search_filters(journal: Journal) -> None:
    agent = journal.people.create(PersonDraft("Inès Garcia", team="Accueil Nord"))
    elected = journal.people.create(PersonDraft("Bruno Faure", kind=PersonKind.ELECTED_OFFICIAL))
    gone = journal.people.create(PersonDraft("Ines Petit", team="Accueil Nord"))
    journal.people.set_active(gone.uuid, False)
    assert [p.uuid for p in journal.people.search("ines")] == [agent.uuid]
    assert {p.uuid for p in journal.people.search("INES", include_inactive=True)} == {
        agent.uuid,
        gone.uuid,
    }
    assert [p.uuid for p in journal.people.search(kind=PersonKind.ELECTED_OFFICIAL)] == [
        elected.uuid
    ]
    assert journal.people.search("100%") == []
    assert journal.people.count() == 3
    assert journal.people.count(include_inactive=False) == 2
    assert journal.people.teams() == ["Accueil Nord"]


def test_trash_restore_and_purge(journal: Journal) -> None:
    record = journal.people.create(PersonDraft("Sophie Roux"))
    journal.people.trash(record.uuid)
    assert journal.people.search() == []
    assert journal.trash.count() == 1
    with pytest.raises(NotFoundError):
        journal.people.update(record.uuid, PersonDraft("Other"))
    (item,) = journal.trash.items()
    assert (item.kind, item.label) == ("person", "Sophie Roux")
    journal.trash.restore(item)
    assert [p.uuid for p in journal.people.search()] == [record.uuid]
    journal.people.trash(record.uuid)
    journal.trash.purge(journal.trash.items()[0])
    assert Person.select().count() == 0


def test_empty_trash_removes_everything_in_it(journal: Journal, clock: FixedClock) -> None:
    kept = journal.people.create(PersonDraft("Kept"))
    for name in ("One", "Two", "Three"):
        clock.set(clock.now() + timedelta(seconds=1))
        journal.people.trash(journal.people.create(PersonDraft(name)).uuid)
    assert [i.label for i in journal.trash.items()] == ["Three", "Two", "One"]
    assert journal.trash.empty() == 3
    assert [p.uuid for p in journal.people.search()] == [kept.uuid]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=40)
@given(name=st.text(max_size=MAX_SHORT_TEXT))
def test_any_name_is_either_saved_faithfully_or_refused(journal: Journal, name: str) -> None:
    try:
        record = journal.people.create(PersonDraft(name))
    except ValidationError:
        assert not any(ch.isprintable() and not ch.isspace() for ch in name)
        return
    assert record.name.strip() == record.name
    assert any(ch.isprintable() and not ch.isspace() for ch in record.name)
    assert not any(ch in record.name for ch in "\x00\n\r\t\x1b")
    assert journal.people.get(record.uuid).name == record.name
    assert record.uuid in {p.uuid for p in journal.people.find_duplicates(name)}
