"""Protecting the journal from the window, locking it on request or when idle, and the tray."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from coachapp import protection
from coachapp.clock import FixedClock
from coachapp.config import Paths, Policy, Settings
from coachapp.context import Journal, open_journal
from coachapp.protection import JournalState, journal_state
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.today.reminders import ReminderService
from coachapp.storage.database import close_database
from coachapp.storage.journal_key import key_file_for
from coachapp.timezones import local_zone
from coachapp.ui.protection import protection_dialogs
from coachapp.ui.protection.protection_dialogs import RecoveryKeyDialog, SecretDialog
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.shell.reminders import TrayReminders
from tests.conftest import NOW
from tests.gui.conftest import Answers, start_app

PASSPHRASE = "trois mots simples"


class Typist:
    """Stands in for the user in front of the protection dialogs: types into their fields."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[dict[str, str]] = []  # field object name -> text, per dialog
        self.problems: list[str] = []
        self.recovery_keys: list[str] = []
        monkeypatch.setattr(protection_dialogs, "run_dialog", self.run)
        monkeypatch.setattr(protection_dialogs, "show_recovery_key", self.keep_key)

    def run(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, SecretDialog)
        while self.answers:
            for name, text in self.answers.pop(0).items():
                field = dialog.findChild(QLineEdit, name)
                assert field is not None, name
                field.setText(text)
            dialog.go.click()
            if dialog.result() == QDialog.DialogCode.Accepted:
                return True
            self.problems.append(dialog.problem.text())
        return False

    def keep_key(self, _parent: object, recovery_key: str, _created: datetime) -> None:
        self.recovery_keys.append(recovery_key)


@pytest.fixture
def typist(monkeypatch: pytest.MonkeyPatch) -> Typist:
    return Typist(monkeypatch)


def add_entry(journal: Journal, title: str = "Entretien annuel", body: str = "Bilan") -> None:
    moment = datetime(2026, 11, 24, 10, tzinfo=local_zone())
    journal.entries.create(EntryDraft(moment, title, body=body))


def protect(window: MainWindow, typist: Typist) -> None:
    typist.answers.append({"passphrase": PASSPHRASE, "confirmation": PASSPHRASE})
    assert window.guard.protect()


def test_protect_from_the_menu(window: MainWindow, journal: Journal, typist: Typist) -> None:
    add_entry(journal, body="Mobilité interne souhaitée")
    window.events.reloaded.emit()
    menu = window.guard.menu
    assert window.guard.act_protect in menu.actions()
    assert window.guard.act_protect.isVisible() and not window.guard.act_change.isVisible()
    typist.answers += [
        {"passphrase": "court", "confirmation": "court"},
        {"passphrase": PASSPHRASE, "confirmation": PASSPHRASE + "!"},
        {"passphrase": PASSPHRASE, "confirmation": PASSPHRASE},
    ]
    window.guard.act_protect.trigger()
    assert typist.problems == [
        "The passphrase needs at least 8 characters.",
        "The two passphrases are not the same.",
    ]
    assert journal.protected
    assert len(typist.recovery_keys) == 1
    assert window.statusBar().currentMessage() == "Your journal is protected."
    assert window.guard.act_change.isVisible() and not window.guard.act_protect.isVisible()
    # Views read the encrypted journal at once.
    assert window.journal_view.model.rowCount() == 1
    close_database()
    assert "Mobilité".encode() not in journal.paths.database.read_bytes()
    journal.reopen()


def test_cancelled_protection_changes_nothing(
    window: MainWindow, journal: Journal, typist: Typist
) -> None:
    add_entry(journal)
    before = journal.paths.database.read_bytes()
    typist.answers.append({"passphrase": "court", "confirmation": "court"})
    assert not window.guard.protect()  # the user gives up after the refusal
    assert not journal.protected
    assert not key_file_for(journal.paths.database).exists()
    assert journal.paths.database.read_bytes() == before


def test_change_passphrase_and_remove_protection(
    window: MainWindow, journal: Journal, typist: Typist
) -> None:
    add_entry(journal)
    protect(window, typist)
    typist.answers += [
        {"old": "pas le bon du tout", "new": "nouvelle phrase", "confirmation": "nouvelle phrase"},
        {"old": PASSPHRASE, "new": "nouvelle phrase", "confirmation": "nouvelle phrase"},
    ]
    assert window.guard.change_passphrase()
    assert typist.problems == ["This passphrase or recovery key does not open the journal."]
    typist.answers.append({"secret": "nouvelle phrase"})
    assert window.guard.new_recovery_key()
    assert len(typist.recovery_keys) == 2
    typist.answers.append({"secret": "nouvelle phrase"})
    assert window.guard.remove_protection()
    assert not journal.protected
    assert window.guard.act_protect.isVisible()
    assert journal.entries.count() == 1


def test_policy_requires_protection(window: MainWindow, journal: Journal, typist: Typist) -> None:
    journal.settings.policy = Policy(locked={"security.require_protection": True})
    typist.answers.append({"passphrase": "court", "confirmation": "court"})
    assert not window.guard.required_at_start()  # refused: the app will not open the journal
    protect(window, typist)
    window.guard.update_actions()
    assert not window.guard.act_unprotect.isEnabled()
    assert window.guard.required_at_start()  # protected already: nothing asked
    assert not window.guard.remove_protection()
    assert journal.protected


def locked_view(window: MainWindow) -> bool:
    return window.shell.currentWidget() is window.lock_screen


