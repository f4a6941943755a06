"""Hand-painted boards as assistive technology reads them: a table whose pieces are children.

A board paints its markers, cards or cells itself, so Qt sees one widget and a screen reader
one element. Qt lets an application give an object its own accessibility interface through a
factory (`QAccessible.installFactory`), and PySide6 lets Python implement one: a board becomes
a table whose children are its pieces, each with a name, its place (row and column), its
rectangle on screen and its state (focused, selected). When the keyboard moves from piece to
piece, a focus event names the new child, as Qt does for the items of a list.

A board says what it holds through `AccessiblePieces` and calls `expose()` when built. (The
PySide6 stubs say an interface never returns null, where Qt's C++ does: the overrides that
may return None are marked for the type checker.)
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleObject,
    QWindow,
)
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


@runtime_checkable
class AccessiblePieces(Protocol):
    """What a painted board tells assistive technology about its pieces."""

    def accessible_count(self) -> int: ...

    def accessible_piece(self, number: int) -> tuple[str, QRect, int, int]:
        """Piece `number`'s name, rectangle (in the board), row and column."""
        ...

    def accessible_current(self) -> int:
        """The piece the keyboard is on (-1: none)."""
        ...


def _window(widget: QWidget) -> QWindow | None:
    return widget.window().windowHandle()


def _state(board: QWidget, *, focused: bool, selected: bool) -> QAccessible.State:
    state = QAccessible.State()
    state.focusable = True
    state.focused = focused
    state.selectable = True
    state.selected = selected
    state.invisible = not board.isVisible()
    return state


class PieceFace(QAccessibleInterface):
    """One piece of a board: a cell of the table, named as the board describes it."""

    def __init__(self, board: QWidget, number: int) -> None:
        super().__init__()
        self._board = board
        self.number = number

    def _live(self) -> AccessiblePieces | None:
        board = self._board
        if not isValid(board) or not isinstance(board, AccessiblePieces):
            return None
        return board if self.number < board.accessible_count() else None

    def isValid(self) -> bool:
        return self._live() is not None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return _window(self._board) if isValid(self._board) else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self._board) if isValid(self._board) else None

    def childCount(self) -> int:
        return 0

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Cell

    def text(self, kind: QAccessible.Text) -> str:
        board = self._live()
        if board is None:
            return ""
        name, _rect, row, column = board.accessible_piece(self.number)
        if kind == QAccessible.Text.Name:
            return name
        if kind == QAccessible.Text.Description:  # where it stands, for tools without tables
            words = QCoreApplication.translate("BoardAccess", "Row {row}, column {column}")
            return words.format(row=row + 1, column=column + 1)
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        return  # a piece's words are the board's, never typed

    def rect(self) -> QRect:
        board = self._live()
        if board is None:
            return QRect()
        area = board.accessible_piece(self.number)[1]
        return QRect(self._board.mapToGlobal(area.topLeft()), area.size())

    def state(self) -> QAccessible.State:
        board = self._live()
        current = board is not None and board.accessible_current() == self.number
        return _state(self._board, focused=current and self._board.hasFocus(), selected=current)


class BoardFace(QAccessibleObject):
    """The board: a table whose children are its pieces (kept while the board lives)."""

    def __init__(self, board: QWidget) -> None:
        super().__init__(board)
        self._board = board
        self._pieces: list[PieceFace] = []

    def _count(self) -> int:
        board = self._board
        return board.accessible_count() if isinstance(board, AccessiblePieces) else 0

    def window(self) -> QWindow | None:  # type: ignore[override]
        return _window(self._board)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Table

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._board.accessibleName()
        if kind == QAccessible.Text.Description:
            return self._board.accessibleDescription()
        return ""

    def rect(self) -> QRect:
        return QRect(self._board.mapToGlobal(QPoint(0, 0)), self._board.size())

    def state(self) -> QAccessible.State:
        return _state(self._board, focused=self._board.hasFocus(), selected=False)

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        above = self._board.parentWidget()
        return QAccessible.queryAccessibleInterface(above) if above is not None else None

    def childCount(self) -> int:
        return self._count()

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if not 0 <= index < self._count():
            return None
        while len(self._pieces) <= index:  # faces are kept: a screen reader may hold one
            self._pieces.append(PieceFace(self._board, len(self._pieces)))
        return self._pieces[index]

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        board = self._board
        if not isinstance(board, AccessiblePieces):
            return None
        point = self._board.mapFromGlobal(QPoint(x, y))
        for number in range(board.accessible_count()):
            if board.accessible_piece(number)[1].contains(point):
                return self.child(number)
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, PieceFace) and child in self._pieces:
            return child.number
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        board = self._board
        if not isinstance(board, AccessiblePieces) or not self._board.hasFocus():
            return None
        return self.child(board.accessible_current())


_faces: dict[int, BoardFace] = {}  # by board id: Python keeps what Qt holds


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget) or not isinstance(obj, AccessiblePieces):
        return None
    face = BoardFace(obj)
    key = id(obj)
    _faces[key] = face
    obj.destroyed.connect(lambda *_: _faces.pop(key, None))
    return face


_installed: list[bool] = []


def expose() -> None:
    """Have every `AccessiblePieces` widget read as a table of its pieces (once is enough)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


def focus_moved(board: QWidget, number: int) -> None:
    """Tell assistive tools that the keyboard is on piece `number` of `board`."""
    if number < 0 or not board.hasFocus():
        return
    event = QAccessibleEvent(board, QAccessible.Event.Focus)
    event.setChild(number)
    QAccessible.updateAccessibility(event)
