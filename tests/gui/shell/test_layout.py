"""Layouts that hold at the sizes people use: 1366×768 (a common laptop) and the window's
default 1100×720, in French and in English, on an empty journal and on the demo journal.

Going to every area through its View menu action never makes the window grow, and what a
person reads there is not squeezed or cut: the search fields keep room for a few words, the
meetings list shows its ritual names and its filter whole, the experiment board shows (or
scrolls to) every column, and the entry type shows its whole label. One window per language
and size walks every area.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QToolBar,
    QTreeWidget,
    QWidget,
)

from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.i18n import set_language
from coachapp.services.experiments.experiments import ExpStatus
from coachapp.ui.common.geometry import save_splitter
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.doors import Dialogs
from tests.gui.painted import wait_painted

SIZES = (QSize(1366, 768), QSize(1100, 720))
SEARCH_LEAST = 200  # pixels: a few words, never an icon
SHORTCUT = re.compile(r"Ctrl\+(?:Shift\+)?\w+")


@pytest.fixture
def demo(journal: Journal) -> Journal:
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language="fr")
    return journal


def open_window(journal: Journal, qtbot: QtBot, size: QSize) -> MainWindow:
    """The window as the app shows it after its first paint, at `size`."""
    window = MainWindow(journal)
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    window.after_first_paint()
    return window


def go_to(window: MainWindow, name: str, qtbot: QtBot) -> QWidget:
    """Show the area `name` through its View menu action; the area."""
    window.act_areas[window.areas.index(name)].trigger()
    view = window.stack.area(name)
    qtbot.waitUntil(view.isVisible)
    wait_painted(qtbot, view)  # what the area read when shown, laid out
    return view


def combo_field(combo: QComboBox) -> int:
    """How wide the text of `combo` may be before the combo cuts it."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
    return field.width() - icon


def cut_items(combo: QComboBox) -> list[str]:
    """The choices of `combo` that it could not show whole."""
    room = combo_field(combo)
    metrics = combo.fontMetrics()
    return [
        combo.itemText(row)
        for row in range(combo.count())
        if metrics.horizontalAdvance(combo.itemText(row)) > room
    ]


def cut_cells(tree: QTreeWidget, column: int) -> list[str]:
    """The texts of `column` that the list shows elided."""
    margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1)
    room = tree.columnWidth(column) - margin
    metrics = tree.fontMetrics()
    texts = []
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item is not None and metrics.horizontalAdvance(item.text(column)) > room:
            texts.append(item.text(column))
    return texts


def open_first_entry(window: MainWindow, qtbot: QtBot) -> None:
    """Click the first entry of the list, or start one with New entry when there is none."""
    view = window.journal_view
    if view.model.rowCount() == 0:
        qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    else:
        table = view.table
        rect = table.visualRect(view.model.index(0, 1))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.editor.record is not None)


def check_every_area(window: MainWindow, qtbot: QtBot, where: str) -> None:
    size = window.size()
    for name in window.areas:
        go_to(window, name, qtbot)
        assert window.size() == size, f"{where}: showing {name} made the window {window.size()}"

    go_to(window, "journal", qtbot)
    journal = window.journal_view
    assert journal.search.width() >= SEARCH_LEAST, f"{where}: journal search field squeezed"
    open_first_entry(window, qtbot)
    kind = journal.editor.kind
    assert kind.isVisible()
    assert not cut_items(kind), f"{where}: the entry type cuts {cut_items(kind)}"
    assert window.size() == size, f"{where}: an open entry made the window {window.size()}"

    go_to(window, "people", qtbot)
    people = window.people_view
    assert people.search.width() >= SEARCH_LEAST, f"{where}: people search field squeezed"

    go_to(window, "rituals", qtbot)
    rituals = window.rituals_view
    assert not cut_items(rituals.when), (
        f"{where}: the meetings filter cuts {cut_items(rituals.when)}"
    )
    for column in range(rituals.list.columnCount()):
        cut = cut_cells(rituals.list, column)
        assert not cut, f"{where}: the meetings list cuts column {column}: {cut[:3]}"
    bar = rituals.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())  # Inclusion
    assert rituals.period.isVisible()
    assert not cut_items(rituals.period), f"{where}: the inclusion period cuts its text"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())

    go_to(window, "experiments", qtbot)
    board, area = window.experiments_view.board, window.experiments_view.board_area
    reach = area.viewport().width() + area.horizontalScrollBar().maximum()
    for status in ExpStatus:
        rect = board.column_rect(status)
        assert rect.width() > 0
        assert rect.right() < min(board.width(), reach), (
            f"{where}: the board's column {status.value} is cut off "
            f"(it ends at {rect.right()}, the board shows {reach} pixels)"
        )
    assert window.size() == size, f"{where}: the window grew to {window.size()}"


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "demo"])
def test_every_area_holds_at_common_sizes_in_both_languages(
    journal: Journal, qtbot: QtBot, dialogs: Dialogs, filled: bool
) -> None:
    if filled:
        DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language="fr")
    journal.settings.set("coaching.area", True)  # the area a coach switches on, checked too
    for language in ("fr", "en"):
        set_language(language)
        for size in SIZES:
            window = open_window(journal, qtbot, size)
            where = f"{language} {size.width()}×{size.height()}"
            check_every_area(window, qtbot, where)
            window.close()


