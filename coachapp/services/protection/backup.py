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
from coachapp.storage.database import check_file, held_exclusively, peek_header, reading
from coachapp.storage.errors import CorruptDatabaseError, EmptyJournalError, classify
from coachapp.storage.migrations import LATEST_VERSION

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


def file_stamp(path: Path) -> str:
    """The file's size and modification time: kept at a clean close, compared at next start."""
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def check_before_open(
    database_path: Path, folder: Path, key: bytes | None = None, *, closed_as: str = ""
) -> None:
    """Refuse a journal file whose content is lost or damaged, before anything reads or writes it.

    Opening only reads the schema, so pages scribbled over in the middle of a table would
    surface later as a crash in some view; SQLite's quick check finds them first (about 40 ms
    on a five-year journal). An empty file is a new journal unless backups exist: then its
    content was lost. A protected journal is checked with its `key`; other files that are not
    plain SQLite are left to `open_journal`, which says what they are. `closed_as` is the
    `file_stamp` the app kept when it last closed the journal cleanly: a file untouched since,
    with no write-ahead log or rollback journal left by a crash, skips the quick check here
    (the one after the first paint still runs).
    """
    if not database_path.exists():
        return
    if database_path.stat().st_size == 0:
        if list_backups(folder):
            raise EmptyJournalError(database_path)
        return
    logs = [database_path.with_name(database_path.name + end) for end in ("-wal", "-journal")]
    if closed_as and closed_as == file_stamp(database_path) and not any(p.exists() for p in logs):
        return  # as the app left it at a clean close (a crash leaves its WAL or journal behind)
    try:
        if key is None and not peek_header(database_path).is_sqlite:
            return
    except OSError:
        return  # unreadable: open_journal says so
    try:
        problems = check_file(database_path, key)
    except Exception as exc:  # sqlite3's or SQLCipher's errors
        if getattr(exc, "sqlite_errorcode", None) is None:
            raise
        known = classify(exc, database_path)
        raise known or CorruptDatabaseError(database_path, str(exc)) from exc
    if problems:
        log.error("The journal fails its quick check: %s", "; ".join(problems[:5]))
        raise CorruptDatabaseError(database_path, _first_finding(problems))


def _first_finding(problems: list[str]) -> str:
    """The first line of SQLite's report that names a problem (not its "*** in database" head)."""
    lines = [line.strip() for problem in problems for line in problem.splitlines()]
    return next((line for line in lines if line and not line.startswith("***")), problems[0])


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
