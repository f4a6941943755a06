"""Backups as the manager and the scheduler use them: take, rotate, list, restore."""

from __future__ import annotations

import logging
import sqlite3
from datetime import timedelta
from pathlib import Path

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.storage.backups import BackupInfo as BackupInfo  # re-exported for the UI
from coachapp.storage.backups import (
    backup_name,
    copy_closed_file,
    copy_database,
    copy_journal_file,
    inspect_journal_file,
    list_backups,
    rotate,
)
from coachapp.storage.database import BUSY_TIMEOUT_S, check_file
from coachapp.storage.migrations import LATEST_VERSION

log = logging.getLogger("coachapp.backup")

# How many copies of each kind the folder keeps; scheduled ones follow the user's setting.
KEEP_SAFETY_COPIES = 5
SCHEDULED = "auto"
MANUAL = "manual"


class BackupService:
    """Backups of the journal file at `database_path`.

    Each backup reads through its own SQLite connection, so it may run on a worker thread
    while the app keeps writing (WAL lets the reader see a consistent snapshot).
    """

    def __init__(self, database_path: Path, folder: Path, clock: Clock, keep: int) -> None:
        self.database_path = database_path
        self.folder = folder
        self._clock = clock
        self.keep = keep

    def create(self, reason: str = MANUAL, out: Path | None = None) -> Path:
        """Snapshot the open journal; into the backup folder unless `out` is given."""
        target = out or self.folder / backup_name(self._clock.now(), reason)
        if target.exists() and target.is_dir():
            raise UserError(
                QT_TRANSLATE_NOOP("Backup", "{path} is a folder; give a file name."), path=target
            )
        source = sqlite3.connect(self.database_path, timeout=BUSY_TIMEOUT_S)
        try:
            copy_database(source, target)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("Backup", "Cannot write the backup {path}: {reason}"),
                path=target,
                reason=exc.strerror or exc,
            ) from exc
        finally:
            source.close()
        log.info("Backup written: %s (%s)", target.name, reason)
        if out is None:
            rotate(self.folder, reason, self.keep if reason == SCHEDULED else KEEP_SAFETY_COPIES)
        return target

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.folder)

    def is_due(self, interval: timedelta) -> bool:
        """Whether the newest backup of any kind is older than `interval`."""
        existing = self.backups()
        return not existing or self._clock.now() - existing[0].created_at >= interval

    def run_if_due(self, interval: timedelta) -> Path | None:
        return self.create(SCHEDULED) if self.is_due(interval) else None

    def newest_healthy(self) -> BackupInfo | None:
        """The newest backup that passes every check a restore makes."""
        for backup in self.backups():
            try:
                inspect_journal_file(backup.path, LATEST_VERSION)
            except UserError:
                log.warning("Backup %s fails its checks; skipped", backup.path.name)
                continue
            return backup
        return None


def check_health(database_path: Path) -> list[str]:
    """Problems SQLite finds in the journal file (empty when healthy); safe on a worker thread."""
    return check_file(database_path)


def verify(source: Path) -> int:
    """Check that `source` can be restored (see `inspect_journal_file`); its schema version."""
    return inspect_journal_file(source, LATEST_VERSION)


def restore_journal(source: Path, database_path: Path, folder: Path, clock: Clock) -> Path | None:
    """Replace the journal at `database_path`, which nobody may have open, with `source`.

    The file is fully checked first (a CoachApp journal, healthy, not from a newer version);
    on any problem nothing is changed. The current journal, even a damaged one, is first copied
    into the backup folder; that copy's path is returned. An older backup is upgraded by the
    next open, with the usual backup-before-migration.
    """
    version = inspect_journal_file(source, LATEST_VERSION)
    if database_path.exists() and source.resolve() == database_path.resolve():
        raise UserError(QT_TRANSLATE_NOOP("Backup", "This file is the journal in use."))
    safety = None
    if database_path.exists():
        safety = folder / backup_name(clock.now(), "before-restore")
        copy_closed_file(database_path, safety)
        rotate(folder, "before-restore", KEEP_SAFETY_COPIES)
    copy_journal_file(source, database_path)
    log.info("Restored journal from %s (schema version %d)", source.name, version)
    return safety
