"""Backups as the manager and the scheduler use them: take, rotate, list, restore."""

from __future__ import annotations

import logging
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
    copy_key_file,
    file_key,
    inspect_journal_file,
    list_backups,
    rotate,
)
from coachapp.storage.database import check_file, held_exclusively, reading
from coachapp.storage.sqlite_file import LATEST_VERSION

log = logging.getLogger("coachapp.backup")

# How many copies of each kind the folder keeps; scheduled ones follow the user's setting.
KEEP_SAFETY_COPIES = 5
SCHEDULED = "auto"
MANUAL = "manual"


class BackupService:
    """Backups of the journal file at `database_path`.

    Each backup reads through its own SQLite connection, so it may run on a worker thread
    while the app keeps writing (WAL lets the reader see a consistent snapshot); on a network
    folder it reads through the journal's connection, on its thread (`in_background`).
    """

    def __init__(
        self, database_path: Path, folder: Path, clock: Clock, keep: int, key: bytes | None = None
    ) -> None:
        self.database_path = database_path
        self.folder = folder
        self._clock = clock
        self.keep = keep
        self.key = key  # the journal's, when it is protected: backups are encrypted with it

    def create(self, reason: str = MANUAL, out: Path | None = None) -> Path:
        """Snapshot the open journal; into the backup folder unless `out` is given."""
        target = out or self.folder / backup_name(self._clock.now(), reason)
        if target.exists() and target.is_dir():
            raise UserError(
                QT_TRANSLATE_NOOP("Backup", "{path} is a folder; give a file name."), path=target
            )
        try:
            with reading(self.database_path, self.key) as source:
                copy_database(source, target, self.key)
            copy_key_file(self.database_path, target)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("Backup", "Cannot write the backup {path}: {reason}"),
                path=target,
                reason=exc.strerror or exc,
            ) from exc
        log.info("Backup written: %s (%s)", target.name, reason)
        if out is None:
            rotate(self.folder, reason, self.keep if reason == SCHEDULED else KEEP_SAFETY_COPIES)
        return target

    def in_background(self) -> bool:
        """Whether backups and checks of the open journal may run on a worker thread: not when
        the journal holds its file alone (a network folder), since they read through its own
        connection then."""
        return not held_exclusively(self.database_path)

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
                inspect_journal_file(backup.path, LATEST_VERSION, self.key)
            except UserError:
                log.warning("Backup %s fails its checks; skipped", backup.path.name)
                continue
            return backup
        return None


def check_health(database_path: Path, key: bytes | None = None) -> list[str]:
    """Problems SQLite finds in the journal file (empty when healthy); on a worker thread when
    `BackupService.in_background` allows it."""
    return check_file(database_path, key)


def verify(source: Path, key: bytes | None = None) -> int:
    """Check that `source` can be restored (see `inspect_journal_file`); its schema version."""
    return inspect_journal_file(source, LATEST_VERSION, key)


def restore_journal(
    source: Path, database_path: Path, folder: Path, clock: Clock, key: bytes | None = None
) -> Path | None:
    """Replace the journal at `database_path`, which nobody may have open, with `source`.

    The file is fully checked first (a CoachApp journal, healthy, not from a newer version);
    on any problem nothing is changed. The current journal, even a damaged one, is first copied
    into the backup folder; that copy's path is returned. An older backup is upgraded by the
    next open, with the usual backup-before-migration. A protected journal (`key`) stays
    protected with the same key, whatever form `source` has.
    """
    version = inspect_journal_file(source, LATEST_VERSION, key)
    if database_path.exists() and source.resolve() == database_path.resolve():
        raise UserError(QT_TRANSLATE_NOOP("Backup", "This file is the journal in use."))
    safety = None
    if database_path.exists():
        safety = folder / backup_name(clock.now(), "before-restore")
        copy_closed_file(database_path, safety)
        rotate(folder, "before-restore", KEEP_SAFETY_COPIES)
    copy_journal_file(source, database_path, file_key(source, key), key)
    log.info("Restored journal from %s (schema version %d)", source.name, version)
    return safety
