"""Schema migrations: from every past version, backed up first, and never on a foreign file."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from peewee import IntegrityError, SqliteDatabase

from coachapp.clock import FixedClock
from coachapp.config import Paths, Settings
from coachapp.context import open_journal
from coachapp.storage import migrations, sqlite_file
from coachapp.storage.database import close_database, open_database
from coachapp.storage.errors import (
    CorruptDatabaseError,
    EnvironmentStorageError,
    NewerSchemaError,
    NotAJournalError,
)
from coachapp.storage.migrations import MIGRATIONS, Migration, migrate
from coachapp.storage.sqlite_file import APPLICATION_ID, LATEST_VERSION


def make_database_at(path: Path, version: int) -> None:
    """A journal created by the version of CoachApp whose schema was `version`."""
    database = open_database(path)
    migrate(database, path, target=version)
    close_database()


def test_new_file_gets_the_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    database = open_database(path)
    try:
        assert migrate(database, path) == [m.version for m in MIGRATIONS]
        assert migrations.schema_version(database) == LATEST_VERSION
        app_id = database.execute_sql("PRAGMA application_id").fetchone()[0]
        assert app_id == APPLICATION_ID
        assert migrate(database, path) == []
    finally:
        close_database()


@pytest.mark.parametrize("start", [m.version for m in MIGRATIONS[:-1]])
def test_every_past_version_migrates_with_a_backup_first(
    paths: Paths, settings: Settings, clock: FixedClock, start: int
) -> None:
    make_database_at(paths.database, start)
    journal = open_journal(paths, settings, clock)
    try:
        assert journal.migrated == [m.version for m in MIGRATIONS if m.version > start]
        backups = journal.backups.backups()
        assert [b.reason for b in backups] == [f"before-v{LATEST_VERSION}-from-v{start}"]
        with sqlite3.connect(backups[0].path) as copy:
            assert copy.execute("PRAGMA user_version").fetchone()[0] == start
    finally:
        journal.close()


def test_v1_people_are_searchable_after_migration(
    paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    make_database_at(paths.database, 1)
    with sqlite3.connect(paths.database) as raw:
        raw.execute(
            "INSERT INTO person (uuid, created_at, updated_at, name, role, team, notes) "
            "VALUES ('u-1', '2024-01-01T00:00:00.000000+00:00', "
            "'2024-01-01T00:00:00.000000+00:00', 'Hélène Lefèvre', 'Agent d''accueil', "
            "'État civil', 'Très à l''aise')"
        )
    journal = open_journal(paths, settings, clock)
    try:
        assert [p.name for p in journal.people.search("helene etat")] == ["Hélène Lefèvre"]
        assert [p.uuid for p in journal.people.find_duplicates("HELENE LEFEVRE")] == ["u-1"]
    finally:
        journal.close()


def test_v14_people_come_without_an_arrival_day_so_nobody_is_taken_for_new(
    paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    """Before version 14 the first-weeks prompt took the day a person was typed in for their
    arrival; after it, a person typed in two days ago is not new until the manager says so."""
    make_database_at(paths.database, 13)
    typed_in = (clock.now() - timedelta(days=2)).isoformat(timespec="microseconds")
    with sqlite3.connect(paths.database) as raw:
        raw.execute(
            "INSERT INTO person (uuid, created_at, updated_at, name, kind, name_key) "
            "VALUES ('u-1', ?, ?, 'Karim Benali', 'agent', 'karim benali')",
            (typed_in, typed_in),
        )
    journal = open_journal(paths, settings, clock)
    try:
        assert journal.migrated == list(range(14, LATEST_VERSION + 1))
        assert journal.people.get("u-1").arrived_on is None
        assert "AGT-4" not in {p.rule.id for p in journal.prompts.all_prompts()}
        with pytest.raises(IntegrityError):
            journal.database.execute_sql("UPDATE person SET arrived_on = '6 décembre 2026'")
    finally:
        journal.close()


def test_a_newer_journal_is_refused_and_left_untouched(
    paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    make_database_at(paths.database, LATEST_VERSION)
    raw = sqlite3.connect(paths.database)
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.close()
    before = paths.database.read_bytes()
    with pytest.raises(NewerSchemaError) as caught:
        open_journal(paths, settings, clock)
    assert "newer version of CoachApp" in str(caught.value)
    assert caught.value.found == LATEST_VERSION + 1
    assert paths.database.read_bytes() == before
    assert not list(paths.backups.iterdir())


def test_a_foreign_sqlite_file_is_refused(
    paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    raw = sqlite3.connect(paths.database)
    raw.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT)")
    raw.close()
    before = paths.database.read_bytes()
    with pytest.raises(NotAJournalError):
        open_journal(paths, settings, clock)
    assert paths.database.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(
    paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    paths.database.write_bytes(b"This is my shopping list, not a database. " * 100)
    before = paths.database.read_bytes()
    with pytest.raises(NotAJournalError) as caught:
        open_journal(paths, settings, clock)
    assert "is not a CoachApp journal" in str(caught.value)
    assert paths.database.read_bytes() == before


def test_a_failing_step_leaves_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.db"
    make_database_at(path, 1)

    def broken(database: SqliteDatabase) -> None:
        database.execute_sql("ALTER TABLE person ADD COLUMN half_done TEXT")
        raise RuntimeError("power cut in the middle of a migration")

    monkeypatch.setattr(migrations, "MIGRATIONS", (MIGRATIONS[0], Migration(2, "broken", broken)))
    database = open_database(path)
    try:
        with pytest.raises(RuntimeError):
            migrations.migrate(database, path, target=2)
        assert migrations.schema_version(database) == 1
        columns = [row[1] for row in database.execute_sql("PRAGMA table_info(person)")]
        assert "half_done" not in columns
    finally:
        close_database()


def test_a_locked_journal_is_busy_not_damaged(
    paths: Paths, settings: Settings, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_database_at(paths.database, LATEST_VERSION)
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_S", 0.1)
    holder = sqlite3.connect(paths.database)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(EnvironmentStorageError) as caught:
            open_journal(paths, settings, clock)
        assert not isinstance(caught.value, CorruptDatabaseError)
        assert "busy in another program" in str(caught.value)
    finally:
        holder.rollback()
        holder.close()
