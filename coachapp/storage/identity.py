"""The journal's own id (schema v15): the same across exports of one journal, so that a coach
files them under one coachee and an import knows the manager's own journal from another."""

from __future__ import annotations

from coachapp.storage.database import db


def journal_id() -> str:
    return str(db.execute_sql("SELECT journal_id FROM journal_identity WHERE id = 1").fetchone()[0])


def adopt_journal_id(value: str) -> None:
    """Take the id of the journal this one continues (moved here from another workstation),
    inside the caller's transaction."""
    db.execute_sql("UPDATE journal_identity SET journal_id = ? WHERE id = 1", (value,))
