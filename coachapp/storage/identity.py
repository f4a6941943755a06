"""The journal's own id (schema v15): the same across exports of one journal, so that a coach
files them under one coachee and an import knows the manager's own journal from another."""

from __future__ import annotations

from pathlib import Path

from coachapp.storage.database import db
from coachapp.storage.sqlite_file import connect_file


def journal_id() -> str:
    return str(db.execute_sql("SELECT journal_id FROM journal_identity WHERE id = 1").fetchone()[0])


def adopt_journal_id(value: str) -> None:
    """Take the id of the journal this one continues (moved here from another workstation),
    inside the caller's transaction."""
    db.execute_sql("UPDATE journal_identity SET journal_id = ? WHERE id = 1", (value,))


def read_journal_id(path: Path, key: bytes | None) -> str | None:
    """The id of the journal at `path`, read without opening it for writing (the coaching
    commands never touch the journal); None when it has none or cannot be read."""
    if not path.exists():
        return None
    try:
        connection = connect_file(path, key, read_only=True)
    except Exception:  # sqlite3's or SQLCipher's errors: no id to compare with
        return None
    try:
        row = connection.execute("SELECT journal_id FROM journal_identity WHERE id = 1").fetchone()
    except Exception:
        return None
    finally:
        connection.close()
    return str(row[0]) if row else None
