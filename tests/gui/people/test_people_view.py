"""People, driven through the widgets the way a manager uses them; checked in the database."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QWidget

from coachapp.context import Journal
from coachapp.services.people.people import PersonKind
from coachapp.storage.models import Person
from coachapp.ui.common.dates import qdate
from coachapp.ui.people.new_person_dialog import NewPersonDialog
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.trash.trash_view import TrashView
from tests.gui.conftest import Answers, type_text
from tests.gui.doors import Dialogs


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The main window showing the People area."""
    window.show_area(window.stack.indexOf(window.people_view))
    return window


def type_day(qtbot: QtBot, edit: QWidget, day: date) -> None:
    """Tab into a date field and type the digits of `day`, each part moving on to the next
    as it is full (the way people type dates)."""
    assert isinstance(edit, QDateEdit)
    edit.window().activateWindow()  # the window in front, as the person sees it
    qtbot.waitUntil(edit.window().isActiveWindow)
    qtbot.keyClick(edit.previousInFocusChain(), Qt.Key.Key_Tab)
    assert edit.hasFocus()
    shown = qdate(day).toString(edit.displayFormat())
    qtbot.keyClicks(edit, "".join(ch for ch in shown if ch.isdigit()))
    assert edit.text() == shown


def listed_names(window: MainWindow) -> list[str]:
    proxy = window.people_view.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def click_ok(qtbot: QtBot, dialog: NewPersonDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def select(qtbot: QtBot, window: MainWindow, name: str) -> None:
    view = window.people_view
    row = listed_names(window).index(name)
    view.table.selectRow(row)
    qtbot.waitUntil(lambda: view.editor.record is not None and view.editor.record.name == name)


def select_first(trash: TrashView) -> None:
    first = trash.list.topLevelItem(0)
    assert first is not None
    first.setSelected(True)


def test_add_a_person_through_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.people_view.add_person()
    type_text(qtbot, dialog.form.name, "  Fatou   Diallo ")
    type_text(qtbot, dialog.form.role, "Médiatrice numérique")
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData(PersonKind.PARTNER.value))
    type_text(qtbot, dialog.form.team, "Emmaüs Connect")
    click_ok(qtbot, dialog)
    row = Person.get(Person.name == "Fatou Diallo")
    assert (row.role, row.kind, row.team, row.active) == (
        "Médiatrice numérique",
        "partner",
        "Emmaüs Connect",
        True,
    )
    assert listed_names(window) == ["Fatou Diallo"]
    assert window.people_view.editor.record is not None
    assert window.people_view.editor.record.uuid == row.uuid
    assert window.count_label.text().endswith("1 person")


def test_a_new_person_comes_with_the_day_they_joined_the_team(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPersonDialog)
        arrived = dialog.form.arrived
        assert not arrived.check.isChecked() and not arrived.edit.isEnabled()
        assert arrived.edit.text() == "unknown"
        type_text(qtbot, dialog.form.name, "Inès Garcia")
        qtbot.mouseClick(arrived.check, Qt.MouseButton.LeftButton)
        assert arrived.edit.isEnabled()
        type_day(qtbot, arrived.edit, date(2026, 11, 3))
        click_ok(qtbot, dialog)

    with dialogs.expecting(fill_in):
        window.act_new_person.trigger()
    assert Person.get(Person.name == "Inès Garcia").arrived_on == "2026-11-03"
    form = window.people_view.editor.form
    assert form.name.text() == "Inès Garcia" and form.arrived.day() == date(2026, 11, 3)
    assert form.arrived.edit.text() == qdate(date(2026, 11, 3)).toString(
        form.arrived.edit.displayFormat()
    )


def test_a_new_person_left_without_an_arrival_day_has_none(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPersonDialog)
        type_text(qtbot, dialog.form.name, "Karim Benali")
        qtbot.mouseClick(dialog.form.arrived.check, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.form.arrived.check, Qt.MouseButton.LeftButton)  # on second thought
        assert dialog.form.arrived.edit.text() == "unknown"
        click_ok(qtbot, dialog)

    with dialogs.expecting(fill_in):
        window.act_new_person.trigger()
    assert Person.get(Person.name == "Karim Benali").arrived_on is None


