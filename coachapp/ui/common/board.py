"""Boards painted by hand: pieces in columns, chosen, opened and dragged with keyboard or mouse.

The delegation board (markers along a row of levels) and the experiment board (cards in status
columns) paint their own pieces and say what a move means; what they share is here: the
current piece (kept across a refresh, told to assistive tools and scrolled into view), hit
testing, dragging a piece to another column, Enter and double-click to open. The celebration
grid shares only the focus painting.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollArea, QWidget

from coachapp.ui.common.board_access import expose, focus_moved


def show_focus(board: QWidget, rect: QRect) -> None:
    """Scroll the board's scroll area to `rect`; announce the new description."""
    parent = board.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea) and not rect.isEmpty():
        center = rect.center()
        parent.ensureVisible(center.x(), center.y(), rect.width() // 2 + 8,
                             rect.height() // 2 + 8)  # fmt: skip
    if board.hasFocus() and QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleEvent(board, QAccessible.Event.DescriptionChanged)
        )


class PaintedBoard(QWidget):
    """A hand-painted widget that takes the keyboard focus and paints where it is; assistive
    tools read it as a table of its pieces (`board_access`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        expose()

    # What assistive tools read (board_access.AccessiblePieces)

    def accessible_count(self) -> int:
        raise NotImplementedError

    def accessible_piece(self, number: int) -> tuple[str, QRect, int, int]:
        """Piece `number`'s name, rectangle, row and column."""
        raise NotImplementedError

    def accessible_current(self) -> int:
        raise NotImplementedError

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)
        focus_moved(self, self.accessible_current())  # then the piece the keyboard is on

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


class Piece(Protocol):
    """What a board draws for one record."""

    rect: QRect  # where it is drawn, set by the board's layout

    @property
    def uuid(self) -> str: ...

    @property
    def column(self) -> int: ...  # the key of the column it stands in


P = TypeVar("P", bound=Piece)


class Board(PaintedBoard, Generic[P]):
    """Pieces in columns: one is current; Enter or a double-click opens it, and the mouse
    drags it to another column (the board says which in `_dropped`).

    A board lays its pieces out in `_layout`, says where a column is in `_column` and which
    columns there are in `_column_keys`, and describes a piece for assistive tools in
    `_accessible_text`.
    """

    activated = Signal(str)  # the piece's uuid (Enter or double-click)
    selected = Signal(str)  # the piece's uuid, when it becomes the current one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pieces: list[P] = []
        self._current = -1
        self._dragging = -1  # the piece the mouse holds
        self._drop: int | None = None  # the column it would be dropped in

    # What each board says

    def _column_keys(self) -> Sequence[int]:
        raise NotImplementedError

    def _column(self, key: int) -> tuple[int, int]:
        """The left edge and width of the column `key`."""
        raise NotImplementedError

    def _layout(self) -> None:
        """Give every piece its rect (and the board its least height)."""
        raise NotImplementedError

    def _accessible_text(self, piece: P | None) -> str:
        """The current piece in words (None: the board is empty)."""
        raise NotImplementedError

    def _position(self, number: int) -> tuple[int, int]:
        """The row and column piece `number` stands in: its rank in its column, by default."""
        column = self._pieces[number].column
        rank = sum(1 for piece in self._pieces[:number] if piece.column == column)
        return rank, list(self._column_keys()).index(column)

    def accessible_count(self) -> int:
        return len(self._pieces)

    def accessible_piece(self, number: int) -> tuple[str, QRect, int, int]:
        piece = self._pieces[number]
        return (self._accessible_text(piece), QRect(piece.rect), *self._position(number))

    def accessible_current(self) -> int:
        return self._current

    def _dropped(self, number: int, column: int) -> None:
        """The mouse dropped piece `number` in another column."""
        raise NotImplementedError

    # Content

    def _show_pieces(self, pieces: list[P]) -> None:
        """Show `pieces`, keeping the current one when it is still there; a drag ends here."""
        keep = self.current_uuid()
        self._pieces = pieces
        self._dragging = -1
        self._current = next(
            (n for n, piece in enumerate(pieces) if piece.uuid == keep), 0 if pieces else -1
        )
        self._layout()
        self._announce_current()
        self.update()

    def current_uuid(self) -> str | None:
        if 0 <= self._current < len(self._pieces):
            return self._pieces[self._current].uuid
        return None

    def select(self, piece_uuid: str) -> bool:
        for number, piece in enumerate(self._pieces):
            if piece.uuid == piece_uuid:
                self._set_current(number)
                return True
        return False

    def piece_rect(self, piece_uuid: str) -> QRect:
        """Where the piece is drawn (empty when not shown)."""
        return next((QRect(p.rect) for p in self._pieces if p.uuid == piece_uuid), QRect())

    def _set_current(self, number: int) -> None:
        self._current = number
        self._announce_current()
        self.update()
        if 0 <= number < len(self._pieces):
            self.selected.emit(self._pieces[number].uuid)

    def _announce_current(self) -> None:
        """Describe the current piece to assistive tools, and scroll it into view."""
        piece = self._pieces[self._current] if 0 <= self._current < len(self._pieces) else None
        self.setAccessibleDescription(self._accessible_text(piece))
        if piece is not None:
            show_focus(self, piece.rect)
            focus_moved(self, self._current)

    # Geometry and painting

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout()
        super().resizeEvent(event)

    def _painter(self) -> QPainter:
        """A painter over the board's background, antialiased."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        return painter

    # Keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._pieces:
            super().keyPressEvent(event)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self._pieces[self._current].uuid)
        elif not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        """Act on a key the board knows (there is a current piece); False for the others."""
        raise NotImplementedError

    # Mouse

    def _piece_at(self, point: QPoint) -> int:
        return next((n for n, p in enumerate(self._pieces) if p.rect.contains(point)), -1)

    def _column_at(self, x: int) -> int | None:
        for key in self._column_keys():
            left, width = self._column(key)
            if left <= x < left + width:
                return key
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._piece_at(event.position().toPoint())
        if hit >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._set_current(hit)
            self._dragging = hit
            self._drop = self._pieces[hit].column
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging < 0:
            return
        column = self._column_at(event.position().toPoint().x())
        if column is not None and column != self._drop:
            self._drop = column
            self.update()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging >= 0:
            number, self._dragging = self._dragging, -1
            column = self._column_at(event.position().toPoint().x())
            self.unsetCursor()
            self.update()
            if column is not None and column != self._pieces[number].column:
                self._dropped(number, column)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._piece_at(event.position().toPoint())
        if hit >= 0:
            self.activated.emit(self._pieces[hit].uuid)
