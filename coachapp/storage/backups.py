"""Copies of the journal taken with SQLite's online backup API, and restoring from them.

A backup is a consistent snapshot even while the app writes (WAL), written to a temporary file
and renamed into place. Backups are named `coachapp-<UTC stamp>-<reason>.db` so the folder can
be read by a person and rotated per reason without a catalogue file. A protected journal's
backups are encrypted with its key, and carry a copy of its key file beside them.
"""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.fileio import atomic_path
from coachapp.storage.encryption import convert
from coachapp.storage.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    NotAJournalError,
    StorageError,
)
from coachapp.storage.journal_key import key_file_for, read_key_file
from coachapp.storage.sqlite_file import APPLICATION_ID, connect_file, quick_check

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


def copy_database(source: Any, target: Path, key: bytes | None = None) -> None:
    """Write a consistent copy of the open database `source` to `target`, atomically.

    `source` is keyed with `key` (a SQLCipher connection) or plain; the copy is the same.
    """
    with atomic_path(target) as tmp:
        destination = connect_file(tmp, key)
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
        remove_backup(old.path)
        removed.append(old.path)
        log.info("Rotated out backup %s", old.path.name)
    return removed


def remove_backup(path: Path) -> None:
    """Delete the backup `path` with what belongs to it: its logs and its key file."""
    path.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    key_file_for(path).unlink(missing_ok=True)


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
    copy_key_file(source, target)


def copy_key_file(source: Path, target: Path) -> None:
    """Put a copy of `source`'s key file (if it is protected) beside `target`."""
    key_file = key_file_for(source)
    if key_file.exists():
        with atomic_path(key_file_for(target)) as tmp:
            shutil.copyfile(key_file, tmp)


class OtherKeyError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Storage",
                "{path} is protected by another passphrase than your journal's: CoachApp cannot "
                "check or restore it here; nothing was changed.",
            ),
            path=path,
        )


def file_key(path: Path, key: bytes | None) -> bytes | None:
    """The key `path` opens with: None for a plain file, `key` for a file protected with it.

    A file that is neither plain SQLite nor protected with `key` is refused.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise NotAJournalError(path) from exc
    if header == SQLITE_MAGIC:
        return None
    if not key_file_for(path).exists():
        raise NotAJournalError(path)
    if key is None or not read_key_file(key_file_for(path)).opens(key):
        raise OtherKeyError(path)
    return key


def inspect_journal_file(path: Path, supported_version: int, key: bytes | None = None) -> int:
    """Check that `path` is a healthy CoachApp journal this version can open; return its version.

    Opens the file read-only, so a foreign or damaged file is never modified. A protected file
    is checked with `key`, the journal's own.
    """
    own_key = file_key(path, key)
    try:
        connection = connect_file(path, own_key, read_only=True)
    except Exception as exc:
        raise NotAJournalError(path) from exc
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID or version < 1:
            raise NotAJournalError(path)
        problems = quick_check(connection)
    except NotAJournalError:
        raise
    except Exception as exc:  # sqlite3's or SQLCipher's DatabaseError
        if getattr(exc, "sqlite_errorcode", None) is None:
            raise
        raise CorruptDatabaseError(path, str(exc)) from exc
    finally:
        connection.close()
    if problems:
        raise CorruptDatabaseError(path, "; ".join(problems[:3]))
    if version > supported_version:
        raise NewerSchemaError(path, version, supported_version)
    return int(version)


def copy_journal_file(
    source: Path, target: Path, source_key: bytes | None = None, key: bytes | None = None
) -> None:
    """Make `target` a copy of the journal file `source` (opened with `source_key`), encrypted
    with `key` (None: plain); `target` must not be open.

    The copy goes through the backup API (or, between a plain and a protected file, SQLCipher's
    export) into a temporary file renamed over `target`; then any write-ahead log left beside
    `target` is removed, since it belongs to the old file.
    """
    if source_key == key:
        reader = connect_file(source, key, read_only=True)
        try:
            copy_database(reader, target, key)
        finally:
            reader.close()
    else:
        with atomic_path(target) as tmp:
            tmp.unlink()  # the export writes a new file
            convert(source, source_key, tmp, key)
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
