"""The painted boards read as tables by assistive tools: their markers, cards and cells are
children with names, places and states, and the keyboard's moves are told as focus events."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.ui.common.board import PaintedBoard
from coachapp.ui.delegations.delegations_view import BOARD
from coachapp.ui.experiments.experiments_view import GRID
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.access import Told, listen
from tests.gui.conftest import Answers, open_window
from tests.gui.doors import Dialogs, cancel

Name = QAccessible.Text.Name


@pytest.fixture
def demo_window(qtbot: QtBot, journal: Journal, answers: Answers) -> MainWindow:
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language="en")
    return open_window(journal, qtbot)


def children(board: QWidget) -> list[str]:
    """The names of the board's children, as a screen reader lists them."""
    face = QAccessible.queryAccessibleInterface(board)
    assert face is not None and face.role() == QAccessible.Role.Table
    assert face.text(Name) == board.accessibleName() != ""
    names = []
    for number in range(face.childCount()):
        child = face.child(number)
        assert child is not None and child.role() == QAccessible.Role.Cell
        assert face.indexOfChild(child) == number
        assert child.parent().object() is board
        assert child.rect().isValid() and child.text(QAccessible.Text.Description)
        names.append(child.text(Name))
    return names


def focused(board: QWidget, told: list[Told]) -> list[str]:
    """The names of the children the focus events named, in order."""
    face = QAccessible.queryAccessibleInterface(board)
    return [
        face.child(event.child).text(Name)
        for event in told
        if event.kind == QAccessible.Event.Focus and event.source is board and event.child >= 0
    ]


def test_the_delegation_board_lists_its_markers_and_tells_each_move(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    view = demo_window.delegations_view
    demo_window.show_area(demo_window.stack.indexOf(view))
    view.tabs.setCurrentIndex(BOARD)
    board = view.board
    names = children(board)
    delegates = {d.delegate for d in demo_window.journal.delegations.find()}
    assert len(names) >= 3 and all(any(who in name for who in delegates) for name in names)

    told = listen(monkeypatch)
    board.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(board.hasFocus)
    qtbot.keyClick(board, Qt.Key.Key_Down)
    face = QAccessible.queryAccessibleInterface(board)
    current = face.focusChild()
    assert current is not None and current.text(Name) == names[1]
    assert current.state().focused and current.state().selected
    assert not face.child(0).state().focused
    assert focused(board, told)[-1] == names[1]

    dialogs.answer(cancel)  # the marker moved by keyboard: why? (cancelled)
    before = len(told)
    qtbot.keyClick(board, Qt.Key.Key_Right)
    moved = focused(board, told[before:])
    assert moved and "level" in moved[0] and moved[0] != names[1]  # the new level said
    dialogs.settle()


def test_the_experiment_board_lists_its_cards_with_their_risk(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = demo_window.experiments_view
    demo_window.show_area(demo_window.stack.indexOf(view))
    board = view.board
    names = children(board)
    titles = [e.draft.title for e in demo_window.journal.experiments.find()]
    assert names and all(any(t in n for t in titles) for n in names)
    told = listen(monkeypatch)
    board.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(board.hasFocus)
    qtbot.keyClick(board, Qt.Key.Key_Down)
    face = QAccessible.queryAccessibleInterface(board)
    assert face.focusChild() is not None
    assert focused(board, told)[-1] == face.focusChild().text(Name)


def test_the_celebration_grid_lists_its_six_cells(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = demo_window.experiments_view
    demo_window.show_area(demo_window.stack.indexOf(view))
    view.tabs.setCurrentIndex(GRID)
    grid = view.findChild(PaintedBoard, "celebrationGrid")
    assert grid is not None
    names = children(grid)
    assert len(names) == 6 and all(name.split(": ")[-1].isdigit() for name in names)
    told = listen(monkeypatch)
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(grid.hasFocus)
    start = QAccessible.queryAccessibleInterface(grid).focusChild().text(Name)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    after = focused(grid, told)
    assert after and after[-1] != start
    assert QAccessible.queryAccessibleInterface(grid).focusChild().text(Name) == after[-1]
