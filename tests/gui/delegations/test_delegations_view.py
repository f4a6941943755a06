"""Delegations through their widgets: create one, move it on the board, check in, poker."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox

from coachapp.context import Journal
from coachapp.services.delegations.delegations import (
    DelegationDraft,
    DelegationStatus,
    Source,
    Went,
)
from coachapp.storage.models import Delegation, DelegationCheckin, DelegationLevel, Entry, Link
from coachapp.ui.delegations.checkin_dialog import CheckInDialog
from coachapp.ui.delegations.delegation_board import DelegationBoard
from coachapp.ui.delegations.delegation_dialog import DelegationDialog
from coachapp.ui.delegations.delegation_panel import WHY
from coachapp.ui.delegations.delegations_view import BOARD, DUE, LIST, POKER, DelegationsView
from coachapp.ui.delegations.level_reason_dialog import LevelReasonDialog
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import Answers, type_text
from tests.gui.doors import Answer, Dialogs, cancel, click

TODAY = date(2026, 11, 25)


@pytest.fixture
def view(window: MainWindow) -> DelegationsView:
    window.show_area(window.stack.indexOf(window.delegations_view))
    return window.delegations_view


def ok(qtbot: QtBot, dialog: DelegationDialog | CheckInDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def reason(qtbot: QtBot, text: str, *, seen: list[str] | None = None) -> Answer:
    """Type `text` in the reason field, which has the focus, and press Enter."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, LevelReasonDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)
        if seen is not None:
            seen.append(f"{dialog.heading.text()} | {dialog.change.text()}")
        type_text(qtbot, dialog.reason, text)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    return answer


def drag(qtbot: QtBot, board: DelegationBoard, delegation_uuid: str, level: int) -> None:
    start = board.marker_rect(delegation_uuid).center()
    target = QPoint(board.column_rect(level).center().x(), start.y())
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board, target)
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=target)


def shown_at(board: DelegationBoard, delegation_uuid: str) -> int:
    """The column the marker is drawn in."""
    rect = board.marker_rect(delegation_uuid)
    return next(level for level in range(1, 8) if board.column_rect(level).contains(rect))


