"""A journal's file as the standard library sees it: its header, a connection of its own, its
quick check.

Kept apart from the peewee database (`storage.database`) so that what runs before the window's
first paint (which journal state, is the file whole) does not load peewee and the models.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coachapp.storage.errors import NewerSchemaError, NotAJournalError

# "CoAc" in the SQLite header: tells a CoachApp journal from any other SQLite file.
APPLICATION_ID = 0x436F4163
BUSY_TIMEOUT_S = 5
# The journal's schema version this program writes: the last of `migrations.MIGRATIONS`
# (checked there), kept here so a newer file is refused before peewee is loaded.
LATEST_VERSION = 15


@dataclass(frozen=True)
class Header:
    """What the first 100 bytes of a SQLite file say, read without opening it as a database."""

    is_sqlite: bool
    application_id: int = 0
    user_version: int = 0
    pages: int = 0


def peek_header(path: Path) -> Header:
    """Read the SQLite header of `path`, so a foreign or newer file is refused untouched.

    (Opening it with our pragmas would already write to it: WAL mode is recorded in the file.)
    """
    with path.open("rb") as handle:
        header = handle.read(100)
        size = handle.seek(0, 2)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return Header(is_sqlite=False)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return Header(
        is_sqlite=True,
        application_id=int.from_bytes(header[68:72], "big"),
        user_version=int.from_bytes(header[60:64], "big"),
        pages=size // page_size if page_size else 0,
    )


def connect_file(path: Path, key: bytes | None = None, *, read_only: bool = False) -> Any:
    """A plain DB-API connection to a journal file (backups, checks, conversions).

    sqlite3 for a plain file, sqlcipher3 keyed with `key` for a protected one; both speak the
    same DB-API, so callers need not care which.
    """
    target = f"{path.absolute().as_uri()}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, uri=read_only)
    from sqlcipher3 import dbapi2 as sqlcipher  # noqa: PLC0415 (only when protected)

    from coachapp.storage.journal_key import sqlcipher_key  # noqa: PLC0415

    connection = sqlcipher.connect(target, timeout=BUSY_TIMEOUT_S, uri=read_only)
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to report
    connection.execute(f'PRAGMA key = "{sqlcipher_key(key)}"')
    return connection


def quick_check(connection: Any) -> list[str]:
    """Problems SQLite finds in the file (empty when healthy)."""
    previous = connection.text_factory
    # Reports on a damaged file may quote bytes that are not valid text.
    connection.text_factory = bytes
    try:
        rows = [
            row[0].decode("utf-8", "replace") if isinstance(row[0], bytes) else str(row[0])
            for row in connection.execute("PRAGMA quick_check")
        ]
    except UnicodeDecodeError:
        # SQLite's own error message quoted damaged bytes that are not text.
        return ["the database structure is damaged"]
    finally:
        connection.text_factory = previous
    return [] if rows == ["ok"] else rows


def file_problems(connection: Any) -> list[str]:
    """`quick_check` with a file too damaged to be read said as a problem, not raised.

    Damage (or a key that does not open the file) is returned as problems; a busy or unreadable
    disk raises, since it says nothing about the file.
    """
    try:
        return quick_check(connection)
    except Exception as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return [str(exc)]
        raise


def check_file_before_open(path: Path, *, protected: bool = False) -> None:
    """Refuse a foreign or newer file from its header alone, before anything writes to it.

    An encrypted journal's header is encrypted too: `check_compatible` checks it once open.
    """
    if protected or not path.exists() or path.stat().st_size == 0:
        return
    try:
        header = peek_header(path)
    except OSError as exc:
        raise NotAJournalError(path) from exc
    if not header.is_sqlite:
        raise NotAJournalError(path)
    if header.application_id != APPLICATION_ID:
        if header.application_id or header.user_version or header.pages > 1:
            raise NotAJournalError(path)
    elif header.user_version > LATEST_VERSION:
        raise NewerSchemaError(path, header.user_version, LATEST_VERSION)
