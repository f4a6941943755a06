"""Copying a journal file between plain and encrypted forms, and proving the copy whole.

SQLCipher's `sqlcipher_export` copies every table, index, trigger and the full-text index into
an attached database keyed (or not) as asked. The header fields it leaves behind (schema version,
application id) are set afterwards. A copy is trusted only once it passes SQLite's integrity
check and holds the same number of rows in every table as its source.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.storage.database import connect_file
from coachapp.storage.errors import StorageError
from coachapp.storage.journal_key import sqlcipher_key


class ConversionError(StorageError):
    """A converted copy did not match its source; the journal was left as it was."""


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
    removing `target`, when the copy is not whole; `source` is only read.
    """
    if target.exists():
        raise FileExistsError(target)
    target.touch(mode=0o600)  # created private, before SQLCipher writes a byte of it
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
        expected = row_counts(connection)
    finally:
        connection.close()
    try:
        verify(target, target_key, expected, (version, app_id))
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def verify(path: Path, key: bytes | None, rows: dict[str, int], header: tuple[int, int]) -> None:
    """Raise ConversionError unless `path` is sound and holds `rows` under `header`."""
    connection = connect_file(path, key)
    try:
        problems = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        found = row_counts(connection)
        found_header = _header(connection)
    except Exception as exc:
        raise _mismatch(path, str(exc)) from exc
    finally:
        connection.close()
    if problems != ["ok"]:
        raise _mismatch(path, "; ".join(map(str, problems[:3])))
    if found != rows or found_header != header:
        raise _mismatch(path, "rows or header differ from the original")


def _mismatch(path: Path, details: str) -> ConversionError:
    return ConversionError(
        QT_TRANSLATE_NOOP(
            "Storage",
            "The converted copy of your journal did not check out ({details}); your journal "
            "was left as it was.",
        ),
        path=path,
        details=details,
    )
