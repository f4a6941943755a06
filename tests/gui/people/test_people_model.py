"""The people list model, and the sorting proxy the People area puts over it, under Qt's own
model tester (QAbstractItemModelTester, through pytest-qt's `qtmodeltester`): checked when
attached and again at each signal (a reset, data or headers changed, a proxy's new order);
a finding is a `qt.modeltest` warning, which fails the test."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QAbstractItemModel, QPoint, QSortFilterProxyModel, Qt

from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.i18n import set_language
from coachapp.services.people.people import PersonKind
from coachapp.ui.people.people_model import NAME, SORT_ROLE, TEAM, UUID_ROLE, PeopleModel
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import type_text

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    SORT_ROLE,
    UUID_ROLE,
)


@pytest.fixture
def demo(journal: Journal) -> Journal:
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language="fr")
    return journal


def read_every_cell(model: QAbstractItemModel) -> None:
    """Ask each cell for what the view and its tooltips ask (the tester reads the first cell
    only), and the headers; each row names a person."""
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in ROLES:
                model.index(row, column).data(role)
        assert model.index(row, NAME).data(UUID_ROLE)
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal)


def sorted_like_the_area(model: PeopleModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def test_an_empty_list(qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    model = PeopleModel()
    proxy = sorted_like_the_area(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    model.set_records([])
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    model.retranslate()
    assert proxy.rowCount() == 0
    read_every_cell(proxy)


def test_a_demo_journal_listed_sorted_and_changed(
    qtmodeltester: ModelTester, qtbot: QtBot, demo: Journal
) -> None:
    people = demo.people
    model = PeopleModel()
    proxy = sorted_like_the_area(model)
    model.set_records(people.search(include_inactive=True))
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() > 10
    assert any(not model.row(row).active for row in range(model.rowCount()))
    for column in (NAME, TEAM):
        for order in Qt.SortOrder:
            proxy.sort(column, order)
            read_every_cell(proxy)

    model.set_records(people.search(kind=PersonKind.AGENT))  # a filter: the list read again
    read_every_cell(proxy)
    first = model.row(0)  # renamed, then made inactive: the proxy moves the row
    model.replace_row(people.update(first.uuid, replace(first.as_draft(), name="Zoé Zola")))
    model.replace_row(people.set_active(first.uuid, False))
    assert model.index(0, NAME).data() == "Zoé Zola (inactive)"
    set_language("fr")
    model.retranslate()
    read_every_cell(proxy)


def test_the_models_as_the_people_area_drives_them(
    qtmodeltester: ModelTester, qtbot: QtBot, demo: Journal, window: MainWindow
) -> None:
    """Searched, filtered by kind, shown with the inactive, sorted by a header click, edited,
    trashed from and retranslated, through the widgets, with the tester on both models."""
    view = window.people_view
    window.act_areas[window.stack.indexOf(view)].trigger()
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    everyone = view.proxy.rowCount()
    assert everyone > 10

    type_text(qtbot, view.search, "accueil")
    qtbot.waitUntil(lambda: 0 < view.proxy.rowCount() < everyone)
    view.search.selectAll()
    qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: view.proxy.rowCount() == everyone)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(PersonKind.AGENT.value))
    assert 0 < view.proxy.rowCount() < everyone
    view.kind_filter.setCurrentIndex(0)
    qtbot.mouseClick(view.show_inactive, Qt.MouseButton.LeftButton)
    assert view.proxy.rowCount() > everyone
    header = view.table.horizontalHeader()
    team = QPoint(header.sectionViewportPosition(TEAM) + 5, header.height() // 2)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=team)
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (TEAM, order)
    read_every_cell(view.proxy)

    view.table.selectRow(0)  # renamed in the person's page, then trashed from the list
    qtbot.waitUntil(lambda: view.editor.record is not None)
    name = view.editor.form.name
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    name.selectAll()
    type_text(qtbot, name, "Zoé Zola")
    view.table.setFocus()  # leaving the page saves it
    names = [view.proxy.index(row, NAME).data() for row in range(view.proxy.rowCount())]
    assert any(text.startswith("Zoé Zola") for text in names)  # "(inactive)" after, maybe
    shown = view.proxy.rowCount()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.proxy.rowCount() == shown - 1

    try:
        set_language("fr")  # Qt posts LanguageChange; the area retranslates its model
        qtbot.waitUntil(lambda: view.model.headerData(NAME, Qt.Orientation.Horizontal) == "Nom")
        read_every_cell(view.proxy)
    finally:
        set_language("en")
    qtbot.waitUntil(lambda: view.model.headerData(NAME, Qt.Orientation.Horizontal) == "Name")
