"""Today reads like a coach: eight late check-ins are one card that opens their list, each line
opening its own check-in; later and dismiss answer for the whole card; the first cards come
from different pillars."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coachapp.context import Journal
from coachapp.services.delegations.delegations import DelegationDraft
from coachapp.services.journal.journal import EntryDraft
from coachapp.storage.models import PromptState
from coachapp.timezones import local_zone
from coachapp.ui.delegations.checkin_dialog import CheckInDialog
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.today.prompt_card import PromptCard
from coachapp.ui.today.today_view import TodayView

TODAY = date(2026, 11, 25)


def eight_late_check_ins(journal: Journal, staff: dict[str, str]) -> list[str]:
    """Eight delegations whose check-ins are 2 to 9 days late, in a journal begun months ago;
    the latest first."""
    journal.entries.create(EntryDraft(datetime(2026, 6, 1, 9, tzinfo=local_zone()), "Début"))
    people = [staff["Hélène Dupont"], staff["Karim Benali"]]
    return [
        journal.delegations.create(
            DelegationDraft(f"Sujet {late}", 3, 5, TODAY - timedelta(days=60),
                            person_uuid=people[late % 2],
                            next_checkin=TODAY - timedelta(days=late))
        ).uuid
        for late in range(2, 10)
    ]  # fmt: skip


def cards_of(view: TodayView, rule_id: str) -> list[PromptCard]:
    return [c for c in view.cards_shown() if c.prompt.rule.id == rule_id]


def late_card(qtbot: QtBot, window: MainWindow, text: str) -> PromptCard:
    """Today on screen, once it has read the journal: the card of late check-ins, saying
    `text`. (The journal was written through its services, which the view does not hear.)"""
    window.act_areas[0].trigger()
    view = window.today_view
    view.refresh_when_shown()
    qtbot.waitUntil(
        lambda: [(c.text.text(), c.isVisible()) for c in cards_of(view, "MGR-1")] == [(text, True)]
    )
    return cards_of(view, "MGR-1")[0]


def test_eight_late_check_ins_are_one_card_that_lists_them(
    qtbot: QtBot, window: MainWindow, journal: Journal, staff: dict[str, str]
) -> None:
    delegations = eight_late_check_ins(journal, staff)
    card = late_card(qtbot, window, "<b>8 check-ins are late</b>")
    assert card.why.text() == (
        "The oldest, with Karim Benali on “Sujet 9”, was due on 16 November 2026, 9 days ago."
    )
    assert not card.items.isVisible()
    qtbot.mouseClick(card.do_button, Qt.MouseButton.LeftButton)  # "Show the list"
    assert card.do_button.text() == "Hide the list"
    qtbot.waitUntil(lambda: all(b.isVisible() and b.height() > 0 for b in card.item_buttons))
    assert [b.text() for b in card.item_buttons[:2]] == [
        "Karim Benali: “Sujet 9”, due on 16 November 2026",
        "Hélène Dupont: “Sujet 8”, due on 17 November 2026",
    ]
    assert len(card.item_buttons) == 8

    qtbot.mouseClick(card.item_buttons[1], Qt.MouseButton.LeftButton)  # opens that check-in
    assert window.stack.currentWidget() is window.delegations_view
    dialog = next(d for d in window.delegations_view.findChildren(CheckInDialog) if d.isVisible())
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    acted = PromptState.get(PromptState.state == "acted")
    assert (acted.rule_id, acted.subject) == ("MGR-1", delegations[6])  # "Sujet 8" only

    late_card(qtbot, window, "<b>7 check-ins are late</b>")


def test_later_and_dismiss_answer_for_the_whole_card(
    qtbot: QtBot, window: MainWindow, journal: Journal, staff: dict[str, str]
) -> None:
    delegations = eight_late_check_ins(journal, staff)
    card = late_card(qtbot, window, "<b>8 check-ins are late</b>")
    menu = card.later_button.menu()
    assert menu is not None
    next(a for a in menu.actions() if a.text() == "In a week").trigger()
    snoozed = PromptState.select().where(PromptState.rule_id == "MGR-1")
    assert sorted(s.subject for s in snoozed) == sorted(delegations)
    assert {s.until for s in snoozed} == {"2026-12-02"}
    assert not cards_of(window.today_view, "MGR-1")

    later = TODAY + timedelta(days=7)
    [group] = [p for p in journal.prompts.current(later).prompts if p.rule.id == "MGR-1"]
    journal.prompts.dismiss(group)
    assert not [p for p in journal.prompts.current(later).prompts if p.rule.id == "MGR-1"]


def test_the_first_cards_come_from_different_pillars(
    qtbot: QtBot, window: MainWindow, journal: Journal, staff: dict[str, str]
) -> None:
    eight_late_check_ins(journal, staff)
    late_card(qtbot, window, "<b>8 check-ins are late</b>")
    pillars = [c.prompt.rule.pillar for c in window.today_view.cards_shown()]
    assert len(pillars) >= 3
    assert len(set(pillars[:3])) == 3  # not three cards of the manager's role in a row
