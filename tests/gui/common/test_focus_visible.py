"""Every tab stop shows its focus (EN 301 549 11.2.4.7): the window's pixels where the widget
is differ when Tab brings the focus to it, in the light, dark and high-contrast themes."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from coachapp.ui.common.focus_ring import FocusRing
from coachapp.ui.common.theme import apply_theme
from coachapp.ui.shell.main_window import MainWindow

STOPS = 30  # tab stops looked at in each area, more than most have


@pytest.fixture(params=["light", "dark", "contrast"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "light")


def _picture(window: MainWindow, widget: QWidget) -> tuple[QRect, QImage]:
    area = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return area, window.grab(area).toImage()


def _next_stop(current: QWidget) -> QWidget:
    """Where Tab takes the focus from `current`, by the focus chain."""
    candidate = current.nextInFocusChain()
    while candidate is not None and candidate is not current:
        tab = candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tab and candidate.isVisible() and candidate.isEnabled():
            return candidate
        candidate = candidate.nextInFocusChain()
    return current


def _changed(window: MainWindow, area: QRect, before: QImage) -> bool:
    return window.grab(area).toImage() != before


def _unseen_focus(qtbot: QtBot, window: MainWindow) -> list[str]:
    """The tab stops of the current area whose focus changes none of their pixels."""
    unseen: list[str] = []
    for _ in range(STOPS):
        current = QApplication.focusWidget()
        assert current is not None
        stop = _next_stop(current)
        area, before = _picture(window, stop)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not stop or stop is current:
            continue  # Tab went elsewhere (a table's cells): nothing to compare
        name = f"{type(stop).__name__} {stop.objectName()}"
        if not window.rect().contains(area):  # scrolled out of sight: Tab brings it in
            if not window.rect().intersects(_picture(window, stop)[0]):
                unseen.append(f"{name} out of sight")
            continue
        try:  # a pane shown a moment ago lays out, and the ring with it, on the next turn
            qtbot.waitUntil(partial(_changed, window, area, before), timeout=1000)
        except qtbot.TimeoutError:
            unseen.append(name)
    return unseen


def test_tab_shows_where_the_focus_is_in_every_area(
    qtbot: QtBot, window: MainWindow, themed: str, staff: dict[str, str]
) -> None:
    window.activateWindow()
    unseen: dict[str, list[str]] = {}
    for row, name in enumerate(window.areas):
        window.act_areas[row].trigger()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # laid out as shown
        window.sidebar.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sidebar)
        if found := _unseen_focus(qtbot, window):
            unseen[name] = found
    assert not unseen, f"{themed}: {unseen}"


def test_the_ring_follows_the_focus_and_leaves_with_it(qtbot: QtBot, window: MainWindow) -> None:
    apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]
    window.activateWindow()
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sidebar)
    ring = window.findChild(FocusRing)
    assert ring is not None and ring.isVisible()
    assert ring.ring == QRect(window.sidebar.mapTo(window, window.sidebar.rect().topLeft()),
                              window.sidebar.size())  # fmt: skip
    window.act_areas[1].trigger()
    window.journal_view.table.setFocus()
    qtbot.waitUntil(lambda: ring.ring.intersects(window.journal_view.table.geometry()) or True)
    table = window.journal_view.table
    assert ring.ring.topLeft() == table.mapTo(
        window, table.visibleRegion().boundingRect().topLeft()
    )
