"""A damaged journal file is found before anything reads it, and a healthy backup replaces it.

Each kind of damage is one that happens to real files: a copy cut short, pages overwritten by a
failing disk or a sync tool, another program's file saved under the journal's name, a file
emptied by a crash. Backups are checked the same way before one is offered.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import struct
import zlib
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coachapp.clock import FixedClock
from coachapp.config import Paths, Settings, prepare_paths, resolve_paths
from coachapp.context import UNREADABLE, Journal, open_journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.services.protection.backup import BackupService
from coachapp.services.protection.opening import check_before_open, file_stamp
from coachapp.storage.backups import list_backups
from coachapp.storage.database import close_database
from coachapp.storage.errors import CorruptDatabaseError, EmptyJournalError, NotAJournalError
from tests.conftest import NOW

PAGE = 4096


def truncated(path: Path) -> None:
    """A copy cut short: the first half of the pages."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // PAGE // 2 * PAGE])


def garbage_pages(path: Path) -> None:
    """Three pages in the middle of the file overwritten with noise; the header is intact."""
    data = bytearray(path.read_bytes())
    first = len(data) // PAGE // 3
    noise = random.Random(3)
    for page in range(first, first + 3):
        data[page * PAGE : (page + 1) * PAGE] = bytes(noise.randrange(256) for _ in range(PAGE))
    path.write_bytes(bytes(data))


def scribbled_schema_page(path: Path) -> None:
    """The first page (the schema) scribbled over after its 100-byte header."""
    data = bytearray(path.read_bytes())
    data[100:PAGE] = bytes((i * 31 + 7) % 256 for i in range(PAGE - 100))
    path.write_bytes(bytes(data))


def png_image(path: Path) -> None:
    """A picture saved under the journal's name."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x80\x00")
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def foreign_database(path: Path) -> None:
    """Another program's SQLite database, healthy in itself."""
    path.unlink()
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
        other.executemany("INSERT INTO invoice (amount) VALUES (?)", [(n,) for n in range(500)])
        other.commit()


def emptied(path: Path) -> None:
    """Zero bytes left, as after a crash in the middle of rewriting the file."""
    path.write_bytes(b"")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": truncated,
    "garbage-pages": garbage_pages,
    "scribbled-schema-page": scribbled_schema_page,
    "png-image": png_image,
    "foreign-database": foreign_database,
    "zero-length": emptied,
}
EXPECTED_ERROR = {
    "png-image": NotAJournalError,
    "foreign-database": NotAJournalError,
    "zero-length": EmptyJournalError,
}
BACKUP_TAKEN = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo journal (about 125 pages), built once and copied by each test."""
    paths = resolve_paths(str(tmp_path_factory.mktemp("demo") / "data"))
    prepare_paths(paths)
    clock = FixedClock(NOW)
    journal = open_journal(paths, Settings(paths.settings_file), clock)
    DemoService(clock, journal.methods.library).fill(DemoSize.SMALL, seed=1)
    journal.close()
    return paths.database


def entry_titles(database: Path) -> list[str]:
    with closing(sqlite3.connect(database)) as raw:
        return sorted(title for (title,) in raw.execute("SELECT title FROM entry"))


def with_backup(demo_journal: Path, paths: Paths, settings: Settings) -> Path:
    """The demo journal in `paths`, backed up at BACKUP_TAKEN; the backup's path."""
    shutil.copyfile(demo_journal, paths.database)
    journal = open_journal(paths, settings, FixedClock(BACKUP_TAKEN))
    try:
        return journal.backups.create()
    finally:
        close_database()


