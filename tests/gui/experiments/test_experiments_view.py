"""Experiments through their widgets: a test card, the board, a learning card, the grid."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from coachapp.context import Journal
from coachapp.services.experiments.celebration import Behaviour, Result
from coachapp.services.experiments.experiments import (
    ExperimentDraft,
    ExpStatus,
    Outcome,
)
from coachapp.services.experiments.experiments import (
    TestCard as Card,
)
from coachapp.services.rituals.rituals import RitualDraft
from coachapp.storage.models import Entry, Experiment, ExperimentMove, Link
from coachapp.timezones import local_zone
from coachapp.ui.experiments.experiment_dialog import ExperimentDialog
from coachapp.ui.experiments.experiments_view import BOARD, GRID, ExperimentsView
from coachapp.ui.experiments.learning_dialog import AbandonDialog, LearningDialog
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import Answers, type_text

Dialog = TypeVar("Dialog", ExperimentDialog, LearningDialog, AbandonDialog)


@pytest.fixture
def view(window: MainWindow) -> ExperimentsView:
    window.show_area(window.stack.indexOf(window.experiments_view))
    return window.experiments_view


def ok(qtbot: QtBot, dialog: ExperimentDialog | LearningDialog | AbandonDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def opened(view: ExperimentsView, kind: type[Dialog]) -> Dialog:
    """The dialog of that kind the view opened (earlier ones may wait to be deleted)."""
    return next(d for d in view.findChildren(kind) if d.isVisible())


def status() -> str:
    return str(Experiment.get().status)


def test_from_test_card_through_the_board_to_the_celebration_grid(
    qtbot: QtBot, view: ExperimentsView, journal: Journal, staff: dict[str, str]
) -> None:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = opened(view, ExperimentDialog)
    type_text(qtbot, dialog.title, "Créneau sans rendez-vous le jeudi")
    ok(qtbot, dialog)  # no hypothesis yet
    assert dialog.isVisible() and "hypothesis" in dialog.error.text()
    assert not Experiment.select().exists()
    type_text(qtbot, dialog.believe, "un créneau libre le jeudi réduira les appels")
    type_text(qtbot, dialog.measure, "les appels du jeudi")
    type_text(qtbot, dialog.right_if, "un quart d'appels en moins")
    dialog.owner.setCurrentIndex(dialog.owner.findData(staff["Karim Benali"]))
    dialog.starts.set_day(date(2026, 12, 3))
    dialog.review.set_day(date(2026, 12, 1))  # before the start
    ok(qtbot, dialog)
    assert dialog.isVisible() and "review date" in dialog.error.text()
    dialog.review.set_day(date(2027, 1, 7))
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    row = Experiment.get()
    assert (row.title, row.status, row.owner_uuid, row.right_if) == (
        "Créneau sans rendez-vous le jeudi", "idea", staff["Karim Benali"],
        "un quart d'appels en moins",
    )  # fmt: skip
    assert (row.starts_on, row.review_on) == ("2026-12-03", "2027-01-07")

    # Keyboard: idea -> planned -> running.
    board = view.board
    assert board.current_uuid() == row.uuid
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert status() == "planned"
    qtbot.keyClick(board, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert status() == "running"
    assert "Running" in board.accessibleDescription()

    # Dragging to "concluded" asks for the learning card; cancelling changes nothing.
    start = board.card_rect(row.uuid).center()
    target = QPoint(board.column_rect(ExpStatus.CONCLUDED).center().x(), start.y())
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board, target)
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=target)
    learning = opened(view, LearningDialog)
    learning.reject()
    assert status() == "running"

    qtbot.keyClick(board, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    learning = opened(view, LearningDialog)
    learning.outcome.setCurrentIndex(learning.outcome.findData(Outcome.INVALIDATED.value))
    ok(qtbot, learning)  # nothing observed yet
    assert learning.isVisible() and "observed" in learning.error.text()
    type_text(qtbot, learning.observed, "Autant d'appels qu'avant")
    type_text(qtbot, learning.learned, "Les usagers appellent pour les horaires")
    ok(qtbot, learning)
    assert not learning.isVisible()
    row = Experiment.get()
    assert (row.status, row.outcome, row.learned) == (
        "concluded", "invalidated", "Les usagers appellent pour les horaires",
    )  # fmt: skip
    assert [m.to_status for m in ExperimentMove.select().order_by(ExperimentMove.id)] == [
        "idea", "planned", "running", "concluded",
    ]  # fmt: skip
    entry = Entry.get()
    assert entry.kind == "learning_insight" and "Autant d'appels" in entry.body
    assert Link.get(Link.entry == entry.id).target_uuid == row.uuid

    # The grid counts it as learning, in the experiment column.
    view.tabs.setCurrentIndex(GRID)
    grid = view.celebration.grid
    assert grid.grid is not None
    assert grid.grid.count(Behaviour.EXPERIMENT, Result.FAILURE) == 1
    # Its conclusion entry is not counted again as a practice.
    assert grid.grid.count(Behaviour.PRACTICE, Result.SUCCESS) == 0
    qtbot.mouseClick(
        grid,
        Qt.MouseButton.LeftButton,
        pos=grid.cell_rect(Behaviour.EXPERIMENT, Result.FAILURE).center(),
    )
    listed = view.celebration.items.topLevelItem(0)
    assert listed is not None and listed.text(1) == "Créneau sans rendez-vous le jeudi"
    assert view.celebration.summary.text() == (
        "1 experiment concluded in this period. "
        "1 of them did not confirm the hypothesis: that is learning too."
    )
    view.celebration.items.itemActivated.emit(listed, 0)
    assert view.tabs.currentIndex() == BOARD and view.board.current_uuid() == row.uuid


def test_lifecycle_rules_on_the_board(
    qtbot: QtBot, view: ExperimentsView, journal: Journal, answers: Answers
) -> None:
    idea = journal.experiments.create(ExperimentDraft("Affichage du temps d'attente", Card("x")))
    view.refresh()
    board = view.board
    board.select(idea.uuid)
    start = board.card_rect(idea.uuid).center()
    target = QPoint(board.column_rect(ExpStatus.CONCLUDED).center().x(), start.y())
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board, target)
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=target)
    assert answers.seen and "cannot go from “Ideas” to “Concluded”" in answers.seen[-1]
    assert not view.findChildren(LearningDialog)
    assert status() == "idea"

    # Abandoning asks why, refuses no reason, and keeps the reason.
    view.panel_show(idea.uuid)
    qtbot.mouseClick(view.panel.stop_button, Qt.MouseButton.LeftButton)
    abandon = opened(view, AbandonDialog)
    ok(qtbot, abandon)
    assert abandon.isVisible() and status() == "idea"
    type_text(qtbot, abandon.reason, "Le nouvel outil le fait déjà")
    ok(qtbot, abandon)
    assert (status(), Experiment.get().abandoned_reason) == (
        "abandoned", "Le nouvel outil le fait déjà",
    )  # fmt: skip
    assert "Le nouvel outil le fait déjà" in view.panel.text.toPlainText()
    assert not view.panel.next_button.isVisible()

    # Abandoned can only go back to ideas.
    board.setFocus()
    board.select(idea.uuid)
    qtbot.keyClick(board, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert status() == "abandoned" and "cannot go from" in answers.seen[-1]
    qtbot.mouseClick(view.panel.forward, Qt.MouseButton.LeftButton)
    assert status() == "idea"
    assert Experiment.get().abandoned_reason == "Le nouvel outil le fait déjà"


def test_a_concluded_experiment_starts_the_next_one(
    qtbot: QtBot, view: ExperimentsView, journal: Journal
) -> None:
    first = journal.experiments.create(
        ExperimentDraft("Rappel SMS", Card("un rappel réduit les absences")),
        status=ExpStatus.RUNNING,
    )
    view.refresh()
    view.board.select(first.uuid)
    view.panel_show(first.uuid)
    qtbot.mouseClick(view.panel.forward, Qt.MouseButton.LeftButton)  # Conclude…
    learning = opened(view, LearningDialog)
    learning.keep_in_journal.setChecked(False)
    learning.start_next.setChecked(True)
    type_text(qtbot, learning.observed, "Moins d'absences")
    type_text(qtbot, learning.learned, "Le rappel marche")
    ok(qtbot, learning)
    assert not Entry.select().exists()
    follow = opened(view, ExperimentDialog)
    assert follow.title.text() == "Rappel SMS (next test)"
    assert "Follows “Rappel SMS”" in follow.heading.text()
    ok(qtbot, follow)
    second = Experiment.get(Experiment.title == "Rappel SMS (next test)")
    assert second.previous_id == Experiment.get(Experiment.uuid == first.uuid).id
    assert journal.experiments.get(first.uuid).next_uuids == (second.uuid,)
    view.panel_show(first.uuid)
    assert "Rappel SMS (next test)" in view.panel.text.toPlainText()


def test_reorder_with_the_keyboard_and_trash_from_the_panel(
    qtbot: QtBot, view: ExperimentsView, journal: Journal, answers: Answers
) -> None:
    first, second = (
        journal.experiments.create(ExperimentDraft(title, Card("x"))).uuid
        for title in ("Premier", "Second")
    )
    view.refresh()
    board = view.board
    board.select(second)
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.uuid for r in journal.experiments.find()] == [second, first]
    assert board.current_uuid() == second
    view.panel_show(second)
    qtbot.mouseClick(view.panel.trash_button, Qt.MouseButton.LeftButton)
    assert "Move the experiment “Second” to the trash?" in answers.seen[-1]
    assert [r.uuid for r in journal.experiments.find()] == [first]
    assert journal.trash.count() == 1


def test_an_experiment_born_in_a_ritual(
    qtbot: QtBot, window: MainWindow, journal: Journal, staff: dict[str, str]
) -> None:
    karim = staff["Karim Benali"]
    start = journal.clock.now().astimezone(local_zone()).replace(microsecond=0) + timedelta(days=2)
    ritual = journal.rituals.create(
        RitualDraft("Pré-mortem du guichet", start, 60, method_key="premortem", people=(karim,))
    )
    rituals = window.rituals_view
    window.show_area(window.stack.indexOf(rituals))
    rituals.refresh()
    first = rituals.list.topLevelItem(0)
    assert first is not None
    rituals.list.setCurrentItem(first)
    qtbot.mouseClick(rituals.panel.experiment_button, Qt.MouseButton.LeftButton)
    view = window.experiments_view
    assert window.stack.currentWidget() is view
    dialog = opened(view, ExperimentDialog)
    assert dialog.ritual.currentData() == ritual.uuid
    type_text(qtbot, dialog.title, "Double vérification des pièces")
    type_text(qtbot, dialog.believe, "une seconde lecture évite les dossiers incomplets")
    ok(qtbot, dialog)
    saved = journal.experiments.find()[0]
    assert (saved.draft.ritual_uuid, saved.draft.people) == (ritual.uuid, (karim,))
    assert "came from the ritual “Pré-mortem du guichet”" in view.panel.text.toPlainText()
