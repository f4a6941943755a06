"""Saving an entry when the workstation refuses: full disk, read-only file, busy database.

Each fault is made at the storage layer while the user types in the entry editor. The editor
must say why in its banner and the status bar (not a crash dialog), keep the typed text, and
write exactly that text once the fault is gone; the journal stays intact throughout.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import peewee
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

from coachapp.context import Journal
from coachapp.services.journal.journal import EntryDraft
from coachapp.storage import sqlite_file
from coachapp.storage.models import Entry
from coachapp.ui.common.autosave import MAX_WAIT_MS, RETRY_MS
from coachapp.ui.journal.entry_editor import EntryEditor
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.gui.conftest import type_text

TYPED = "Réunion café : l'équipe veut tester la borne."
# Pasted after the typed words: enough new text that the journal must grow to hold it.
WORDS = ("accueil", "usager", "borne", "dossier", "rendez-vous", "mairie", "numérique", "agent")
PASTE = " ".join(random.Random(4).choice(WORDS) + str(n) for n in range(4000))
SAVE_WAIT_MS = RETRY_MS + 3000  # a retry happens within this once the fault is gone


def stored_body(entry_uuid: str) -> str:
    return str(Entry.get(Entry.uuid == entry_uuid).body)


def assert_intact(path: Path) -> None:
    """SQLite's full integrity check and the search index's own check both pass."""
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        raw.execute("INSERT INTO entry_fts (entry_fts) VALUES ('integrity-check')")


# Faults: each starts refusing writes on the open journal, and stops.


@dataclass
class Fault:
    start: Callable[[], None]
    stop: Callable[[], None]
    says: str  # what the message names


def pragma_fault(journal: Journal, on: str, off: str, says: str) -> Fault:
    """A limit SQLite itself enforces on the app's own connection: a real refusal."""
    return Fault(
        lambda: journal.database.execute_sql(on), lambda: journal.database.execute_sql(off), says
    )


def disk_full_for_real(journal: Journal) -> Fault:
    """The journal may not grow by a single page: SQLite answers SQLITE_FULL as on a full disk."""

    def start() -> None:
        pages = journal.database.execute_sql("PRAGMA page_count").fetchone()[0]
        journal.database.execute_sql(f"PRAGMA max_page_count = {pages}")

    return Fault(
        start,
        lambda: journal.database.execute_sql("PRAGMA max_page_count = 1073741823"),
        "The disk is full",
    )


