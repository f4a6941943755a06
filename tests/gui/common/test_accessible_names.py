"""Every control of every area and of the main dialogs has a name a screen reader reads, in
French and in English, on the small demo journal."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog

from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.i18n import set_language
from tests.gui.access import unnamed
from tests.gui.conftest import Answers, open_window


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_area_names_its_controls(
    qtbot: QtBot, journal: Journal, answers: Answers, language: str
) -> None:
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language=language)
    set_language(language)
    window = open_window(journal, qtbot)
    found: dict[str, list[str]] = {}
    for row, (name, view) in enumerate(window.areas):
        window.act_areas[row].trigger()
        qtbot.waitUntil(view.isVisible)
        for table in view.findChildren(QAbstractItemView):
            if table.isVisible() and table.model() is not None and table.model().rowCount():
                first = table.visualRect(table.model().index(0, 0)).center()
                qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
        found[name] = unnamed(window)
    for action in (window.act_new_entry, window.act_new_person, window.act_new_delegation,
                   window.act_new_experiment, window.act_new_ritual, window.act_preferences,
                   window.act_templates, window.act_export):  # fmt: skip
        action.trigger()
        dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
        if isinstance(dialog, QDialog):
            found[action.objectName()] = unnamed(dialog)
            dialog.reject()
    assert not any(found.values()), found
