"""The coach's feedback on Today, brought in by File > Import…: each comment read in full (what
it is about, the comment, who wrote it and when), marked read on its own or all at once, and
still at hand once read; the aliases of a pseudonymised export read as the names again."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachapp.context import Journal
from coachapp.exchange.feedback import Review
from coachapp.exchange.journal_json import write_journal_json
from coachapp.render.writers import writers_for
from coachapp.services.exchange.journal_export import ExportOptions, journal_document
from coachapp.services.journal.journal import EntryDraft
from coachapp.storage.models import CoachComment
from coachapp.timezones import local_zone
from coachapp.ui.common.coach_notes import FeedbackCard
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.today.today_view import TodayView
from tests.conftest import NOW
from tests.gui.conftest import Answers
from tests.gui.doors import Dialogs, choose_file

LONG = (
    "Très beau compte rendu. Ce qui me frappe, c’est la place que vous laissez aux agents dans "
    "la décision : vous avez posé le cadre, puis vous vous êtes retiré. Pour la prochaine fois, "
    "essayez de nommer ce qui reste de votre ressort et ce qui relève de l’équipe, et notez "
    "comment chacun a réagi ; nous en reparlerons à la séance de décembre."
)
OVERALL = "Un mois riche en co-construction : continuez."


def import_through_the_menu(window: MainWindow, dialogs: Dialogs, path: Path) -> TodayView:
    """File > Import…, the file chosen in the file dialog; the window turns to Today."""
    with dialogs.expecting(choose_file(path)):
        window.act_import.trigger()
    assert not dialogs.unplanned
    today = window.today_view
    assert window.stack.currentWidget() is today
    return today


def at(minutes: int) -> datetime:
    return NOW + timedelta(minutes=minutes)


@pytest.fixture
def feedback_file(journal: Journal, tmp_path: Path) -> Path:
    """An export of two entries, and the coach's feedback on it: a long comment, a short one
    written later, and an overall note written first."""
    zone = local_zone()
    journal.entries.create(EntryDraft(datetime(2026, 11, 20, 9, tzinfo=zone), "Atelier accueil"))
    journal.entries.create(EntryDraft(datetime(2026, 11, 21, 9, tzinfo=zone), "Point budget"))
    document = journal_document(journal.clock, ExportOptions())
    write_journal_json(tmp_path / "export.json", document)
    review = Review.start(document, "Claire Coach", NOW)
    review.set_overall(OVERALL, at(0))
    titles = {e["title"]: e["uuid"] for e in document["entries"]}
    review.set_comment(titles["Atelier accueil"], "entries", "Atelier accueil", LONG, at(1))
    review.set_comment(titles["Point budget"], "entries", "Point budget", "Et après ?", at(2))
    path = tmp_path / "retour.json"
    review.save(path)
    return path


def by_text(today: TodayView) -> dict[str, FeedbackCard]:
    return {card.text.text(): card for card in today.feedback.cards()}


def shown_whole_or_scrolled(today: TodayView) -> bool:
    """The comments take the room they need, up to 40% of the page; beyond, they scroll."""
    listed = today.feedback
    cap = max(160, int(0.4 * today.height()))
    content = listed.widget()
    assert content is not None
    whole = content.height() <= listed.viewport().height()
    return 0 < listed.height() <= cap and (listed.height() == cap or whole)


def unseen_texts() -> set[str]:
    return {c.text for c in CoachComment.select().where(CoachComment.seen_at.is_null())}


@pytest.mark.parametrize("size", [(1100, 720), (1366, 768)])
def test_each_comment_is_read_in_full_and_marked_read_on_its_own(
    window: MainWindow, qtbot: QtBot, journal: Journal, dialogs: Dialogs, *,
    feedback_file: Path, answers: Answers, size: tuple[int, int],
) -> None:  # fmt: skip
    window.resize(*size)
    today = import_through_the_menu(window, dialogs, feedback_file)
    assert "Coach feedback: 3 new comments, 0 changed by the coach, 0 already here." in answers.seen
    qtbot.waitUntil(lambda: len(today.feedback.cards()) == 3)
    assert [card.text.text() for card in today.feedback.cards()] == ["Et après ?", LONG, OVERALL]
    cards = by_text(today)
    long = cards[LONG]
    assert long.about.text() == "<b>Journal entry: Atelier accueil</b>"
    assert long.signed.text() == "Claire Coach, 25 November 2026"
    assert cards[OVERALL].about.text() == "<b>Overall note</b>"
    assert [b.text() for b in cards[OVERALL].buttons] == ["Mark as read"]  # nothing to open
    # The whole comment shows, wrapped within the page, and the suggestions keep their room.
    qtbot.waitUntil(lambda: long.text.height() >= long.text.heightForWidth(long.text.width()))
    assert long.text.wordWrap() and long.text.height() > 2 * long.text.fontMetrics().height()
    right = long.text.mapTo(today, long.text.rect().topRight()).x()
    assert right <= today.feedback.geometry().right()
    assert shown_whole_or_scrolled(today)
    assert today.feedback_read.isVisible() and today.feedback_read.text() == "Mark all as read"
    assert not today.show_read.isVisible()  # nothing read yet

    # The overall note alone is read.
    qtbot.mouseClick(cards[OVERALL].read_button, Qt.MouseButton.LeftButton)
    assert unseen_texts() == {LONG, "Et après ?"}
    assert [card.text.text() for card in today.feedback.cards()] == ["Et après ?", LONG]
    assert today.show_read.isVisible() and today.show_read.text() == "Show read comments (1)"
    # Read comments come back on demand, marked read in words, with nothing left to mark.
    qtbot.mouseClick(today.show_read, Qt.MouseButton.LeftButton)
    assert [card.text.text() for card in today.feedback.cards()] == ["Et après ?", LONG, OVERALL]
    assert shown_whole_or_scrolled(today)
    read = by_text(today)[OVERALL]
    assert read.signed.text() == "Claire Coach, 25 November 2026 · read" and not read.buttons

    qtbot.mouseClick(today.feedback_read, Qt.MouseButton.LeftButton)
    assert unseen_texts() == set()
    assert today.feedback_none.isVisible()
    assert today.feedback_none.text() == "Nothing new from your coach."
    assert all(not card.buttons or card.buttons[0].text() == "Open"
               for card in today.feedback.cards())  # fmt: skip
    assert today.show_read.text() == "Show read comments (3)"
    qtbot.mouseClick(today.show_read, Qt.MouseButton.LeftButton)
    assert today.feedback.cards() == [] and today.show_read.isVisible()

    # A comment read is still on its item.
    qtbot.mouseClick(today.show_read, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(by_text(today)[LONG].open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.journal_view
    notes = window.journal_view.editor.coach_notes
    assert notes.isVisible() and "Claire Coach" in notes.text()
    assert "nous en reparlerons à la séance de décembre." in notes.text()


def test_the_keyboard_goes_from_comment_to_comment(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs, feedback_file: Path
) -> None:
    today = import_through_the_menu(window, dialogs, feedback_file)
    window.activateWindow()  # the window has the keyboard, as on a desktop
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: len(today.feedback.cards()) == 3)
    first = today.feedback.cards()[0]
    first.read_button.setFocus()
    qtbot.keyClick(first.read_button, Qt.Key.Key_Space)  # marked read from the keyboard
    assert unseen_texts() == {LONG, OVERALL}
    now_first = today.feedback.cards()[0]
    assert now_first.text.text() == LONG
    qtbot.waitUntil(now_first.isVisible)
    assert QApplication.focusWidget() is now_first.open_button
    qtbot.keyClick(now_first.open_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is now_first.read_button
    qtbot.keyClick(now_first.read_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is today.feedback.cards()[1].read_button  # the overall note


def test_a_pseudonymised_exports_feedback_names_the_people_again(
    window: MainWindow, qtbot: QtBot, journal: Journal, dialogs: Dialogs, *,
    staff: dict[str, str], tmp_path: Path,
) -> None:  # fmt: skip
    entry = journal.entries.create(
        EntryDraft(datetime(2026, 11, 20, 9, tzinfo=local_zone()), "Point avec Hélène",
                   "Hélène propose un essai avec Martine Roux.")
    )  # fmt: skip
    exported = tmp_path / "export.json"
    journal.exports.export(
        "json", exported, ExportOptions(), writers_for(journal), pseudonymised=True
    )
    document = json.loads(exported.read_text(encoding="utf-8"))
    key = journal.export_keys.aliases(document["export_id"])
    assert key == {"Agent A": "Hélène Dupont", "Agent B": "Karim Benali",
                   "Elected official A": "Martine Roux"}  # fmt: skip
    [seen] = document["entries"]
    assert seen["title"] == "Point avec Agent A"
    # The coach writes as they read it, in any case.
    review = Review.start(document, "Claire Coach", NOW)
    review.set_comment(
        entry.uuid,
        "entries",
        seen["title"],
        "Agent A mène l’essai : et elected official A, qu’en dit-elle ?",
        NOW,
    )
    review.set_comment(staff["Karim Benali"], "people", "Agent B", "Une délégation pour AGENT B ?",
                       at(1))  # fmt: skip
    review.set_overall("Merci à Agent A.", at(2))
    path = tmp_path / "retour.json"
    review.save(path)

    today = import_through_the_menu(window, dialogs, path)
    qtbot.waitUntil(lambda: len(today.feedback.cards()) == 3)
    shown = [(card.about.text(), card.text.text()) for card in today.feedback.cards()]
    assert shown == [
        ("<b>Overall note</b>", "Merci à Hélène Dupont."),
        ("<b>Person: Karim Benali</b>", "Une délégation pour Karim Benali ?"),
        ("<b>Journal entry: Point avec Hélène Dupont</b>",
         "Hélène Dupont mène l’essai : et Martine Roux, qu’en dit-elle ?"),
    ]  # fmt: skip
    # The journal keeps them so: the key stays here, its comments may travel.
    assert [c.text for c in journal.feedback.on(entry.uuid)] == [shown[2][1]]
    assert not CoachComment.select().where(CoachComment.text.contains("Agent")).exists()


def test_no_feedback_no_section(window: MainWindow, qtbot: QtBot) -> None:
    today = window.today_view
    today.refresh()
    assert not today.feedback.isVisibleTo(today)
    assert not today.feedback_title.isVisibleTo(today)