def open_as_at_start(paths: Paths, settings: Settings) -> None:
    """What the app does at start (ui.shell.opening.open_or_recover), without the questions."""
    check_before_open(paths.database, paths.backups)
    open_journal(paths, settings, FixedClock(NOW)).close()


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damage_is_found_at_start_and_the_file_left_as_it_was(
    demo_journal: Path, paths: Paths, settings: Settings, kind: str
) -> None:
    with_backup(demo_journal, paths, settings)
    DAMAGE[kind](paths.database)
    damaged = paths.database.read_bytes()
    with pytest.raises(UNREADABLE) as caught:
        open_as_at_start(paths, settings)
    assert isinstance(caught.value, EXPECTED_ERROR.get(kind, CorruptDatabaseError))
    assert paths.database.read_bytes() == damaged


def test_pages_overwritten_in_the_middle_open_without_the_start_check(
    demo_journal: Path, paths: Paths, settings: Settings
) -> None:
    """Why the quick check runs at start: opening alone reads only the schema."""
    shutil.copyfile(demo_journal, paths.database)
    garbage_pages(paths.database)
    open_journal(paths, settings, FixedClock(NOW)).close()
    with pytest.raises(CorruptDatabaseError, match=r"btreeInitPage|malformed"):
        check_before_open(paths.database, paths.backups)


def test_an_empty_file_without_backups_is_a_new_journal(paths: Paths, settings: Settings) -> None:
    paths.database.write_bytes(b"")
    open_as_at_start(paths, settings)
    assert paths.database.stat().st_size > 0


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_backup_is_skipped_for_an_older_healthy_one(
    demo_journal: Path, paths: Paths, settings: Settings, kind: str
) -> None:
    good = with_backup(demo_journal, paths, settings)
    later = FixedClock(datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    journal = open_journal(paths, settings, later)
    try:
        bad = journal.backups.create()
    finally:
        close_database()
    DAMAGE[kind](bad)
    backups = BackupService(paths.database, paths.backups, later, 5)
    assert [b.path for b in backups.backups()][:2] == [bad, good]
    newest = backups.newest_healthy()
    assert newest is not None and newest.path == good


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_recovery_restores_the_backup_and_keeps_the_damaged_file(
    demo_journal: Path, paths: Paths, settings: Settings, kind: str
) -> None:
    backup = with_backup(demo_journal, paths, settings)
    DAMAGE[kind](paths.database)
    damaged = paths.database.read_bytes()
    journal = Journal(paths, settings, FixedClock(NOW))
    journal.recover(backup)
    try:
        assert journal.database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        journal.close()
    assert entry_titles(paths.database) == entry_titles(demo_journal)
    kept = [b for b in list_backups(paths.backups) if b.reason == "before-restore"]
    assert len(kept) == 1
    assert kept[0].path.read_bytes() == damaged


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damage_after_a_clean_close_is_still_found(
    demo_journal: Path, paths: Paths, settings: Settings, kind: str
) -> None:
    """The check is skipped only for the file exactly as a clean close left it."""
    with_backup(demo_journal, paths, settings)
    stamp = file_stamp(paths.database)
    DAMAGE[kind](paths.database)
    with pytest.raises(UNREADABLE):
        check_before_open(paths.database, paths.backups, closed_as=stamp)
        open_journal(paths, settings, FixedClock(NOW)).close()


def test_a_file_as_the_clean_close_left_it_skips_the_quick_check(
    demo_journal: Path, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copyfile(demo_journal, paths.database)
    checked: list[Path] = []

    def closed_file_problems(path: Path, _key: bytes | None = None) -> list[str]:
        checked.append(path)
        return []

    monkeypatch.setattr(
        "coachapp.services.protection.opening.closed_file_problems", closed_file_problems
    )
    check_before_open(paths.database, paths.backups, closed_as=file_stamp(paths.database))
    assert checked == []
    wal = paths.database.with_name(paths.database.name + "-wal")
    wal.write_bytes(b"")  # what a crash leaves: checked again
    check_before_open(paths.database, paths.backups, closed_as=file_stamp(paths.database))
    assert checked == [paths.database]
    wal.unlink()
    check_before_open(paths.database, paths.backups, closed_as="0:0")
    assert len(checked) == 2
