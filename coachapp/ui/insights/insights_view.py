"""Insights: how the management practice evolves over a period, in charts a manager and a coach
read at a glance, each with a one-line reading beneath and the same figures as a table.

QtCharts weighs on start-up: this module is imported when the area is first built, the first
time it is shown (coachapp.ui.shell.areas). The figures come from coachapp.services.insights;
this only draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import QChart, QLegendMarker, QLineSeries
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.render.chart_parts import drawn_at
from coachapp.render.charts import CHARTS, InsightCharts
from coachapp.services.insights.insights import Insights, InsightsService
from coachapp.ui.common import messages
from coachapp.ui.common.chart_view import chart_view
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.lazy_view import RefreshedWhenShown
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel, WrappingRow, scrolling

PERIODS = ("3m", "12m", "year", "all")


class ChartCard(QFrame):
    """One chart with its reading beneath, or the same figures as a table."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"chart_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.view = chart_view(self)
        metrics = self.fontMetrics()  # a chart's least size follows the text size
        self.view.setMinimumSize(QSize(metrics.averageCharWidth() * 50, metrics.height() * 20))
        self.table = QTableWidget(self)
        self.table.setTabKeyNavigation(False)  # arrows move in it, Tab leaves it
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(self.view.minimumHeight())
        self.table.hide()
        self.legend: WrappingRow | None = None  # the chart's series, named below it
        self.reading = ToneLabel("muted", self)
        self.reading.setObjectName("reading")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveChart")
        self.save_button.setFlat(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.table, 1)
        self._layout = layout
        bottom = QHBoxLayout()
        bottom.addWidget(self.reading, 1)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)

    def set_content(
        self, chart: QChart, headers: Sequence[str], rows: Sequence[Sequence[str]], reading: str
    ) -> None:
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._name_series(chart)
        self.reading.setText(reading)
        for alternative in (self.view, self.table):  # what the chart says, in words
            alternative.setAccessibleName(chart.title())
            alternative.setAccessibleDescription(reading)

    def _name_series(self, chart: QChart) -> None:
        """The chart's legend as text below it: QtCharts cuts a legend's names short
        ("Comprendre …") when the chart is narrow; these wrap onto more lines instead."""
        if self.legend is not None:
            self._layout.removeWidget(self.legend)
            self.legend.hide()
            self.legend.deleteLater()
            self.legend = None
        legend = chart.legend()
        if not legend.isVisible() or not legend.markers():  # a polar chart makes them later
            return
        items = [_legend_item(marker, self) for marker in legend.markers()]
        legend.hide()  # on screen only: a saved picture keeps it (see save)
        self.legend = WrappingRow(*items, stretch_first=False, parent=self)
        self._layout.insertWidget(2, self.legend)

    def show_table(self, on: bool) -> None:
        self.view.setVisible(not on)
        self.table.setVisible(on)
        if self.legend is not None:
            self.legend.setVisible(not on)

    def save(self, path: Path) -> None:
        """The chart as PNG, or as SVG when the name ends with .svg, at the size exports
        print it, its legend drawn in it."""
        chart = self.view.chart()
        legend = chart.legend()
        shown = legend.isVisible()
        legend.setVisible(shown or self.legend is not None)
        try:
            with drawn_at(chart) as picture:
                if path.suffix.lower() == ".svg":
                    generator = QSvgGenerator()
                    generator.setFileName(str(path))
                    generator.setSize(picture.size())
                    generator.setViewBox(QRect(0, 0, picture.width(), picture.height()))
                    generator.setTitle(chart.title())
                    painter = QPainter(generator)
                    picture.render(painter)
                    painter.end()
                elif not picture.grab().save(str(path), "PNG"):
                    raise OSError(f"cannot write {path}")
        finally:
            self.view.setChart(chart)
            legend.setVisible(shown)


def _legend_item(marker: QLegendMarker, parent: QWidget) -> QWidget:
    """A series' look (its colour with its dash or hatching) and its name, said in words."""
    item = QWidget(parent)
    line = QHBoxLayout(item)
    line.setContentsMargins(0, 0, 8, 0)
    side = item.fontMetrics().height()
    swatch = QPixmap(side * 2 if isinstance(marker.series(), QLineSeries) else side, side)
    swatch.fill(Qt.GlobalColor.transparent)
    painter = QPainter(swatch)
    series = marker.series()
    if isinstance(series, QLineSeries):
        painter.setPen(series.pen())
        painter.drawLine(0, side // 2, swatch.width(), side // 2)
    else:
        painter.fillRect(swatch.rect(), marker.brush())
        painter.setPen(marker.pen())
        painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1))
    painter.end()
    look = QLabel(item)
    look.setPixmap(swatch)
    line.addWidget(look)
    line.addWidget(QLabel(marker.label(), item))
    return item


