"""Write failures the workstation causes are told from bugs, even behind a failed rollback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
import pytest

from coachapp.context import Journal
from coachapp.services.common.saving import RETRY_BUSY_WAIT_MS, brief_busy_wait, write_failure
from coachapp.storage import sqlite_file
from coachapp.storage.errors import CorruptDatabaseError, EnvironmentStorageError, classify


def sqlite_error(code: int, text: str) -> peewee.OperationalError:
    """`text` as peewee raises it: its own error, caused by sqlite3's."""
    original = sqlite3.OperationalError(text)
    original.sqlite_errorcode = code
    try:
        try:
            raise original
        except sqlite3.OperationalError as exc:
            raise peewee.OperationalError(text) from exc
    except peewee.OperationalError as wrapped:
        return wrapped


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (sqlite3.SQLITE_FULL, "The disk is full"),
        (sqlite3.SQLITE_READONLY, "read-only"),
        (sqlite3.SQLITE_READONLY | (4 << 8), "read-only"),  # the file was moved away
        (sqlite3.SQLITE_BUSY, "busy in another program"),
        (sqlite3.SQLITE_IOERR | (3 << 8), "The disk reported an error"),
    ],
)
def test_workstation_failures_get_their_message(code: int, says: str) -> None:
    found = classify(sqlite_error(code, "low-level text"), Path("journal.db"))
    assert isinstance(found, EnvironmentStorageError)
    assert says in str(found)


def test_a_plain_sql_error_is_a_bug() -> None:
    assert classify(sqlite_error(sqlite3.SQLITE_ERROR, "no such column"), Path("x")) is None
    assert classify(ValueError("no"), Path("x")) is None


def test_damage_while_writing_is_corruption() -> None:
    found = classify(sqlite_error(sqlite3.SQLITE_CORRUPT, "malformed"), Path("j.db"))
    assert isinstance(found, CorruptDatabaseError)


def test_a_full_disk_is_found_behind_the_rollback_that_failed(tmp_path: Path) -> None:
    """SQLite rolls a transaction back itself when the disk fills up; peewee's own rollback
    then fails with a generic error, raised while handling the real cause."""
    database = peewee.SqliteDatabase(str(tmp_path / "t.db"), pragmas={"journal_mode": "wal"})
    database.connect()
    try:
        database.execute_sql("CREATE TABLE t (x)")
        with database.atomic():
            database.execute_sql("INSERT INTO t VALUES (?)", ("a" * 50_000,))
        pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
        database.execute_sql(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(peewee.OperationalError) as caught, database.atomic():
            database.execute_sql("UPDATE t SET x = ?", ("b" * 50_000,))
            database.execute_sql("INSERT INTO t VALUES (?)", ("c" * 50_000,))
        assert "cannot rollback" in str(caught.value)  # what reaches the caller
        found = classify(caught.value, tmp_path / "t.db")
        assert isinstance(found, EnvironmentStorageError)
        assert "The disk is full" in str(found)
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        database.close()


def test_write_failure_names_the_open_journal(journal: Journal) -> None:
    found = write_failure(sqlite_error(sqlite3.SQLITE_CORRUPT, "malformed"))
    assert isinstance(found, CorruptDatabaseError)
    assert str(journal.paths.database) in str(found)


def test_a_retry_waits_briefly_then_the_usual_timeout_is_back(journal: Journal) -> None:
    def timeout() -> int:
        return int(journal.database.execute_sql("PRAGMA busy_timeout").fetchone()[0])

    assert timeout() == sqlite_file.BUSY_TIMEOUT_S * 1000
    with brief_busy_wait():
        assert timeout() == RETRY_BUSY_WAIT_MS
    assert timeout() == sqlite_file.BUSY_TIMEOUT_S * 1000
