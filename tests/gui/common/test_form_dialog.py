"""A refused form says why under the form, at the field at fault, and to a screen reader."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coachapp.storage.models import Experiment, Person
from coachapp.ui.common.form_dialog import FormDialog
from coachapp.ui.experiments.experiment_dialog import ExperimentDialog
from coachapp.ui.shell.main_window import MainWindow
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
    assert dialog.error.isVisible()
    assert name.accessibleDescription() == "A person needs a name."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    type_text(qtbot, name, "Lucas Petit")
    assert not dialog.error.isVisible()
    assert name.accessibleDescription() == "The name as the person spells it"
    ok(qtbot, dialog)
    assert [p.name for p in Person.select()] == ["Lucas Petit"]