def test_empty_name_is_refused_with_a_message(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.people_view.add_person()
    type_text(qtbot, dialog.form.name, "   ")
    type_text(qtbot, dialog.form.role, "Agent")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.shown()
    assert dialog.error.text() == "A person needs a name."
    assert Person.select().count() == 0
    type_text(qtbot, dialog.form.name, "Lucas Petit")
    assert not dialog.error.shown()
    click_ok(qtbot, dialog)
    assert [p.name for p in Person.select()] == ["Lucas Petit"]


def test_duplicate_name_is_warned(
    qtbot: QtBot, window: MainWindow, staff: dict[str, str], answers: Answers
) -> None:
    answers.confirm = False
    dialog = window.people_view.add_person()
    type_text(qtbot, dialog.form.name, "helene DUPONT")
    click_ok(qtbot, dialog)
    assert (
        "Hélène Dupont is already in your list of people (Agent d'accueil, Accueil)"
        in answers.seen[0]
    )
    assert Person.select().count() == 3
    assert dialog.isVisible()
    answers.confirm = True
    click_ok(qtbot, dialog)
    assert Person.select().where(Person.name_key == "helene dupont").count() == 2


def test_edits_save_themselves(qtbot: QtBot, window: MainWindow, staff: dict[str, str]) -> None:
    window.people_view.refresh()
    select(qtbot, window, "Karim Benali")
    editor = window.people_view.editor
    assert editor.form.notes is not None
    type_text(qtbot, editor.form.notes, "Souhaite animer l'atelier numérique.")
    type_text(qtbot, editor.form.team, " Nord")
    qtbot.waitUntil(
        lambda: Person.get(Person.uuid == staff["Karim Benali"]).team == "France Services Nord",
        timeout=3000,
    )
    row = Person.get(Person.uuid == staff["Karim Benali"])
    assert row.notes == "Souhaite animer l'atelier numérique."
    model = window.people_view.model
    shown = model.row_of(row.uuid)
    assert shown is not None
    assert model.row(shown).team == "France Services Nord"


def test_a_name_cannot_be_emptied(qtbot: QtBot, window: MainWindow, staff: dict[str, str]) -> None:
    window.people_view.refresh()
    select(qtbot, window, "Martine Roux")
    editor = window.people_view.editor
    editor.form.name.selectAll()
    qtbot.keyClick(editor.form.name, Qt.Key.Key_Delete)
    qtbot.waitUntil(editor.error.shown, timeout=3000)
    assert editor.error.text() == "A person needs a name."
    assert Person.get(Person.uuid == staff["Martine Roux"]).name == "Martine Roux"
    assert editor.form.notes is not None
    type_text(qtbot, editor.form.notes, "Préparer le conseil")
    messages: list[str] = []
    window.people_view.status.connect(messages.append)
    select(qtbot, window, "Hélène Dupont")
    assert messages == ["A person needs a name. The name “Martine Roux” was kept."]
    row = Person.get(Person.uuid == staff["Martine Roux"])
    assert (row.name, row.notes) == ("Martine Roux", "Préparer le conseil")


def test_search_ignores_accents_and_case(
    qtbot: QtBot, window: MainWindow, staff: dict[str, str]
) -> None:
    view = window.people_view
    view.refresh()
    type_text(qtbot, view.search, "HELENE")
    qtbot.waitUntil(lambda: listed_names(window) == ["Hélène Dupont"])
    view.search.clear()
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(PersonKind.ELECTED_OFFICIAL.value))
    qtbot.waitUntil(lambda: listed_names(window) == ["Martine Roux"])


def test_deactivate_then_show_inactive(
    qtbot: QtBot, window: MainWindow, staff: dict[str, str]
) -> None:
    view = window.people_view
    view.refresh()
    select(qtbot, window, "Karim Benali")
    qtbot.mouseClick(view.editor.active_button, Qt.MouseButton.LeftButton)
    assert not Person.get(Person.uuid == staff["Karim Benali"]).active
    assert view.editor.active_button.text() == "Mark as active"
    view.refresh()
    assert "Karim Benali" not in " ".join(listed_names(window))
    view.show_inactive.setChecked(True)
    assert "Karim Benali (inactive)" in listed_names(window)


