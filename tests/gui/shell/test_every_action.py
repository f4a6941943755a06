"""Every action of the main window, in every area, on an empty journal and on the demo journal.

Each action is triggered the way its menu item or shortcut triggers it (`QAction.trigger()`),
whatever dialog it opens is cancelled as a person would (Escape), and any window it opens is
closed. An unexpected error anywhere fails the test: pytest-qt reports exceptions raised in
slots and event handlers.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.i18n import set_language
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import open_window
from tests.gui.doors import Dialogs

# Quitting ends the sweep; it is tested on its own (test_main_window).
LEFT_OUT = {"quit"}
WALK = 200


class OpenedUrls(QObject):
    """Stands in for the desktop's file manager: records what the app asked it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls(qtbot: QtBot) -> Iterator[OpenedUrls]:
    recorder = OpenedUrls()
    QDesktopServices.setUrlHandler("file", recorder, "open")  # type: ignore[arg-type]
    yield recorder
    QDesktopServices.unsetUrlHandler("file")


def window_actions(window: MainWindow) -> list[QAction]:
    """The actions a person can trigger from the menus or by a shortcut, in menu order."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator() or action in found:
                continue
            menu = action.menu()
            if menu is not None:
                walk(menu.actions())  # type: ignore[attr-defined]
            else:
                found.append(action)

    walk(window.menuBar().actions())
    walk(window.actions())
    return [a for a in found if a.objectName() not in LEFT_OUT]


def close_new_windows(window: MainWindow, before: set[QWidget]) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget not in before and widget.isVisible():
            widget.close()


def reachable(action: QAction) -> bool:
    return action.isEnabled() and (action.isVisible() or not action.shortcut().isEmpty())


def sweep(window: MainWindow, qtbot: QtBot, dialogs: Dialogs) -> list[str]:
    """Trigger every action in every area, then every action right after each one that
    starts something new (a new entry left as it is, say) followed by Move to trash; the
    actions triggered, by name."""
    triggered: list[str] = []
    before = set(QApplication.topLevelWidgets())
    dialogs.cancel_all = True

    def trigger(action: QAction) -> None:
        if not reachable(action):
            return
        action.trigger()
        dialogs.settle()
        close_new_windows(window, before)
        triggered.append(action.objectName())
        assert window.isVisible(), f"{action.objectName()} closed the window"

    for area in window.act_areas:
        area.trigger()
        for action in window_actions(window):
            trigger(action)  # in turn, as a person trying each item would
    actions = window_actions(window)
    trash = next(a for a in actions if a.objectName() == "moveToTrash")
    for first in actions:
        if first.objectName().startswith("new"):
            for action in actions:
                trigger(first)
                trigger(action)
                trigger(trash)  # what was just started, whatever happened in between
    # Then a long walk in an order no one planned (the same every run).
    rng = random.Random(16)
    for _ in range(WALK):
        trigger(rng.choice(actions))
    return triggered


def test_every_action_on_an_empty_journal(
    journal: Journal, qtbot: QtBot, dialogs: Dialogs, opened_urls: OpenedUrls
) -> None:
    window = open_window(journal, qtbot)
    triggered = sweep(window, qtbot, dialogs)
    assert {"importFile", "openForReview", "exportJournal", "moveToTrash"} <= set(triggered)
    assert len(set(triggered)) >= 25
    assert {url.toLocalFile() for url in opened_urls.urls} == {
        str(window.journal.paths.data),
        str(window.journal.paths.logs),
    }
    window.close()


@pytest.fixture
def demo(journal: Journal) -> Journal:
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language="fr")
    return journal


def test_every_action_on_the_demo_journal_in_french(
    demo: Journal, qtbot: QtBot, dialogs: Dialogs, opened_urls: OpenedUrls
) -> None:
    set_language("fr")
    main = open_window(demo, qtbot)
    triggered = sweep(main, qtbot, dialogs)
    assert "moveToTrash" in triggered
    assert demo.entries.count() > 0
    main.close()
    set_language("en")  # while the journal is open: the window follows the language
