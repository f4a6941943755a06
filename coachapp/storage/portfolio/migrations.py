"""The portfolio's schema history, kept like the journal's: ordered steps in SQL, each in its
own transaction with the version bump (`PRAGMA user_version`), a backup before an existing
portfolio changes, and a foreign or newer file refused untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.storage.errors import StorageError
from coachapp.storage.migrations import Migration
from coachapp.storage.portfolio.database import APPLICATION_ID, NotAPortfolioError

log = logging.getLogger("coachapp.storage.portfolio")


def _v1_portfolio(database: SqliteDatabase) -> None:
    """Coachees, their journals and exports, sessions, feedback drafts, files written for them,
    and erasures (counted, never named)."""
    database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    statements = [
        """
        CREATE TABLE coachee (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            name_key TEXT NOT NULL UNIQUE,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE coachee_journal (
            journal_id TEXT PRIMARY KEY,
            coachee_id INTEGER NOT NULL REFERENCES coachee (id) ON DELETE CASCADE
        ) WITHOUT ROWID
        """,
        "CREATE INDEX coachee_journal_coachee ON coachee_journal (coachee_id)",
        """
        CREATE TABLE stored_export (
            id INTEGER PRIMARY KEY,
            export_id TEXT NOT NULL UNIQUE,
            coachee_id INTEGER NOT NULL REFERENCES coachee (id) ON DELETE CASCADE,
            journal_id TEXT,
            file_name TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            pseudonymised INTEGER NOT NULL DEFAULT 0,
            first_day TEXT,
            last_day TEXT,
            entries INTEGER NOT NULL DEFAULT 0,
            facts TEXT NOT NULL,
            catalogue BLOB NOT NULL,
            document BLOB NOT NULL
        )
        """,
        "CREATE INDEX stored_export_coachee ON stored_export (coachee_id, exported_at)",
        """
        CREATE TABLE session (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            coachee_id INTEGER NOT NULL REFERENCES coachee (id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX session_coachee ON session (coachee_id, day)",
        """
        CREATE TABLE review_draft (
            export_id INTEGER PRIMARY KEY REFERENCES stored_export (id) ON DELETE CASCADE,
            document TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE written_file (
            id INTEGER PRIMARY KEY,
            coachee_id INTEGER NOT NULL REFERENCES coachee (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('feedback', 'sheet')),
            path TEXT NOT NULL,
            written_at TEXT NOT NULL,
            export_id TEXT NOT NULL DEFAULT '',
            feedback_id TEXT NOT NULL DEFAULT '',
            items INTEGER NOT NULL DEFAULT 0
        )
        """,
        "CREATE INDEX written_file_coachee ON written_file (coachee_id, written_at)",
        """
        CREATE TABLE erasure (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            exports INTEGER NOT NULL,
            files INTEGER NOT NULL
        )
        """,
    ]
    for statement in statements:
        database.execute_sql(statement)


MIGRATIONS: tuple[Migration, ...] = (Migration(1, "portfolio", _v1_portfolio),)
LATEST_VERSION = MIGRATIONS[-1].version


class NewerPortfolioError(StorageError):
    def __init__(self, path: Path, found: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The coaching portfolio {path} was written by a newer version of CoachApp "
                "(format {found}): install it to open the portfolio; nothing was changed.",
            ),
            path=path,
            found=found,
        )


def portfolio_version(database: SqliteDatabase, path: Path) -> int:
    """The portfolio's schema version (0: a new file); refuses a foreign or newer file."""
    try:
        version = int(database.execute_sql("PRAGMA user_version").fetchone()[0])
        app_id = int(database.execute_sql("PRAGMA application_id").fetchone()[0])
        tables = database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except DatabaseError as exc:
        raise NotAPortfolioError(path) from exc
    if version == 0 and app_id == 0 and tables == 0:
        return 0
    if app_id != APPLICATION_ID:
        raise NotAPortfolioError(path)
    if version > LATEST_VERSION:
        raise NewerPortfolioError(path, version)
    return version


def migrate_portfolio(
    database: SqliteDatabase,
    path: Path,
    backup: Callable[[int], object] | None = None,
    target: int = LATEST_VERSION,
) -> list[int]:
    """Bring the portfolio to `target`; `backup(current)` runs first when an existing one
    changes. The versions applied."""
    current = portfolio_version(database, path)
    pending = [m for m in MIGRATIONS if current < m.version <= target]
    if not pending:
        return []
    if current > 0 and backup is not None:
        backup(current)
    for step in pending:
        log.info("Migrating the portfolio to version %d (%s)", step.version, step.name)
        with database.atomic():
            step.apply(database)
            database.execute_sql(f"PRAGMA user_version = {step.version}")
    return [step.version for step in pending]
