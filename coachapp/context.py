"""Opening a journal: the database, its migrations and the services over it, in one object.

The GUI and every headless command go through `open_journal`, so they all get the same checks
(foreign file, newer version, backup before migrating) and the same services.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from coachapp.clock import Clock
from coachapp.config import Paths, Settings
from coachapp.services.backup import BackupService
from coachapp.services.people import PeopleService
from coachapp.services.trash import TrashService
from coachapp.storage.database import close_database, open_database
from coachapp.storage.errors import CorruptDatabaseError, NotAJournalError
from coachapp.storage.migrations import LATEST_VERSION, check_file_before_open, migrate

log = logging.getLogger("coachapp.context")


@dataclass
class Journal:
    """An open journal and the services that work on it."""

    paths: Paths
    settings: Settings
    clock: Clock
    database: SqliteDatabase
    backups: BackupService
    people: PeopleService
    trash: TrashService
    migrated: list[int] = field(default_factory=list)

    def close(self) -> None:
        close_database()

    def reopen(self) -> None:
        """Open the file again (after a restore replaced it), keeping the same services."""
        close_database()
        self.database = _connect(self.paths.database)
        self.migrated = _migrate(self.database, self.paths, self.backups)


def _connect(path: Path) -> SqliteDatabase:
    check_file_before_open(path)
    try:
        return open_database(path)
    except DatabaseError as exc:
        close_database()
        if "not a database" in str(exc):
            raise NotAJournalError(path) from exc
        raise CorruptDatabaseError(path, str(exc)) from exc


def _migrate(database: SqliteDatabase, paths: Paths, backups: BackupService) -> list[int]:
    try:
        return migrate(
            database,
            paths.database,
            backup=lambda current: backups.create(f"before-v{LATEST_VERSION}-from-v{current}"),
        )
    except BaseException:
        close_database()
        raise


def open_journal(paths: Paths, settings: Settings, clock: Clock) -> Journal:
    """Open (creating or migrating as needed) the journal in `paths`."""
    database = _connect(paths.database)
    backups = BackupService(paths.database, paths.backups, clock, settings.get("backup.keep"))
    migrated = _migrate(database, paths, backups)
    people = PeopleService(clock)
    return Journal(
        paths=paths,
        settings=settings,
        clock=clock,
        database=database,
        backups=backups,
        people=people,
        trash=TrashService({"person": people}),
        migrated=migrated,
    )
