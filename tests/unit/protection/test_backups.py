"""Backups: consistent copies, rotation, and restores that check before they change anything."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachapp.clock import FixedClock
from coachapp.context import Journal, open_journal
from coachapp.errors import UserError
from coachapp.services.people.people import PersonDraft
from coachapp.services.protection.backup import SCHEDULED, restore_journal
from coachapp.storage.backups import (
    backup_name,
    copy_closed_file,
    list_backups,
    parse_backup_name,
)
from coachapp.storage.errors import CorruptDatabaseError, NewerSchemaError, NotAJournalError
from coachapp.storage.sqlite_file import LATEST_VERSION
from tests.unit.storage.test_migrations import make_database_at

reasons = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)
)


@given(instants, reasons)
def test_backup_names_round_trip(instant: datetime, reason: str) -> None:
    assert parse_backup_name(Path(backup_name(instant, reason))) == (instant, reason)


def test_backup_is_a_consistent_private_copy(journal: Journal) -> None:
    journal.people.create(PersonDraft("Nadia Benali"))
    path = journal.backups.create()
    assert path.parent == journal.paths.backups
    assert path.stat().st_mode & 0o077 == 0
    with sqlite3.connect(path) as copy:
        assert copy.execute("SELECT name FROM person").fetchall() == [("Nadia Benali",)]
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_backup_to_a_chosen_file(journal: Journal, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "copy.db"
    assert journal.backups.create(out=target) == target
    assert target.exists()
    assert list_backups(journal.paths.backups) == []
    with pytest.raises(UserError, match="is a folder"):
        journal.backups.create(out=tmp_path)


def test_scheduled_backups_rotate_and_keep_others(journal: Journal, clock: FixedClock) -> None:
    journal.backups.keep = 3
    journal.backups.create("manual")
    for _ in range(6):
        clock.set(clock.now() + timedelta(hours=1))
        journal.backups.create(SCHEDULED)
    kept = journal.backups.backups()
    assert [b.reason for b in kept] == [SCHEDULED] * 3 + ["manual"]
    assert kept[0].created_at == clock.now()


def test_backup_is_due_after_the_interval(journal: Journal, clock: FixedClock) -> None:
    day = timedelta(hours=24)
    assert journal.backups.run_if_due(day) is not None
    clock.set(clock.now() + timedelta(hours=23))
    assert journal.backups.run_if_due(day) is None
    clock.set(clock.now() + timedelta(hours=1))
    assert journal.backups.run_if_due(day) is not None


def test_restore_replaces_the_journal_and_keeps_the_old_one(journal: Journal) -> None:
    journal.people.create(PersonDraft("Before Backup"))
    saved = journal.backups.create()
    journal.people.create(PersonDraft("After Backup"))
    journal.close()
    safety = restore_journal(saved, journal.paths.database, journal.paths.backups, journal.clock)
    assert safety is not None
    journal.reopen()
    assert [p.name for p in journal.people.search()] == ["Before Backup"]
    with sqlite3.connect(safety) as old:
        assert len(old.execute("SELECT name FROM person").fetchall()) == 2


def corrupt_copy(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    page = 4096
    for offset in range(page, len(data), 97):  # scribble over every page after the header
        data[offset] = (data[offset] + 77) % 256
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("problem", ["foreign", "not-sqlite", "damaged", "newer", "missing"])
def test_a_bad_restore_file_changes_nothing(journal: Journal, tmp_path: Path, problem: str) -> None:
    journal.people.create(PersonDraft("Stays Here"))
    good = journal.backups.create()
    bad = tmp_path / f"{problem}.db"
    if problem == "foreign":
        raw = sqlite3.connect(bad)
        raw.execute("CREATE TABLE t (x)")
        raw.close()
    elif problem == "not-sqlite":
        bad.write_text("hello", encoding="utf-8")
    elif problem == "damaged":
        corrupt_copy(good, bad)
    elif problem == "newer":
        copy_closed_file(good, bad)
        raw = sqlite3.connect(bad)
        raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        raw.close()
    journal.close()
    before = journal.paths.database.read_bytes()
    backups_before = sorted(p.name for p in journal.paths.backups.iterdir())
    expected: dict[str, type[Exception] | tuple[type[Exception], ...]] = {
        "foreign": NotAJournalError,
        "not-sqlite": NotAJournalError,
        "damaged": (CorruptDatabaseError, NotAJournalError),
        "newer": NewerSchemaError,
        "missing": NotAJournalError,
    }
    with pytest.raises(expected[problem]):
        restore_journal(bad, journal.paths.database, journal.paths.backups, journal.clock)
    assert journal.paths.database.read_bytes() == before
    assert sorted(p.name for p in journal.paths.backups.iterdir()) == backups_before
    journal.reopen()
    assert [p.name for p in journal.people.search()] == ["Stays Here"]


def test_restoring_the_journal_onto_itself_is_refused(journal: Journal) -> None:
    journal.close()
    with pytest.raises(UserError, match="journal in use"):
        restore_journal(
            journal.paths.database, journal.paths.database, journal.paths.backups, journal.clock
        )
    journal.reopen()


def test_restore_into_an_empty_folder(journal: Journal, tmp_path: Path) -> None:
    journal.people.create(PersonDraft("Moved Over"))
    saved = journal.backups.create()
    journal.close()
    target = tmp_path / "new" / "journal.db"
    target.parent.mkdir()
    assert restore_journal(saved, target, tmp_path / "new", journal.clock) is None
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT name FROM person").fetchall() == [("Moved Over",)]
    journal.reopen()


def test_newest_healthy_skips_damaged_backups(journal: Journal, clock: FixedClock) -> None:
    first = journal.backups.create()
    clock.set(clock.now() + timedelta(hours=1))
    second = journal.backups.create()
    corrupt_copy(first, second)
    newest = journal.backups.newest_healthy()
    assert newest is not None
    assert newest.path == first


def test_opening_with_an_older_backup_restored_migrates_it(
    journal: Journal, tmp_path: Path
) -> None:
    journal.close()
    old = tmp_path / "old.db"
    make_database_at(old, 1)
    restore_journal(old, journal.paths.database, journal.paths.backups, journal.clock)
    reopened = open_journal(journal.paths, journal.settings, journal.clock)
    assert reopened.migrated == list(range(2, LATEST_VERSION + 1))
    reopened.close()