def test_lock_hides_everything_until_the_passphrase(
    qtbot: QtBot, window: MainWindow, journal: Journal, typist: Typist
) -> None:
    add_entry(journal, title="Sujet sensible")
    protect(window, typist)
    other = QDialog(window)
    other.setWindowTitle("Sujet sensible")
    other.show()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_K, modifiers)
    assert window.guard.locked and locked_view(window)
    assert not other.isVisible()
    assert window.menuBar().isHidden() and window.statusBar().isHidden()
    assert not window.act_new_entry.isEnabled()
    assert "Sujet" not in window.windowTitle()
    image = window.grab().toImage()
    assert not image.isNull()
    screen = window.lock_screen
    qtbot.keyClicks(screen.secret, "mauvaise phrase")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert window.guard.locked
    assert screen.problem.text() == "This passphrase or recovery key does not open the journal."
    screen.secret.clear()
    qtbot.keyClicks(screen.secret, PASSPHRASE)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert not window.guard.locked and not locked_view(window)
    assert window.act_new_entry.isEnabled() and not window.menuBar().isHidden()


def test_the_recovery_key_unlocks_too(
    qtbot: QtBot, window: MainWindow, journal: Journal, typist: Typist
) -> None:
    protect(window, typist)
    window.guard.lock()
    qtbot.keyClicks(window.lock_screen.secret, typist.recovery_keys[0].lower())
    window.lock_screen.unlock_button.click()
    assert not window.guard.locked


def test_idle_time_locks_a_protected_journal_only(
    qtbot: QtBot, window: MainWindow, journal: Journal, typist: Typist, clock: FixedClock
) -> None:
    journal.settings.set("security.lock_minutes", 5)
    clock.set(NOW + timedelta(minutes=30))
    assert not window.guard.idle.check()  # a plain journal has no passphrase to lock with
    protect(window, typist)
    idle = window.guard.idle
    assert idle.timer.isActive()
    clock.set(NOW + timedelta(minutes=34))
    qtbot.mouseMove(window.journal_view)  # activity restarts the count
    qtbot.keyClick(window.journal_view, Qt.Key.Key_Shift)
    clock.set(NOW + timedelta(minutes=38))
    assert not idle.check() and not window.guard.locked
    clock.set(NOW + timedelta(minutes=39, seconds=1))
    assert idle.check()
    assert window.guard.locked and locked_view(window)
    journal.settings.set("security.lock_minutes", 0)
    window.lock_screen.secret.setText(PASSPHRASE)
    window.lock_screen.try_unlock()
    clock.set(NOW + timedelta(days=1))
    assert not idle.check()  # 0: locks only on request


def test_tray_says_nothing_while_locked(
    window: MainWindow, journal: Journal, typist: Typist, staff: dict[str, str]
) -> None:
    from coachapp.services.delegations.delegations import DelegationDraft  # noqa: PLC0415

    journal.delegations.create(
        DelegationDraft("Planning des congés", 2, 5, NOW.date() - timedelta(days=60),
                        person_uuid=next(iter(staff.values())))
    )  # fmt: skip
    protect(window, typist)
    shown: list[tuple[str, str]] = []
    reminders: ReminderService = journal.reminders
    tray = TrayReminders(reminders, journal.settings, window, notify=lambda *m: shown.append(m))
    window.guard.locked_changed.connect(tray.set_paused)
    window.guard.lock()
    assert tray.check() == [] and shown == []
    window.lock_screen.secret.setText(PASSPHRASE)
    window.lock_screen.try_unlock()
    assert tray.check() and "Planning des congés" in shown[0][1]


def test_recovery_key_page_to_print(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = RecoveryKeyDialog(None, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", "25 Nov 2026")
    qtbot.addWidget(dialog)
    assert not dialog.close_button.isEnabled()
    dialog.reject()
    dialog.show()
    assert dialog.isVisible()  # cannot be closed before the key is said to be kept
    dialog.kept.setChecked(True)
    target = tmp_path / "key.pdf"
    dialog.write_page(target)
    assert target.read_bytes().startswith(b"%PDF")
    dialog.reject()
    assert not dialog.isVisible()


def test_start_asks_for_the_passphrase_until_it_opens(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, typist: Typist
) -> None:
    journal = open_journal(paths, settings, FixedClock(NOW))
    add_entry(journal, title="Avant le redémarrage")
    protection.protect(journal, PASSPHRASE, PASSPHRASE)
    journal.close()
    # Quit at the unlock dialog: nothing opens, nothing changes.
    before = paths.database.read_bytes()
    assert start_app(qtbot, qapp, paths, settings) == 1
    assert paths.database.read_bytes() == before
    typist.answers += [{"secret": "pas la bonne"}, {"secret": PASSPHRASE}]
    session = start_app(qtbot, qapp, paths, settings)
    assert not isinstance(session, int)
    try:
        assert typist.problems == ["This passphrase or recovery key does not open the journal."]
        assert session.journal.protected
        assert session.window.journal_view.model.rowCount() == 1
    finally:
        session.stop()


def test_start_protects_a_plain_journal_the_policy_wants_protected(
    qtbot: QtBot, qapp: QApplication, paths: Paths, typist: Typist, answers: Answers
) -> None:
    settings = Settings(paths.settings_file, Policy(locked={"security.require_protection": True}))
    assert start_app(qtbot, qapp, paths, settings) == 1  # refused: not opened
    assert journal_state(paths.database) is not JournalState.PROTECTED
    typist.answers.append({"passphrase": PASSPHRASE, "confirmation": PASSPHRASE})
    session = start_app(qtbot, qapp, paths, settings)
    assert not isinstance(session, int)
    try:
        assert session.journal.protected and len(typist.recovery_keys) == 1
    finally:
        session.stop()
    assert journal_state(paths.database) is JournalState.PROTECTED
