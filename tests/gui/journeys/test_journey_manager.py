"""A manager's week, done as a person does it: menus, shortcuts, buttons and dialogs only.

The eight tasks of a manager, in one journal: add the team, write in the journal, plan a
co-construction ritual and save its calendar file, record a delegation, check in on it, run
an experiment to its learning card, act on what Today suggests, and export for the coach.
Each step goes through the window's actions (what the menu items and shortcuts trigger),
the buttons of the areas and the dialogs they open; each checks the screen and the journal.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coachapp.context import Journal
from coachapp.services.exchange.journal_import import read_export
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.people.people import PersonKind
from coachapp.storage.models import (
    Delegation,
    DelegationCheckin,
    Entry,
    Experiment,
    Person,
    PromptState,
    Ritual,
)
from coachapp.timezones import local_zone
from coachapp.ui.delegations.checkin_dialog import CheckInDialog
from coachapp.ui.delegations.delegation_dialog import DelegationDialog
from coachapp.ui.exchange.export_dialog import ExportDialog
from coachapp.ui.experiments.experiment_dialog import ExperimentDialog
from coachapp.ui.experiments.learning_dialog import LearningDialog
from coachapp.ui.people.new_person_dialog import NewPersonDialog
from coachapp.ui.rituals.ritual_planner import RitualPlanner
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.today.prompt_card import PromptCard
from tests.gui.conftest import type_text
from tests.gui.doors import Dialogs, choose_file, press_ok


@pytest.fixture
def window(qtbot: QtBot, journal: Journal) -> Iterator[MainWindow]:
    """The window after its first paint, on a journal begun months ago."""
    begun = datetime(2026, 5, 4, 9, tzinfo=local_zone())
    journal.entries.create(EntryDraft(begun, "Prise de poste"))
    main = MainWindow(journal)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.after_first_paint()
    yield main
    main.close()


def opened(kind: type[QDialog]) -> QDialog:
    """The dialog of that kind on screen (a window-modal one, opened by the last action)."""
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(shown) == 1, f"expected one {kind.__name__} on screen, found {shown}"
    return shown[0]


def ok(qtbot: QtBot, dialog: QDialog) -> None:
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_person(qtbot: QtBot, window: MainWindow, name: str, kind: PersonKind) -> str:
    window.act_new_person.trigger()  # Ctrl+Shift+N
    dialog = opened(NewPersonDialog)
    assert isinstance(dialog, NewPersonDialog)
    type_text(qtbot, dialog.form.name, name)
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData(kind.value))
    ok(qtbot, dialog)
    return str(Person.get(Person.name == name).uuid)


def test_a_managers_week(
    qtbot: QtBot, window: MainWindow, journal: Journal, dialogs: Dialogs, tmp_path: Path
) -> None:
    # 1. The team, one person at a time.
    helene = add_person(qtbot, window, "Hélène Dupont", PersonKind.AGENT)
    add_person(qtbot, window, "Karim Benali", PersonKind.AGENT)
    assert window.stack.currentWidget() is window.people_view
    assert window.people_view.model.rowCount() == 2

    # 2. A journal entry, started with Ctrl+N and saved as typed.
    window.act_new_entry.trigger()
    editor = window.journal_view.editor
    assert window.stack.currentWidget() is window.journal_view
    editor.title.selectAll()
    type_text(qtbot, editor.title, "Accueil du lundi")
    editor.body.setFocus()
    type_text(qtbot, editor.body, "Deux agents proposent un accueil sans rendez-vous.")
    qtbot.waitUntil(lambda: Entry.select().where(Entry.title == "Accueil du lundi").exists())
    qtbot.waitUntil(lambda: "sans rendez-vous" in Entry.get(Entry.title == "Accueil du lundi").body)

    # 3. A co-construction ritual (Ctrl+R), then its calendar file from the ritual's panel.
    window.act_new_ritual.trigger()
    planner = opened(RitualPlanner)
    assert isinstance(planner, RitualPlanner)
    type_text(qtbot, planner.title, "Atelier accueil")
    planner.starts.setDateTime(planner.starts.dateTime().addDays(3))
    ok(qtbot, planner)
    ritual = Ritual.get(Ritual.title == "Atelier accueil")
    rituals = window.rituals_view
    assert window.stack.currentWidget() is rituals
    assert rituals.panel.occurrence is not None
    calendar = tmp_path / "atelier.ics"
    with dialogs.expecting(choose_file(calendar)):
        click(qtbot, rituals.panel.export_button)
    assert "SUMMARY:Atelier accueil" in calendar.read_text(encoding="utf-8")
    assert ritual.uuid in calendar.read_text(encoding="utf-8")

    # 4. A delegation (Ctrl+Shift+D), then 5. a check-in from its panel.
    window.act_new_delegation.trigger()
    delegation = opened(DelegationDialog)
    assert isinstance(delegation, DelegationDialog)
    type_text(qtbot, delegation.area, "Planning des permanences")
    delegation.person.setCurrentIndex(delegation.person.findData(helene))
    delegation.level.setCurrentIndex(2)  # 3 · consult
    ok(qtbot, delegation)
    row = Delegation.get()
    assert (row.area, row.person_uuid, row.level) == ("Planning des permanences", helene, 3)
    delegations = window.delegations_view
    assert delegations.board.hasFocus() or delegations.board.isVisible()
    delegations.board.setFocus()
    qtbot.keyClick(delegations.board, Qt.Key.Key_Return)  # the new marker is selected: open it
    assert delegations.panel.record is not None and delegations.panel.record.uuid == row.uuid
    click(qtbot, delegations.panel.checkin_button)
    checkin = opened(CheckInDialog)
    assert isinstance(checkin, CheckInDialog)
    type_text(qtbot, checkin.note, "Elle a bouclé le planning de décembre")
    ok(qtbot, checkin)
    assert DelegationCheckin.get().note == "Elle a bouclé le planning de décembre"

    # 6. An experiment (Ctrl+Shift+E), moved on the board to its learning card.
    window.act_new_experiment.trigger()
    test_card = opened(ExperimentDialog)
    assert isinstance(test_card, ExperimentDialog)
    type_text(qtbot, test_card.title, "Accueil sans rendez-vous le jeudi")
    type_text(qtbot, test_card.believe, "un créneau libre réduira les appels")
    type_text(qtbot, test_card.measure, "les appels du jeudi")
    type_text(qtbot, test_card.right_if, "un quart d'appels en moins")
    ok(qtbot, test_card)
    board = window.experiments_view.board
    board.setFocus()
    for _ in range(3):  # idea -> planned -> running -> concluded (asks for the card)
        qtbot.keyClick(board, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    learning = opened(LearningDialog)
    assert isinstance(learning, LearningDialog)
    type_text(qtbot, learning.observed, "Autant d'appels qu'avant")
    type_text(qtbot, learning.learned, "Les usagers appellent pour les horaires")
    ok(qtbot, learning)
    assert Experiment.get().status == "concluded"

    # 7. Today suggests thanking someone (no recognition written for a month); leaving the
    # entry it opens unwritten keeps the suggestion, writing in it counts as done.
    window.act_areas[0].trigger()  # Ctrl+1
    today = window.today_view

    def recognition_card() -> PromptCard | None:
        return next((c for c in today.cards_shown() if c.prompt.rule.id == "MGR-4"), None)

    def show_all() -> None:
        if recognition_card() is None and today.more_button.isVisible():
            click(qtbot, today.more_button)

    show_all()
    card = recognition_card()
    assert card is not None
    click(qtbot, card.do_button)
    assert window.stack.currentWidget() is window.journal_view
    assert editor.kind.currentData() == "recognition"
    window.act_areas[0].trigger()  # back to Today without writing a word
    show_all()
    card = recognition_card()
    assert card is not None, "the suggestion went away though nothing was written"
    assert not PromptState.select().where(PromptState.state == "acted").exists()
    click(qtbot, card.do_button)
    editor.body.setFocus()
    type_text(qtbot, editor.body, "Merci pour le planning bouclé en avance.")
    qtbot.waitUntil(lambda: PromptState.select().where(PromptState.state == "acted").exists())
    window.act_areas[0].trigger()
    show_all()
    qtbot.waitUntil(lambda: recognition_card() is None)

    # 8. The export for the coach (Ctrl+E): the coach's format, saved where asked.
    window.act_export.trigger()
    export = opened(ExportDialog)
    assert isinstance(export, ExportDialog)
    export.form.setCurrentIndex(export.form.findData("json"))
    out = tmp_path / "pour-le-coach.json"
    with dialogs.expecting(choose_file(out)):
        ok(qtbot, export)
    document = read_export(out)
    titles = {e["title"] for e in document["entries"]}
    assert "Accueil du lundi" in titles
    assert dialogs.unplanned == []
