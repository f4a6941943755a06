"""Text that can double (EN 301 549 11.1.4.4): the scale chosen in Preferences applies to the
running window at once, and at 200 % every area still fits a 1920×1080 screen, no label or
button narrower than its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QSpinBox

from coachapp.context import Journal
from coachapp.ui.common.theme import apply_text_scale
from coachapp.ui.settings.preferences import PreferencesDialog
from coachapp.ui.shell.app import Appearance
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import open_window

SCREEN = (1920, 1080)


@pytest.fixture
def system_size(qapp: QApplication) -> Iterator[float]:
    """The system's text size; the app's own scale back to 100 % afterwards."""
    yield QApplication.font().pointSizeF()
    apply_text_scale(qapp, 100)


def _choose_scale(qtbot: QtBot, window: MainWindow, percent: int) -> None:
    """Preferences, Text size: typed in, as a person does."""
    window.act_preferences.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    spin = dialog.findChild(QSpinBox, "textScale")
    assert spin is not None and spin.isEnabled()
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(percent))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    dialog.close()


def test_the_scale_chosen_applies_at_once_and_is_kept(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, journal: Journal, system_size: float
) -> None:
    appearance = Appearance(qapp, journal.settings)
    window.text_scale_requested.connect(appearance.apply_theme)
    _choose_scale(qtbot, window, 150)
    assert journal.settings.get("text_scale") == 150
    qtbot.waitUntil(lambda: window.sidebar.font().pointSizeF() == pytest.approx(system_size * 1.5))
    _choose_scale(qtbot, window, 100)
    qtbot.waitUntil(lambda: window.sidebar.font().pointSizeF() == pytest.approx(system_size))


def test_at_200_percent_every_area_fits_the_screen_and_cuts_no_text(
    qtbot: QtBot, qapp: QApplication, journal: Journal, staff: dict[str, str], system_size: float
) -> None:
    journal.settings.set("text_scale", 200)
    Appearance(qapp, journal.settings).apply_theme()  # as at start
    assert QApplication.font().pointSizeF() == pytest.approx(system_size * 2)
    window = open_window(journal, qtbot)
    window.resize(*SCREEN)
    cut: list[str] = []
    for row, name in enumerate(window.areas):
        window.act_areas[row].trigger()
        qtbot.wait(50)
        view = window.stack.area(name)
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (name, hint)
        for widget in view.findChildren(QLabel) + view.findChildren(QAbstractButton):
            if not widget.isVisible() or isinstance(widget.parentWidget(), QLineEdit):
                continue  # an icon button of a field (its text names it, it shows no text)
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            if widget.width() < widget.minimumSizeHint().width():
                cut.append(f"{name}: {type(widget).__name__} {widget.objectName()}")
    assert not cut
