"""A refused form says why under the form, at the field at fault, and to a screen reader;
passphrase dialogs take what is typed at once and say why they refuse."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton

from coachapp.errors import Message, UserError
from coachapp.storage.models import Experiment, Person
from coachapp.ui.common.form_dialog import FormDialog
from coachapp.ui.common.theme import tone
from coachapp.ui.experiments.experiment_dialog import ExperimentDialog
from coachapp.ui.people.new_person_dialog import NewPersonDialog
from coachapp.ui.protection.protection_dialogs import UnlockDialog
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.access import listen, name_of, tab_chain
from tests.gui.conftest import type_text


def ok(qtbot: QtBot, dialog: FormDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_field_at_fault_is_shown_focused_and_described(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_area(window.stack.indexOf(window.experiments_view))
    qtbot.mouseClick(window.experiments_view.new_button, Qt.MouseButton.LeftButton)
    dialog = window.experiments_view.findChild(ExperimentDialog)
    assert dialog is not None
    type_text(qtbot, dialog.title, "Créneau sans rendez-vous")
    type_text(qtbot, dialog.believe, "les appels baisseront")
    review = dialog.review
    dialog.starts.set_day(date(2026, 12, 3))
    review.set_day(date(2026, 12, 1))  # before the start, on the "Safe to fail" tab
    dialog.tabs.setCurrentIndex(0)
    ok(qtbot, dialog)
    said = dialog.error.text()
    assert dialog.isVisible() and "review date" in said
    assert dialog.tabs.currentIndex() == 2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review.edit)
    assert review.edit.accessibleDescription() == said

    review.set_day(date(2027, 1, 7))
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert Experiment.select().count() == 1


def test_editing_clears_the_error_and_the_field_description(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.people_view.add_person()
    name = dialog.form.name
    name.setAccessibleDescription("The name as the person spells it")
    ok(qtbot, dialog)  # no name yet
    assert dialog.error.shown()
    assert name.accessibleDescription() == "A person needs a name."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    type_text(qtbot, name, "Lucas Petit")
    assert not dialog.error.shown()
    assert name.accessibleDescription() == "The name as the person spells it"
    ok(qtbot, dialog)
    assert [p.name for p in Person.select()] == ["Lucas Petit"]


def test_a_refusal_is_said_aloud_and_tied_to_its_field(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told = listen(monkeypatch)
    window.act_new_person.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewPersonDialog)
    ok(qtbot, dialog)  # no name yet
    said = [t.message for t in told if t.kind == QAccessible.Event.Announcement]
    assert said == ["A person needs a name."]
    name = dialog.form.name
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    assert name.accessibleDescription() == said[0]
    assert name_of(name) == "Name"  # the reason is its description, not its name
    beside = dialog.findChild(QLabel, "fieldError")  # the reason written under the field
    assert beside is not None and beside.isVisible() and beside.text() == said[0]
    assert 0 < beside.y() - name.y() <= 2 * name.height()
    type_text(qtbot, name, "Lucas Petit")
    assert dialog.findChild(QLabel, "fieldError") is None
    dialog.reject()


def test_the_unlock_dialog_takes_the_passphrase_first_and_says_why_it_refuses(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unlock(secret: str) -> None:
        raise UserError(
            Message("Storage", "This passphrase or recovery key does not open the journal.")
        )

    told = listen(monkeypatch)
    dialog = UnlockDialog(None, unlock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.secret)
    qtbot.keyClicks(QApplication.focusWidget(), "wrong words")  # typed at once: in the field
    assert dialog.secret.text() == "wrong words"
    chain = tab_chain(qtbot, dialog.secret)
    assert chain.closed and isinstance(chain.stops[1], QPushButton)  # then the buttons
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    refused = "This passphrase or recovery key does not open the journal."
    assert [t.message for t in told if t.kind == QAccessible.Event.Announcement] == [refused]
    assert dialog.secret.accessibleDescription() == refused
    palette_colour = dialog.problem.palette().color(dialog.problem.foregroundRole())
    assert palette_colour == tone(dialog.palette(), "error")


def test_what_the_status_bar_says_is_said_aloud_politely(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Back up now: "Backup written: …" reaches a screen reader after what it reads."""
    told = listen(monkeypatch)
    window.act_backup.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Backup written"))
    said = [t for t in told if t.kind == QAccessible.Event.Announcement]
    assert [t.message for t in said] == ["Backing up…", window.statusBar().currentMessage()]
    assert all(t.source is window.statusBar() for t in said)
