"""Today, the home: prompts with why, acted on, snoozed or dismissed; the question of the day
answered in the journal; the week ahead."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.services.delegations.delegations import DelegationDraft
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.today.self_assessment import Rating
from coachapp.storage.models import Entry, PromptRuleOff, PromptState
from coachapp.timezones import local_zone
from coachapp.ui.delegations.checkin_dialog import CheckInDialog
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.today.prompt_card import PromptCard
from coachapp.ui.today.self_assessment_chart import SelfAssessmentChart
from coachapp.ui.today.self_assessment_dialog import SelfAssessmentDialog
from coachapp.ui.today.today_view import TodayView
from coachapp.ui.today.weekly_review import WeeklyReview
from tests.gui.conftest import type_text

TODAY = date(2026, 11, 25)


@pytest.fixture
def today(qtbot: QtBot, window: MainWindow) -> TodayView:
    window.show_area(window.stack.indexOf(window.today_view))
    view = window.today_view
    view.refresh()
    return view


def late_check_in(journal: Journal, staff: dict[str, str], clock: FixedClock) -> str:
    """A delegation whose check-in was due five days ago, in a journal begun months ago."""
    journal.entries.create(EntryDraft(datetime(2026, 6, 1, 9, tzinfo=local_zone()), "Début"))
    record = journal.delegations.create(
        DelegationDraft("Planning des permanences", 3, 5, TODAY - timedelta(days=40),
                        person_uuid=staff["Karim Benali"],
                        next_checkin=TODAY - timedelta(days=5))
    )  # fmt: skip
    return record.uuid


def card_for(view: TodayView, rule_id: str) -> PromptCard:
    return next(c for c in view.cards_shown() if c.prompt.rule.id == rule_id)


def test_acting_on_a_prompt_opens_the_check_in(
    qtbot: QtBot, window: MainWindow, journal: Journal, staff: dict[str, str], clock: FixedClock
) -> None:
    delegation = late_check_in(journal, staff, clock)
    view = window.today_view
    window.show_area(window.stack.indexOf(view))
    view.refresh()
    card = card_for(view, "MGR-1")
    assert card.text.text() == ("<b>Check in with Karim Benali on “Planning des permanences”.</b>")
    assert card.why.text() == "The check-in was due on 20 November 2026, 5 days ago."
    qtbot.mouseClick(card.do_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.delegations_view
    dialog = next(d for d in window.delegations_view.findChildren(CheckInDialog) if d.isVisible())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # changed my mind: the suggestion stays
    assert not PromptState.select().where(PromptState.state == "acted").exists()
    window.show_area(window.stack.indexOf(view))
    qtbot.waitUntil(lambda: any(c.prompt.rule.id == "MGR-1" for c in view.cards_shown()))

    qtbot.mouseClick(card_for(view, "MGR-1").do_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in window.delegations_view.findChildren(CheckInDialog) if d.isVisible())
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # the check-in is recorded: done
    state = PromptState.get(PromptState.rule_id == "MGR-1")
    assert (state.subject, state.state) == (delegation, "acted")
    window.show_area(window.stack.indexOf(view))
    qtbot.waitUntil(lambda: not any(c.prompt.rule.id == "MGR-1" for c in view.cards_shown()))


def test_snooze_and_never_again(
    qtbot: QtBot, window: MainWindow, *, today: TodayView, journal: Journal,
    staff: dict[str, str], clock: FixedClock,
) -> None:  # fmt: skip
    late_check_in(journal, staff, clock)
    today.refresh()
    card = card_for(today, "MGR-1")
    menu = card.later_button.menu()
    assert menu is not None
    next(a for a in menu.actions() if a.text() == "In a week").trigger()
    assert PromptState.get(PromptState.rule_id == "MGR-1").until == "2026-12-02"
    assert not any(c.prompt.rule.id == "MGR-1" for c in today.cards_shown())
    assert "MGR-1" in [
        p.rule.id for p in journal.prompts.current(TODAY + timedelta(days=7)).prompts
    ]

    other = today.cards_shown()[0]
    rule = other.prompt.rule.id
    never = other.dismiss_button.menu()
    assert never is not None
    never.actions()[0].trigger()
    assert [r.rule_id for r in PromptRuleOff.select()] == [rule]
    assert not any(c.prompt.rule.id == rule for c in today.cards_shown())

    # Preferences list it, and bring it back.
    preferences = window.show_preferences()
    assert preferences.off_list.count() == 1
    assert preferences.off_list.item(0).text().startswith(f"{rule} · ")
    qtbot.mouseClick(preferences.switch_on_button, Qt.MouseButton.LeftButton)
    assert not PromptRuleOff.select().exists()
    assert not preferences.switch_on_button.isEnabled()
    preferences.reject()


def test_the_question_of_the_day_is_answered_in_the_journal(
    qtbot: QtBot, window: MainWindow, today: TodayView, journal: Journal
) -> None:
    question = today.question.text()
    assert question
    qtbot.mouseClick(today.answer_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.journal_view
    assert Entry.get().title == question


def test_the_week_ahead_lists_check_ins_and_opens_them(
    qtbot: QtBot, window: MainWindow, journal: Journal, staff: dict[str, str], clock: FixedClock
) -> None:
    delegation = late_check_in(journal, staff, clock)
    view = window.today_view
    window.show_area(window.stack.indexOf(view))
    view.refresh()
    item = view.week.topLevelItem(0)
    assert item is not None
    assert item.text(0) == "20/11/2026 (late)"
    assert item.text(1) == "Check-in: Planning des permanences with Karim Benali"
    view.week.itemActivated.emit(item, 0)
    assert window.stack.currentWidget() is window.delegations_view
    assert window.delegations_view.panel.record is not None
    assert window.delegations_view.panel.record.uuid == delegation


def test_the_weekly_review_becomes_an_entry(
    qtbot: QtBot, window: MainWindow, today: TodayView, journal: Journal, clock: FixedClock
) -> None:
    journal.entries.create(EntryDraft(datetime(2026, 11, 23, 9, tzinfo=local_zone()), "Lundi"))
    qtbot.mouseClick(today.review_button, Qt.MouseButton.LeftButton)
    review = next(w for w in window.findChildren(WeeklyReview) if w.isVisible())
    assert "1 entry written · 0 meetings held" in review.week.text()
    assert "From 19 November 2026 to 25 November 2026" in review.week.text()
    type_text(qtbot, review.happened, "Le nouvel accueil a démarré")
    review.next()
    review.next()
    type_text(qtbot, review.learned, "Les usagers préfèrent le rendez-vous")
    review.next()
    review.accept()
    entry = Entry.get(Entry.title == "Week 48 review")
    assert entry.body == (
        "## What happened\n\nLe nouvel accueil a démarré\n\n"
        "## What I learned\n\nLes usagers préfèrent le rendez-vous"
    )
    assert window.stack.currentWidget() is window.journal_view


def test_self_assessment_asks_evidence_for_high_ratings_then_charts_the_year(
    qtbot: QtBot, window: MainWindow, today: TodayView, journal: Journal
) -> None:
    journal.self_assessment.save("2026-10", {"D1": Rating(1), "D4": Rating(2)})
    qtbot.mouseClick(today.assessment_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in window.findChildren(SelfAssessmentDialog) if d.isVisible())
    first, fourth = dialog.rows[0], dialog.rows[3]
    qtbot.mouseClick(first.choices.button(4), Qt.MouseButton.LeftButton)
    assert first.anchor.text().startswith("Regular experiments, also proposed by agents")
    qtbot.mouseClick(fourth.choices.button(3), Qt.MouseButton.LeftButton)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "For a 4, note one concrete fact" in dialog.error.text()
    assert journal.self_assessment.ratings("2026-11") == {}
    type_text(qtbot, first.note, "Trois tests proposés par l'accueil")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert journal.self_assessment.ratings("2026-11") == {
        "D1": Rating(4, "Trois tests proposés par l'accueil"), "D4": Rating(3),
    }  # fmt: skip
    chart = next(c for c in window.findChildren(SelfAssessmentChart) if c.isVisible())
    assert [p.y() for p in chart.lines["D1"].points()] == [1, 4]
    assert "Experimentation moved by +3 points since last month" in chart.notes.text()
    assert chart.radar.series()[-1].name() == "This month (Nov 26)"
