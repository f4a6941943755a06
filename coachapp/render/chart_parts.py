"""What the charts are built of: axes of whole numbers, bars, weekly lines, a radar of ratings,
series told apart by more than their colour, and a chart drawn at a picture's size (Insights,
and the self-assessment over time)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPolarChart,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen


def month_label(month: str, *, short: bool = False) -> str:
    """A "2026-11" month on an axis: "Nov 26", or "11/26" where many months share it."""
    shape = "MM/yy" if short else "MMM yy"
    return QLocale().toString(QDate(int(month[:4]), int(month[5:]), 1), shape)


def count_axis(top: float) -> QValueAxis:
    """A vertical axis of whole numbers from 0, with a round step: no "0 1 1 2" labels."""
    step = next(
        base * power for power in (1, 10, 100, 1000, 10_000) for base in (1, 2, 5)
        if max(top, 1) / (base * power) <= 6
    )  # fmt: skip
    axis = QValueAxis()
    axis.setRange(0, step * math.ceil(max(top, 1) / step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def add_bars(
    chart: QChart, series: QBarSeries | QStackedBarSeries, labels: list[str], top: float
) -> None:
    """`series` in `chart`, over `labels` (a few of them when there are many), up to `top`."""
    chart.addSeries(series)
    axis_x: QBarCategoryAxis | QCategoryAxis
    if len(labels) <= 8:
        axis_x = QBarCategoryAxis()
        axis_x.append(labels)
    else:  # a label every few bars: all of them would be cut short
        axis_x = QCategoryAxis()
        axis_x.setRange(-0.5, len(labels) - 0.5)
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        every = math.ceil(len(labels) / 6)
        for index in range(0, len(labels), every):
            axis_x.append(labels[index], index)
    axis_y = count_axis(top)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)


def add_lines(chart: QChart, lines: list[QLineSeries], weeks: Sequence[date], top: float) -> None:
    """`lines` in `chart`, week by week (about eight weeks named), up to `top`."""
    axis_x = QCategoryAxis()
    axis_x.setRange(0, max(len(weeks) - 1, 1))
    axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis_x.setLabelsAngle(-45)
    every = max(len(weeks) // 8, 1)  # about eight labels: they stay legible
    shape = "d MMM" if len(weeks) <= 20 else "MMM yy"
    shown: set[str] = set()
    for index in range(0, len(weeks), every):
        week = weeks[index]
        label = QLocale().toString(QDate(week.year, week.month, week.day), shape)
        if label not in shown:  # an axis label names one place only
            shown.add(label)
            axis_x.append(label, index)
    axis_y = count_axis(top)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for series in lines:
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)


def add_radar(
    chart: QPolarChart, keys: Sequence[str], rounds: Iterable[tuple[str, Mapping[str, int]]]
) -> None:
    """Ratings from 0 to 5 round `keys`: a closed line for each round of ratings (its name)."""
    angular = QCategoryAxis()
    angular.setRange(0, 360)
    angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = 360 / max(len(keys), 1)
    for index, key in enumerate(keys):
        angular.append(key, index * step)
    radial = QValueAxis()
    radial.setRange(0, 5)
    radial.setTickCount(6)
    radial.setLabelFormat("%d")
    chart.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
    chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
    for name, ratings in rounds:
        series = QLineSeries()
        series.setName(name)
        points = [QPointF(i * step, ratings.get(key, 0)) for i, key in enumerate(keys)]
        for point in [*points, QPointF(360, points[0].y())]:
            series.append(point)
        chart.addSeries(series)
        series.attachAxis(angular)
        series.attachAxis(radial)


# Series colours, 3:1 at least on the chart's background, the first two far apart in
# lightness as well as hue (two-series charts); a solid background to measure them against.
SERIES: dict[bool, tuple[str, ...]] = {
    False: ("#1f4e96", "#c25e00", "#2e7d32", "#8e3fa8", "#00707a", "#a8322a"),
    True: ("#8cc4ff", "#e07b00", "#7ddc7f", "#d69cff", "#5fd3d3", "#ff9d94"),
}
BACKGROUND = {False: "#ffffff", True: "#1f2225"}


def paint_series(chart: QChart, dark: bool) -> None:
    """`chart`'s series in `SERIES`, on `BACKGROUND` (Qt's chart themes fall under 3:1)."""
    chart.setBackgroundBrush(QColor(BACKGROUND[dark]))
    colours = SERIES[dark]
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            for number, bars in enumerate(series.barSets()):
                bars.setColor(QColor(colours[number % len(colours)]))
                bars.setBorderColor(QColor(colours[number % len(colours)]))
        elif isinstance(series, QLineSeries):
            series.setColor(QColor(colours[chart.series().index(series) % len(colours)]))


# The second, third… series of a chart: a dash or a hatching as well as a colour, so that two
# series stay apart in grey, printed, or for a reader who does not tell the hues apart.
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)  # fmt: skip
HATCHES = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.CrossPattern,
           Qt.BrushStyle.FDiagPattern, Qt.BrushStyle.DiagCrossPattern,
           Qt.BrushStyle.HorPattern)  # fmt: skip


def tell_apart(chart: QChart) -> None:
    """Give each line of `chart` its own dash (and its points, from the second on) and each
    set of bars its own hatching, over the colours its theme gave them (call after setTheme)."""
    lines = [series for series in chart.series() if isinstance(series, QLineSeries)]
    if len(lines) > 1:
        for number, series in enumerate(lines):
            pen = QPen(series.pen())
            pen.setStyle(DASHES[number % len(DASHES)])
            pen.setWidthF(max(pen.widthF(), 2.5))
            series.setPen(pen)
            series.setPointsVisible(number > 0)
    bar_series = [series for series in chart.series() if isinstance(series, QAbstractBarSeries)]
    for group in bar_series:
        if group.count() < 2:
            continue
        for number, bars in enumerate(group.barSets()):
            colour = bars.color()
            bars.setBrush(QBrush(colour, HATCHES[number % len(HATCHES)]))
            bars.setPen(QPen(colour, 1.5))


@contextmanager
def drawn_at(chart: QChart, width: int = 900, height: int = 520) -> Iterator[QChartView]:
    """`chart` in a view of its own at a picture's size (the size exports print it at); the
    chart leaves that view afterwards, for its owner to take back."""
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.resize(width, height)
    chart.resize(width, height)
    # Laid out at that size now, not when the event loop comes round (the legend would be
    # drawn as it was laid out for the smaller view, its names cut short).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    try:
        yield view
    finally:
        view.setChart(QChart())
