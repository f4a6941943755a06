"""Every schema version that was released migrates to the current one with its data intact.

tests/fixtures/schemas/journal-vN.db are small demo journals written by the code of the last
commit at version N (version 1 never shipped alone: version 2 came with it). A new schema
version adds the fixture of the one before it; the first test says when one is missing.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from coachapp.clock import FixedClock
from coachapp.config import Settings, prepare_paths, resolve_paths
from coachapp.context import open_journal
from coachapp.services.journal.journal import EntryFilter
from coachapp.storage.database import close_database
from coachapp.storage.sqlite_file import LATEST_VERSION

FIXTURES = sorted(
    (Path(__file__).resolve().parents[2] / "fixtures" / "schemas").glob("*.db"),
    key=lambda path: int(path.stem.rsplit("-v", 1)[1]),
)
KEPT = {  # what must come through unchanged, table by table
    "person": "uuid, name, role, kind, team, notes, active, created_at, updated_at",
    "entry": "uuid, occurred_at, kind, title, body, mood, energy, private, tags, updated_at",
    "ritual": "uuid, title, purpose, starts_at, rrule, agenda",
    "ritual_occurrence": "uuid, starts_at, status, outcomes, decisions",
    "delegation": "uuid, area, person_uuid, team, level, target_level, status",
    "delegation_checkin": "uuid, day, level, went, note",
    "skill": "uuid, person_uuid, name, kind, level, target_level",
    "experiment": "uuid, title, believe, status, outcome, learned",
    "share_record": "uuid, at, action, form, file_name, sections, pseudonymised, items",
}


def _version(path: Path) -> int:
    return int(path.stem.rsplit("-v", 1)[1])


def _rows(database: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(database) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        return {
            table: connection.execute(f"SELECT {columns} FROM {table} ORDER BY uuid").fetchall()
            for table, columns in KEPT.items()
            if table in tables
        }


def test_a_fixture_for_every_released_version() -> None:
    assert [_version(path) for path in FIXTURES] == list(range(2, LATEST_VERSION))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.stem)
def test_a_released_journal_migrates_with_its_data(
    fixture: Path, tmp_path: Path, clock: FixedClock
) -> None:
    version = _version(fixture)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(fixture, data / "journal.db")
    before = _rows(data / "journal.db")
    assert before.get("person"), "the fixture holds data"
    with sqlite3.connect(data / "journal.db") as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        alive = (
            connection.execute("SELECT count(*) FROM entry WHERE deleted_at IS NULL").fetchone()[0]
            if "entry" in tables
            else 0
        )

    paths = resolve_paths(str(data))
    prepare_paths(paths)
    journal = open_journal(paths, Settings(paths.settings_file), clock)
    try:
        assert journal.migrated == list(range(version + 1, LATEST_VERSION + 1))
        assert journal.entries.count() == alive
        if before.get("entry"):  # the search index was rebuilt or kept: search finds an entry
            word = next(w for w in str(before["entry"][0][3]).split() if len(w) > 3)
            assert journal.entries.count(EntryFilter(text=word)) >= 1
    finally:
        close_database()
    after = _rows(data / "journal.db")
    assert {table: after[table] for table in before} == before
    with sqlite3.connect(data / "journal.db") as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if version < 14:
            # Nobody's arrival day is known yet: none is guessed from when they were typed in.
            assert connection.execute("SELECT count(arrived_on) FROM person").fetchone()[0] == 0
        # Every journal has its own id from version 15 on, written in its exports.
        [(journal_id,)] = connection.execute("SELECT journal_id FROM journal_identity")
        assert len(journal_id) == 36
    assert list(paths.backups.glob(f"*before-v{LATEST_VERSION}-from-v{version}*"))
