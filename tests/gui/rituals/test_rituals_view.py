"""Rituals through their widgets: plan from a method, hold a meeting, follow up, debrief."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from coachapp.context import Journal
from coachapp.services.common.pillars import Pillar
from coachapp.services.journal.journal import EntryFilter
from coachapp.services.people.people import PersonDraft
from coachapp.services.rituals.methods import Origin, Purpose
from coachapp.services.rituals.recurrence import Repeat
from coachapp.services.rituals.rituals import RITUAL, Report, RitualDraft, Stakeholder, Status
from coachapp.storage.models import (
    Entry,
    Link,
    Ritual,
    RitualAction,
    RitualOccurrence,
    UserMethod,
)
from coachapp.timezones import local_zone
from coachapp.ui.rituals.method_editor import MethodEditor
from coachapp.ui.rituals.ritual_planner import RitualPlanner
from coachapp.ui.rituals.rituals_view import RitualsView
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import Answers, type_text


@pytest.fixture(autouse=True)
def _rituals_area(window: MainWindow) -> None:
    window.show_area(window.stack.indexOf(window.rituals_view))


def ok(qtbot: QtBot, dialog: RitualPlanner) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_first(view: RitualsView) -> None:
    first = view.list.topLevelItem(0)
    assert first is not None
    view.list.setCurrentItem(first)


def next_week_at(hour: int) -> QDateTime:
    start = QDateTime.currentDateTime().addDays(7)
    start.setTime(QTime(hour, 0))
    return start


def test_plan_a_recurring_ritual_from_a_method(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    nadia = journal.people.create(PersonDraft("Nadia Benali")).uuid
    view = window.rituals_view
    view.tabs.setCurrentIndex(4)
    view.methods.search.setText("world")
    assert view.methods.list.count() == 1
    qtbot.mouseClick(view.methods.plan_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(RitualPlanner)
    assert dialog is not None
    assert dialog.title.text() == "World Café"
    assert dialog.agenda.toPlainText().startswith("- [ ] ")
    dialog.starts.setDateTime(next_week_at(14))
    dialog.ends.setTime(QTime(16, 0))
    type_text(qtbot, dialog.place, "Salle des fêtes")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData(Repeat.FORTNIGHTLY.value))
    dialog.end_kind.setCurrentIndex(dialog.end_kind.findData("count"))
    dialog.count.setValue(4)
    for number in range(dialog.people.count()):
        if dialog.people.item(number).data(Qt.ItemDataRole.UserRole + 1) == nadia:
            dialog.people.item(number).setCheckState(Qt.CheckState.Checked)
    dialog.group_counts[Stakeholder.USAGERS].setValue(6)
    ok(qtbot, dialog)
    row = Ritual.get()
    assert (row.title, row.method_key, row.duration_minutes, row.place) == (
        "World Café",
        "world-cafe",
        120,
        "Salle des fêtes",
    )
    assert row.rrule.startswith("FREQ=WEEKLY;INTERVAL=2") and row.rrule.endswith("COUNT=4")
    record = journal.rituals.get(row.uuid)
    assert record.draft.people == (nadia,)
    assert record.draft.groups == ((Stakeholder.USAGERS, 6),)
    assert view.list.topLevelItemCount() == 4
    assert view.panel.occurrence is not None


@pytest.mark.parametrize(
    ("arrange", "message"),
    [
        ("end-before-start", "The ritual ends before it starts."),
        ("zero", "A ritual lasts at least one minute."),
        ("bad-rule", "This repetition rule is not valid"),
        ("no-title", "A ritual needs a title."),
    ],
)
def test_bad_plans_get_a_message_and_save_nothing(
    qtbot: QtBot, window: MainWindow, arrange: str, message: str
) -> None:
    dialog = window.rituals_view.plan()
    dialog.title.setText("Point d'équipe")
    dialog.starts.setDateTime(next_week_at(10))
    dialog.ends.setTime(QTime(11, 0))
    if arrange == "end-before-start":
        dialog.ends.setTime(QTime(9, 0))
    elif arrange == "zero":
        dialog.ends.setTime(QTime(10, 0))
    elif arrange == "bad-rule":
        dialog.repeat.setCurrentIndex(dialog.repeat.findData(Repeat.CUSTOM.value))
        dialog.rule.setText("FREQ=WEEKLY;BYDAY=XX")
    else:
        dialog.title.clear()
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert message in dialog.error.text()
    assert Ritual.select().count() == 0
    dialog.reject()


def test_hold_a_meeting_add_an_action_and_write_the_debrief(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    karim = journal.people.create(PersonDraft("Karim Benali")).uuid
    view = window.rituals_view
    dialog = view.plan("lean-coffee")
    # The day before the journal's (fixed) clock, at a fixed hour: an hour later is that day.
    today = journal.clock.now().astimezone(local_zone()).date()
    yesterday = QDateTime(QDate(today.year, today.month, today.day).addDays(-1), QTime(10, 0))
    dialog.starts.setDateTime(yesterday)
    dialog.ends.setTime(dialog.starts.time().addSecs(3600))
    dialog.repeat.setCurrentIndex(dialog.repeat.findData(Repeat.WEEKLY.value))
    for row in range(dialog.people.count()):
        dialog.people.item(row).setCheckState(Qt.CheckState.Checked)
    ok(qtbot, dialog)
    view.when.setCurrentIndex(1)  # past: yesterday's meeting
    select_first(view)
    panel = view.panel
    assert panel.occurrence is not None
    held = next(b for b in panel.status_buttons.buttons() if b.property("status") == "held")
    qtbot.mouseClick(held, Qt.MouseButton.LeftButton)
    type_text(qtbot, panel.outcomes, "Trois idées pour l'accueil")
    type_text(qtbot, panel.follow_up.action_text, "Relancer la CAF")
    panel.follow_up.action_owner.setCurrentIndex(panel.follow_up.action_owner.findData(karim))
    qtbot.mouseClick(panel.follow_up.add_button, Qt.MouseButton.LeftButton)
    state = RitualOccurrence.get()
    assert state.status == Status.HELD.value
    assert state.outcomes == "Trois idées pour l'accueil"
    action = RitualAction.get()
    assert (action.text, action.owner_uuid) == ("Relancer la CAF", karim)
    assert panel.follow_up.action_list.topLevelItemCount() == 1

    qtbot.mouseClick(panel.debrief_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.journal_view
    entry = window.journal_view.editor.record
    assert entry is not None
    assert entry.draft.title.startswith("Debrief: Lean Coffee")
    assert (RITUAL, state.ritual.uuid) in entry.draft.links
    assert karim in entry.draft.people
    assert Link.select().where(Link.target_kind == RITUAL).count() == 1
    window.journal_view.editor.body.setPlainText("Bonne séance")
    window.journal_view.editor.flush()

    window.show_area(window.stack.indexOf(view))
    select_first(view)
    assert panel.entries.count() == 1
    assert panel.entries.item(0).text() == entry.draft.title
    linked = journal.entries.page(EntryFilter(linked=(RITUAL, state.ritual.uuid)))
    assert [r.uuid for r in linked] == [entry.uuid]
    assert Entry.get(Entry.uuid == entry.uuid).body == "Bonne séance"


def test_open_actions_inclusion_and_calendar_tabs(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    agent = journal.people.create(PersonDraft("Inès Garcia")).uuid
    journal.people.create(PersonDraft("Loïc Roux"))
    now = journal.clock.now().astimezone(local_zone()).replace(second=0, microsecond=0)
    record = journal.rituals.create(
        RitualDraft("Atelier", now - timedelta(days=3), 60, people=(agent,))
    )
    journal.rituals.record(
        record.uuid, record.draft.starts_at, Report(Status.HELD, people=(agent,))
    )
    journal.rituals.add_action(record.uuid, "Compte rendu", due=now.date() - timedelta(days=1))
    view = window.rituals_view
    view.tabs.setCurrentIndex(2)
    assert view.open_actions.topLevelItemCount() == 1
    item = view.open_actions.topLevelItem(0)
    assert item is not None and item.toolTip(3) == "Overdue"
    assert item.text(3).endswith("(overdue)")  # in words too, not by colour alone
    item.setCheckState(0, Qt.CheckState.Checked)
    assert journal.rituals.actions() == []
    view.tabs.setCurrentIndex(3)
    assert view.inclusion_summary.text() == "1 meeting held in this period."
    first = view.left_out.topLevelItem(0)
    assert view.left_out.topLevelItemCount() == 1
    assert first is not None and first.text(0) == "Loïc Roux"
    view.tabs.setCurrentIndex(1)
    assert (
        view.month.calendar.dateTextFormat(view.month.calendar.selectedDate()).fontWeight() >= 400
    )


def save(qtbot: QtBot, editor: MethodEditor) -> None:
    button = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_write_an_own_method_then_adapt_and_restore_a_built_in_one(
    qtbot: QtBot, window: MainWindow, journal: Journal, answers: Answers
) -> None:
    browser = window.rituals_view.methods
    window.rituals_view.tabs.setCurrentIndex(4)
    qtbot.mouseClick(browser.new_button, Qt.MouseButton.LeftButton)
    editor = browser.findChild(MethodEditor)
    assert editor is not None and editor.isVisible()
    type_text(qtbot, editor.name, "Weather round")
    save(qtbot, editor)
    assert editor.isVisible() and "what the method is for" in editor.error.text()
    assert editor.focusWidget() is editor.summary
    type_text(qtbot, editor.summary, "Everyone says in a sentence how they arrive today.")
    editor.steps.setPlainText("Everyone thinks for a minute\nEach says one word\n")
    editor.purpose_checks[Purpose.CONNECT].setChecked(True)
    editor.pillar_checks[Pillar.CO_CONSTRUCTION].setChecked(True)
    save(qtbot, editor)
    assert "3 to 8 steps" in editor.error.text()
    editor.steps.appendPlainText("We start the meeting with what we heard")
    editor.max_minutes.setValue(15)
    editor.min_minutes.setValue(5)
    save(qtbot, editor)
    assert not editor.isVisible()
    row = UserMethod.get()
    data = json.loads(row.data)
    assert row.key == "own-weather-round"
    assert data["name"] == {"fr": "Weather round", "en": "Weather round"}
    assert data["steps"]["en"][2] == "We start the meeting with what we heard"
    assert data["duration_minutes"] == {"min": 5, "max": 15}
    assert data["source"]["en"] == "My own method"
    assert browser.list.currentItem().text() == "Weather round"
    assert browser.delete_button.isVisible() and browser.delete_button.text() == "De&lete"

    # A built-in method: adapted in French, its English version kept, then restored.
    browser.search.setText("world")
    assert browser.list.currentItem().text() == "World Café"
    assert not browser.delete_button.isVisible()
    qtbot.mouseClick(browser.edit_button, Qt.MouseButton.LeftButton)
    editor = next(e for e in browser.findChildren(MethodEditor) if e.isVisible())
    assert editor.name.text() == "World Café"
    editor.version.setCurrentIndex(editor.version.findData("fr"))
    editor.name.setText("World Café du service")
    editor.version.setCurrentIndex(editor.version.findData("en"))
    assert editor.name.text() == "World Café"
    save(qtbot, editor)
    adapted = json.loads(UserMethod.get(UserMethod.key == "world-cafe").data)
    assert adapted["name"] == {"fr": "World Café du service", "en": "World Café"}
    assert browser.delete_button.text() == "Back to the original"
    assert "your version" in browser.detail.toPlainText()
    answers.confirm = False
    qtbot.mouseClick(browser.delete_button, Qt.MouseButton.LeftButton)
    assert UserMethod.select().where(UserMethod.key == "world-cafe").exists()
    answers.confirm = True
    qtbot.mouseClick(browser.delete_button, Qt.MouseButton.LeftButton)
    assert not UserMethod.select().where(UserMethod.key == "world-cafe").exists()
    assert "Your changes to it will be lost" in answers.seen[-1]
    assert journal.methods.library.get("world-cafe").origin is Origin.BUILT_IN  # type: ignore[union-attr]
