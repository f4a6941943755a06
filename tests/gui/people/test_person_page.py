"""A person's page: skill plan edits, their delegations, entries and meetings; trashing them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit

from coachapp.context import Journal
from coachapp.services.delegations.delegations import DelegationDraft
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.people.skills import (
    ActionKind,
    ActionStatus,
    PlanAction,
    SkillDraft,
    SkillKind,
)
from coachapp.services.rituals.rituals import Report, RitualDraft, Status
from coachapp.storage.models import Delegation, Skill, SkillAction
from coachapp.timezones import local_zone
from coachapp.ui.people.person_editor import PersonEditor
from coachapp.ui.people.skill_dialog import (
    DESCRIPTION,
    KIND,
    PROVIDER,
    PROVIDER_NAME,
    STATUS,
    SkillDialog,
)
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import Answers, type_text
from tests.gui.people.test_people_view import type_day


@pytest.fixture
def page(window: MainWindow, staff: dict[str, str]) -> PersonEditor:
    view = window.people_view
    window.show_area(window.stack.indexOf(view))
    assert view.select(staff["Karim Benali"])
    return view.editor


def ok(qtbot: QtBot, dialog: SkillDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip


def test_skill_plan_add_edit_and_progress(
    qtbot: QtBot, page: PersonEditor, staff: dict[str, str]
) -> None:
    page.tabs.setCurrentWidget(page.growth)
    growth = page.growth
    qtbot.mouseClick(growth.add_skill, Qt.MouseButton.LeftButton)
    dialog = growth.findChild(SkillDialog)
    assert dialog is not None and "Karim Benali" in dialog.heading.text()
    type_text(qtbot, dialog.name, "Accompagner une démarche en ligne")
    dialog.add_row(None)
    ok(qtbot, dialog)  # the new action has no description yet
    assert dialog.isVisible() and "Action 1 needs a description" in dialog.error.text()
    description = dialog.action_table.cellWidget(0, DESCRIPTION)
    assert isinstance(description, QLineEdit)
    type_text(qtbot, description, "Formation à l'accueil numérique")
    provider = dialog.action_table.cellWidget(0, PROVIDER)
    assert isinstance(provider, QComboBox)
    provider.setCurrentIndex(provider.findData("cnfpt"))
    name = dialog.action_table.cellWidget(0, PROVIDER_NAME)
    assert isinstance(name, QLineEdit)
    name.setText("CNFPT Grand Est")
    row = dialog.add_row(None)
    kind = dialog.action_table.cellWidget(row, KIND)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData(ActionKind.PAIRING.value))
    second = dialog.action_table.cellWidget(row, DESCRIPTION)
    assert isinstance(second, QLineEdit)
    second.setText("Binôme avec la médiatrice numérique")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    skill = Skill.get()
    assert (skill.person_uuid, skill.level, skill.target_level) == (staff["Karim Benali"], 1, 3)
    actions = list(SkillAction.select().order_by(SkillAction.position))
    assert [(a.kind, a.provider, a.provider_name) for a in actions] == [
        ("training", "cnfpt", "CNFPT Grand Est"), ("pairing", "internal", ""),
    ]  # fmt: skip
    top = growth.skills.topLevelItem(0)
    assert top is not None and top.childCount() == 2 and "0 of 2" in top.text(0)

    growth.skills.setCurrentItem(top)
    qtbot.mouseClick(growth.edit_button, Qt.MouseButton.LeftButton)
    editor = next(d for d in growth.findChildren(SkillDialog) if d.isVisible())
    editor.level.setCurrentIndex(1)
    status = editor.action_table.cellWidget(0, STATUS)
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData(ActionStatus.DONE.value))
    ok(qtbot, editor)
    assert Skill.get().level == 2
    assert SkillAction.get(SkillAction.position == 0).status == "done"
    assert [a.uuid for a in SkillAction.select().order_by(SkillAction.position)] == [
        a.uuid for a in actions
    ]
    refreshed = growth.skills.topLevelItem(0)
    assert refreshed is not None and "1 of 2" in refreshed.text(0)

    # Remove acts on the row being edited, not the last one.
    growth.skills.setCurrentItem(refreshed)
    reopened = growth.edit_skill()
    assert reopened is not None
    editor = reopened
    first = editor.action_table.cellWidget(0, DESCRIPTION)
    assert isinstance(first, QLineEdit)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.mouseClick(editor.remove_action, Qt.MouseButton.LeftButton)
    ok(qtbot, editor)
    assert [a.kind for a in SkillAction.select()] == ["pairing"]


def test_person_page_lists_delegations_entries_and_meetings(
    qtbot: QtBot, window: MainWindow, page: PersonEditor, journal: Journal,
    staff: dict[str, str],
) -> None:  # fmt: skip
    karim = staff["Karim Benali"]
    journal.delegations.create(
        DelegationDraft("Planning", 3, 5, date(2026, 11, 2), person_uuid=karim)
    )
    journal.entries.create(
        EntryDraft(datetime(2026, 11, 20, 10, tzinfo=local_zone()), "Point avec Karim",
                   people=(karim,))
    )  # fmt: skip
    start = datetime(2026, 11, 10, 14, tzinfo=local_zone())
    ritual = journal.rituals.create(RitualDraft("Atelier accueil", start, 60, people=(karim,)))
    journal.rituals.record(ritual.uuid, start, Report(Status.HELD, people=(karim,)))
    page.tabs.setCurrentWidget(page.growth)
    assert page.growth.delegations.topLevelItemCount() == 1
    late = page.growth.delegations.topLevelItem(0)
    assert late is not None and "check-in overdue since" in late.text(0)  # not colour alone
    page.tabs.setCurrentWidget(page.activity)
    assert page.activity.entries.topLevelItemCount() == 1
    assert page.activity.rituals.topLevelItemCount() == 1
    assert "(1)" in page.activity.rituals_label.text()
    item = page.activity.rituals.topLevelItem(0)
    assert item is not None
    page.activity.rituals.itemActivated.emit(item, 0)
    assert window.stack.currentWidget() is window.rituals_view
    assert window.rituals_view.panel.occurrence is not None
    assert window.rituals_view.panel.occurrence.ritual_uuid == ritual.uuid
    assert start + timedelta(0) == window.rituals_view.panel.occurrence.starts_at


def test_the_arrival_day_is_shown_and_edited_on_the_page(
    qtbot: QtBot, window: MainWindow, page: PersonEditor, journal: Journal,
    staff: dict[str, str],
) -> None:  # fmt: skip
    karim, helene = staff["Karim Benali"], staff["Hélène Dupont"]
    arrived = page.form.arrived
    assert not arrived.check.isChecked() and not arrived.edit.isEnabled()
    assert arrived.edit.text() == "unknown"  # never the day he was typed in
    qtbot.mouseClick(arrived.check, Qt.MouseButton.LeftButton)
    type_day(qtbot, arrived.edit, date(2014, 9, 1))
    qtbot.waitUntil(lambda: journal.people.get(karim).arrived_on == date(2014, 9, 1), timeout=3000)

    later = journal.people.get(helene).as_draft()
    journal.people.update(helene, replace(later, arrived_on=date(2026, 11, 16)))
    table = window.people_view.table
    names = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
    table.selectRow(names.index("Hélène Dupont"))
    qtbot.waitUntil(lambda: page.record is not None and page.record.uuid == helene)
    assert arrived.check.isChecked() and arrived.day() == date(2026, 11, 16)
    qtbot.mouseClick(arrived.check, Qt.MouseButton.LeftButton)  # not sure after all
    assert arrived.edit.text() == "unknown"
    qtbot.waitUntil(lambda: journal.people.get(helene).arrived_on is None, timeout=3000)

    table.selectRow(names.index("Karim Benali"))
    qtbot.waitUntil(lambda: page.record is not None and page.record.uuid == karim)
    assert arrived.check.isChecked() and arrived.day() == date(2014, 9, 1)
    assert journal.people.get(helene).arrived_on is None  # showing him wrote nothing on her


def test_trashing_a_person_with_delegations_explains_and_keeps_them(
    page: PersonEditor, journal: Journal, staff: dict[str, str], answers: Answers
) -> None:
    karim = staff["Karim Benali"]
    journal.delegations.create(
        DelegationDraft("Planning", 3, 5, date(2026, 11, 2), person_uuid=karim)
    )
    journal.skills.create(
        SkillDraft(karim, "Accueil numérique", SkillKind.KNOW_HOW, 1, 3,
                   actions=(PlanAction(ActionKind.TRAINING, "Formation"),))
    )  # fmt: skip
    page.show_person(journal.people.get(karim))
    answers.confirm = False
    page.move_to_trash()
    assert "1 active delegation, 1 skill in their plan" in answers.seen[-1]
    assert journal.people.get(karim).deleted_at is None
    answers.confirm = True
    page.move_to_trash()
    assert journal.people.get(karim).deleted_at is not None
    assert Delegation.select().count() == 1 and Skill.select().count() == 1
    journal.people.restore(karim)
    assert len(journal.delegations.find(person_uuid=karim)) == 1