def injected(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, code: int, text: str, says: str
) -> Fault:
    """Every write statement fails with SQLite error `code`, wrapped as peewee wraps it."""
    real: Callable[..., object] = journal.database.execute_sql

    def refusing(sql: str, params: object = None, *args: object) -> object:
        if sql.lstrip().split(" ", 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            error = sqlite3.OperationalError(text)
            error.sqlite_errorcode = code
            try:
                raise error
            except sqlite3.OperationalError as exc:
                raise peewee.OperationalError(text) from exc
        return real(sql, params, *args)

    return Fault(
        lambda: monkeypatch.setattr(journal.database, "execute_sql", refusing),
        lambda: monkeypatch.setattr(journal.database, "execute_sql", real),
        says,
    )


SQLITE_READONLY_DBMOVED = sqlite3.SQLITE_READONLY | (4 << 8)
SQLITE_IOERR_WRITE = sqlite3.SQLITE_IOERR | (3 << 8)

FAULTS: dict[str, Callable[[Journal, pytest.MonkeyPatch], Fault]] = {
    "disk-full": lambda j, _m: disk_full_for_real(j),
    "read-only": lambda j, _m: pragma_fault(
        j, "PRAGMA query_only = ON", "PRAGMA query_only = OFF", "read-only"
    ),
    "injected-disk-full": lambda j, m: injected(
        j, m, sqlite3.SQLITE_FULL, "database or disk is full", "The disk is full"
    ),
    "injected-read-only": lambda j, m: injected(
        j, m, sqlite3.SQLITE_READONLY, "attempt to write a readonly database", "read-only"
    ),
    "injected-read-only-file-moved": lambda j, m: injected(
        j, m, SQLITE_READONLY_DBMOVED, "attempt to write a readonly database", "read-only"
    ),
    "injected-write-error": lambda j, m: injected(
        j, m, SQLITE_IOERR_WRITE, "disk I/O error", "The disk reported an error"
    ),
}


@pytest.fixture(params=sorted(FAULTS))
def fault(
    request: pytest.FixtureRequest, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> Fault:
    return FAULTS[request.param](journal, monkeypatch)


def type_and_paste(qtbot: QtBot, window: MainWindow) -> tuple[EntryEditor, str]:
    """Text typed then pasted at the end of the entry shown; (editor, expected body)."""
    editor = window.journal_view.editor
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, editor.body, TYPED)
    editor.body.insertPlainText(" " + PASTE)  # as a paste does
    typed = editor.body.toPlainText()
    assert typed.endswith(TYPED + " " + PASTE)
    return editor, typed


def test_a_refused_save_keeps_the_text_and_writes_it_once_possible(
    qtbot: QtBot, window: MainWindow, journal: Journal, fault: Fault
) -> None:
    entry_uuid = window.journal_view.new_entry().uuid
    before = stored_body(entry_uuid)
    fault.start()
    editor, typed = type_and_paste(qtbot, window)
    qtbot.waitUntil(editor.error.shown, timeout=MAX_WAIT_MS + 2000)
    assert fault.says in editor.error.text()
    assert "What you typed is kept" in editor.error.text()
    assert fault.says in window.statusBar().currentMessage()
    assert editor.body.toPlainText() == typed
    assert stored_body(entry_uuid) == before  # nothing half-written
    assert_intact(journal.paths.database)

    fault.stop()
    qtbot.waitUntil(lambda: stored_body(entry_uuid) == typed, timeout=SAVE_WAIT_MS)
    assert not editor.error.shown()
    assert not editor.autosave.dirty
    assert_intact(journal.paths.database)


def test_typing_on_after_a_refusal_is_saved_too(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    entry_uuid = window.journal_view.new_entry().uuid
    fault = disk_full_for_real(journal)
    fault.start()
    editor, _typed = type_and_paste(qtbot, window)
    qtbot.waitUntil(editor.error.shown, timeout=MAX_WAIT_MS + 2000)
    type_text(qtbot, editor.body, " Suite.")
    fault.stop()
    qtbot.waitUntil(
        lambda: stored_body(entry_uuid) == editor.body.toPlainText(), timeout=SAVE_WAIT_MS
    )
    assert stored_body(entry_uuid).endswith(PASTE + " Suite.")


def leave_and_come_back(
    qtbot: QtBot, window: MainWindow, journal: Journal, entry_uuid: str
) -> None:
    """Type in `entry_uuid` on a full disk, show another entry, come back, free the disk."""
    view = window.journal_view
    other = journal.entries.create(EntryDraft(occurred_at=NOW, title="Autre entrée"))
    view.refresh()
    assert view.select(entry_uuid)
    fault = disk_full_for_real(journal)
    fault.start()
    editor, typed = type_and_paste(qtbot, window)
    assert view.select(other.uuid)  # leaving the entry while the disk is full
    assert editor.record is not None and editor.record.uuid == other.uuid
    assert editor.has_unsaved_edits
    assert view.select(entry_uuid)  # coming back shows what was typed, not what is stored
    assert editor.body.toPlainText() == typed
    assert view.select(other.uuid)
    fault.stop()
    qtbot.waitUntil(lambda: stored_body(entry_uuid) == typed, timeout=SAVE_WAIT_MS)
    assert not editor.has_unsaved_edits
    assert_intact(journal.paths.database)


def test_edits_refused_when_leaving_an_entry_are_kept_and_saved_later(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    written = journal.entries.create(EntryDraft(occurred_at=NOW, title="Entrée écrite"))
    leave_and_come_back(qtbot, window, journal, written.uuid)


def test_a_new_entry_whose_edits_were_refused_is_not_discarded(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    leave_and_come_back(qtbot, window, journal, window.journal_view.new_entry().uuid)


def test_moving_to_the_trash_on_a_full_disk_says_why(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    record = window.journal_view.new_entry()
    editor = window.journal_view.editor
    fault = pragma_fault(journal, "PRAGMA query_only = ON", "PRAGMA query_only = OFF", "")
    fault.start()
    editor.move_to_trash()
    assert "Not moved to the trash: The journal file is read-only" in (
        window.statusBar().currentMessage()
    )
    fault.stop()
    assert journal.entries.get(record.uuid).uuid == record.uuid


# Busy: another program holds the database for longer than the busy timeout.


HOLDER = """
import sqlite3, sys
raw = sqlite3.connect(sys.argv[1], isolation_level=None)
raw.execute("BEGIN EXCLUSIVE")
raw.execute("CREATE TABLE IF NOT EXISTS other_tool (x)")
print("locked", flush=True)
sys.stdin.readline()
raw.execute("ROLLBACK")
"""


class Holder:
    """Another program's connection that takes the journal's write lock and keeps it."""

    def __init__(self, path: Path, kind: str) -> None:
        self.child: subprocess.Popen[str] | None = None
        self.raw: sqlite3.Connection | None = None
        if kind == "other-process":
            self.child = subprocess.Popen(
                [sys.executable, "-c", HOLDER, str(path)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            )  # fmt: skip
            assert self.child.stdout is not None
            assert self.child.stdout.readline().strip() == "locked"
            return
        self.raw = sqlite3.connect(path, isolation_level=None)
        self.raw.execute("BEGIN IMMEDIATE" if kind == "immediate" else "BEGIN EXCLUSIVE")
        self.raw.execute("CREATE TABLE IF NOT EXISTS other_tool (x)")  # a write of its own

    def release(self) -> None:
        if self.child is not None:
            assert self.child.stdin is not None
            self.child.stdin.write("\n")
            self.child.stdin.close()
            assert self.child.wait(timeout=10) == 0
            assert self.child.stdout is not None
            self.child.stdout.close()
        if self.raw is not None:
            self.raw.execute("ROLLBACK")
            self.raw.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> float:
    """Read when the journal connects, so this comes before the `window` fixture."""
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_S", 1)
    return 1


class Ticks:
    """The longest the event loop went without running a 20 ms timer: how long it froze."""

    def __init__(self) -> None:
        self.last = time.monotonic()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def __enter__(self) -> Ticks:
        self.last = time.monotonic()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._tick()  # up to now: a freeze just before the end counts too
        self.timer.stop()


def busy_case(
    qtbot: QtBot, window: MainWindow, journal: Journal, kind: str, timeout_s: float
) -> None:
    record = window.journal_view.new_entry()
    editor = window.journal_view.editor
    holder = Holder(journal.paths.database, kind)
    try:
        editor.body.moveCursor(QTextCursor.MoveOperation.End)
        type_text(qtbot, editor.body, TYPED)
        started = time.monotonic()
        qtbot.waitUntil(editor.error.shown, timeout=int((timeout_s + 3) * 1000))
        waited = time.monotonic() - started
        assert timeout_s <= waited < timeout_s + MAX_WAIT_MS / 1000 + 1.5
        assert "busy in another program" in editor.error.text()
        assert "busy in another program" in window.statusBar().currentMessage()
        with (
            Ticks() as ticks,  # typing goes on while the other program keeps the lock
            qtbot.waitSignal(editor.autosave.failed, timeout=RETRY_MS + 3000),  # a retry refused
        ):
            type_text(qtbot, editor.body, " Encore.")
        assert ticks.longest < 0.6, f"the window froze for {ticks.longest:.2f} s"
        assert editor.error.shown()
        typed = editor.body.toPlainText()
        assert typed.endswith(TYPED + " Encore.")
    finally:
        holder.release()
    qtbot.waitUntil(lambda: stored_body(record.uuid) == typed, timeout=SAVE_WAIT_MS)
    assert not editor.error.shown()
    assert_intact(journal.paths.database)


@pytest.mark.parametrize("kind", ["immediate", "exclusive", "other-process"])
def test_a_busy_database_is_said_and_the_text_saved_once_released(
    short_busy_timeout: float, qtbot: QtBot, window: MainWindow, journal: Journal, kind: str
) -> None:
    busy_case(qtbot, window, journal, kind, short_busy_timeout)


def test_the_real_busy_timeout_bounds_the_first_wait(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    assert sqlite_file.BUSY_TIMEOUT_S == 5
    busy_case(qtbot, window, journal, "immediate", sqlite_file.BUSY_TIMEOUT_S)
