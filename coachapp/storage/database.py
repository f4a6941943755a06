"""The one place that builds the journal's database object.

Models are bound to a proxy; `open_database` initialises it with a configured SQLite database.
Pragmas go through peewee's `pragmas=` so they apply to every connection: WAL (readers never
block the writer, and a commit costs microseconds), NORMAL sync (safe with WAL: a power cut can
lose the last commit, never corrupt), foreign keys, and a busy timeout for short contention.
On a network file system WAL is unsafe (its index lives in shared memory, which the machines
sharing the file do not share): the journal then uses a rollback journal and keeps its file
locked while open, so the app's other readers (backups, checks) go through the same connection.
A protected journal goes through SQLCipher (`sqlcipher3`, imported only then) with its raw key;
a plain one through the standard library's sqlite3; both get the same pragmas.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import DatabaseProxy, SqliteDatabase

from coachapp.storage import sqlite_file
from coachapp.storage.filesystems import network_filesystem
from coachapp.storage.journal_key import sqlcipher_key
from coachapp.storage.sqlite_file import connect_file, file_problems

log = logging.getLogger("coachapp.storage")

db = DatabaseProxy()


_COMMON_PRAGMAS = (("foreign_keys", 1), ("cache_size", -4000), ("temp_store", "memory"))
LOCAL_PRAGMAS = (("journal_mode", "wal"), ("synchronous", "normal"), *_COMMON_PRAGMAS)
# Exclusive locking first: a journal left in WAL mode by a local folder is then converted
# without shared memory. The rollback journal is deleted at close (TRUNCATE would leave an
# empty one); the lock is taken once per session (no lock round trip per transaction, and no
# other machine's writes to miss); FULL sync, since NORMAL is not power-safe without WAL.
NETWORK_PRAGMAS = (
    ("locking_mode", "exclusive"),
    ("journal_mode", "delete"),
    ("synchronous", "full"),
    *_COMMON_PRAGMAS,
)


@dataclass(frozen=True)
class Placement:
    """Where a journal file lives, which decides how it is opened."""

    network: str  # the network file system's type ("nfs4", "cifs", "unc"...); "" if local

    @property
    def pragmas(self) -> tuple[tuple[str, object], ...]:
        return NETWORK_PRAGMAS if self.network else LOCAL_PRAGMAS


def placement(path: Path) -> Placement:
    """How the journal file `path` must be opened, from the file system of its folder."""
    return Placement(network_filesystem(path.parent))


def make_database(path: Path, key: bytes | None, where: Placement) -> SqliteDatabase:
    """A configured, not yet connected, database object for `path` (encrypted with `key`)."""
    options: dict[str, Any] = {
        "pragmas": where.pragmas,
        "timeout": sqlite_file.BUSY_TIMEOUT_S,  # read here, so a test may shorten it
        "lock_type": "IMMEDIATE",
        "autoconnect": False,
    }
    if key is None:
        return SqliteDatabase(str(path), **options)
    from playhouse.sqlcipher_ext import SqlCipherDatabase  # noqa: PLC0415 (only when protected)

    return SqlCipherDatabase(str(path), passphrase=sqlcipher_key(key), **options)


def open_database(path: Path, key: bytes | None = None) -> SqliteDatabase:
    """Connect to the journal at `path` and bind the models to it."""
    where = placement(path)
    database = make_database(path, key, where)
    new = not path.exists()
    database.connect()
    if new and os.name == "posix":
        path.chmod(0o600)  # a journal names people: readable by its owner alone
    db.initialize(database)
    log.info("Opened database %s%s", path, " (protected)" if key else "")
    if where.network:
        log.info(
            "The journal is on a network file system (%s): rollback journal with the file "
            "locked while open, instead of a write-ahead log, which is unsafe there",
            where.network,
        )
    return database


def held_exclusively(path: Path, proxy: DatabaseProxy = db) -> bool:
    """Whether this thread's open journal is `path`, with its file locked for it alone.

    So it is on a network folder (NETWORK_PRAGMAS): any other connection to the file, even in
    this process, would wait and fail, so readers of it go through this one (`reading`).
    `proxy`: the database object of another file opened the same way (the coach's portfolio).
    """
    database = proxy.obj
    if database is None or database.is_closed() or Path(database.database) != path:
        return False
    return bool(database.execute_sql("PRAGMA locking_mode").fetchone()[0] == "exclusive")


@contextlib.contextmanager
def reading(path: Path, key: bytes | None = None, proxy: DatabaseProxy = db) -> Iterator[Any]:
    """A DB-API connection to read the journal file `path` from (a backup, a check).

    The open journal's own connection when it holds the file alone (`held_exclusively`);
    otherwise a connection of its own, closed afterwards, which may run on another thread.
    """
    if held_exclusively(path, proxy):
        yield proxy.obj.connection()
        return
    connection = connect_file(path, key)
    try:
        yield connection
    finally:
        connection.close()


def has_statistics(database: SqliteDatabase) -> bool:
    query = "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
    return bool(database.execute_sql(query).fetchone()[0])


def analyze(database: SqliteDatabase) -> None:
    """Refresh the statistics SQLite's planner reads (about 30 ms on a five-year journal).

    Without them it sorts the whole journal to show its newest page (28 ms instead of 0.6 ms
    on the large demo, and six times more in a protected journal, whose pages are decrypted).
    The full-text index's own tables are left out: SQLCipher keeps detailed statistics
    (stat4), and with them its internal lookups for excerpts become three times slower.
    """
    try:
        rows = database.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        found = {str(name): str(sql) for name, sql in rows.fetchall()}
        virtual = [name for name, sql in found.items() if sql.startswith("CREATE VIRTUAL")]
        shadow = tuple(f"{name}_" for name in virtual)
        with database.atomic():
            for name in found:
                if not name.startswith(("sqlite_", *shadow)) and name not in virtual:
                    database.execute_sql(f'ANALYZE "{name}"')
            stats = database.execute_sql(
                "SELECT name FROM sqlite_master WHERE name IN ('sqlite_stat1', 'sqlite_stat4')"
            ).fetchall()
            for (stat,) in stats:
                for prefix in shadow:  # left from a whole-database ANALYZE
                    database.execute_sql(f"DELETE FROM {stat} WHERE tbl LIKE ?", (f"{prefix}%",))
    except Exception:  # a read-only or full disk: the journal works without them
        log.warning("Could not refresh the query statistics", exc_info=True)


def close_database() -> None:
    """Checkpoint the WAL into the main file and close, so the folder holds one file at rest."""
    database = db.obj
    if database is None or database.is_closed():
        return
    analyze(database)
    try:
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception:
        log.exception("WAL checkpoint failed at close")
    database.close()
    log.info("Closed database")


def check_file(path: Path, key: bytes | None = None) -> list[str]:
    """`file_problems` through a connection of its own (`reading`), so it can run on a worker
    thread unless the journal holds its file alone."""
    with reading(path, key) as connection:
        return file_problems(connection)
