"""Today's first steps: each opens the editor that does it, and is ticked once the journal shows
it done (never by the click alone), until all six are done or the card is put away."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton

from coachapp.context import Journal
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.onboarding.first_steps import FIRST_RUN_STATE, Step
from coachapp.storage.models import Entry
from coachapp.ui.delegations.delegation_dialog import DelegationDialog
from coachapp.ui.experiments.experiment_dialog import ExperimentDialog
from coachapp.ui.onboarding.first_run import FirstRunDialog
from coachapp.ui.onboarding.first_steps_card import FirstStepsCard
from coachapp.ui.onboarding.team_editor import TeamDialog
from coachapp.ui.rituals.ritual_planner import RitualPlanner
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.today.self_assessment_dialog import SelfAssessmentDialog
from tests.conftest import NOW
from tests.gui.conftest import type_text


@pytest.fixture
def after_the_first_run(journal: Journal) -> None:
    """As for a manager who went through the first run (the card is for them)."""
    journal.settings.set_state(FIRST_RUN_STATE, "skipped")


def card_of(window: MainWindow, qtbot: QtBot) -> FirstStepsCard:
    window.act_areas[0].trigger()  # Today, as a person goes back to it
    card = window.today_view.first_steps
    qtbot.waitUntil(lambda: not window.today_view._stale)
    return card


def step(qtbot: QtBot, card: FirstStepsCard, which: Step) -> None:
    button = card.findChild(QPushButton, f"step_{which.value}")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def visible(kind: type[QDialog]) -> QDialog:
    return next(
        w for w in QApplication.allWidgets() if isinstance(w, kind) and w.isVisible()
    )  # fmt: skip


def ok(qtbot: QtBot, dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.usefixtures("after_the_first_run")
def test_each_step_opens_its_editor_and_ticks_when_the_journal_shows_it(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    card = card_of(window, qtbot)
    assert card.isVisible() and card.done == frozenset()
    assert card.progress.text() == "0 of 6"

    # A first entry: the click opens it, but only writing in it counts.
    step(qtbot, card, Step.ENTRY)
    assert window.journal_view.isVisible()
    editor = window.journal_view.editor
    card = card_of(window, qtbot)
    assert Step.ENTRY not in card.done  # opened, nothing written yet
    window.act_areas[1].trigger()
    editor.title.selectAll()
    type_text(qtbot, editor.title, "Première semaine")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, editor.body, "Accueil repensé avec l'équipe.")
    qtbot.waitUntil(lambda: Entry.get().title == "Première semaine")
    card = card_of(window, qtbot)
    assert card.done == {Step.ENTRY} and card.progress.text() == "1 of 6"
    assert card.rows[0].button.isHidden()
    assert card.rows[0].done_label.text() == "Done" and card.rows[0].done_label.isVisible()

    step(qtbot, card, Step.TEAM)
    team = visible(TeamDialog)
    assert isinstance(team, TeamDialog)
    type_text(qtbot, team.editor.text, "Hélène Dupont, agent d'accueil")
    qtbot.keyClick(team.editor.text, Qt.Key.Key_Return)
    type_text(qtbot, team.editor.text, "Karim Benali, agent")
    ok(qtbot, team)
    assert journal.people.count() == 2

    step(qtbot, card_of(window, qtbot), Step.RITUAL)
    planner = visible(RitualPlanner)
    assert isinstance(planner, RitualPlanner) and window.rituals_view.isVisible()
    planner.title.setText("Point d'équipe du lundi")
    ok(qtbot, planner)

    step(qtbot, card_of(window, qtbot), Step.DELEGATION)
    delegation = visible(DelegationDialog)
    assert isinstance(delegation, DelegationDialog) and window.delegations_view.isVisible()
    type_text(qtbot, delegation.area, "Planning des permanences")
    delegation.person.setCurrentIndex(1)
    ok(qtbot, delegation)

    step(qtbot, card_of(window, qtbot), Step.EXPERIMENT)
    experiment = visible(ExperimentDialog)
    assert isinstance(experiment, ExperimentDialog) and window.experiments_view.isVisible()
    type_text(qtbot, experiment.title, "Créneau sans rendez-vous")
    type_text(qtbot, experiment.believe, "un créneau libre réduira les appels")
    ok(qtbot, experiment)

    card = card_of(window, qtbot)
    assert card.done == {Step.ENTRY, Step.TEAM, Step.RITUAL, Step.DELEGATION, Step.EXPERIMENT}
    assert card.progress.text() == "5 of 6"
    step(qtbot, card, Step.ASSESSMENT)
    assessment = visible(SelfAssessmentDialog)
    assert isinstance(assessment, SelfAssessmentDialog)
    qtbot.mouseClick(assessment.rows[0].choices.button(3), Qt.MouseButton.LeftButton)
    ok(qtbot, assessment)
    for chart in [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]:
        chart.close()  # the progress chart the self-assessment opens

    card = card_of(window, qtbot)
    assert card.isHidden()  # all six done: the card has done its work


@pytest.mark.usefixtures("after_the_first_run")
def test_a_step_undone_shows_again_and_the_card_can_be_put_away(
    qtbot: QtBot, staff: dict[str, str], window: MainWindow, journal: Journal
) -> None:
    card = card_of(window, qtbot)
    assert card.done == {Step.TEAM}
    for uuid in staff.values():
        journal.people.trash(uuid)
    window.events.changed.emit("trash")
    card = card_of(window, qtbot)
    assert card.done == frozenset()  # the people in the trash: the team is to add again
    qtbot.mouseClick(card.hide_button, Qt.MouseButton.LeftButton)
    assert card.isHidden()
    window.events.changed.emit("entry")
    assert card_of(window, qtbot).isHidden()
    assert journal.settings.state("first_steps") == "hidden"


def test_a_journal_in_use_before_the_first_run_existed_gets_no_first_steps(
    qtbot: QtBot, journal: Journal, window: MainWindow
) -> None:
    journal.entries.create(EntryDraft(NOW, "Écrite avec une version précédente"))
    window.events.changed.emit("entry")  # no first run went by: no first steps
    assert card_of(window, qtbot).isHidden()
    window.onboarding.act_setup.trigger()  # unless the setup assistant shows them
    dialog = visible(FirstRunDialog)
    assert isinstance(dialog, FirstRunDialog)
    dialog.go_to(dialog.pages.indexOf(dialog.ready))
    assert dialog.ready.show_steps.isChecked()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    card = card_of(window, qtbot)
    assert card.isVisible() and card.done == {Step.ENTRY}
