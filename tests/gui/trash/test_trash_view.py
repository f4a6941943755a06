"""The Trash area: several items restored or erased at once, whatever their kinds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from coachapp.context import Journal
from coachapp.services.delegations.delegations import DelegationDraft
from coachapp.services.journal.journal import EntryDraft
from coachapp.storage.models import Delegation, Entry, Person
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.gui.conftest import Answers


def _fill_the_trash(journal: Journal, karim: str) -> None:
    """Karim, a delegation made to him and an entry, all in the trash."""
    delegation = journal.delegations.create(
        DelegationDraft("Planning des permanences", 3, 5, date(2026, 11, 2), person_uuid=karim)
    )
    entry = journal.entries.create(EntryDraft(NOW - timedelta(days=1), "Réunion d’équipe"))
    journal.delegations.trash(delegation.uuid)
    journal.entries.trash(entry.uuid)
    journal.people.trash(karim)


def _select_all(qtbot: QtBot, window: MainWindow) -> None:
    window.events.changed.emit("people")  # as the areas say after a change
    window.act_areas[window.stack.indexOf(window.trash_view)].trigger()
    trash = window.trash_view
    assert trash.list.topLevelItemCount() == 3
    trash.list.setFocus()
    qtbot.keyClick(trash.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(trash.list.selectedItems()) == 3


def test_a_person_and_their_delegation_erased_together(
    qtbot: QtBot, window: MainWindow, journal: Journal, staff: dict[str, str], answers: Answers
) -> None:
    _fill_the_trash(journal, staff["Karim Benali"])
    _select_all(qtbot, window)
    qtbot.mouseClick(window.trash_view.purge_button, Qt.MouseButton.LeftButton)
    assert "Delete 3 items for good? This cannot be undone." in answers.seen
    assert window.statusBar().currentMessage() == "3 items deleted for good."
    assert window.trash_view.empty.isVisible()
    assert Delegation.select().count() == Entry.select().count() == 0
    assert not Person.select().where(Person.uuid == staff["Karim Benali"]).exists()


def test_several_items_restored_at_once(
    qtbot: QtBot, window: MainWindow, journal: Journal, staff: dict[str, str]
) -> None:
    _fill_the_trash(journal, staff["Karim Benali"])
    _select_all(qtbot, window)
    qtbot.mouseClick(window.trash_view.restore_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "3 items restored."
    assert journal.trash.count() == 0
    assert [r.draft.area for r in journal.delegations.find()] == ["Planning des permanences"]


@pytest.mark.parametrize(("button", "said"), [
    ("restore_button", "“Réunion d’équipe” is not in the trash."),
    ("purge_button", "This entry no longer exists."),
])  # fmt: skip
def test_undo_after_the_trash_area_dealt_with_the_entry_says_so(
    qtbot: QtBot, window: MainWindow, journal: Journal, button: str, said: str
) -> None:
    record = journal.entries.create(EntryDraft(NOW - timedelta(days=1), "Réunion d’équipe"))
    window.act_areas[window.stack.indexOf(window.journal_view)].trigger()
    view = window.journal_view
    view.refresh()
    view.select(record.uuid)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert window.undo_button.isVisible()
    window.act_areas[window.stack.indexOf(window.trash_view)].trigger()
    window.trash_view.list.setFocus()
    qtbot.keyClick(window.trash_view.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(getattr(window.trash_view, button), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == said
    assert window.undo_button.isHidden()
