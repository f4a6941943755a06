"""The coach's loop, through the doors people use: the manager exports for the coach from
File > Export…, the coach opens that file with File > Open a journal for review…, comments a
templated one-to-one and writes an overall note, saves the feedback file with Ctrl+S, and the
manager brings it in with File > Import…; the comment then shows on Today and on the entry.
Every dialog is answered as a person would (real file dialogs and message boxes)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
)

from coachapp.context import Journal
from coachapp.services.delegations.delegations import DelegationDraft
from coachapp.services.rituals.rituals import RitualDraft
from coachapp.storage.database import db
from coachapp.timezones import local_zone
from coachapp.ui.exchange.export_dialog import ExportDialog
from tests.gui.conftest import open_window, type_text
from tests.gui.doors import Answer, Dialogs, choose_file, click
from tests.gui.exchange.test_review_mode import headings, items_of, one_to_one, review_windows

COACH_FORMAT = "For your coach: CoachApp file (.json)"


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the drop-down list with a click and click the choice."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    # The list ignores a click that comes as fast as a double click: a person takes longer.
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    index = view.model().index(combo.findText(text), 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not view.isVisible())


def click_item(qtbot: QtBot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    spot = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert tree.currentItem() is item


def export_for_the_coach(qtbot: QtBot) -> Answer:
    """In the export dialog: choose the coach's format, read what it is for, click Export…"""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        pick(qtbot, dialog.form, COACH_FORMAT)
        assert "Your coach opens this file in CoachApp to review it" in dialog.form_use.text()
        export = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        # Clicked once this answer returns: the save dialog it opens gets the next answer.
        QTimer.singleShot(0, lambda: qtbot.mouseClick(export, Qt.MouseButton.LeftButton))

    return answer


def dump() -> list[str]:
    return list(db.connection().iterdump())


@pytest.fixture
def managed(journal: Journal, staff: dict[str, str]) -> Journal:
    """A manager's journal: a few people, a templated one-to-one, a ritual, a delegation."""
    one_to_one(journal, "Hélène Dupont")
    karim = staff["Karim Benali"]
    start = datetime(2026, 11, 10, 14, tzinfo=local_zone())
    journal.rituals.create(RitualDraft("Atelier accueil", start, 60, people=(karim,)))
    journal.delegations.create(
        DelegationDraft("Planning", 3, 5, date(2026, 11, 2), person_uuid=karim)
    )
    return journal


def test_the_coach_reviews_what_the_manager_sends_and_the_comments_come_back(
    managed: Journal, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    window = open_window(managed, qtbot)

    # The manager exports for the coach.
    sent = tmp_path / "for-my-coach.json"
    with dialogs.expecting(export_for_the_coach(qtbot), choose_file(sent)):
        window.act_export.trigger()
    document = json.loads(sent.read_text(encoding="utf-8"))
    assert document["format"] == "coachapp-journal"
    assert {"people", "entries", "rituals", "delegations"} <= set(document)
    [entry] = [e for e in document["entries"] if e["title"].startswith("One-to-one")]
    assert sent.name in window.statusBar().currentMessage()
    before = dump()

    # The coach opens it for review, reads the one-to-one rendered and comments on it.
    with dialogs.expecting(choose_file(sent)):
        window.act_review.trigger()
    [review] = review_windows(window)
    qtbot.waitExposed(review)
    review.author.setFocus()
    type_text(qtbot, review.author, "Claire Coach")
    node = next(item for item in items_of(review) if item.text(0) == entry["title"])
    click_item(qtbot, review.tree, node)
    assert "How are you doing?" in headings(review.reader.document())
    assert "##" not in review.reader.toPlainText()
    qtbot.mouseClick(review.comment.viewport(), Qt.MouseButton.LeftButton)
    type_text(qtbot, review.comment, "Une formation : très bien, qui la finance ?")
    click_item(qtbot, review.tree, review.overall_item)
    qtbot.mouseClick(review.comment.viewport(), Qt.MouseButton.LeftButton)
    type_text(qtbot, review.comment, "Des entretiens bien préparés.")

    # ...and saves the feedback file with Ctrl+S.
    feedback = tmp_path / "feedback.json"
    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow)
    with dialogs.expecting(choose_file(feedback)):
        qtbot.keyClick(review.comment, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert feedback.exists()
    assert dump() == before  # reviewing never touched the journal it ran in
    review.close()

    # The manager brings it in with File > Import…
    with dialogs.expecting(choose_file(feedback), click("OK")):
        window.act_import.trigger()
    assert dialogs.seen[-1].text == (
        "Coach feedback: 2 new comments, 0 changed by the coach, 0 already here."
    )
    today = window.today_view
    assert window.stack.currentWidget() is today
    cards = today.feedback.cards()
    assert sorted(card.text.text() for card in cards) == [
        "Des entretiens bien préparés.", "Une formation : très bien, qui la finance ?",
    ]  # fmt: skip
    on_entry = next(card for card in cards if entry["title"] in card.about.text())
    qtbot.mouseClick(on_entry.open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.journal_view
    notes = window.journal_view.editor.coach_notes
    assert notes.isVisible()
    assert "Une formation : très bien, qui la finance ?" in notes.text()
    assert "Claire Coach" in notes.text()
    assert dialogs.unplanned == []
    window.close()


def test_a_pdf_sent_for_review_says_to_ask_for_the_coachapp_file(
    managed: Journal, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    window = open_window(managed, qtbot)
    sent = tmp_path / "journal.pdf"

    def export_a_pdf(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        pick(qtbot, dialog.form, "PDF, to read and print")
        assert "Your coach cannot comment on it in CoachApp" in dialog.form_use.text()
        export = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        QTimer.singleShot(0, lambda: qtbot.mouseClick(export, Qt.MouseButton.LeftButton))

    with dialogs.expecting(export_a_pdf, choose_file(sent)):
        window.act_export.trigger()
    assert sent.read_bytes().startswith(b"%PDF")
    before = dump()

    with dialogs.expecting(choose_file(sent), click("OK")):
        window.act_review.trigger()
    said = dialogs.seen[-1]
    assert said.title == "Cannot open for review"
    assert "A coach reviews the CoachApp file (.json)" in said.text
    assert "Ask the manager to send the .json file." in said.text
    assert review_windows(window) == [] and dump() == before
    window.close()
