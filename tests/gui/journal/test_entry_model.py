"""The entry list model under Qt's own model tester (QAbstractItemModelTester, through
pytest-qt's `qtmodeltester`): the tester checks the whole model when attached, and again at
each signal the model sends (a reset, the rows a page brings, data or headers changed); a
finding is a `qt.modeltest` warning, which fails the test.

Pages are five rows here, so that a small demo journal spans many and `fetchMore` has work.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QAbstractItemModel, Qt

from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.i18n import set_language
from coachapp.services.journal.journal import EntryFilter, EntryKind
from coachapp.ui.journal import entry_model
from coachapp.ui.journal.entry_model import (
    RICH_ROLE,
    ROW_ROLE,
    TITLE,
    UUID_ROLE,
    EntryListModel,
)
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import type_text

PAGE = 5
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    RICH_ROLE,
    UUID_ROLE,
    ROW_ROLE,
)


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(entry_model, "PAGE", PAGE)
    return PAGE


@pytest.fixture
def demo(journal: Journal) -> Journal:
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language="fr")
    return journal


def read_every_cell(model: QAbstractItemModel) -> None:
    """Ask each cell for what the view, its delegate and tooltips ask (the tester reads the
    first cell only), and the headers; each row names an entry."""
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in ROLES:
                model.index(row, column).data(role)
        assert model.index(row, 0).data(UUID_ROLE)
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal)


def test_an_empty_journal(qtmodeltester: ModelTester, qtbot: QtBot, journal: Journal) -> None:
    model = EntryListModel(journal.entries)
    qtmodeltester.check(model)  # as built, before any read
    model.reload()
    model.set_filter(EntryFilter(text="accueil"))
    assert (model.rowCount(), model.canFetchMore()) == (0, False)
    model.fetchMore()
    model.retranslate()
    read_every_cell(model)


def test_a_demo_journal_paged_filtered_and_changed(
    qtmodeltester: ModelTester, qtbot: QtBot, small_pages: int, demo: Journal
) -> None:
    entries = demo.entries
    total = entries.count()
    assert total > 3 * PAGE
    model = EntryListModel(entries)
    model.reload()
    qtmodeltester.check(model)
    while model.canFetchMore():  # as the view does when scrolled to the end
        model.fetchMore()
    assert model.rowCount() == total
    read_every_cell(model)

    model.set_filter(EntryFilter(text="équipe"))  # a search: excerpts with the matches
    assert model.rowCount() > 0
    read_every_cell(model)
    assert "<b>" in str(model.index(0, TITLE).data(RICH_ROLE))
    model.set_filter(EntryFilter(kind=EntryKind.DECISION))
    assert model.rowCount() > 0
    model.reload()

    first = model.row(0)  # edited in place (an autosave), then sent to the trash
    record = entries.get(first.uuid)
    entries.update(first.uuid, replace(record.draft, title="Vu"))
    model.replace_row(entries.row(first.uuid))
    assert model.index(0, TITLE).data() == "Vu"
    entries.trash(first.uuid)
    model.reload()
    assert model.row_of(first.uuid) is None

    set_language("fr")
    model.retranslate()
    read_every_cell(model)


def test_a_listener_asking_for_more_during_a_change_gets_each_entry_once(
    qtbot: QtBot, small_pages: int, demo: Journal
) -> None:
    """What the tester found: a page asked for from a slot, while a reset or a page was being
    announced, was read after the same last row and listed twice."""
    model = EntryListModel(demo.entries)
    for signal in (model.modelReset, model.rowsAboutToBeInserted, model.rowsInserted):
        signal.connect(lambda *_args: model.fetchMore())
    model.reload()
    while model.canFetchMore():
        model.fetchMore()
    uuids = [model.row(number).uuid for number in range(model.rowCount())]
    assert len(uuids) == len(set(uuids)) == demo.entries.count()


def test_the_model_as_the_journal_view_drives_it(
    qtmodeltester: ModelTester,
    qtbot: QtBot,
    small_pages: int,
    demo: Journal,
    window: MainWindow,
) -> None:
    """Scrolled, searched, filtered, written in, trashed from and retranslated, through the
    widgets, with the tester watching every signal."""
    view = window.journal_view
    model = view.model
    window.act_areas[window.stack.indexOf(view)].trigger()
    qtmodeltester.check(model)  # the tester reads a page or two more itself
    assert model.rowCount() < demo.entries.count()
    shown = model.rowCount()

    view.table.scrollToBottom()  # the view asks for the next page
    qtbot.waitUntil(lambda: model.rowCount() > shown)

    type_text(qtbot, view.search, "équipe")
    qtbot.waitUntil(lambda: model.filter.text == "équipe")
    read_every_cell(model)
    view.search.selectAll()
    qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not model.filter.is_search)
    view.filters.kind_filter.setCurrentIndex(
        view.filters.kind_filter.findData(EntryKind.DECISION.value)
    )
    assert model.filter.kind is EntryKind.DECISION
    view.filters.kind_filter.setCurrentIndex(0)

    window.act_new_entry.trigger()  # a new entry, listed, then written in
    editor = view.editor
    assert editor.record is not None
    written = editor.record.uuid
    editor.title.selectAll()
    type_text(qtbot, editor.title, "Point d'équipe")
    view.table.setFocus()  # leaving the editor saves it
    row = model.row_of(written)
    assert row is not None and model.index(row, TITLE).data() == "Point d'équipe"

    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # the entry shown goes to the trash
    assert model.row_of(written) is None

    try:
        set_language("fr")  # Qt posts LanguageChange; the view retranslates its model
        qtbot.waitUntil(lambda: model.headerData(TITLE, Qt.Orientation.Horizontal) == "Entrée")
        read_every_cell(model)
    finally:
        set_language("en")
    qtbot.waitUntil(lambda: model.headerData(TITLE, Qt.Orientation.Horizontal) == "Entry")
