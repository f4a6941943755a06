"""What "Do it" on a suggestion opens, and when the suggestion counts as done."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.people.people import PeopleService, PersonDraft, PersonKind
from coachapp.storage.models import Entry, PromptState
from coachapp.timezones import local_zone
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.today.prompt_card import PromptCard
from tests.gui.conftest import type_text

LONG_AGO = datetime(2026, 3, 2, 9, tzinfo=local_zone())


def one_to_one_card(window: MainWindow) -> PromptCard | None:
    return next((c for c in window.today_view.cards_shown() if c.prompt.rule.id == "AGT-1"), None)


def test_a_one_to_one_suggested_for_an_agent_opens_titled_with_their_name(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.entries.create(EntryDraft(LONG_AGO, "Prise de poste"))
    PeopleService(FixedClock(LONG_AGO)).create(
        PersonDraft("Karim Benali", "Conseiller numérique", PersonKind.AGENT)
    )
    window.act_areas[0].trigger()
    window.today_view.refresh()
    card = one_to_one_card(window)
    assert card is not None
    qtbot.mouseClick(card.do_button, Qt.MouseButton.LeftButton)
    editor = window.journal_view.editor
    assert editor.title.text().startswith("One-to-one with Karim Benali on ")
    assert editor.kind.currentData() == "one_to_one"

    window.act_areas[0].trigger()  # left without a word: still suggested
    assert one_to_one_card(window) is not None
    assert not PromptState.select().where(PromptState.state == "acted").exists()
    card = one_to_one_card(window)
    assert card is not None
    qtbot.mouseClick(card.do_button, Qt.MouseButton.LeftButton)
    editor.body.setFocus()
    type_text(qtbot, editor.body, "Souhaite se former à l'accueil des publics éloignés.")
    qtbot.waitUntil(lambda: PromptState.select().where(PromptState.state == "acted").exists())
    written = Entry.select().where(Entry.title.startswith("One-to-one with Karim Benali"))
    assert [e.body for e in written] == [
        editor.body.toPlainText()
    ]  # the first, left empty, went when the second was opened
