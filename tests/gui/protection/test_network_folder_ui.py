"""A journal on a network folder holds its file alone: the window's backups and integrity
check then read through the journal's own connection, at once, instead of on a worker."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coachapp.context import Journal
from coachapp.storage import database
from tests.gui.conftest import Answers, open_window


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every folder is on an SMB share (asked before the journal opens)."""
    monkeypatch.setattr(database, "network_filesystem", lambda _folder: "cifs")


def test_first_backup_integrity_check_and_back_up_now(
    network: None,
    qtbot: QtBot,
    journal: Journal,
    answers: Answers,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert journal.database.execute_sql("PRAGMA locking_mode").fetchone()[0] == "exclusive"
    caplog.set_level(logging.INFO)
    window = open_window(journal, qtbot)  # the first paint starts the check and the backup
    assert "Integrity check passed" in caplog.messages
    assert len(journal.backups.backups()) == 1  # written already, not queued behind a lock
    journal.clock.set(journal.clock.now().replace(hour=11))  # type: ignore[attr-defined]
    window.act_backup.trigger()
    assert window.statusBar().currentMessage().startswith("Backup written: ")
    assert len(journal.backups.backups()) == 2
    assert not any(Path(b.path).stat().st_size == 0 for b in journal.backups.backups())
    assert answers.seen == []
    window.close()
