"""Starting on a damaged journal: the newest healthy backup is offered, naming its moment.

The app must find the damage before the window reads anything, say from when the backup
dates (so the user knows what may be missing), restore it only if asked, and keep the damaged
file aside.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from coachapp.clock import FixedClock
from coachapp.config import Paths, Settings
from coachapp.context import open_journal
from coachapp.storage.backups import list_backups
from coachapp.storage.database import close_database
from tests.gui.conftest import Answers
from tests.gui.shell.test_app_start import start
from tests.unit.protection.test_corruption import DAMAGE, demo_journal, entry_titles

__all__ = ["demo_journal"]  # the module-scoped fixture, shared with the unit tests

# A backup taken at 18:00 on 24 November 2026, local time, as the message must name it.
TAKEN = datetime(2026, 11, 24, 18, 0).astimezone()
MOMENT = "as it was on 24 November 2026 at 18:00: what you wrote since may be missing"


def backed_up_demo(demo_journal: Path, paths: Paths, settings: Settings) -> None:
    paths.database.write_bytes(demo_journal.read_bytes())
    journal = open_journal(paths, settings, FixedClock(TAKEN))
    try:
        journal.backups.create()
    finally:
        close_database()


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_journal_is_replaced_by_the_backup_the_user_accepts(
    qtbot: QtBot,
    qapp: QApplication,
    *,
    demo_journal: Path,
    paths: Paths,
    settings: Settings,
    answers: Answers,
    kind: str,
) -> None:
    backed_up_demo(demo_journal, paths, settings)
    DAMAGE[kind](paths.database)
    damaged = paths.database.read_bytes()
    assert start(qtbot, qapp, paths, settings) == 0
    question = answers.seen[-1]
    assert "Restore the newest healthy backup?" in question
    assert MOMENT in question
    assert str(paths.database) in question  # the problem names the file
    assert entry_titles(paths.database) == entry_titles(demo_journal)
    kept = [b.path for b in list_backups(paths.backups) if b.reason == "before-restore"]
    assert [p.read_bytes() for p in kept] == [damaged]


def test_declining_the_backup_leaves_everything_as_it_was(
    qtbot: QtBot,
    qapp: QApplication,
    *,
    demo_journal: Path,
    paths: Paths,
    settings: Settings,
    answers: Answers,
) -> None:
    backed_up_demo(demo_journal, paths, settings)
    DAMAGE["garbage-pages"](paths.database)
    damaged = paths.database.read_bytes()
    answers.confirm = False
    assert start(qtbot, qapp, paths, settings) == 1
    assert MOMENT in answers.seen[-1]
    assert paths.database.read_bytes() == damaged
    assert [b.reason for b in list_backups(paths.backups)] == ["manual"]


def test_without_a_healthy_backup_the_damage_is_explained(
    qtbot: QtBot,
    qapp: QApplication,
    *,
    demo_journal: Path,
    paths: Paths,
    settings: Settings,
    answers: Answers,
) -> None:
    paths.database.write_bytes(demo_journal.read_bytes())
    DAMAGE["truncated"](paths.database)
    damaged = paths.database.read_bytes()
    assert start(qtbot, qapp, paths, settings) == 1
    assert "is damaged" in answers.seen[-1]
    assert "There is no healthy backup to restore." in answers.seen[-1]
    assert paths.database.read_bytes() == damaged
