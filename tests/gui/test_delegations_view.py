"""Delegations through their widgets: create one, move it on the board, check in, poker."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from coachapp.context import Journal
from coachapp.services.delegations import DelegationDraft, DelegationStatus, Source, Went
from coachapp.storage.models import Delegation, DelegationCheckin, DelegationLevel, Entry, Link
from coachapp.ui.checkin_dialog import CheckInDialog
from coachapp.ui.delegation_dialog import DelegationDialog
from coachapp.ui.delegations_view import BOARD, DUE, LIST, POKER, DelegationsView
from coachapp.ui.main_window import MainWindow
from tests.gui.conftest import Answers, type_text

TODAY = date(2026, 11, 25)


@pytest.fixture
def view(window: MainWindow) -> DelegationsView:
    window.show_area(window.stack.indexOf(window.delegations_view))
    return window.delegations_view


def ok(qtbot: QtBot, dialog: DelegationDialog | CheckInDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_create_move_on_the_board_with_the_keyboard_and_check_in(
    qtbot: QtBot, view: DelegationsView, journal: Journal, staff: dict[str, str]
) -> None:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(DelegationDialog)
    assert dialog is not None
    ok(qtbot, dialog)  # nothing typed yet
    assert dialog.isVisible() and "which decision or task" in dialog.error.text()
    type_text(qtbot, dialog.area, "Planning des permanences")
    dialog.person.setCurrentIndex(dialog.person.findData(staff["Karim Benali"]))
    dialog.level.setCurrentIndex(2)  # 3 · Consult
    assert "ask for their views" in dialog.meaning.text()
    assert dialog.next_checkin.date().toPython() == TODAY + timedelta(days=14)
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    row = Delegation.get()
    assert (row.area, row.person_uuid, row.level, row.target_level) == (
        "Planning des permanences", staff["Karim Benali"], 3, 5,
    )  # fmt: skip

    view.tabs.setCurrentIndex(BOARD)
    board = view.board
    assert not board.marker_rect(row.uuid).isEmpty()
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Right)
    qtbot.keyClick(board, Qt.Key.Key_Right)
    assert Delegation.get().level == 5
    steps = journal.delegations.history(row.uuid)
    assert [(s.from_level, s.to_level, s.source) for s in steps] == [
        (None, 3, Source.CREATED), (3, 4, Source.BOARD), (4, 5, Source.BOARD),
    ]  # fmt: skip
    assert "Advise" in board.accessibleDescription()
    # Dragging the marker back one column is one more change.
    start = board.marker_rect(row.uuid).center()
    target = QPoint(board.column_rect(4).center().x(), start.y())
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board, target)
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=target)
    assert Delegation.get().level == 4

    qtbot.keyClick(board, Qt.Key.Key_Return)  # opens it in the commitments tab
    assert view.tabs.currentIndex() == LIST and view.panel.record is not None
    assert view.panel.history.topLevelItemCount() == 4
    qtbot.mouseClick(view.panel.checkin_button, Qt.MouseButton.LeftButton)
    checkin = view.findChild(CheckInDialog)
    assert checkin is not None
    checkin.went.setCurrentIndex(checkin.went.findData(Went.WELL.value))
    checkin.level.setCurrentIndex(4)  # 5 · Advise
    type_text(qtbot, checkin.note, "Elle a bouclé le planning seule")
    ok(qtbot, checkin)
    saved = DelegationCheckin.get()
    assert (saved.level, saved.went, saved.note) == (5, "well", "Elle a bouclé le planning seule")
    entry = Entry.get(Entry.uuid == saved.entry_uuid)
    assert Link.get(Link.entry == entry.id).target_uuid == row.uuid
    assert Delegation.get().next_checkin == (TODAY + timedelta(days=7)).isoformat()
    assert view.panel.checkins.topLevelItemCount() == 1
    assert "Next check-in" in view.panel.next_label.text()
    assert DelegationLevel.select().count() == 5


def test_overdue_checkins_are_listed(
    qtbot: QtBot, view: DelegationsView, journal: Journal, staff: dict[str, str]
) -> None:
    late = journal.delegations.create(
        DelegationDraft("Commandes de fournitures", 4, 6, date(2026, 10, 1),
                        person_uuid=staff["Hélène Dupont"])
    )  # fmt: skip
    journal.delegations.create(DelegationDraft("Affichage", 2, 4, TODAY, team="Accueil"))
    view.tabs.setCurrentIndex(DUE)
    assert view.due.topLevelItemCount() == 1
    item = view.due.topLevelItem(0)
    assert item is not None and "Commandes" in item.text(1) and "late" in item.text(0)
    assert "(1)" in view.tabs.tabText(DUE)
    view.tabs.setCurrentIndex(LIST)
    assert view.list.topLevelItemCount() == 2
    view.who.setCurrentIndex(view.who.findData("team:Accueil"))
    assert view.who.currentData() == "team:Accueil"  # the filter stays chosen
    rows = [view.list.topLevelItem(r) for r in range(view.list.topLevelItemCount())]
    # The team's own delegations and those of its members (Hélène works at the front desk).
    assert {row.text(0) for row in rows if row is not None} == {
        "Affichage",
        "Commandes de fournitures",
    }
    view.who.setCurrentIndex(view.who.findData(f"person:{staff['Karim Benali']}"))
    assert view.list.topLevelItemCount() == 0
    view.tabs.setCurrentIndex(DUE)
    assert view.due.isHidden() and "(1)" not in view.tabs.tabText(DUE)
    view.who.setCurrentIndex(view.who.findData(f"person:{staff['Hélène Dupont']}"))
    assert view.due.topLevelItemCount() == 1
    journal.delegations.set_status(late.uuid, DelegationStatus.COMPLETED)
    view.who.setCurrentIndex(0)
    view.open_delegation(late.uuid)  # from a person's page: closed ones open too
    assert view.panel.record is not None and view.panel.record.uuid == late.uuid
    assert view.show_closed.isChecked()


def test_a_lower_target_is_asked_about_and_a_zero_cadence_refused(
    qtbot: QtBot, view: DelegationsView, staff: dict[str, str], answers: Answers
) -> None:
    dialog = view.new_delegation(staff["Karim Benali"])
    type_text(qtbot, dialog.area, "Réponses aux élus")
    dialog.level.setCurrentIndex(4)
    dialog.target.setCurrentIndex(2)
    answers.confirm = False
    ok(qtbot, dialog)
    assert "below the level now" in answers.seen[-1]
    assert dialog.isVisible() and Delegation.select().count() == 0
    dialog.suggested.setChecked(False)
    dialog.cadence.setValue(0)
    answers.confirm = True
    ok(qtbot, dialog)
    assert dialog.isVisible() and "cadence" in dialog.error.text()
    assert Delegation.select().count() == 0
    dialog.cadence.setValue(10)
    ok(qtbot, dialog)
    assert Delegation.get().cadence_days == 10


def test_poker_round_records_the_agreed_level(
    qtbot: QtBot, view: DelegationsView, journal: Journal, staff: dict[str, str]
) -> None:
    record = journal.delegations.create(
        DelegationDraft("Planning", 3, 5, TODAY, person_uuid=staff["Karim Benali"])
    )
    view.tabs.setCurrentIndex(POKER)
    poker = view.poker
    type_text(qtbot, poker.case, "Qui fixe le planning ?")
    poker.delegation.setCurrentIndex(poker.delegation.findData(record.uuid))
    for name, card in (("Karim", 4), ("Lina", 6), ("Sophie", 4)):
        row = poker.add_row(name)
        combo = poker.players.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(card - 1)
    qtbot.mouseClick(poker.reveal, Qt.MouseButton.LeftButton)
    assert "Karim, Sophie (lowest)" in poker.summary.text()
    assert poker.chart.counts == {4: 2, 6: 1}
    assert poker.agreed.currentData() == 4
    qtbot.mouseClick(poker.record_button, Qt.MouseButton.LeftButton)
    assert journal.delegations.get(record.uuid).draft.level == 4
    assert poker.rounds.topLevelItemCount() == 1
