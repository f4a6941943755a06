"""The experiment board: one column per status, one card per experiment.

Cards move by drag and drop or with Ctrl+Left / Ctrl+Right; the board only asks for the move
(`move_requested`): the view checks the lifecycle, asks for the learning card or the reason
when needed, and refreshes the board. Arrows select, Enter opens.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QLocale, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from coachapp.services.experiments.experiments import ExperimentRecord, ExpStatus, Outcome, Risk
from coachapp.ui.common.board import Board
from coachapp.ui.common.dates import day_text
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import tone
from coachapp.words.experiment_labels import (
    column_label,
    exp_status_label,
    outcome_label,
    risk_label,
)

COLUMNS = tuple(ExpStatus)
PAD = 8
GAP = 6
# A card's stripe (3:1 at least on the card, light or dark): its risk, then its outcome.
STRIPES: dict[bool, dict[Risk | Outcome, str]] = {
    False: {Risk.LOW: "#2e7d50", Risk.MEDIUM: "#8f6400", Risk.HIGH: "#b3261e",
            Outcome.VALIDATED: "#2e7d50", Outcome.INVALIDATED: "#7b3a99",
            Outcome.INCONCLUSIVE: "#5f6b6c"},
    True: {Risk.LOW: "#5fd3a8", Risk.MEDIUM: "#f2cc55", Risk.HIGH: "#ff8a7a",
           Outcome.VALIDATED: "#5fd3a8", Outcome.INVALIDATED: "#d69cff",
           Outcome.INCONCLUSIVE: "#b4bcbe"},
}  # fmt: skip


@dataclass
class _Card:
    record: ExperimentRecord
    column: int
    rect: QRect = field(default_factory=QRect)

    @property
    def uuid(self) -> str:
        return self.record.uuid


class ExperimentBoard(Retranslatable, Board[_Card]):
    """Cards in status columns; a move to another column is asked for, never made here."""

    move_requested = Signal(str, str)  # experiment uuid, target status
    reorder_requested = Signal(str, int)  # experiment uuid, new rank in its column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentBoard")
        self.today = date.min  # set with the records
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Experiment board"))
        self._announce_current()
        self.update()

    # Content

    def set_records(self, records: list[ExperimentRecord], today: date) -> None:
        self.today = today
        self._show_pieces([_Card(r, COLUMNS.index(r.status)) for r in records])

    def card_rect(self, experiment_uuid: str) -> QRect:
        return self.piece_rect(experiment_uuid)

    def _dropped(self, number: int, column: int) -> None:
        self.move_requested.emit(self._pieces[number].uuid, COLUMNS[column].value)

    def column_rect(self, status: ExpStatus) -> QRect:
        left, width = self._column(COLUMNS.index(status))
        return QRect(left, 0, width, self.height())

    # Geometry

    def _column_keys(self) -> Sequence[int]:
        return range(len(COLUMNS))

    def _heading(self, index: int) -> str:
        count = sum(1 for c in self._pieces if c.column == index)
        return f"{column_label(COLUMNS[index])} ({QLocale().toString(count)})"

    def _heading_widths(self, *, words: bool) -> list[int]:
        """How wide the columns' headings are in bold, whole or word by word."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        texts = [self._heading(index) for index in range(len(COLUMNS))]
        parts = [word for text in texts for word in text.split()] if words else texts
        return [math.ceil(metrics.horizontalAdvance(part)) for part in parts]

    def _min_column(self) -> int:
        """Wide enough for a few words of a title, and for every word of the headings."""
        words = max(self._heading_widths(words=True))
        return max(self.fontMetrics().averageCharWidth() * 18, words + 2 * PAD)

    def _column(self, index: int) -> tuple[int, int]:
        width = max(self._min_column(), self.width() // len(COLUMNS))
        return index * width, width

    def _heading_lines(self) -> int:
        """Two when a heading does not fit its column on one line."""
        _left, width = self._column(0)
        return 1 if max(self._heading_widths(words=False)) <= width - 2 * PAD else 2

    def _header(self) -> int:
        return self.fontMetrics().height() * self._heading_lines() + 2 * PAD

    def _card_height(self) -> int:
        return self.fontMetrics().height() * 4 + 2 * PAD

    def _layout(self) -> None:
        bottom = self._header()
        for index in range(len(COLUMNS)):
            left, width = self._column(index)
            top = self._header() + GAP
            for card in (c for c in self._pieces if c.column == index):
                card.rect = QRect(left + GAP, top, width - 2 * GAP, self._card_height())
                top += self._card_height() + GAP
            bottom = max(bottom, top)
        self.setMinimumHeight(bottom + GAP)
        self.updateGeometry()  # the headings' counts, and so the columns' least width

    def minimumSizeHint(self) -> QSize:
        return QSize(self._min_column() * len(COLUMNS), self.minimumHeight())

    def sizeHint(self) -> QSize:
        whole = max(self._heading_widths(words=False)) + 2 * PAD  # headings on one line
        comfortable = max(whole, self._min_column(), self.fontMetrics().averageCharWidth() * 24)
        return QSize(comfortable * len(COLUMNS), max(400, self.minimumHeight()))

    # Painting

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = self._painter()
        palette = self.palette()
        line = self.fontMetrics().height()
        for index in range(len(COLUMNS)):
            left, width = self._column(index)
            if index % 2:
                painter.fillRect(
                    QRect(left, 0, width, self.height()),
                    palette.color(QPalette.ColorRole.AlternateBase),
                )
            if self._dragging >= 0 and index == self._drop:
                glow = QColor(palette.color(QPalette.ColorRole.Highlight))
                glow.setAlphaF(0.15)
                painter.fillRect(QRect(left, 0, width, self.height()), glow)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRect(left + PAD, PAD, width - 2 * PAD, line * self._heading_lines()),
                int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap),
                self._heading(index),
            )
            font.setBold(False)
            painter.setFont(font)
        for number, card in enumerate(self._pieces):
            self._paint_card(painter, card, number == self._current)

    def _paint_card(self, painter: QPainter, card: _Card, current: bool) -> None:
        palette = self.palette()
        record = card.record
        rect = QRectF(card.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setBrush(palette.color(QPalette.ColorRole.Window))
        border = palette.color(QPalette.ColorRole.Mid)
        if current:
            border = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(border, 2.2 if current and self.hasFocus() else 1.0))
        painter.drawRoundedRect(rect, 6, 6)
        stripes = STRIPES[palette.color(QPalette.ColorRole.Window).lightness() < 128]
        stripe = QColor(stripes[record.draft.safety.risk])
        if record.learning is not None:
            stripe = QColor(stripes[record.learning.outcome])
        painter.fillRect(
            QRect(card.rect.left() + 1, card.rect.top() + 6, 4, card.rect.height() - 12), stripe
        )
        metrics = self.fontMetrics()
        line = metrics.height()
        inner = card.rect.adjusted(PAD + 4, PAD, -PAD, -PAD)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = QRect(inner.left(), inner.top(), inner.width(), line * 2)
        painter.drawText(
            title,
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop),
            metrics.elidedText(
                record.draft.title, Qt.TextElideMode.ElideRight, inner.width() * 2 - 20
            ),
        )
        painter.setPen(tone(palette, "muted"))
        who = record.owner or self.tr("me")
        risk = risk_label(record.draft.safety.risk)
        if record.learning is None and self._footer(record) != risk:
            who = f"{risk} · {who}"  # the stripe's meaning in words, not by its colour alone
        painter.drawText(
            QRect(inner.left(), inner.top() + line * 2, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(who, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.setPen(
            tone(palette, "warning") if record.review_due(self.today) else tone(palette, "muted")
        )
        painter.drawText(
            QRect(inner.left(), inner.top() + line * 3, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(self._footer(record), Qt.TextElideMode.ElideRight, inner.width()),
        )

    def _footer(self, record: ExperimentRecord) -> str:
        if record.learning is not None:
            return outcome_label(record.learning.outcome)
        if record.status is ExpStatus.ABANDONED:
            return record.abandoned_reason
        review = record.draft.review_on
        if review is not None and record.review_due(self.today):
            return self.tr("Review due {date}").format(date=day_text(review))
        if review is not None:
            return self.tr("Review {date}").format(date=day_text(review))
        return risk_label(record.draft.safety.risk)

    # Keyboard

    def _accessible_text(self, card: _Card | None) -> str:
        if card is None:
            return self.tr("No experiment to show.")
        record = card.record
        return self.tr("{title}: {status}, {risk}, led by {who}. {footer}").format(
            title=record.draft.title,
            status=exp_status_label(record.status),
            risk=risk_label(record.draft.safety.risk),
            who=record.owner or self.tr("me"),
            footer=self._footer(record),
        )

    def _neighbour(self, column: int, rank: int) -> int:
        """The card at `rank` in `column`, or its last one; -1 when the column is empty."""
        in_column = [n for n, c in enumerate(self._pieces) if c.column == column]
        if not in_column:
            return -1
        return in_column[min(rank, len(in_column) - 1)]

    def _key(self, event: QKeyEvent) -> bool:
        card = self._pieces[self._current]
        same = [n for n, c in enumerate(self._pieces) if c.column == card.column]
        rank = same.index(self._current)
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and ctrl:
            target = card.column + (1 if key == Qt.Key.Key_Right else -1)
            if 0 <= target < len(COLUMNS):
                self.move_requested.emit(card.record.uuid, COLUMNS[target].value)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if key == Qt.Key.Key_Right else -1
            column = card.column + step
            while 0 <= column < len(COLUMNS):
                found = self._neighbour(column, rank)
                if found >= 0:
                    self._set_current(found)
                    break
                column += step
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and ctrl:
            step = 1 if key == Qt.Key.Key_Down else -1
            if 0 <= rank + step < len(same):
                self.reorder_requested.emit(card.record.uuid, rank + step)
        elif key == Qt.Key.Key_Down and rank + 1 < len(same):
            self._set_current(same[rank + 1])
        elif key == Qt.Key.Key_Up and rank > 0:
            self._set_current(same[rank - 1])
        else:
            return False
        return True
