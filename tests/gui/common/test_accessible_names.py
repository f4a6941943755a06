"""Every control of every area and of the dialogs they open has a name a screen reader reads,
in French and in English, on the small demo journal."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.i18n import set_language
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.access import unnamed
from tests.gui.conftest import Answers, open_window
from tests.gui.doors import Dialogs


def choose_first_rows(qtbot: QtBot, view: QWidget) -> None:
    """Click the first row of each list shown, so that its record's panel is shown too."""
    for table in view.findChildren(QAbstractItemView):
        model = table.model()
        if table.isVisible() and model is not None and model.rowCount():
            first = table.visualRect(model.index(0, 0)).center()
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)


class Inspector:
    """Answers each dialog that opens by reading its names, then cancelling it."""

    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}
        self.dialogs = 0

    def __call__(self, dialog: QDialog) -> None:
        if not isinstance(dialog, QFileDialog | QMessageBox):  # Qt's own: not ours to name
            self.dialogs += 1
            self.found[f"{type(dialog).__name__} {dialog.windowTitle()!r}"] = unnamed(dialog)
        dialog.reject()


def places(view: QWidget) -> list[tuple[QTabWidget | None, int]]:
    """Each page of the area's tab widgets (the area as it opens first)."""
    return [(None, 0)] + [
        (tabs, index) for tabs in view.findChildren(QTabWidget) for index in range(tabs.count())
    ]


def go(qtbot: QtBot, area: QAction, tabs: QTabWidget | None, index: int) -> None:
    area.trigger()
    if tabs is not None and tabs.isVisible():
        tabs.setCurrentIndex(index)
    qtbot.wait(10)


def open_each(qtbot: QtBot, dialogs: Dialogs, inspect: Inspector, texts: set[str], *,
              there: Callable[[], None], view: QWidget) -> None:  # fmt: skip
    """Click each button shown that opens a dialog (its text ends with "…"), each text once,
    and inspect what opens (going back first: a button may lead elsewhere)."""
    doors = [b for b in view.findChildren(QPushButton) if b.isVisible() and b.text()[-1:] == "…"]
    for button in doors:
        there()
        if not button.isVisible() or not button.isEnabled() or button.text() in texts:
            continue
        texts.add(button.text())
        dialogs.answer(inspect)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        try:
            qtbot.waitUntil(lambda: not dialogs.planned, timeout=1500)
        except TimeoutError:
            dialogs.planned.clear()  # it opened nothing (a panel, say)
        dialogs.settle()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_area_and_dialog_names_its_controls(
    qtbot: QtBot, journal: Journal, answers: Answers, dialogs: Dialogs, language: str
) -> None:
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language=language)
    set_language(language)
    journal.settings.set("coaching.area", True)  # a coach's area, checked too
    window: MainWindow = open_window(journal, qtbot)
    found: dict[str, list[str]] = {}
    inspect = Inspector()
    texts: set[str] = set()
    for row, name in enumerate(window.areas):
        view = window.stack.area(name)
        for tabs, index in places(view):
            go(qtbot, window.act_areas[row], tabs, index)
            choose_first_rows(qtbot, view)
            found[f"{name} {index}"] = unnamed(window)
            there = partial(go, qtbot, window.act_areas[row], tabs, index)
            open_each(qtbot, dialogs, inspect, texts, there=there, view=view)
    for action in (window.act_preferences, window.act_templates, window.act_export,
                   window.guard.act_protect):  # fmt: skip
        dialogs.answer(inspect)
        action.trigger()
        dialogs.settle()
    found.update(inspect.found)
    assert len(inspect.found) >= 18, sorted(inspect.found)  # the dialogs were reached
    assert not any(found.values()), {k: v for k, v in found.items() if v}
