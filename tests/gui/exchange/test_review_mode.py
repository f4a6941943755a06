"""Review mode and the coach's loop: a coach opens an export read-only, comments, saves a
feedback file; the manager imports it and finds the comments on their items and on Today."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMainWindow, QTreeWidgetItem

from coachapp.context import Journal
from coachapp.exchange.feedback import read_feedback
from coachapp.exchange.journal_json import write_journal_json
from coachapp.render.writers import writers_for
from coachapp.services.exchange.exporting import write_document
from coachapp.services.exchange.journal_export import ExportOptions, journal_document
from coachapp.services.journal.journal import EntryDraft
from coachapp.storage.database import db
from coachapp.ui.common import messages
from coachapp.ui.exchange.review_window import UUID_ROLE, ReviewWindow
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.gui.conftest import Answers, open_window, type_text
from tests.gui.doors import Dialogs, choose_file, click


def dump() -> list[str]:
    return list(db.connection().iterdump())


@pytest.fixture
def exported(journal: Journal, staff: dict[str, str], tmp_path: Path) -> Path:
    journal.entries.create(EntryDraft(NOW, "Atelier accueil", "Hélène propose un essai."))
    path = tmp_path / "journal-export.json"
    write_journal_json(path, journal_document(journal.clock, ExportOptions()))
    return path


def _node(review: ReviewWindow, item_uuid: str) -> QTreeWidgetItem:
    tree = review.tree
    for top in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(top)
        assert section is not None
        for row in range(section.childCount()):
            child = section.child(row)
            if child is not None and child.data(0, UUID_ROLE) == item_uuid:
                return child
    raise AssertionError(item_uuid)


def _open(window: MainWindow, qtbot: QtBot, path: Path) -> ReviewWindow:
    review = window.exchange.open_for_review(path)
    assert isinstance(review, ReviewWindow)
    qtbot.waitExposed(review)
    return review


def test_a_coach_comments_an_export_and_the_manager_gets_it_back(
    window: MainWindow, qtbot: QtBot, journal: Journal, exported: Path, *, tmp_path: Path,
    answers: Answers, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    document = json.loads(exported.read_text(encoding="utf-8"))
    entry_uuid = document["entries"][0]["uuid"]
    before = dump()

    review = _open(window, qtbot, exported)
    assert "read only" in review.windowTitle()
    type_text(qtbot, review.author, "Claire Coach")
    review.tree.setCurrentItem(_node(review, entry_uuid))
    assert "Hélène propose un essai." in review.reader.toPlainText()
    review.comment.setFocus()
    type_text(qtbot, review.comment, "Bel essai : qui le mène ?")
    review.tree.setCurrentItem(review.overall_item)  # the overall note, first in the list
    type_text(qtbot, review.comment, "Un mois riche en co-construction.")
    assert _node(review, entry_uuid).font(0).bold()  # commented items stand out

    monkeypatch.setattr(messages, "save_file", lambda *_a: tmp_path / "retour")
    saved = review.save_feedback()
    assert saved == tmp_path / "retour.json"
    feedback = read_feedback(saved)  # valid against its schema
    assert feedback["export_id"] == document["export_id"]
    assert feedback["author"] == "Claire Coach"
    assert [(c["item_uuid"], c["text"]) for c in feedback["comments"]] == [
        (entry_uuid, "Bel essai : qui le mène ?")
    ]
    assert feedback["overall"]["text"] == "Un mois riche en co-construction."
    assert dump() == before  # the reviewer's own journal is never touched

    # The draft survives closing the window: the same export opens where the coach left it.
    review.close()
    again = _open(window, qtbot, exported)
    again.tree.setCurrentItem(_node(again, entry_uuid))
    assert again.comment.toPlainText() == "Bel essai : qui le mène ?"
    again.close()

    # The manager imports the file: comments on Today, and on the entry itself.
    assert window.exchange.import_file(saved)
    assert "Coach feedback: 2 new comments, 0 changed by the coach, 0 already here." in answers.seen
    today = window.today_view
    assert window.stack.currentWidget() is today
    today.refresh()
    shown = today.feedback.cards()
    assert sorted(card.text.text() for card in shown) == [
        "Bel essai : qui le mène ?", "Un mois riche en co-construction."
    ]  # fmt: skip
    on_entry = next(card for card in shown if "Atelier accueil" in card.about.text())
    qtbot.mouseClick(on_entry.open_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.journal_view
    notes = window.journal_view.editor.coach_notes
    assert notes.isVisible() and "Bel essai : qui le mène ?" in notes.text()
    assert "Claire Coach" in notes.text()
    assert [c.text for c in journal.feedback.unseen()] == ["Un mois riche en co-construction."]

    assert window.exchange.import_file(saved)  # twice: nothing added
    assert "Coach feedback: 0 new comments, 0 changed by the coach, 2 already here." in answers.seen
    assert len(journal.feedback.on(entry_uuid)) == 1
    brought = [r for r in journal.sharing.records() if r.action == "feedback"]
    assert [(r.file_name, r.items) for r in brought] == [("retour.json", 0), ("retour.json", 2)]


def test_a_file_that_is_not_an_export_does_not_open(
    window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    path = tmp_path / "notes.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    assert window.exchange.open_for_review(path) is None
    assert any(
        "is not a CoachApp journal export" in text and "send the .json file" in text
        for text in answers.seen
    )
    assert not [w for w in window.findChildren(QMainWindow) if isinstance(w, ReviewWindow)]


def test_saving_before_any_comment_says_what_to_do(
    window: MainWindow, qtbot: QtBot, exported: Path, answers: Answers
) -> None:
    review = _open(window, qtbot, exported)
    assert review.save_feedback() is None
    assert "Write a comment on an item, or an overall note, first." in answers.seen
    review.close()


def test_a_damaged_draft_is_set_aside_and_the_review_starts_afresh(
    window: MainWindow, qtbot: QtBot, journal: Journal, exported: Path
) -> None:
    export_id = json.loads(exported.read_text(encoding="utf-8"))["export_id"]
    draft = journal.paths.reviews / f"{export_id.lower()}.json"
    draft.parent.mkdir(parents=True, exist_ok=True)
    draft.write_text('{"format": "coachapp-feedback", "comm', encoding="utf-8")
    review = _open(window, qtbot, exported)
    assert review.review.commented() == set() and not review.review.overall
    assert draft.with_suffix(".damaged").exists()
    review.close()


def one_to_one(journal: Journal, person: str) -> str:
    """A one-to-one made from the built-in template and filled in as a manager does (text on
    the line under each heading, a task in the checklist); its body."""
    template = next(t for t in journal.templates.templates("en") if t.key == "one-to-one")
    body = re.sub(r"(?m)^(## .*)$", r"\1\nShe is *keen* on it.", template.body)
    body = re.sub(r"(?m)^- \[ \] *$", "- [ ] Book the training", body)
    title = template.title_for(NOW.date(), "25 November 2026", person)
    journal.entries.create(EntryDraft(NOW, title, body, kind=template.kind))
    return body


def headings(document: QTextDocument) -> list[str]:
    """The text of each heading block the reader shows."""
    found, block = [], document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.append(block.text())
        block = block.next()
    return found


def review_windows(window: MainWindow) -> list[ReviewWindow]:
    return [w for w in window.findChildren(QMainWindow) if isinstance(w, ReviewWindow)]


@pytest.mark.usefixtures("staff")
def test_a_templated_entry_reads_rendered_and_every_item_takes_a_comment(
    journal: Journal, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    body = one_to_one(journal, "Hélène Dupont")
    exported = tmp_path / "journal.json"
    write_document(
        journal_document(journal.clock, ExportOptions()), "json", exported, writers_for(journal)
    )
    window = open_window(journal, qtbot)
    with dialogs.expecting(choose_file(exported)):
        window.act_review.trigger()
    [review] = review_windows(window)
    assert review.menu.title() == "Coach &feedback"  # the menu says whose feedback it holds

    entry = next(child for child in items_of(review) if child.text(0).startswith("One-to-one"))
    review.tree.scrollToItem(entry)
    spot = review.tree.visualItemRect(entry).center()
    qtbot.mouseClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert review.tree.currentItem() is entry
    shown = review.reader.toPlainText()
    wanted = [line[3:] for line in body.splitlines() if line.startswith("## ")]
    assert headings(review.reader.document())[1:] == wanted  # after the item's own heading
    assert "##" not in shown and "*keen*" not in shown and "[ ]" not in shown
    assert "\u2610 Book the training" in shown

    for child in items_of(review):  # the coach can comment on every item
        review.tree.setCurrentItem(child)
        assert review.comment.isEnabled()
    review.close()


def items_of(review: ReviewWindow) -> list[QTreeWidgetItem]:
    """The items the coach can comment on, in the order of the list."""
    tree, found = review.tree, []
    for top in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(top)
        assert section is not None
        found += [c for row in range(section.childCount()) if (c := section.child(row))]
    return found


@pytest.mark.usefixtures("staff")
@pytest.mark.parametrize("form", ["pdf", "html", "md"])
def test_a_reading_export_says_to_ask_for_the_coachapp_file_and_opens_nothing(
    journal: Journal, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path, form: str
) -> None:
    one_to_one(journal, "Hélène Dupont")
    sent = tmp_path / f"journal.{form}"
    write_document(
        journal_document(journal.clock, ExportOptions()), form, sent, writers_for(journal)
    )
    window = open_window(journal, qtbot)
    before = dump()
    with dialogs.expecting(choose_file(sent), click("OK")):
        window.act_review.trigger()
    said = dialogs.seen[-1]
    assert said.title == "Cannot open for review"
    assert said.text == (
        f"{sent} is not a CoachApp journal export, so it cannot be reviewed. A coach reviews the "
        "CoachApp file (.json) that the manager makes with File > Export…; PDF, web page and "
        "Markdown exports are for reading only. Ask the manager to send the .json file."
    )
    assert review_windows(window) == [] and dump() == before
    assert not journal.paths.reviews.exists() or not any(journal.paths.reviews.iterdir())