class InsightsView(RefreshedWhenShown, Retranslatable, QWidget):
    status = Signal(str)

    def __init__(self, journal: Journal, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsView")
        self._journal = journal
        self._service = InsightsService(journal.experiments, journal.entries)
        self._charts = InsightCharts(journal.self_assessment.dimensions, self)
        self.insights: Insights | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("insightsHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.period = QComboBox(self)
        self.period.setObjectName("insightsPeriod")
        for key in PERIODS:
            self.period.addItem("", key)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period_label = QLabel(self)
        self.period_label.setBuddy(self.period)
        self.as_tables = QCheckBox(self)
        self.as_tables.setObjectName("asTables")
        self.as_tables.toggled.connect(self._show_tables)
        self.cards = {key: ChartCard(key, self) for key in CHARTS}
        for card in self.cards.values():
            card.save_button.clicked.connect(lambda _c=False, c=card: self._save(c))
        page = QWidget(self)
        self._grid = QGridLayout(page)
        self._columns = 0
        self._flow(2)
        scroll = scrolling(page, self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.as_tables)
        self._outer = QVBoxLayout(self)
        self._outer.addLayout(top)
        self._outer.addWidget(scroll, 1)
        self._texts()
        events.changed.connect(lambda _kind: self.refresh_when_shown())
        events.reloaded.connect(self.refresh_when_shown)

    def _flow(self, columns: int) -> None:
        """The charts in `columns` columns, in their order."""
        if columns == self._columns:
            return
        self._columns = columns
        for index, key in enumerate(CHARTS):
            self._grid.removeWidget(self.cards[key])
            self._grid.addWidget(self.cards[key], index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Two charts side by side when both keep their least width, else one under the other.
        margins = self._outer.contentsMargins() + self._grid.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = event.size().width() - margins.left() - margins.right() - scroll_bar
        card = max(card.minimumSizeHint().width() for card in self.cards.values())
        self._flow(2 if room >= 2 * card + self._grid.horizontalSpacing() else 1)

    def _texts(self) -> None:
        self.heading.setText(self.tr("Insights"))
        self.period_label.setText(self.tr("&Period:"))
        names = {"3m": self.tr("Last 3 months"), "12m": self.tr("Last 12 months"),
                 "year": self.tr("This year"), "all": self.tr("Since the start")}  # fmt: skip
        for row in range(self.period.count()):
            self.period.setItemText(row, names[self.period.itemData(row)])
        self.as_tables.setText(self.tr("Show as &tables"))
        self.as_tables.setToolTip(self.tr("The same figures as tables, for screen readers too"))
        for card in self.cards.values():
            card.save_button.setText(self.tr("Save…"))
            card.save_button.setToolTip(self.tr("Save this chart as a PNG or SVG image"))

    def retranslate_ui(self) -> None:
        self._texts()
        self.refresh_when_shown()  # the charts' words too

    def refresh_icons(self) -> None:
        """Charts take their colours from the theme when they are drawn again."""
        self.refresh_when_shown()

    # Period

    def span(self) -> tuple[date, date]:
        today = self._journal.prompts.today()
        chosen = self.period.currentData()
        if chosen == "3m":
            return today - timedelta(days=91), today
        if chosen == "year":
            return today.replace(month=1, day=1), today
        if chosen == "all":
            return min(self._service.first_day() or today, today), today
        return today - timedelta(days=364), today

    def refresh(self) -> None:
        first, last = self.span()
        self.insights = self._service.compute(first, last, self._journal.prompts.today())
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        for key, (chart, headers, rows, reading) in self._charts.draw(self.insights, dark).items():
            self.cards[key].set_content(chart, headers, rows, reading)
        self._show_tables(self.as_tables.isChecked())

    def _show_tables(self, on: bool) -> None:
        for card in self.cards.values():
            card.show_table(on)

    def _save(self, card: ChartCard) -> None:
        suggested = Path(self._journal.settings.get("export.folder") or Path.home())
        out = messages.save_file(
            self, self.tr("Save the chart"), suggested / f"coachapp-{card.key}.png",
            self.tr("PNG images (*.png);;SVG drawings (*.svg)"),
        )  # fmt: skip
        if out is None:
            return
        if out.suffix.lower() not in (".png", ".svg"):
            out = out.with_name(out.name + ".png")
        try:
            card.save(out)
        except OSError as exc:
            messages.error(self, self.tr("Cannot save the chart"), str(exc))
