"""Starting the GUI: one instance per data folder, the running one brought forward."""

from __future__ import annotations

import argparse
import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from coachapp.cli import build_parser
from coachapp.clock import FixedClock, SystemClock
from coachapp.config import Paths, Settings
from coachapp.context import open_journal
from coachapp.instance_lock import InstanceLock
from coachapp.services.people.people import PersonDraft
from coachapp.services.protection.opening import file_stamp
from coachapp.storage.backups import list_backups
from coachapp.ui.shell import app as gui_app
from coachapp.ui.shell.opening import CLOSED
from coachapp.ui.shell.single_instance import InstanceServer, server_name
from tests.conftest import NOW
from tests.gui.conftest import Answers, start_app


def gui_args(*extra: str) -> argparse.Namespace:
    return build_parser().parse_args(["--lang", "en", *extra])


def start(qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings) -> int:
    """Start the GUI in this process as `coachapp` would, then stop it; 0 if it started."""
    session = start_app(qtbot, qapp, paths, settings)
    if isinstance(session, int):
        return session
    assert session.window.isVisible() and session.journal.is_open
    session.stop()
    return 0


def test_a_second_start_brings_the_first_window_forward_without_a_word(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    lock = InstanceLock(paths.lock_file)
    lock.acquire(NOW)
    server = InstanceServer(server_name(paths))
    try:
        with qtbot.waitSignal(server.activation_requested, timeout=5000):
            assert gui_app.start_gui(qapp, paths, settings, gui_args()) == 0
        assert answers.seen == []  # no box left on screen until clicked
    finally:
        server.close()
        lock.release()


def test_a_second_start_says_so_when_the_first_does_not_answer(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    lock = InstanceLock(paths.lock_file)
    lock.acquire(NOW)
    try:
        assert gui_app.start_gui(qapp, paths, settings, gui_args()) == 1
        assert "CoachApp is already running with this data folder" in answers.seen[0]
    finally:
        lock.release()


def test_start_paints_then_releases_everything(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    assert start(qtbot, qapp, paths, settings) == 0
    assert paths.database.exists()
    assert settings.state(CLOSED) == file_stamp(paths.database)  # a clean close
    assert not (paths.database.with_name("journal.db-wal")).exists()
    with InstanceLock(paths.lock_file) as again:
        again.acquire(NOW)


def test_a_damaged_journal_offers_the_newest_healthy_backup(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    assert start(qtbot, qapp, paths, settings) == 0  # its first backup made after the paint
    journal = open_journal(paths, settings, SystemClock())  # so this backup is the newest
    journal.people.create(PersonDraft("Kept Safe"))
    journal.backups.create()
    journal.close()
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert start(qtbot, qapp, paths, settings) == 0
    assert "Restore the newest healthy backup" in answers.seen[-1]
    journal = open_journal(paths, settings, FixedClock(NOW))
    try:
        assert [p.name for p in journal.people.search()] == ["Kept Safe"]
        assert any(b.reason == "before-restore" for b in journal.backups.backups())
    finally:
        journal.close()


def test_a_newer_journal_is_explained_and_left_alone(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    assert start(qtbot, qapp, paths, settings) == 0
    raw = sqlite3.connect(paths.database)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    before = paths.database.read_bytes()
    assert start(qtbot, qapp, paths, settings) == 1
    assert "written by a newer version of CoachApp" in answers.seen[-1]
    assert paths.database.read_bytes() == before


def test_the_journal_opens_after_the_first_paint(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    """Its file checked before the paint, the journal is opened just after it."""
    assert start(qtbot, qapp, paths, settings) == 0
    session = gui_app.start_gui(qapp, paths, settings, gui_args())
    assert isinstance(session, gui_app.GuiSession)
    try:
        assert not session.journal.is_open and session.window.isVisible()
        qtbot.waitUntil(lambda: session.server is not None, timeout=10000)
        assert session.journal.is_open
        assert session.window.today_view.isVisible()
    finally:
        session.stop()
    assert answers.seen == []


def test_a_journal_damaged_after_its_check_is_offered_its_backup_over_the_window(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    assert start(qtbot, qapp, paths, settings) == 0  # a journal and its first backup
    session = gui_app.start_gui(qapp, paths, settings, gui_args())
    assert isinstance(session, gui_app.GuiSession)
    try:
        paths.database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # after its check
        qtbot.waitUntil(lambda: session.server is not None, timeout=10000)
        assert "Restore the newest healthy backup" in answers.seen[-1]
        assert session.journal.is_open and session.window.today_view.isVisible()
    finally:
        session.stop()
    kept = [b for b in list_backups(paths.backups) if b.reason == "before-restore"]
    assert len(kept) == 1


def test_declining_the_backup_after_the_paint_quits_and_vouches_for_nothing(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers, *,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    assert start(qtbot, qapp, paths, settings) == 0
    session = gui_app.start_gui(qapp, paths, settings, gui_args())
    assert isinstance(session, gui_app.GuiSession)
    exits: list[int] = []
    monkeypatch.setattr(qapp, "exit", exits.append)
    answers.confirm = False
    damaged = b"SQLite format 3\x00" + b"\xff" * 4000
    paths.database.write_bytes(damaged)
    qtbot.waitUntil(lambda: exits == [1], timeout=10000)
    assert "Restore the newest healthy backup" in answers.seen[-1]
    assert not session.journal.is_open and session.server is None
    session.stop()
    assert paths.database.read_bytes() == damaged
    # Not stamped as cleanly closed: the next start checks the file again.
    assert settings.state(CLOSED) != file_stamp(paths.database)
