"""Starting the GUI: one instance per data folder, the running one brought forward."""

from __future__ import annotations

import argparse
import sqlite3

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from coachapp.cli import build_parser
from coachapp.clock import FixedClock
from coachapp.config import Paths, Settings
from coachapp.context import open_journal
from coachapp.instance_lock import InstanceLock
from coachapp.services.people.people import PersonDraft
from coachapp.services.protection.backup import file_stamp
from coachapp.ui.shell import app as gui_app
from coachapp.ui.shell.single_instance import InstanceServer, server_name
from tests.conftest import NOW
from tests.gui.conftest import Answers


def gui_args(*extra: str) -> argparse.Namespace:
    return build_parser().parse_args(["--lang", "en", *extra])


def start(qapp: QApplication, paths: Paths, settings: Settings) -> int:
    """Start the GUI in this process as `coachapp` would, then stop it; 0 if it started."""
    session = gui_app.start_gui(qapp, paths, settings, gui_args())
    if isinstance(session, int):
        return session
    assert session.window.isVisible()
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
    assert start(qapp, paths, settings) == 0
    assert paths.database.exists()
    assert settings.state(gui_app.CLOSED) == file_stamp(paths.database)  # a clean close
    assert not (paths.database.with_name("journal.db-wal")).exists()
    with InstanceLock(paths.lock_file) as again:
        again.acquire(NOW)


def test_a_damaged_journal_offers_the_newest_healthy_backup(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    assert start(qapp, paths, settings) == 0
    journal = open_journal(paths, settings, FixedClock(NOW))
    journal.people.create(PersonDraft("Kept Safe"))
    journal.backups.create()
    journal.close()
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert start(qapp, paths, settings) == 0
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
    assert start(qapp, paths, settings) == 0
    raw = sqlite3.connect(paths.database)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    before = paths.database.read_bytes()
    assert start(qapp, paths, settings) == 1
    assert "written by a newer version of CoachApp" in answers.seen[-1]
    assert paths.database.read_bytes() == before
