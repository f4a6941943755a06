"""Copying a journal file between plain and encrypted forms, and proving the copy whole.

SQLCipher's `sqlcipher_export` copies every table, index, trigger and the full-text index into
an attached database keyed (or not) as asked. The header fields it leaves behind (schema version,
application id) are set afterwards. A copy is trusted only once it passes SQLite's integrity
check and holds the same number of rows in every table as its source.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.storage.errors import StorageError
from coachapp.storage.journal_key import sqlcipher_key
from coachapp.storage.sqlite_file import connect_file

# SQLite's primary result codes that mean the file or the disk failed, not the program.
FILE_FAILURES = frozenset(
    {
        sqlite3.SQLITE_CORRUPT,
        sqlite3.SQLITE_NOTADB,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
    }
)


class ConversionError(StorageError):
    """A journal file (or backup) could not be converted, or its copy did not match it; it was
    left as it was. `details` says why in SQLite's words."""

    def __init__(self, details: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Storage", "Your journal could not be converted ({details}); it was left as it was."
            ),
            details=details,
        )
        self.details = details


@contextlib.contextmanager
def _file_failures() -> Iterator[None]:
    """SQLite's (or SQLCipher's) word that the file or the disk failed, as a ConversionError;
    anything else is a bug and goes through as it is."""
    try:
        yield
    except Exception as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if not isinstance(code, int) or code & 0xFF not in FILE_FAILURES:
            raise
        raise ConversionError(str(exc)) from exc


def _header(connection: Any) -> tuple[int, int]:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    app_id = connection.execute("PRAGMA application_id").fetchone()[0]
    return int(version), int(app_id)


def row_counts(connection: Any) -> dict[str, int]:
    """Rows per table (virtual tables' shadow tables included), to compare two copies."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
    }


def _sqlcipher_connection(path: Path, key: bytes | None) -> Any:
    """A SQLCipher connection even for a plain file: only SQLCipher has `sqlcipher_export`."""
    from sqlcipher3 import dbapi2 as sqlcipher  # noqa: PLC0415 (only when converting)

    connection = sqlcipher.connect(str(path), isolation_level=None)
    connection.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        connection.execute(f'PRAGMA key = "{sqlcipher_key(key)}"')
    return connection


def convert(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Write `source` (opened with `source_key`) to the new file `target` (keyed `target_key`).

    `target` must not exist; it is created readable by its owner alone. Raises ConversionError,
    removing `target`, when the file or the disk fails or the copy is not whole (OSError when
    `target` cannot be created); `source` is only read.
    """
    if target.exists():
        raise FileExistsError(target)
    target.touch(mode=0o600)  # created private, before SQLCipher writes a byte of it
    try:
        expected, header = _export(source, source_key, target, target_key)
        verify(target, target_key, expected, header)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _export(
    source: Path, source_key: bytes | None, target: Path, target_key: bytes | None
) -> tuple[dict[str, int], tuple[int, int]]:
    """Copy `source` into the empty `target`; the source's rows per table and header."""
    with _file_failures():
        connection = _sqlcipher_connection(source, source_key)
        try:
            version, app_id = _header(connection)
            attach_key = sqlcipher_key(target_key) if target_key is not None else ""
            connection.execute(f'ATTACH DATABASE ? AS copy KEY "{attach_key}"', (str(target),))
            try:
                connection.execute("SELECT sqlcipher_export('copy')")
                connection.execute(f"PRAGMA copy.user_version = {version}")
                connection.execute(f"PRAGMA copy.application_id = {app_id}")
            finally:
                connection.execute("DETACH DATABASE copy")
            return row_counts(connection), (version, app_id)
        finally:
            connection.close()


def verify(path: Path, key: bytes | None, rows: dict[str, int], header: tuple[int, int]) -> None:
    """Raise ConversionError unless `path` is sound and holds `rows` under `header`."""
    with _file_failures():
        connection = connect_file(path, key)
        try:
            problems = [r[0] for r in connection.execute("PRAGMA integrity_check")]
            found = row_counts(connection)
            found_header = _header(connection)
        finally:
            connection.close()
    if problems != ["ok"]:
        raise ConversionError("; ".join(map(str, problems[:3])))
    if found != rows or found_header != header:
        raise ConversionError("rows or header differ from the original")
