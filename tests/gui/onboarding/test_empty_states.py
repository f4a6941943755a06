"""An area with nothing in it says what it is for in the model's terms and offers its first
action; Today on a new or quiet journal never says the model is at work."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from coachapp.context import Journal
from coachapp.services.journal.journal import EntryDraft
from coachapp.ui.delegations.delegation_dialog import DelegationDialog
from coachapp.ui.experiments.experiment_dialog import ExperimentDialog
from coachapp.ui.onboarding.team_editor import TeamDialog
from coachapp.ui.rituals.ritual_planner import RitualPlanner
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.gui.painted import wait_painted

# area: (words of what it is for, the first action's button, what the button opens)
EMPTY: dict[str, tuple[str, str, type[QDialog] | None]] = {
    "journal": ("where practising the model shows", "Write a first entry", None),
    "rituals": ("Co-construction needs such times", "Plan a first ritual…", RitualPlanner),
    "delegations": ("how control gives way to trust", "Record a first delegation…",
                    DelegationDialog),
    "experiments": ("what the right to error is for", "Start a first experiment…",
                    ExperimentDialog),
    "people": ("the model asks you to include", "Add your team…", TeamDialog),
    "insights": ("Insights show your practice", "Plan a ritual…", RitualPlanner),
}  # fmt: skip


def go_to(window: MainWindow, name: str, qtbot: QtBot) -> None:
    window.act_areas[window.areas.index(name)].trigger()
    wait_painted(qtbot, window.stack.area(name))


def opened(kind: type[QDialog]) -> QDialog:
    return next(w for w in QApplication.allWidgets() if isinstance(w, kind) and w.isVisible())


@pytest.mark.parametrize("area", sorted(EMPTY))
def test_an_empty_area_says_what_it_is_for_and_its_first_action_opens_it(
    area: str, qtbot: QtBot, window: MainWindow
) -> None:
    words, action, editor = EMPTY[area]
    go_to(window, area, qtbot)
    panel = window.onboarding.empty_states[area]
    assert panel.isVisible()
    assert words in panel.text.text()
    assert panel.button.text() == action
    assert "In the guide:" in panel.guide.text() and "coachapp:guide/" in panel.guide.text()
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    if editor is None:
        assert window.journal_view.unwritten  # a new entry, ready to be written
        assert window.journal_view.editor.body.hasFocus()
    else:
        dialog = opened(editor)
        dialog.reject()


def test_the_panel_goes_once_the_area_has_its_first_record(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    go_to(window, "people", qtbot)
    panel = window.onboarding.empty_states["people"]
    assert panel.isVisible()
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    dialog = opened(TeamDialog)
    assert isinstance(dialog, TeamDialog)
    dialog.editor.text.setPlainText("Hélène Dupont, agent\nMartine Roux, élue")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert window.people_view.model.rowCount() == 2
    go_to(window, "journal", qtbot)
    assert window.onboarding.empty_states["journal"].isVisible()  # still nothing written


def test_today_on_a_new_journal_does_not_say_the_model_is_at_work(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = window.today_view
    qtbot.waitUntil(lambda: not today._stale)
    assert today.empty.isVisible()
    assert "model at work" not in today.empty.text()
    assert today.empty.text().startswith("Nothing to suggest yet")


def test_today_on_a_quiet_journal_says_what_could_come_next(
    qtbot: QtBot, journal: Journal, window: MainWindow
) -> None:
    journal.entries.create(EntryDraft(NOW - timedelta(days=90), "Vieille note", "Rien de neuf"))
    window.events.changed.emit("entry")
    today = window.today_view
    qtbot.waitUntil(lambda: not today._stale)
    if today.empty.isVisible():  # suggestions may fire on such a journal; never the claim
        assert today.empty.text().startswith("Nothing is due today. You could")
    assert "model at work" not in today.empty.text()
