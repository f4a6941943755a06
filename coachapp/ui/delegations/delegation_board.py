"""The delegation board: decision areas in rows, the seven levels in columns, one marker per
delegate. A marker moves with the mouse (drag it along its row) or the keyboard (Left and
Right); each move is only proposed: the marker waits at its new level while the view asks for
the reason, and goes back (`put_back`) when the manager cancels.

Painted by hand rather than built from item views: a cell holds any number of markers and a
marker is dragged between cells of its row, which table views do not do for parts of a cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from coachapp.services.delegations.delegation_levels import Level
from coachapp.services.delegations.delegations import DelegationRecord
from coachapp.ui.common.board import Board
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.delegations.level_style import level_color, level_icon
from coachapp.words.growth_labels import level_label, level_meaning

LEVELS = tuple(int(level) for level in Level)
PAD = 6


@dataclass
class _Marker:
    record: DelegationRecord
    row: int
    level: int  # where it is drawn: the record's level, or a move waiting for its reason
    rect: QRect = field(default_factory=QRect)

    @property
    def uuid(self) -> str:
        return self.record.uuid

    @property
    def column(self) -> int:
        return self.level


class DelegationBoard(Retranslatable, Board[_Marker]):
    """Markers keep to their area's row; Left and Right, or a drag, propose a new level."""

    moved = Signal(str, int)  # delegation uuid, proposed level
    undo_requested = Signal()  # the standard Undo keys (Ctrl+Z) while the board has focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delegationBoard")
        self.setMouseTracking(True)
        self._areas: list[str] = []
        self._row_tops: list[int] = []
        self._row_heights: list[int] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Delegation board"))
        self._announce_current()
        self.update()

    # Content

    def set_records(self, records: list[DelegationRecord]) -> None:
        """Show `records`, keeping the focused marker when it is still there."""
        self._areas = sorted({r.draft.area for r in records}, key=str.casefold)
        row_of = {area: row for row, area in enumerate(self._areas)}
        ordered = sorted(records, key=lambda r: (row_of[r.draft.area], r.delegate.casefold()))
        self._show_pieces(
            [_Marker(record, row_of[record.draft.area], record.draft.level) for record in ordered]
        )

    def put_back(self) -> None:
        """Show every marker at its recorded level again (a proposed move was cancelled)."""
        for marker in self._pieces:
            marker.level = marker.record.draft.level
        self._layout()
        self._announce_current()
        self.update()

    def _propose(self, number: int, level: int) -> None:
        """Draw the marker at `level` and ask the view to record the move."""
        marker = self._pieces[number]
        marker.level = level
        self._layout()
        self._announce_current()
        self.update()
        self.moved.emit(marker.record.uuid, level)

    def _dropped(self, number: int, column: int) -> None:
        self._propose(number, column)

    def marker_rect(self, delegation_uuid: str) -> QRect:
        """Where the marker is drawn (tests drag it; empty when not shown)."""
        return self.piece_rect(delegation_uuid)

    def column_rect(self, level: int) -> QRect:
        left, width = self._column(level)
        return QRect(left, 0, width, self.height())

    def row_rect(self, row: int) -> QRect:
        return QRect(0, self._row_tops[row], self.width(), self._row_heights[row])

    # Geometry

    def _column_keys(self) -> Sequence[int]:
        return LEVELS

    def _area_width(self) -> int:
        return max(160, min(320, self.width() // 4))

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 2 * PAD

    def _column(self, level: int) -> tuple[int, int]:
        left = self._area_width()
        width = max(60, (self.width() - left) // len(LEVELS))
        return left + (level - 1) * width, width

    def _marker_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _layout(self) -> None:
        metrics = self.fontMetrics()
        line = metrics.height()
        tops, heights = [], []
        y = self._header_height()
        for row, area in enumerate(self._areas):
            per_level = [
                sum(1 for m in self._pieces if m.row == row and m.level == level)
                for level in LEVELS
            ]
            area_lines = max(1, len(self._wrap(area, self._area_width() - 2 * PAD)))
            height = max(
                max(per_level) * (self._marker_height() + 4) + 2 * PAD,
                area_lines * line + 2 * PAD,
            )
            tops.append(y)
            heights.append(height)
            y += height
        self._row_tops, self._row_heights = tops, heights
        for level in LEVELS:
            left, width = self._column(level)
            for row in range(len(self._areas)):
                stack = [m for m in self._pieces if m.row == row and m.level == level]
                for number, marker in enumerate(stack):
                    top = tops[row] + PAD + number * (self._marker_height() + 4)
                    marker.rect = QRect(left + 4, top, width - 8, self._marker_height())
        self.setMinimumHeight(y + 1)
        self.updateGeometry()

    def _wrap(self, text: str, width: int) -> list[str]:
        metrics = self.fontMetrics()
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}".strip()
            if current and metrics.horizontalAdvance(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        if current:
            lines.append(current)
        return lines

    def sizeHint(self) -> QSize:
        return QSize(900, max(self.minimumHeight(), 300))

    # Painting

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = self._painter()
        palette = self.palette()
        grid = QPen(palette.color(QPalette.ColorRole.Mid))
        text = palette.color(QPalette.ColorRole.Text)
        header = self._header_height()
        line = self.fontMetrics().height()
        for level in LEVELS:
            left, width = self._column(level)
            if self._dragging >= 0 and level == self._drop:
                painter.fillRect(QRect(left, 0, width, self.height()),
                                 palette.color(QPalette.ColorRole.AlternateBase))  # fmt: skip
            icon_size = line
            level_icon(level, palette).paint(
                painter, QRect(left + (width - icon_size) // 2, PAD, icon_size, icon_size)
            )
            painter.setPen(level_color(level, palette))
            caption = self.fontMetrics().elidedText(
                level_label(level), Qt.TextElideMode.ElideRight, width - 4
            )
            painter.drawText(QRect(left, PAD + line, width, line), Qt.AlignmentFlag.AlignCenter,
                             caption)  # fmt: skip
            painter.setPen(grid)
            painter.drawLine(left, 0, left, self.height())
        painter.setPen(grid)
        painter.drawLine(0, header, self.width(), header)
        for row, area in enumerate(self._areas):
            top, height = self._row_tops[row], self._row_heights[row]
            if row % 2:
                painter.fillRect(QRect(0, top, self._area_width(), height),
                                 palette.color(QPalette.ColorRole.AlternateBase))  # fmt: skip
            painter.setPen(text)
            for number, words in enumerate(self._wrap(area, self._area_width() - 2 * PAD)):
                painter.drawText(
                    QRect(PAD, top + PAD + number * line, self._area_width() - 2 * PAD, line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words,
                )  # fmt: skip
            painter.setPen(grid)
            painter.drawLine(0, top + height, self.width(), top + height)
        for number, marker in enumerate(self._pieces):
            self._paint_marker(painter, marker, number == self._current)

    def _paint_target(self, painter: QPainter, marker: _Marker) -> None:
        """A dotted outline where the delegation is heading, in the target level's colour."""
        target = marker.record.draft.target_level
        if target == marker.level:
            return
        left, width = self._column(target)
        ghost = QRectF(left + 4, marker.rect.top(), width - 8, marker.rect.height())
        pen = QPen(level_color(target, self.palette()), 1.2, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(ghost.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)

    def _short_name(self, name: str, width: int) -> str:
        """The delegate's name as it fits: whole, else first name and initials, else elided."""
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(name) <= width:
            return name
        first, *rest = name.split()
        short = " ".join([first, *(f"{part[0]}." for part in rest if part)])
        return metrics.elidedText(short, Qt.TextElideMode.ElideRight, width)

    def _paint_marker(self, painter: QPainter, marker: _Marker, current: bool) -> None:
        palette = self.palette()
        self._paint_target(painter, marker)
        color = level_color(marker.level, palette)
        fill = QColor(color)
        fill.setAlphaF(0.16)
        rect = QRectF(marker.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setBrush(fill)
        pen = QPen(color, 2.5 if current and self.hasFocus() else 1.2)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 6, 6)
        if current:
            focus = QPen(palette.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5), 8, 8)
        size = self.fontMetrics().height() - 2
        icon_rect = QRect(marker.rect.left() + 5, marker.rect.center().y() - size // 2, size, size)
        level_icon(marker.level, palette).paint(painter, icon_rect)
        room = marker.rect.width() - size - 14
        label = (
            self._short_name(marker.record.delegate, room)
            if marker.record.draft.person_uuid
            else self.fontMetrics().elidedText(
                marker.record.delegate, Qt.TextElideMode.ElideRight, room
            )
        )
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            marker.rect.adjusted(size + 10, 0, -4, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label,
        )  # fmt: skip

    # Keyboard

    def describe(self, marker: _Marker) -> str:
        draft = marker.record.draft
        return self.tr("{delegate}, {area}: level {level}, aiming at {target}").format(
            delegate=marker.record.delegate,
            area=draft.area,
            level=level_label(marker.level),
            target=level_label(draft.target_level),
        )

    def _position(self, number: int) -> tuple[int, int]:
        marker = self._pieces[number]  # a row for each area, a column for each level
        return marker.row, list(LEVELS).index(marker.level)

    def _accessible_text(self, marker: _Marker | None) -> str:
        return self.describe(marker) if marker else self.tr("No delegation to show.")

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z is also the window's Undo (for text fields): on the board it undoes a move.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        else:
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            self._set_current(max(0, min(len(self._pieces) - 1, self._current + step)))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            level = self._pieces[self._current].level + (1 if key == Qt.Key.Key_Right else -1)
            if level in LEVELS:
                self._propose(self._current, level)
        else:
            return False
        return True

    # Mouse

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging >= 0:
            super().mouseMoveEvent(event)
            return
        hit = self._piece_at(event.position().toPoint())
        if hit >= 0:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            QToolTip.showText(event.globalPosition().toPoint(), self._tooltip(hit), self)
        else:
            self.unsetCursor()

    def _tooltip(self, number: int) -> str:
        marker = self._pieces[number]
        return "\n".join((self.describe(marker), level_meaning(marker.level)))
