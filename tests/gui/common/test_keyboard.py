"""Tab reaches every control of each area and comes back to where it started: no table, list
or board keeps it (a trap), on the small demo journal."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTabWidget, QWidget

from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from tests.gui.access import tab_chain
from tests.gui.conftest import Answers, open_window


def _reachable(root: QWidget) -> list[QWidget]:
    """What takes the focus by Tab under `root`, as shown now."""
    return [
        w for w in root.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]  # fmt: skip


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}:{widget.objectName()}"


def test_tab_goes_round_every_area(qtbot: QtBot, journal: Journal, answers: Answers) -> None:
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language="en")
    journal.settings.set("coaching.area", True)  # a coach's area, checked too
    window = open_window(journal, qtbot)
    stops: dict[str, int] = {}
    for row, name in enumerate(window.areas):
        window.act_areas[row].trigger()
        view = window.stack.area(name)
        qtbot.waitUntil(view.isVisible)
        for table in view.findChildren(QAbstractItemView):
            if table.isVisible() and table.model() is not None and table.model().rowCount():
                first = table.visualRect(table.model().index(0, 0)).center()
                qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
        chain = tab_chain(qtbot, window.sidebar)
        missed = [w for w in _reachable(view) if w not in chain.stops]
        assert chain.closed, (
            name,
            [type(w).__name__ + ":" + w.objectName() for w in chain.stops[-3:]],
        )
        assert not missed, (name, [type(w).__name__ + ":" + w.objectName() for w in missed])
        stops[name] = len(chain.stops)
    print(stops)


def test_tab_leaves_every_table_and_list(qtbot: QtBot, journal: Journal, answers: Answers) -> None:
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language="en")
    journal.settings.set("coaching.area", True)  # a coach's area, checked too
    window = open_window(journal, qtbot)
    left: list[str] = []
    for row, name in enumerate(window.areas):
        window.act_areas[row].trigger()
        view = window.stack.area(name)
        for tabs in [None, *view.findChildren(QTabWidget)]:
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    if not tabs.isVisible():
                        continue
                    tabs.setCurrentIndex(index)
                for table in view.findChildren(QAbstractItemView):
                    if not table.isVisible() or isinstance(table, QHeaderView):
                        continue
                    table.setFocus(Qt.FocusReason.TabFocusReason)
                    qtbot.waitUntil(table.hasFocus)
                    qtbot.keyClick(table, Qt.Key.Key_Tab)
                    assert not table.hasFocus(), f"Tab stays in {table.objectName()}"
                    left.append(table.objectName())
    assert {"entryTable", "peopleTable", "players", "occurrences", "trashList"} <= set(left)