def test_a_remembered_split_that_hid_the_list_gives_it_back(demo: Journal, qtbot: QtBot) -> None:
    """An earlier version let the journal's filters and list be dragged away to nothing."""
    collapsed = QSplitter()
    for _pane in range(3):
        collapsed.addWidget(QWidget())
    collapsed.setSizes([0, 0, 1000])
    save_splitter(collapsed, demo.settings, "journal.splitter")
    window = open_window(demo, qtbot, SIZES[1])
    go_to(window, "journal", qtbot)
    journal = window.journal_view
    assert journal.filters.calendar.width() >= journal.filters.calendar.minimumSizeHint().width()
    assert journal.table.width() >= SEARCH_LEAST
    assert journal.search.width() >= SEARCH_LEAST
    window.close()


def shortcut_in(text: str) -> QKeySequence:
    found = SHORTCUT.search(text)
    assert found, f"no shortcut in {text!r}"
    return QKeySequence(found.group())


def press(window: MainWindow, keys: QKeySequence, qtbot: QtBot) -> None:
    """Type `keys` in the window, active again as after a closed dialog on a desktop."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keySequence(window, keys)


def effect(window: MainWindow, dialogs: Dialogs, act: Callable[[], None]) -> str | None:
    """What `act` opened: a dialog (by its class), a new entry, or nothing."""
    seen = len(dialogs.seen)
    shown = window.journal_view.editor.record
    act()
    dialogs.settle()
    if len(dialogs.seen) > seen:
        return dialogs.seen[-1].kind
    record = window.journal_view.editor.record
    return "new entry" if record is not None and record != shown else None


def test_the_shortcuts_the_areas_promise_do_what_the_buttons_do(
    journal: Journal, qtbot: QtBot, dialogs: Dialogs
) -> None:
    """Every button whose tooltip names a shortcut: the shortcut does what a click does.
    The empty pages of Journal and People name the shortcut of their New button."""
    dialogs.cancel_all = True  # each form opened is seen, then cancelled
    journal.settings.set("coaching.area", True)
    window = open_window(journal, qtbot, SIZES[1])
    go_to(window, "journal", qtbot)
    editor = window.journal_view.editor
    keys = shortcut_in(window.journal_view.new_button.toolTip())
    assert editor.empty.isVisible()
    assert shortcut_in(editor.empty.text()) == keys

    go_to(window, "people", qtbot)
    people = window.people_view
    labels = [
        label
        for label in people.findChildren(QLabel)
        if label.isVisible() and SHORTCUT.search(label.text())
    ]
    assert labels, "the People area's empty page names no shortcut"
    keys = shortcut_in(people.add_button.toolTip())
    assert all(shortcut_in(label.text()) == keys for label in labels)
    assert effect(window, dialogs, lambda: press(window, keys, qtbot)) == "NewPersonDialog"

    for name in window.areas:
        view = go_to(window, name, qtbot)
        for button in view.findChildren(QAbstractButton):
            if isinstance(button.parent(), QToolBar):
                continue  # a toolbar's button is its action, shortcut included
            if not button.isVisible() or not SHORTCUT.search(button.toolTip()):
                continue
            keys = shortcut_in(button.toolTip())
            go_to(window, name, qtbot)
            clicked = effect(
                window, dialogs, partial(qtbot.mouseClick, button, Qt.MouseButton.LeftButton)
            )
            go_to(window, name, qtbot)
            pressed = effect(window, dialogs, partial(press, window, keys, qtbot))
            assert clicked is not None, f"{button.objectName()} in {name} did nothing"
            assert pressed == clicked, (
                f"{keys.toString()} in {name}: {pressed}; "
                f"its button {button.objectName()}: {clicked}"
            )

    window.close()
