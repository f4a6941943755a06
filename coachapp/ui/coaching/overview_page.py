"""The portfolio: every coachee in one table, sortable, most in need of attention first by
default, with what each row says in words (never by colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coachapp.services.coaching.overview import OverviewRow
from coachapp.ui.coaching.overview_model import (
    ATTENTION,
    EXPORT,
    NAME,
    SESSION,
    OverviewModel,
    OverviewSort,
)
from coachapp.ui.common.icons import icon
from coachapp.ui.common.record_list import UUID_ROLE, record_table, selected_uuid
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel

# The orders offered, as (column, order).
ORDERS = (
    (ATTENTION, Qt.SortOrder.DescendingOrder),
    (NAME, Qt.SortOrder.AscendingOrder),
    (EXPORT, Qt.SortOrder.AscendingOrder),
    (SESSION, Qt.SortOrder.AscendingOrder),
)


class OverviewPage(Retranslatable, QWidget):
    open_requested = Signal(str)  # a coachee's uuid
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = ToneLabel("muted", self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addCoacheeExport")
        self.add_button.clicked.connect(self.add_requested)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openCoachee")
        self.open_button.clicked.connect(self._open_selected)
        self.order_label = QLabel(self)
        self.order = QComboBox(self)
        self.order.setObjectName("coacheeOrder")
        self.order_label.setBuddy(self.order)
        for _ in ORDERS:
            self.order.addItem("")
        self.order.currentIndexChanged.connect(self._sort)
        self.model = OverviewModel(self)
        self.sorted = OverviewSort(self)
        self.sorted.setSourceModel(self.model)
        lines = self.fontMetrics().lineSpacing()
        self.table = record_table(self, "coacheeTable", self.sorted, 2 * lines + 10)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        # Columns as wide as their texts (_fit_columns); the reasons to look wrap in a column of
        # their own width, all of them in its tooltip.
        self.table.setWordWrap(True)
        header.sortIndicatorChanged.connect(self._fit_columns)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("noCoachee")
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        bar.addWidget(self.order_label)
        bar.addWidget(self.order)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate_ui()
        self._sort()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Coachees"))
        self.intro.setText(
            self.tr(
                "Each manager you coach, from the exports they send you. Their exports stay in "
                "your portfolio, apart from each other and from your own journal; the figures "
                "cover the eight weeks before each one's latest export."
            )
        )
        self.add_button.setText(self.tr("&Add a coachee's export…"))
        self.open_button.setText(self.tr("&Open"))
        self.order_label.setText(self.tr("&Order:"))
        for row, text in enumerate((
            self.tr("Needs attention first"), self.tr("By name"),
            self.tr("Longest without an export first"), self.tr("Longest without a session first"),
        )):  # fmt: skip
            self.order.setItemText(row, text)
        self.table.setAccessibleName(self.tr("Coachees"))
        self.empty.setText(
            self.tr(
                "No coachee yet. When a manager sends you their journal export (the CoachApp "
                ".json file), add it here: it goes to your portfolio, never into your journal."
            )
        )
        self.model.retranslate()
        self._fit_columns()

    def refresh_icons(self) -> None:
        self.add_button.setIcon(icon("export"))

    def show_rows(self, rows: list[OverviewRow]) -> None:
        chosen = selected_uuid(self.table)
        self.model.set_rows(rows)
        self._fit_columns()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if chosen:
            self.select(chosen)
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest line or its heading's (two lines), with room for
        the sort arrow in the sorted one only: the twelve columns fit a 1366-pixel screen."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 6
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + pad
        for column in range(self.model.columnCount()):
            if column == ATTENTION:
                header.resizeSection(column, metrics.averageCharWidth() * 24)
                continue
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            wide = max(metrics.horizontalAdvance(line) for line in heading.splitlines() or [""])
            wide += arrow if column == header.sortIndicatorSection() else pad
            header.resizeSection(column, max(wide, self.table.sizeHintForColumn(column)))

    def select(self, coachee_uuid: str) -> None:
        for row in range(self.sorted.rowCount()):
            if self.sorted.index(row, 0).data(UUID_ROLE) == coachee_uuid:
                self.table.selectRow(row)
                return

    def _sort(self) -> None:
        column, order = ORDERS[max(0, self.order.currentIndex())]
        self.table.sortByColumn(column, order)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(selected_uuid(self.table) is not None)

    def _activated(self, index: QModelIndex) -> None:
        uuid = index.siblingAtColumn(0).data(UUID_ROLE)
        if uuid:
            self.open_requested.emit(uuid)

    def _open_selected(self) -> None:
        uuid = selected_uuid(self.table)
        if uuid:
            self.open_requested.emit(uuid)
