"""The journal through its widgets: write, autosave, find, filter, trash and undo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor

from coachapp.context import Journal
from coachapp.i18n import set_language
from coachapp.services.common.pillars import Pillar
from coachapp.services.journal.journal import EntryDraft, EntryFilter, EntryKind
from coachapp.services.people.people import PersonDraft
from coachapp.storage.models import Entry, Link
from coachapp.ui.journal.entry_model import RICH_ROLE, UUID_ROLE
from coachapp.ui.journal.templates_dialog import KEY_ROLE
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.gui.conftest import type_text


def listed(window: MainWindow) -> list[str]:
    model = window.journal_view.model
    return [model.row(i).title for i in range(model.rowCount())]


def test_write_an_entry_and_find_it_saved(qtbot: QtBot, window: MainWindow) -> None:
    record = window.journal_view.new_entry()
    editor = window.journal_view.editor
    assert editor.record is not None and editor.record.uuid == record.uuid
    assert "## " in editor.body.toPlainText()  # the daily-note template
    editor.title.selectAll()
    type_text(qtbot, editor.title, "Atelier co-design à l'accueil")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, editor.body, "Les agents ont proposé une borne réservée aux seniors.")

    def saved() -> None:  # once typing pauses, with no other step
        row = Entry.get(Entry.uuid == record.uuid)
        assert row.title == "Atelier co-design à l'accueil"
        assert row.body.endswith("Les agents ont proposé une borne réservée aux seniors.")

    qtbot.waitUntil(saved)
    assert listed(window)[0] == "Atelier co-design à l'accueil"


def test_every_field_is_saved(qtbot: QtBot, window: MainWindow, journal: Journal) -> None:
    karim = journal.people.create(PersonDraft("Karim Benali")).uuid
    record = window.journal_view.new_entry()
    editor = window.journal_view.editor
    editor.kind.setCurrentIndex(editor.kind.findData(EntryKind.DECISION.value))
    editor.kind.activated.emit(editor.kind.currentIndex())
    editor.mood.setCurrentIndex(editor.mood.findData(4))
    editor.mood.activated.emit(editor.mood.currentIndex())
    qtbot.mouseClick(editor.private, Qt.MouseButton.LeftButton)
    type_text(qtbot, editor.tags, "accueil, numérique")
    editor.links.pillar_checks[Pillar.CO_CONSTRUCTION].setChecked(True)
    editor.links.person_picker.setCurrentIndex(editor.links.person_picker.findData(karim))
    editor.links.person_picker.activated.emit(editor.links.person_picker.currentIndex())
    assert editor.flush()
    saved = journal.entries.get(record.uuid).draft
    assert saved.kind is EntryKind.DECISION
    assert saved.mood == 4
    assert saved.private
    assert saved.tags == ("accueil", "numérique")
    assert Pillar.CO_CONSTRUCTION in saved.pillars
    assert saved.people == (karim,)
    assert Link.select().count() == 1


def test_an_untouched_new_entry_leaves_no_trace(qtbot: QtBot, window: MainWindow) -> None:
    window.journal_view.new_entry()
    window.journal_view.new_entry()
    assert Entry.select().count() == 1
    window.close()
    assert Entry.select().count() == 0


def test_emptied_title_is_refused_and_kept(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    first = journal.entries.create(EntryDraft(occurred_at=NOW, title="Premier"))
    journal.entries.create(EntryDraft(occurred_at=NOW - timedelta(hours=1), title="Second"))
    view = window.journal_view
    view.refresh()
    view.select(first.uuid)
    editor = view.editor
    editor.title.selectAll()
    qtbot.keyClick(editor.title, Qt.Key.Key_Delete)
    type_text(qtbot, editor.body, "Ce texte doit être gardé")
    assert not editor.flush()
    assert editor.error.shown()
    assert editor.error.text() == "An entry needs a title."
    messages: list[str] = []
    view.status.connect(messages.append)
    view.table.selectRow(1)
    assert messages == ["An entry needs a title. The title “Premier” was kept."]
    saved = journal.entries.get(first.uuid).draft
    assert (saved.title, saved.body) == ("Premier", "Ce texte doit être gardé")


def test_search_and_filters_through_the_widgets(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.entries.create(EntryDraft(occurred_at=NOW, title="Réunion d'équipe", tags=("équipe",)))
    journal.entries.create(
        EntryDraft(occurred_at=NOW, title="Erreur de planning", kind=EntryKind.LEARNING_ERROR)
    )
    view = window.journal_view
    view.filters.fill_choices()
    view.refresh()
    type_text(qtbot, view.search, "reunion")
    qtbot.waitUntil(lambda: listed(window) == ["Réunion d'équipe"])
    assert "<b>Réunion</b>" in str(view.model.index(0, 1).data(RICH_ROLE))
    assert view.count_label.text() == "1 entry"
    view.search.clear()
    view.filters.kind_filter.setCurrentIndex(
        view.filters.kind_filter.findData(EntryKind.LEARNING_ERROR.value)
    )
    assert listed(window) == ["Erreur de planning"]
    view.clear_filters()
    view.filters.tag_filter.setCurrentIndex(view.filters.tag_filter.findData("équipe"))
    assert listed(window) == ["Réunion d'équipe"]


def test_trash_then_undo_from_the_status_bar(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    record = journal.entries.create(EntryDraft(occurred_at=NOW, title="À garder"))
    view = window.journal_view
    view.refresh()
    view.select(record.uuid)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert Entry.get(Entry.uuid == record.uuid).deleted_at is not None
    assert listed(window) == []
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert Entry.get(Entry.uuid == record.uuid).deleted_at is None
    assert listed(window) == ["À garder"]
    assert view.editor.record is not None and view.editor.record.uuid == record.uuid


def test_markdown_shortcuts_and_lists(qtbot: QtBot, window: MainWindow) -> None:
    window.journal_view.new_entry()
    body = window.journal_view.editor.body
    body.clear()
    type_text(qtbot, body, "important")
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "**important**"
    body.clear()
    qtbot.keyClick(
        body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    type_text(qtbot, body, "appeler la CAF")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(qtbot, body, "relancer")
    assert body.toPlainText() == "- [ ] appeler la CAF\n- [ ] relancer"
    qtbot.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText().endswith("- [x] relancer")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)  # an empty item ends the list
    assert body.toPlainText().endswith("- [x] relancer\n")
    body.undo()
    assert body.toPlainText().endswith("- [ ] ")


def test_calendar_marks_days_and_filters_by_day(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    journal.entries.create(EntryDraft(occurred_at=NOW, title="Aujourd'hui"))
    view = window.journal_view
    day = NOW.astimezone().date()
    view.filters.calendar.setCurrentPage(day.year, day.month)
    view.refresh()
    qday = QDate(day.year, day.month, day.day)
    assert view.filters.calendar.dateTextFormat(qday).fontWeight() > 400
    view.filters._day_clicked(qday.addDays(1))
    assert listed(window) == []
    view.filters._day_clicked(qday)
    assert listed(window) == ["Aujourd'hui"]


def test_new_entry_from_a_template(qtbot: QtBot, window: MainWindow) -> None:
    view = window.journal_view
    view._fill_templates_menu()
    names = [a.text() for a in view.templates_menu.actions()]
    assert "Decision record" in names
    action = view.templates_menu.actions()[names.index("Decision record")]
    action.trigger()
    record = view.editor.record
    assert record is not None
    assert record.draft.kind is EntryKind.DECISION
    assert "## Options considered" in record.draft.body


def test_list_stays_light_and_lazy(qtbot: QtBot, window: MainWindow, journal: Journal) -> None:
    drafts = [
        (f"00000000-0000-4000-8000-{i:012d}",
         EntryDraft(occurred_at=NOW - timedelta(minutes=i), title=f"Entry {i}"), NOW)
        for i in range(1000)
    ]  # fmt: skip
    journal.entries.create_many(drafts)
    view = window.journal_view
    view.refresh()
    assert view.model.rowCount() == 200
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > 200)
    assert journal.entries.count(EntryFilter()) == 1000


@pytest.fixture(autouse=True)
def _journal_area(window: MainWindow) -> None:
    window.show_area(window.stack.indexOf(window.journal_view))


def test_switching_after_a_date_change_keeps_list_and_editor_together(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    older = journal.entries.create(EntryDraft(occurred_at=NOW - timedelta(days=2), title="Old"))
    newer = journal.entries.create(EntryDraft(occurred_at=NOW, title="New"))
    view = window.journal_view
    view.refresh()
    view.select(older.uuid)
    view.editor.when.setDateTime(view.editor.when.dateTime().addDays(5))  # now the newest
    with qtbot.waitSignal(view.model.modelReset):  # the list read again, the entry moved
        view.table.selectRow(view.model.row_of(newer.uuid) or 0)
    editor_uuid = view.editor.record.uuid if view.editor.record else None
    selected = view.table.selectionModel().selectedRows()
    assert editor_uuid == newer.uuid
    assert selected and selected[0].data(UUID_ROLE) == newer.uuid


def test_undo_does_not_reach_into_another_entry(qtbot: QtBot, window: MainWindow) -> None:
    view = window.journal_view
    first = view.new_entry()
    body = view.editor.body
    body.clear()
    type_text(qtbot, body, "secret about A")
    view.editor.flush()
    second = view.new_entry()
    assert view.editor.record is not None and view.editor.record.uuid == second.uuid
    body.undo()
    assert "secret" not in body.toPlainText()
    assert first.uuid != second.uuid


def test_ctrl_n_starts_the_daily_note(qtbot: QtBot, window: MainWindow) -> None:
    try:
        set_language("fr")
        record = window.journal_view.new_entry()
        assert record.draft.title.startswith("Note du ")
    finally:
        set_language("en")


def test_templates_dialog_keeps_edits_when_switching(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    dialog = window.show_templates()
    first = dialog.list.item(0)
    assert first is not None
    dialog.list.setCurrentItem(first)
    dialog.body.setPlainText("## Custom section")
    dialog.pillar_checks[Pillar.EXPERIMENTATION].setChecked(True)
    dialog.pillar_checks[Pillar.EXPERIMENTATION].clicked.emit()
    dialog.list.setCurrentRow(1)
    edited = {t.key: t for t in journal.templates.templates("en")}[first.data(KEY_ROLE)]
    assert edited.body == "## Custom section"
    assert Pillar.EXPERIMENTATION in edited.pillars
    dialog.list.setCurrentItem(first)
    assert dialog.reset_button.text() == "Back to the &original"
    dialog.close()