def test_create_move_on_the_board_with_the_keyboard_and_check_in(
    qtbot: QtBot,
    view: DelegationsView,
    journal: Journal,
    staff: dict[str, str],
    dialogs: Dialogs,
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
    with dialogs.expecting(reason(qtbot, "Il a tenu le planning seul")):
        qtbot.keyClick(board, Qt.Key.Key_Right)
    with dialogs.expecting(reason(qtbot, "Prêt à décider après mon avis")):
        qtbot.keyClick(board, Qt.Key.Key_Right)
    assert Delegation.get().level == 5
    steps = journal.delegations.history(row.uuid)
    assert [(s.from_level, s.to_level, s.source, s.reason) for s in steps] == [
        (None, 3, Source.CREATED, ""), (3, 4, Source.BOARD, "Il a tenu le planning seul"),
        (4, 5, Source.BOARD, "Prêt à décider après mon avis"),
    ]  # fmt: skip
    assert "Advise" in board.accessibleDescription()
    # Dragging the marker back one column is one more change, with its reason too.
    with dialogs.expecting(reason(qtbot, "Trop tôt pour les plannings d'été")):
        drag(qtbot, board, row.uuid, 4)
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


def test_one_key_press_on_the_board_only_asks_why_and_escape_changes_nothing(
    qtbot: QtBot, view: DelegationsView, journal: Journal, staff: dict[str, str]
) -> None:
    record = journal.delegations.create(
        DelegationDraft("Planning", 3, 5, TODAY, person_uuid=staff["Karim Benali"])
    )
    view.tabs.setCurrentIndex(LIST)
    view.tabs.setCurrentIndex(BOARD)
    board = view.board
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Right)
    dialog = view.findChild(LevelReasonDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Planning" in dialog.heading.text() and "Karim Benali" in dialog.heading.text()
    assert dialog.change.text() == "From 3 · Consult to 4 · Agree"
    assert shown_at(board, record.uuid) == 4  # waits there while asked
    assert journal.delegations.get(record.uuid) == record  # nothing recorded yet
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason: refused, still asking
    assert dialog.isVisible() and "Say why the level changes" in dialog.error.text()
    assert journal.delegations.get(record.uuid) == record
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert journal.delegations.get(record.uuid) == record
    assert len(journal.delegations.history(record.uuid)) == 1
    assert shown_at(board, record.uuid) == 3  # back in place
    assert "level 3 · Consult" in board.accessibleDescription()
    assert view.last_move.isHidden()


def test_a_drag_asks_why_cancel_puts_the_marker_back_and_undo_takes_a_move_back(
    qtbot: QtBot,
    view: DelegationsView,
    journal: Journal,
    staff: dict[str, str],
    dialogs: Dialogs,
) -> None:
    record = journal.delegations.create(
        DelegationDraft("Réponses aux élus", 3, 6, TODAY, person_uuid=staff["Hélène Dupont"])
    )
    view.tabs.setCurrentIndex(LIST)
    view.tabs.setCurrentIndex(BOARD)
    board = view.board
    with dialogs.expecting(cancel):
        drag(qtbot, board, record.uuid, 6)
    assert dialogs.seen[-1].kind == "LevelReasonDialog"
    assert journal.delegations.get(record.uuid) == record
    assert shown_at(board, record.uuid) == 3

    def in_words(dialog: QDialog) -> None:
        assert isinstance(dialog, LevelReasonDialog)
        assert dialog.change.text() == "From 3 · Consult to 6 · Inquire"
        type_text(qtbot, dialog.reason, "Elle répond seule depuis trois mois")
        click("Change level")(dialog)

    with dialogs.expecting(in_words):
        drag(qtbot, board, record.uuid, 6)
    moved = journal.delegations.get(record.uuid)
    assert (moved.draft.level, moved.draft.next_checkin) == (6, TODAY + timedelta(days=7))
    assert shown_at(board, record.uuid) == 6
    assert view.last_move.isVisible() and "now at 6 · Inquire" in view.last_move.move_message.text()
    qtbot.mouseClick(view.last_move.undo_button, Qt.MouseButton.LeftButton)
    back = journal.delegations.get(record.uuid)
    assert (back.draft.level, back.draft.next_checkin) == (3, record.draft.next_checkin)
    assert shown_at(board, record.uuid) == 3
    assert (
        view.last_move.undo_button.isHidden()
        and "back at 3 · Consult" in view.last_move.move_message.text()
    )
    steps = journal.delegations.history(record.uuid)
    assert [(s.from_level, s.to_level, s.source, s.reason) for s in steps[1:]] == [
        (3, 6, Source.BOARD, "Elle répond seule depuis trois mois"),
        (6, 3, Source.BOARD, "Move undone"),
    ]
    assert view.window().focusWidget() is board  # the board keeps the keyboard

    # Ctrl+Z on the board, right after a move made with the keyboard.
    with dialogs.expecting(reason(qtbot, "Elle prépare les réponses")):
        qtbot.keyClick(board, Qt.Key.Key_Right)
    assert journal.delegations.get(record.uuid).draft.level == 4
    # The window is active, as on a desktop: its own Ctrl+Z (Edit > Undo) must not take it.
    view.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is board)
    qtbot.keyClick(board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.delegations.get(record.uuid).draft.level == 3
    assert len(journal.delegations.history(record.uuid)) == 5
    qtbot.keyClick(board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left
    assert len(journal.delegations.history(record.uuid)) == 5

    # The Undo button stays at hand on the other tabs, and what they show follows.
    with dialogs.expecting(reason(qtbot, "Elle prépare les réponses")):
        qtbot.keyClick(board, Qt.Key.Key_Right)
    tab_bar = view.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(LIST).center())
    row = view.list.topLevelItem(0)
    assert (
        row is not None and row.text(2) == "4 → 6" and row.toolTip(2) == "4 · Agree → 6 · Inquire"
    )
    qtbot.mouseClick(view.last_move.undo_button, Qt.MouseButton.LeftButton)
    row = view.list.topLevelItem(0)
    assert row is not None and row.text(2) == "3 → 6"
    assert journal.delegations.get(record.uuid).draft.level == 3
    assert not dialogs.unplanned


def test_the_history_shows_every_reason_whole_and_says_when_none_was_given(
    qtbot: QtBot, view: DelegationsView, journal: Journal, staff: dict[str, str]
) -> None:
    record = journal.delegations.create(
        DelegationDraft("Planning des permanences", 3, 5, TODAY, person_uuid=staff["Karim Benali"])
    )
    long_reason = (
        "Karim a construit seul le planning des permanences de décembre, en tenant compte des "
        "congés de chacun et des demandes des usagers, sans qu'il faille le reprendre"
    )
    journal.delegations.change_level(record.uuid, 4, reason=long_reason, source=Source.BOARD)
    # An older journal moved levels on the board without asking why.
    DelegationLevel.create(
        delegation=Delegation.get().id, changed_at=datetime(2026, 11, 25, 10, tzinfo=UTC),
        day=TODAY.isoformat(), from_level=4, to_level=5, reason="", source="board",
    )  # fmt: skip
    view.open_delegation(record.uuid)
    history = view.panel.history
    assert [history.headerItem().text(c) for c in range(3)] == ["Day", "Change", "Why"]
    latest, with_reason = history.topLevelItem(0), history.topLevelItem(1)
    assert latest is not None and with_reason is not None
    assert latest.text(WHY) == "No reason given"
    assert latest.text(1) == "4 → 5 · Advise\nMoved on the board"
    assert with_reason.text(WHY) == long_reason
    # At the window's default size the whole reason is on screen: its column starts and
    # ends inside the list, and its row is tall enough for the wrapped text.
    qtbot.waitUntil(lambda: history.visualItemRect(with_reason).height() > 40)
    index = history.indexFromItem(with_reason, WHY)
    cell = history.visualRect(index)
    viewport = history.viewport().rect()
    assert viewport.contains(QRect(cell.left(), cell.top(), cell.width(), 1))
    needed = history.fontMetrics().boundingRect(
        QRect(0, 0, cell.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, long_reason
    )
    assert cell.height() >= needed.height()
