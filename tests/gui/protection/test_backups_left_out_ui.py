"""The window names the backups a change of protection left out, and does what the user
chooses: try again, delete them, or keep them (then File > Protection keeps saying so)."""

from __future__ import annotations

import errno
from datetime import timedelta
from pathlib import Path

import pytest

from PySide6.QtWidgets import QDialog

from coachapp import protection
from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.protection import JournalState, journal_state, readable_backups
from coachapp.storage.encryption import convert
from coachapp.storage.journal_key import key_file_for, read_key_file
from coachapp.ui.protection.protection_dialogs import BackupsLeftBox
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.doors import Answer, Dialogs, click
from tests.gui.protection.test_protection_ui import PASSPHRASE, Typist, add_entry, protect
from tests.unit.protection.test_corruption import scribbled_schema_page


class FullDisk:
    """The disk refuses the encrypted copy of one backup until space is freed."""

    def __init__(self, refused: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.refused = refused
        self.full = True
        monkeypatch.setattr(protection, "convert", self.convert)

    def convert(
        self, source: Path, source_key: bytes | None, target: Path, target_key: bytes | None
    ) -> None:
        if self.full and source == self.refused:
            raise OSError(errno.ENOSPC, "No space left on device")
        convert(source, source_key, target, target_key)

    def free_space_then(self, label: str) -> Answer:
        def answer(dialog: QDialog) -> None:
            self.full = False
            click(label)(dialog)

        return answer


@pytest.fixture
def typist(monkeypatch: pytest.MonkeyPatch) -> Typist:
    return Typist(monkeypatch)


def backups(journal: Journal, clock: FixedClock, count: int) -> list[Path]:
    add_entry(journal)
    made = []
    for _ in range(count):
        clock.set(clock.now() + timedelta(hours=1))
        made.append(journal.backups.create("manual"))
    return made


def listed(dialogs: Dialogs) -> list[str]:
    return [seen.text for seen in dialogs.seen if seen.kind == BackupsLeftBox.__name__]


def test_after_protecting_the_user_retries_then_deletes_what_is_left(
    window: MainWindow,
    typist: Typist,
    dialogs: Dialogs,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal = window.journal
    healthy, damaged, refused = backups(journal, clock, 3)
    scribbled_schema_page(damaged)
    disk = FullDisk(refused, monkeypatch)
    typist.answers.append({"passphrase": PASSPHRASE, "confirmation": PASSPHRASE})
    with dialogs.expecting(disk.free_space_then("Try again"), click("Delete them")):
        window.guard.act_protect.trigger()
    assert journal.protected
    first, second = listed(dialogs)
    assert first.startswith("Your journal is protected, but 2 backup")
    assert second.startswith("Your journal is protected, but 1 backup")
    assert journal_state(healthy) is JournalState.PROTECTED
    assert journal_state(refused) is JournalState.PROTECTED  # encrypted on the second try
    assert not damaged.exists()  # deleted, as asked
    assert "deleted" in window.statusBar().currentMessage()
    assert not window.guard.act_readable.isVisible()


def test_kept_backups_stay_on_the_protection_menu_until_dealt_with(
    window: MainWindow,
    typist: Typist,
    dialogs: Dialogs,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal = window.journal
    (refused,) = backups(journal, clock, 1)
    disk = FullDisk(refused, monkeypatch)
    with dialogs.expecting(click("Keep them for now")):
        protect(window, typist)
    assert readable_backups(journal.paths.backups) == [refused]
    menu_line = window.guard.act_readable
    assert window.guard.menu.actions().count(menu_line) == 1
    assert menu_line.isVisible()
    assert menu_line.text().replace("&", "") == "Backup left readable (1)…"
    with dialogs.expecting(disk.free_space_then("Try again")):
        menu_line.trigger()
    assert journal_state(refused) is JournalState.PROTECTED
    assert window.statusBar().currentMessage() == "Every backup is protected now."
    assert not menu_line.isVisible()


def test_a_backup_key_file_left_behind_by_a_new_passphrase_is_repaired(
    window: MainWindow, journal: Journal, typist: Typist, dialogs: Dialogs, clock: FixedClock
) -> None:
    (backup,) = backups(journal, clock, 1)
    protect(window, typist)
    key_file_for(backup).write_text("{ damaged", encoding="utf-8")
    typist.answers.append(
        {"old": PASSPHRASE, "new": "nouvelle phrase", "confirmation": "nouvelle phrase"}
    )
    with dialogs.expecting(click("Try again")):
        window.guard.act_change.trigger()
    (text,) = listed(dialogs)
    assert text.startswith("The passphrase was changed, but the key file of 1 backup")
    assert read_key_file(key_file_for(backup)).unlock("nouvelle phrase") == journal.key
