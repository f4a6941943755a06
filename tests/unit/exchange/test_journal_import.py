"""Importing a journal export: a lossless round trip, idempotent, newer wins, and any bad file
refused whole with the journal left exactly as it was."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachapp.clock import FixedClock
from coachapp.config import Settings, prepare_paths, resolve_paths
from coachapp.context import Journal, open_journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.errors import UserError
from coachapp.exchange.journal_json import write_journal_json
from coachapp.services.exchange.journal_export import ExportOptions, journal_document
from coachapp.services.exchange.journal_import import JournalImport, check_export, read_export
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.people.people import PersonDraft
from coachapp.storage.database import close_database, db
from coachapp.timezones import local_zone

EVERYTHING = ExportOptions(include_private=True)
METADATA = ("export_id", "exported_at")


def content(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k not in METADATA}


def importer(journal: Journal) -> JournalImport:
    return JournalImport(journal.people, journal.entries)


def fresh_journal(tmp_path: Path, name: str, clock: FixedClock) -> Journal:
    close_database()
    paths = resolve_paths(str(tmp_path / name))
    prepare_paths(paths)
    return open_journal(paths, Settings(paths.settings_file), clock)


def test_round_trip_through_an_empty_journal_then_again(
    journal: Journal, clock: FixedClock, tmp_path: Path
) -> None:
    DemoService(clock, journal.methods.library).fill(DemoSize.SMALL, seed=4)
    journal.people.trash(journal.people.search()[0].uuid)  # the trash travels too
    first = journal_document(clock, EVERYTHING)
    target = tmp_path / "export.json"
    write_journal_json(target, first)

    other = fresh_journal(tmp_path, "second", clock)
    report = importer(other).run(read_export(target))
    assert report.added["entries"] == len(first["entries"]) and not report.kept
    second = journal_document(clock, EVERYTHING)
    assert content(second) == content(first)

    again = importer(other).run(read_export(target))
    assert not again.added and not again.updated and not again.kept
    assert again.unchanged["entries"] == len(first["entries"])
    assert content(journal_document(clock, EVERYTHING)) == content(first)


def test_arrival_days_travel_and_exports_from_before_them_still_come_in(
    journal: Journal, clock: FixedClock, tmp_path: Path
) -> None:
    arrived = journal.people.create(PersonDraft("Léa Martin", arrived_on=date(2026, 11, 2)))
    unknown = journal.people.create(PersonDraft("Karim Benali"))
    document = journal_document(clock, EVERYTHING)
    assert {p["name"]: p["arrived_on"] for p in document["people"]} == {
        "Léa Martin": "2026-11-02", "Karim Benali": None,
    }  # fmt: skip
    write_journal_json(tmp_path / "export.json", document)
    for person in document["people"]:  # as CoachApp wrote them before there was the field
        del person["arrived_on"]
    document["journal_schema"] = 13
    write_journal_json(tmp_path / "before.json", document)

    other = fresh_journal(tmp_path, "second", clock)
    importer(other).run(read_export(tmp_path / "export.json"))
    assert other.people.get(arrived.uuid).arrived_on == date(2026, 11, 2)
    assert other.people.get(unknown.uuid).arrived_on is None
    third = fresh_journal(tmp_path, "third", clock)
    assert importer(third).run(read_export(tmp_path / "before.json")).added["people"] == 2
    assert third.people.get(arrived.uuid).arrived_on is None


def test_an_arrival_day_that_does_not_exist_is_refused_and_changes_nothing(
    journal: Journal, clock: FixedClock, tmp_path: Path
) -> None:
    journal.people.create(PersonDraft("Léa Martin", arrived_on=date(2026, 11, 2)))
    document = journal_document(clock, EVERYTHING)
    other = fresh_journal(tmp_path, "second", clock)
    for day in ("2026-02-30", "2026-13-01"):
        document["people"][0]["arrived_on"] = day
        write_journal_json(tmp_path / "bad.json", document)
        with pytest.raises(UserError, match=f"arrival date is not a real day: {day}"):
            importer(other).run(read_export(tmp_path / "bad.json"))
        assert other.people.count() == 0
    document["people"][0]["arrived_on"] = "2 novembre"
    write_journal_json(tmp_path / "bad.json", document)
    with pytest.raises(UserError, match="damaged or incomplete"):
        read_export(tmp_path / "bad.json")


def test_the_newer_record_wins_and_an_older_one_is_listed(
    journal: Journal, clock: FixedClock
) -> None:
    moment = datetime(2026, 11, 20, 10, tzinfo=local_zone())
    entry = journal.entries.create(EntryDraft(moment, "Version 1"))
    older = journal_document(clock, EVERYTHING)
    clock.set(clock.now() + timedelta(hours=1))
    journal.entries.update(entry.uuid, EntryDraft(moment, "Version 2"))
    newer = journal_document(clock, EVERYTHING)

    report = importer(journal).run(older)
    assert report.kept == [("entries", entry.uuid)]
    assert journal.entries.get(entry.uuid).draft.title == "Version 2"

    clock.set(clock.now() + timedelta(hours=1))
    journal.entries.update(entry.uuid, EntryDraft(moment, "Version 3"))
    report = importer(journal).run(newer)  # ours (3) is newer than the file's (2)
    assert report.kept == [("entries", entry.uuid)]
    newer["entries"][0]["updated_at"] = (clock.now() + timedelta(hours=1)).isoformat()
    report = importer(journal).run(newer)
    assert report.updated["entries"] == 1
    assert journal.entries.get(entry.uuid).draft.title == "Version 2"


def dump() -> list[str]:
    return list(db.connection().iterdump())


@pytest.mark.parametrize("text", [
    "", "{", "[]", "null", '"coachapp-journal"', '{"format": "coachapp-feedback"}',
    '{"format": "coachapp-journal", "schema_version": 99}',
    '{"format": "coachapp-journal", "schema_version": 1}',
])  # fmt: skip
def test_bad_files_are_refused_with_a_reason(journal: Journal, tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    before = dump()
    with pytest.raises(UserError) as refused:
        importer(journal).run(read_export(path))
    assert str(path) in str(refused.value)
    assert dump() == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(data=st.data())
def test_damaged_exports_never_change_the_journal(
    journal: Journal, clock: FixedClock, data: st.DataObject
) -> None:
    if journal.entries.count() == 0:  # the journal the examples share
        journal.entries.create(EntryDraft(datetime(2026, 11, 20, 10, tzinfo=local_zone()), "Une"))
    good = journal_document(clock, EVERYTHING)
    text = json.dumps(good)
    mutation = data.draw(st.sampled_from(["truncate", "drop", "retype", "version"]))
    if mutation == "truncate":
        document: object = text[: data.draw(st.integers(0, len(text) - 1))]
    elif mutation == "drop":
        key = data.draw(st.sampled_from(sorted(good)))
        document = {k: v for k, v in good.items() if k != key}
    elif mutation == "retype":
        entry = good["entries"][0]
        key = data.draw(st.sampled_from(sorted(entry)))
        entry[key] = data.draw(st.one_of(st.integers(), st.lists(st.integers()), st.none()))
        document = good
    else:
        good["schema_version"] = data.draw(st.integers(-5, 50).filter(lambda v: v != 1))
        document = good
    before = dump()
    try:
        parsed = json.loads(document) if isinstance(document, str) else document
        importer(journal).run(check_export(parsed, "export.json"))
    except (UserError, ValueError):
        pass
    else:
        # The schema allowed the change (a mood of null...): the record is ours already, the
        # same `updated_at`, so nothing is written either.
        pass
    assert dump() == before
