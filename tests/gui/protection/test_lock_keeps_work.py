"""The idle lock never costs what was being typed: a warning comes first, and a dialog open
when the lock comes is back, as it was, once the journal is unlocked."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.ui.experiments.experiment_dialog import ExperimentDialog
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.gui.conftest import type_text
from tests.gui.protection.test_protection_ui import PASSPHRASE, Typist, locked_view, protect
from tests.gui.protection.test_protection_ui import typist as typist  # the fixture


def test_a_half_typed_dialog_survives_the_idle_lock(
    qtbot: QtBot, window: MainWindow, journal: Journal, typist: Typist, clock: FixedClock
) -> None:
    journal.settings.set("security.lock_minutes", 5)
    protect(window, typist)
    window.act_new_experiment.trigger()  # Ctrl+Shift+E
    dialog = next(d for d in window.findChildren(ExperimentDialog) if d.isVisible())
    type_text(qtbot, dialog.title, "Accueil sans rendez-vous")
    type_text(qtbot, dialog.believe, "un créneau libre réduira les appels")

    idle = window.guard.idle
    idle.last_activity = NOW
    clock.set(NOW + timedelta(minutes=4, seconds=30))
    assert not idle.check()  # not yet: a warning in the status bar first
    assert "locks in 30 seconds" in window.statusBar().currentMessage()
    clock.set(NOW + timedelta(minutes=5, seconds=1))
    assert idle.check()
    assert window.guard.locked and locked_view(window)
    assert not dialog.isVisible()  # nothing of the journal shows while locked

    screen = window.lock_screen
    qtbot.keyClicks(screen.secret, PASSPHRASE)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert not window.guard.locked
    assert dialog.isVisible() and dialog.isModal()
    assert dialog.title.text() == "Accueil sans rendez-vous"
    assert dialog.believe.toPlainText() == "un créneau libre réduira les appels"
