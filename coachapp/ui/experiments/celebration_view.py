"""The celebration grid: mistakes, experiments and practices by success and failure, counted
over a period; the experiment column is where learning happens, whatever the outcome."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.services.experiments.celebration import Behaviour, Grid, Result, celebration_grid
from coachapp.ui.common.board import PaintedBoard
from coachapp.ui.common.board_access import focus_moved
from coachapp.ui.common.dates import day_text
from coachapp.ui.common.icons import icon
from coachapp.ui.common.record_list import Listing
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import tone
from coachapp.ui.common.widgets import PeriodChoice, ToneLabel
from coachapp.words.experiment_labels import behaviour_label, cell_meaning, result_label

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
BEHAVIOURS = tuple(Behaviour)
RESULTS = tuple(Result)


class GridWidget(PaintedBoard):
    """Three columns by two rows of counts; a click chooses a cell."""

    cell_chosen = Signal(str, str)  # behaviour, result

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("celebrationGrid")
        self.grid: Grid | None = None
        self.chosen: tuple[Behaviour, Result] = (Behaviour.EXPERIMENT, Result.FAILURE)
        self.setMinimumHeight(240)

    def sizeHint(self) -> QSize:
        return QSize(720, 300)

    def _geometry(self) -> tuple[int, int, int, int]:
        line = self.fontMetrics().height()
        left, top = self.fontMetrics().horizontalAdvance("M" * 8), line * 2
        return left, top, (self.width() - left) // 3, (self.height() - top) // 2

    def cell_rect(self, behaviour: Behaviour, result: Result) -> QRect:
        left, top, width, height = self._geometry()
        column, row = BEHAVIOURS.index(behaviour), RESULTS.index(result)
        return QRect(left + column * width, top + row * height, width, height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        left, top, width, height = self._geometry()
        text = palette.color(QPalette.ColorRole.Text)
        for column, behaviour in enumerate(BEHAVIOURS):
            painter.setPen(text)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(
                QRect(left + column * width, 0, width, top),
                Qt.AlignmentFlag.AlignCenter,
                behaviour_label(behaviour),
            )
            font.setBold(False)
            painter.setFont(font)
        for row, result in enumerate(RESULTS):
            painter.setPen(text)
            painter.drawText(
                QRect(0, top + row * height, left - 8, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                result_label(result),
            )
        learning = tone(palette, "learning")
        for behaviour in BEHAVIOURS:
            for result in RESULTS:
                rect = self.cell_rect(behaviour, result).adjusted(4, 4, -4, -4)
                fill = QColor(learning)
                fill.setAlphaF(0.18 if behaviour is Behaviour.EXPERIMENT else 0.0)
                painter.setBrush(fill)
                chosen = (behaviour, result) == self.chosen
                pen = QPen(
                    palette.color(QPalette.ColorRole.Highlight)
                    if chosen
                    else palette.color(QPalette.ColorRole.Mid),
                    2.5 if chosen else 1.0,
                )
                if chosen and self.hasFocus():  # where the arrow keys are
                    pen.setWidthF(3.5)
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawRoundedRect(rect, 8, 8)
                count = self.grid.count(behaviour, result) if self.grid else 0
                font = painter.font()
                size = font.pointSizeF()
                font.setPointSizeF(size * 2.4)
                painter.setFont(font)
                painter.setPen(learning if behaviour is Behaviour.EXPERIMENT else text)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, QLocale().toString(count))
                font.setPointSizeF(size)
                painter.setFont(font)
                painter.setPen(tone(palette, "muted"))
                painter.drawText(
                    rect.adjusted(8, 0, -8, -8),
                    Qt.AlignmentFlag.AlignBottom
                    | Qt.AlignmentFlag.AlignHCenter
                    | Qt.TextFlag.TextWordWrap,
                    cell_meaning(behaviour, result),
                )

    # What assistive tools read: the six cells, row by row

    def accessible_count(self) -> int:
        return len(BEHAVIOURS) * len(RESULTS)

    def _cell(self, number: int) -> tuple[Behaviour, Result]:
        return BEHAVIOURS[number % len(BEHAVIOURS)], RESULTS[number // len(BEHAVIOURS)]

    def accessible_piece(self, number: int) -> tuple[str, QRect, int, int]:
        behaviour, result = self._cell(number)
        count = self.grid.count(behaviour, result) if self.grid else 0
        name = self.tr("{behaviour}, {result}: {count}").format(
            behaviour=behaviour_label(behaviour), result=result_label(result),
            count=QLocale().toString(count),
        )  # fmt: skip
        rect = self.cell_rect(behaviour, result)
        return name, rect, RESULTS.index(result), BEHAVIOURS.index(behaviour)

    def accessible_current(self) -> int:
        behaviour, result = self.chosen
        return RESULTS.index(result) * len(BEHAVIOURS) + BEHAVIOURS.index(behaviour)

    def _choose(self, behaviour: Behaviour, result: Result) -> None:
        self.chosen = (behaviour, result)
        self.update()
        focus_moved(self, self.accessible_current())
        self.cell_chosen.emit(behaviour.value, result.value)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        for behaviour in BEHAVIOURS:
            for result in RESULTS:
                if self.cell_rect(behaviour, result).contains(point):
                    self._choose(behaviour, result)
                    return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        column, row = BEHAVIOURS.index(self.chosen[0]), RESULTS.index(self.chosen[1])
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        step = moves.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        column = max(0, min(2, column + step[0]))
        row = max(0, min(1, row + step[1]))
        self._choose(BEHAVIOURS[column], RESULTS[row])


class CelebrationView(Retranslatable, QWidget):
    entry_requested = Signal(str)
    experiment_requested = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.period = PeriodChoice(self)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = ToneLabel("muted", self)
        self.summary.setObjectName("summary")
        self.grid = GridWidget(self)
        self.grid.cell_chosen.connect(lambda *_: self._show_items())
        self.cell_label = QLabel(self)
        self.items = Listing(self, "gridItems", 2, stretch=1)
        self.items.itemActivated.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 2)
        layout.addWidget(self.cell_label)
        layout.addWidget(self.items, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.items.setHeaderLabels([self.tr("Day"), self.tr("What")])
        self.grid.setAccessibleName(self.tr("Celebration grid"))
        self.items.setAccessibleName(self.tr("What the chosen cell holds"))
        self._show_summary()
        self._show_items()
        self.grid.update()

    def refresh(self) -> None:
        end = self._journal.experiments.today()
        start = end - timedelta(days=self.period.days() - 1)  # both days count
        self.grid.grid = celebration_grid(
            self._journal.experiments, self._journal.entries, start, end
        )
        self.grid.update()
        self._show_summary()
        self._show_items()

    def _show_summary(self) -> None:
        grid = self.grid.grid
        if grid is None:
            self.summary.clear()
            return
        failed = grid.count(Behaviour.EXPERIMENT, Result.FAILURE)
        if not grid.learning:
            self.summary.setText(self.tr("No experiment concluded in this period."))
            return
        sentences = [self.tr("%n experiment(s) concluded in this period.", "", grid.learning)]
        if failed:
            sentences.append(
                self.tr(
                    "%n of them did not confirm the hypothesis: that is learning too.", "", failed
                )
            )
        self.summary.setText(" ".join(sentences))

    def _show_items(self) -> None:
        self.items.clear()
        grid = self.grid.grid
        behaviour, result = self.grid.chosen
        self.cell_label.setText(
            self.tr("<b>{behaviour} · {result}</b>").format(
                behaviour=behaviour_label(behaviour), result=result_label(result)
            )
        )
        count = grid.count(behaviour, result) if grid else 0
        self.grid.setAccessibleDescription(
            self.tr("{behaviour} · {result}: {count}. {meaning}. Arrow keys choose a cell.").format(
                behaviour=behaviour_label(behaviour), result=result_label(result),
                count=QLocale().toString(count), meaning=cell_meaning(behaviour, result),
            )
        )  # fmt: skip
        if grid is None:
            return
        for found in grid.items.get((behaviour, result), ()):
            item = QTreeWidgetItem([day_text(found.day), found.title])
            item.setData(0, KIND_ROLE, found.kind)
            item.setData(0, UUID_ROLE, found.uuid)
            item.setIcon(1, icon("experiments" if found.kind == "experiment" else "journal"))
            if found.kind == "experiment":
                item.setForeground(1, tone(self.palette(), "muted"))
            self.items.addTopLevelItem(item)

    def _open(self, item: QTreeWidgetItem) -> None:
        if item.data(0, KIND_ROLE) == "experiment":
            self.experiment_requested.emit(item.data(0, UUID_ROLE))
        else:
            self.entry_requested.emit(item.data(0, UUID_ROLE))