def test_trash_and_restore_through_the_trash_view(
    qtbot: QtBot, window: MainWindow, journal: Journal, staff: dict[str, str], answers: Answers
) -> None:
    view = window.people_view
    view.refresh()
    select(qtbot, window, "Hélène Dupont")
    qtbot.mouseClick(view.editor.trash_button, Qt.MouseButton.LeftButton)
    assert Person.get(Person.uuid == staff["Hélène Dupont"]).deleted_at is not None
    assert "Hélène Dupont" not in listed_names(window)
    assert window.sidebar.item(window.stack.indexOf(window.trash_view)).text() == "Trash (1)"

    window.act_areas[window.stack.indexOf(window.trash_view)].trigger()
    trash = window.trash_view
    assert trash.isVisible()
    assert trash.list.topLevelItemCount() == 1
    select_first(trash)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert Person.get(Person.uuid == staff["Hélène Dupont"]).deleted_at is None
    assert trash.empty.isVisible()
    assert window.sidebar.item(window.stack.indexOf(window.trash_view)).text() == "Trash"
    assert "Hélène Dupont" not in listed_names(window)  # hidden, the list waits...
    window.act_areas[5].trigger()
    assert "Hélène Dupont" in listed_names(window)  # ...until it is shown
    window.act_areas[window.stack.indexOf(window.trash_view)].trigger()

    journal.people.trash(staff["Karim Benali"])
    journal.people.trash(staff["Martine Roux"])
    trash.refresh()
    for column in range(3):  # every column sorts (a PySide override once recursed forever)
        trash.list.sortItems(column, Qt.SortOrder.AscendingOrder)
    trash.list.sortItems(1, Qt.SortOrder.AscendingOrder)
    assert trash.list.topLevelItem(0).text(1) == "Karim Benali"  # type: ignore[union-attr]
    journal.people.restore(staff["Martine Roux"])
    trash.refresh()
    select_first(trash)
    answers.confirm = False
    qtbot.mouseClick(trash.purge_button, Qt.MouseButton.LeftButton)
    assert Person.select().where(Person.uuid == staff["Karim Benali"]).exists()
    answers.confirm = True
    qtbot.mouseClick(trash.purge_button, Qt.MouseButton.LeftButton)
    assert not Person.select().where(Person.uuid == staff["Karim Benali"]).exists()
    assert "Delete 1 item for good? This cannot be undone." in answers.seen


def test_steady_typing_is_saved_at_least_every_second(
    qtbot: QtBot, window: MainWindow, staff: dict[str, str]
) -> None:
    window.people_view.refresh()
    select(qtbot, window, "Karim Benali")
    notes = window.people_view.editor.form.notes
    assert notes is not None
    for char in "abcd":  # never pausing long enough for the debounce
        type_text(qtbot, notes, char)
        qtbot.wait(400)
    assert Person.get(Person.uuid == staff["Karim Benali"]).notes.startswith("abc")


def test_delete_key_trashes_only_from_the_list(
    qtbot: QtBot, window: MainWindow, staff: dict[str, str]
) -> None:
    view = window.people_view
    view.refresh()
    select(qtbot, window, "Karim Benali")
    view.kind_filter.setFocus()
    qtbot.keyClick(view.kind_filter, Qt.Key.Key_Delete)
    assert Person.get(Person.uuid == staff["Karim Benali"]).deleted_at is None
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert Person.get(Person.uuid == staff["Karim Benali"]).deleted_at is not None


def test_reactivate_button_shows_the_right_icon(
    qtbot: QtBot, window: MainWindow, journal: Journal, staff: dict[str, str]
) -> None:
    journal.people.set_active(staff["Martine Roux"], False)
    view = window.people_view
    view.show_inactive.setChecked(True)
    editor = view.editor
    view.select(staff["Martine Roux"])
    qtbot.waitUntil(lambda: editor.record is not None and editor.record.name == "Martine Roux")
    assert editor.active_button.text() == "Mark as active"
    activate = editor.active_button.icon().pixmap(16, 16).toImage()
    select(qtbot, window, "Karim Benali")
    deactivate = editor.active_button.icon().pixmap(16, 16).toImage()
    assert activate != deactivate


def test_what_acts_on_a_person_waits_for_one_to_be_shown(
    qtbot: QtBot, staff: dict[str, str], window: MainWindow
) -> None:
    view = window.people_view
    window.act_areas[window.areas.index("people")].trigger()
    assert not view.report_button.isEnabled() and not view.erase_button.isEnabled()
    assert listed_names(window), "nobody listed"
    first = view.table.visualRect(view.table.model().index(0, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert view.editor.record is not None
    assert view.report_button.isEnabled() and view.erase_button.isEnabled()
