"""Erasing a person from the People area: the dialog shows what will change, cancelling
changes nothing, and confirming with their name erases them everywhere, the search included."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTreeWidgetItem

from coachapp.context import Journal
from coachapp.services.exchange.sharing import ERASURE
from coachapp.services.journal.journal import EntryDraft, EntryFilter
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.ui.people.erase_dialog import EraseDialog
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.gui.conftest import type_text
from tests.unit.people.test_erasure import texts_naming

NAME = "Hélène Dupont-Lefèvre"


@pytest.fixture
def helene(journal: Journal) -> str:
    """Her, linked to one entry and named in others in capitals, without accents and with
    decomposed ones; Karim, whom the erasure must leave alone."""
    her = journal.people.create(PersonDraft(NAME, "Agent d'accueil", PersonKind.AGENT)).uuid
    journal.people.create(PersonDraft("Karim Benali", "Conseiller", PersonKind.AGENT))
    entries = journal.entries
    entries.create(EntryDraft(NOW, "Entretien annuel", "Objectifs fixés.", people=(her,)))
    entries.create(EntryDraft(NOW - timedelta(days=1), "Accueil", "HÉLÈNE a repris le guichet."))
    entries.create(
        EntryDraft(NOW - timedelta(days=2), "Planning", "helene dupont lefevre le prépare.")
    )
    decomposed = unicodedata.normalize("NFD", "Point avec Hélène Dupont-Lefèvre")
    entries.create(EntryDraft(NOW - timedelta(days=3), decomposed, "Karim était là aussi."))
    return her


def open_dialog(window: MainWindow, person: str) -> EraseDialog:
    window.show_area(window.stack.indexOf(window.people_view))
    assert window.people_view.select(person)
    window.people_view.erase_button.click()
    dialog = window.people_view.findChild(EraseDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def children(item: QTreeWidgetItem | None) -> list[list[str]]:
    assert item is not None
    found = []
    for number in range(item.childCount()):
        child = item.child(number)
        assert child is not None
        found.append([child.text(column) for column in range(child.columnCount())])
    return found


def rows(item: QTreeWidgetItem | None) -> dict[str, str]:
    return dict(children(item))


def test_the_dialog_shows_what_will_change_and_cancel_changes_nothing(
    window: MainWindow, journal: Journal, helene: str
) -> None:
    before = list(journal.database.connection().iterdump())
    dialog = open_dialog(window, helene)

    assert dialog.preview.unlinked["entries"] == 1 and dialog.preview.rewritten == {"entries": 3}
    groups = {
        group.text(0): rows(group)
        for group in map(dialog.counts.topLevelItem, range(dialog.counts.topLevelItemCount()))
        if group is not None
    }
    assert groups == {
        "Erased": {"Their card": "1"},
        "Unlinked": {"Journal entries linked to them": "1"},
        "Name replaced": {"Journal entries": "3"},
    }
    samples = children(dialog.samples.invisibleRootItem())
    assert ["Journal entries", "HÉLÈNE a repris le guichet.",
            "Erased person A a repris le guichet."] in samples  # fmt: skip
    assert "Erased person A" in dialog.intro.text()
    assert str(journal.paths.backups) in dialog.out_of_reach.text()  # where they are
    assert not dialog.erase_button.isEnabled()

    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert list(journal.database.connection().iterdump()) == before


def test_typing_the_name_erases_them_everywhere(
    window: MainWindow, journal: Journal, helene: str, qtbot: QtBot
) -> None:
    dialog = open_dialog(window, helene)
    qtbot.keyClicks(dialog.confirm, "Karim Benali")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "helene dupont-lefevre")  # as it comes, accents aside
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    view = window.people_view
    assert view.model.row_of(helene) is None and view.editor.record is None
    assert [p.name for p in journal.people.search(include_inactive=True)] == ["Karim Benali"]
    assert "Erased person A" in window.statusBar().currentMessage()
    database = journal.paths.database
    assert texts_naming(database, ["helene", "dupont", "lefevre"], keep=[]) == []
    for query in ("Hélène", "HELENE", "dupont", "Lefèvre"):
        assert journal.entries.count(EntryFilter(text=query)) == 0
    assert journal.entries.count(EntryFilter(text="Erased person A")) == 3
    assert journal.entries.count(EntryFilter(text="Karim")) == 1
    [record] = journal.sharing.records()
    assert (record.action, record.file_name) == (ERASURE, "Erased person A")
    # The journal area shows the entries as they now read.
    window.show_area(window.stack.indexOf(window.journal_view))
    window.journal_view.search.setText("Lefèvre")
    qtbot.waitUntil(lambda: window.journal_view.model.rowCount() == 0)


def test_what_an_editor_holds_unsaved_is_saved_first_and_erased_too(
    window: MainWindow, journal: Journal, helene: str, qtbot: QtBot
) -> None:
    """Text typed a moment ago, still waiting for its autosave, must not come back with her
    name once she is erased: the editors save before the preview is made."""
    window.people_view.erasing.connect(window.flush_editors)  # as MainWindow connects it
    entry = journal.entries.create(EntryDraft(NOW, "Réunion", "Karim était là."))
    window.events.changed.emit("entry")
    window.nav.show_entry(entry.uuid)
    editor = window.journal_view.editor
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, editor.body, " Et Hélène aussi.")
    assert editor.autosave.dirty

    with qtbot.waitSignal(window.people_view.erasing):
        dialog = open_dialog(window, helene)
    assert dialog.preview.rewritten == {"entries": 4}  # the new mention counted
    type_text(qtbot, dialog.confirm, NAME)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    window.show_area(window.stack.indexOf(window.journal_view))
    QApplication.processEvents()
    body = journal.entries.get(entry.uuid).draft.body
    assert body == "Karim était là. Et Erased person A aussi."
