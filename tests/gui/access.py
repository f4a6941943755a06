"""Reading a window the way a screen reader does, from inside the process.

`unnamed(root)` walks the widgets shown under `root` (every page of its tab widgets in turn)
and asks Qt's accessibility interface of each interactive one for its name, as the platform
bridge would: a control whose name is empty, or only its placeholder, is reported. The inner
parts of composite controls (a spin box's line edit, a calendar's navigation) are named by
their control and skipped. `tab_chain(start)` follows Tab from `start` and tells whether the
focus comes back (no trap) and which widgets it visited. `listen` records what the app tells
assistive tools (focus moves, announcements), as the platform bridge would receive it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

INNER_STOPS = (QAbstractSpinBox, QTextBrowser, QLabel)  # Tab moves inside them first (links)
INNER = 40  # the most presses Tab may stay inside one of them (sections, links)
INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
# Parts a composite control names itself: what lies inside these is not checked on its own.
COMPOSITE = (QAbstractSpinBox, QCalendarWidget, QComboBox, QTabBar, QScrollBar)


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def name_of(widget: QWidget) -> str:
    """The name a screen reader reads for `widget` (a placeholder alone is no name, nor a
    drop-down's current choice)."""
    face = QAccessible.queryAccessibleInterface(widget)
    name = face.text(QAccessible.Text.Name).strip() if face is not None else ""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and not widget.accessibleName():
        return "" if name == widget.placeholderText().strip() else name
    if isinstance(widget, QComboBox) and face is not None:
        # Qt on Linux names a drop-down by its value, whatever its accessible name, and tells
        # its label by a relation (a label whose buddy it is)
        labels = face.relations(QAccessible.RelationFlag.Label)
        if labels:
            return labels[0][0].text(QAccessible.Text.Name).strip()
        return "" if name == widget.currentText().strip() else name
    return name


def _interactive(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar | QTabBar | QHeaderView):
        return False  # named by what they scroll, hold or head
    if isinstance(widget, INTERACTIVE):
        return True
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.focusProxy()


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}:{widget.objectName() or '?'}"


def _unnamed_shown(root: QWidget) -> set[str]:
    found = set()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not _interactive(widget) or _inside_composite(widget, root):
            continue
        if not name_of(widget):
            found.add(f"{_describe(widget)} in {_describe(widget.parentWidget() or root)}")
    return found


def unnamed(root: QWidget) -> list[str]:
    """Every interactive control under `root` with no accessible name, each tab page shown in
    turn (then the tabs are put back)."""
    found = _unnamed_shown(root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found |= _unnamed_shown(root)
        tabs.setCurrentIndex(current)
    return sorted(found)


@dataclass
class TabChain:
    """Where Tab went from a start: the widgets in order, and whether it came back."""

    stops: list[QWidget]
    closed: bool


def tab_chain(qtbot: QtBot, start: QWidget, limit: int = 400) -> TabChain:
    """Press Tab from `start` until the focus comes back to it (or `limit` presses): the focus
    must never stay on one widget (a trap) nor cycle without reaching `start` again. A date
    or time box keeps Tab while it moves through its sections (day, month, year, hour…), a
    text through its links, then lets it go."""
    start.activateWindow()  # a dialog closed just before may have left no window active
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = QApplication.focusWidget()
    assert first is not None
    stops: list[QWidget] = [first]
    stay = 0
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if after is first:
            return TabChain(stops, closed=True)
        if after is current and isinstance(current, INNER_STOPS) and stay < INNER:
            stay += 1
            continue
        if after is None or after is current or after in stops:
            return TabChain([*stops, after] if after else stops, closed=False)
        stay = 0
        stops.append(after)
    return TabChain(stops, closed=False)


@dataclass
class Told:
    """One event sent to assistive tools: its kind, its object, the child it is about (-1:
    the object itself) and, for an announcement, the words."""

    kind: QAccessible.Event
    source: QObject | None
    child: int
    message: str


def listen(monkeypatch: pytest.MonkeyPatch) -> list[Told]:
    """Record every event the app sends to assistive tools from now on (they still go on)."""
    told: list[Told] = []
    passed_on = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        words = event.message() if isinstance(event, QAccessibleAnnouncementEvent) else ""
        told.append(Told(event.type(), event.object(), event.child(), words))
        passed_on(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return told
