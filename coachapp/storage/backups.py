"""Copies of the journal taken with SQLite's online backup API, and restoring from them.

A backup is a consistent snapshot even while the app writes (WAL), written to a temporary file
and renamed into place. Backups are named `coachapp-<UTC stamp>-<reason>.db` so the folder can
be read by a person and rotated per reason without a catalogue file.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from coachapp.fileio import atomic_path
from coachapp.storage.database import APPLICATION_ID, quick_check
from coachapp.storage.errors import CorruptDatabaseError, NewerSchemaError, NotAJournalError

log = logging.getLogger("coachapp.storage.backups")

SQLITE_MAGIC = b"SQLite format 3\x00"
_NAME = re.compile(r"^coachapp-(\d{8}T\d{6}(?:\d{6})?Z)-([a-z0-9-]+)\.db$")
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    size: int


def backup_name(created_at: datetime, reason: str) -> str:
    stamp = created_at.astimezone(UTC).strftime(_STAMP_FORMAT)
    return f"coachapp-{stamp}-{reason}.db"


def parse_backup_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    stamp, reason = match.groups()
    fmt = _STAMP_FORMAT if len(stamp) > 16 else "%Y%m%dT%H%M%SZ"
    return datetime.strptime(stamp, fmt).replace(tzinfo=UTC), reason


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder`, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            parsed = parse_backup_name(path)
            if parsed and path.is_file():
                found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of the open database `source` to `target`, atomically."""
    with atomic_path(target) as tmp:
        destination = sqlite3.connect(tmp)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()


def rotate(folder: Path, reason: str, keep: int) -> list[Path]:
    """Delete all but the `keep` newest backups made for `reason`; return what was deleted."""
    same_reason = [b for b in list_backups(folder) if b.reason == reason]
    removed = []
    for old in same_reason[keep:]:
        old.path.unlink(missing_ok=True)
        old.path.with_name(old.path.name + "-wal").unlink(missing_ok=True)
        removed.append(old.path)
        log.info("Rotated out backup %s", old.path.name)
    return removed


def copy_closed_file(source: Path, target: Path) -> None:
    """Copy a journal nobody has open, byte for byte, with its write-ahead log if it has one.

    Used for the safety copy before a restore: it works even when the journal is damaged.
    """
    with atomic_path(target) as tmp:
        shutil.copyfile(source, tmp)
    wal = source.with_name(source.name + "-wal")
    if wal.exists():
        with atomic_path(target.with_name(target.name + "-wal")) as tmp:
            shutil.copyfile(wal, tmp)


def inspect_journal_file(path: Path, supported_version: int) -> int:
    """Check that `path` is a healthy CoachApp journal this version can open; return its version.

    Opens the file read-only, so a foreign or damaged file is never modified.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise NotAJournalError(path) from exc
    if header != SQLITE_MAGIC:
        raise NotAJournalError(path)
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotAJournalError(path) from exc
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID or version < 1:
            raise NotAJournalError(path)
        problems = quick_check(connection)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    finally:
        connection.close()
    if problems:
        raise CorruptDatabaseError(path, "; ".join(problems[:3]))
    if version > supported_version:
        raise NewerSchemaError(path, version, supported_version)
    return int(version)


def copy_journal_file(source: Path, target: Path) -> None:
    """Make `target` a copy of the journal file `source`; `target` must not be open.

    The copy goes through the backup API into a temporary file renamed over `target`, then any
    write-ahead log left beside `target` is removed, since it belongs to the old file.
    """
    reader = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        copy_database(reader, target)
    finally:
        reader.close()
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
