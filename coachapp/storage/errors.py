"""Storage failures the user can understand, separated from bugs.

SQLite reports a full disk, a read-only file or a damaged database as OperationalError or
DatabaseError; those are the environment's fault and get a clear message, not a crash dialog.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coachapp.errors import QT_TRANSLATE_NOOP, UserError


class StorageError(UserError):
    """The journal database cannot be used as asked."""


class NewerSchemaError(StorageError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The journal {path} was written by a newer version of CoachApp (format {found}; "
                "this version reads up to {supported}). Install the newer version to open it; "
                "nothing was changed.",
            ),
            path=path,
            found=found,
            supported=supported,
        )
        self.found = found
        self.supported = supported


class NotAJournalError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Storage", "{path} is not a CoachApp journal; nothing was changed."),
            path=path,
        )


class CorruptDatabaseError(StorageError):
    def __init__(self, path: Path, details: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Storage", "The journal {path} is damaged ({details}); nothing was changed."
            ),
            path=path,
            details=details,
        )
        self.details = details


class EmptyJournalError(CorruptDatabaseError):
    """A zero-length journal beside backups of it: its content was lost, it is not a new one."""

    def __init__(self, path: Path) -> None:
        StorageError.__init__(
            self,
            QT_TRANSLATE_NOOP(
                "Storage",
                "The journal {path} is empty, although backups of it exist: its content was "
                "lost; nothing was changed.",
            ),
            path=path,
        )
        self.details = "empty file"


class EnvironmentStorageError(StorageError):
    """Disk full, read-only file, locked database: the workstation's fault, not CoachApp's."""


_KNOWN_CODES = {
    sqlite3.SQLITE_FULL: QT_TRANSLATE_NOOP(
        "Storage", "The disk is full: CoachApp could not save. Free some space and try again."
    ),
    sqlite3.SQLITE_READONLY: QT_TRANSLATE_NOOP(
        "Storage", "The journal file is read-only: CoachApp could not save."
    ),
    sqlite3.SQLITE_BUSY: QT_TRANSLATE_NOOP(
        "Storage", "The journal is busy in another program: CoachApp could not save. Try again."
    ),
    sqlite3.SQLITE_IOERR: QT_TRANSLATE_NOOP(
        "Storage", "The disk reported an error while CoachApp was saving."
    ),
    sqlite3.SQLITE_CANTOPEN: QT_TRANSLATE_NOOP("Storage", "The journal file cannot be opened."),
}


def _sqlite_error(exc: BaseException | None) -> sqlite3.Error | None:
    """The sqlite3 error behind `exc`: peewee keeps it in args[0] or as the context.

    The first error with a specific code wins over a generic SQLITE_ERROR: when a disk fills
    up mid-transaction SQLite rolls back by itself, so peewee's own rollback then fails with
    "cannot rollback - no transaction is active", raised in the context of the real cause.
    """
    first = None
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, sqlite3.Error) and hasattr(exc, "sqlite_errorcode"):
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_ERROR:
                return exc
            first = first or exc
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc = inner or exc.__cause__ or exc.__context__
        seen += 1
    return first


def classify(exc: BaseException, path: Path) -> StorageError | None:
    """The user-facing error for a SQLite failure on `path` not caused by a bug, else None.

    Accepts sqlite3 errors and peewee's wrappers of them.
    A damaged file is a CorruptDatabaseError; a busy, read-only or failing disk is an
    EnvironmentStorageError, which says nothing about the file itself.
    """
    original = _sqlite_error(exc)
    if original is None:
        return None
    exc = original
    code = original.sqlite_errorcode
    primary = code & 0xFF
    if primary == sqlite3.SQLITE_NOTADB:
        return NotAJournalError(path)
    if primary == sqlite3.SQLITE_CORRUPT:
        return CorruptDatabaseError(path, str(exc))
    message = _KNOWN_CODES.get(primary)
    return EnvironmentStorageError(message) if message else None
