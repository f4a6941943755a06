"""The self-assessment over time: a radar of this month against three months ago, a line per
dimension over twelve months, and what is worth a look (a swing of two points, a dimension
low for three months)."""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QLineSeries,
    QPolarChart,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget

from coachapp.context import Journal
from coachapp.i18n import current_language
from coachapp.render.chart_parts import add_radar, month_label, tell_apart
from coachapp.services.today.self_assessment import Dimension, months_before
from coachapp.ui.common.chart_view import chart_view
from coachapp.ui.common.widgets import ToneLabel

MONTHS = 12


class SelfAssessmentChart(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfAssessmentChart")
        service = journal.self_assessment
        language = current_language() or "en"
        self.month = service.this_month()
        dimensions = service.dimensions
        names = {d.key: d.name.get(language, d.key) for d in dimensions}
        history = service.history(self.month, MONTHS)
        earlier = months_before(self.month, 3)

        self._build_radar(dimensions, history, earlier)
        self._build_trends(dimensions, names, history)
        self.notes = ToneLabel("muted", self)
        self.notes.setWordWrap(True)
        self.notes.setText(self._notes(names, service.swings(self.month),
                                       service.lingering_low(self.month)))  # fmt: skip
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        charts = QHBoxLayout()
        for chart in (self.radar, self.trends):
            chart.setTheme(
                QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
            )
            tell_apart(chart)
            view = chart_view(self, chart)
            view.setMinimumSize(380, 360)
            view.setAccessibleName(chart.title())
            view.setAccessibleDescription(self.notes.text())  # the charts' reading in words
            charts.addWidget(view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(charts, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Self-assessment over time"))
        self.resize(1100, 600)

    def _build_radar(
        self, dimensions: list[Dimension], history: dict[str, dict[str, int]], earlier: str
    ) -> None:
        """This month's ratings over those of three months ago, round the dimensions."""
        self.radar = QPolarChart()
        rounds = ((earlier, self.tr("3 months ago")), (self.month, self.tr("This month")))
        add_radar(
            self.radar,
            [d.key for d in dimensions],
            [(f"{title} ({month_label(month)})", history[month])
             for month, title in rounds if history.get(month)],
        )  # fmt: skip
        self.radar.setTitle(self.tr("This month and three months ago"))

    def _build_trends(
        self,
        dimensions: list[Dimension],
        names: dict[str, str],
        history: dict[str, dict[str, int]],
    ) -> None:
        """Each dimension's rating month by month (a click on its name hides it)."""
        self.trends = QChart()
        months = [months_before(self.month, n) for n in reversed(range(MONTHS))]
        axis_x = QCategoryAxis()
        axis_x.setRange(0, MONTHS - 1)
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for index in range((MONTHS - 1) % 3, MONTHS, 3):  # a label a quarter: they stay legible
            axis_x.append(month_label(months[index]), index)
        axis_y = QValueAxis()
        axis_y.setRange(1, 5)
        axis_y.setTickCount(5)
        axis_y.setLabelFormat("%d")
        self.trends.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.trends.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        self.lines: dict[str, QLineSeries] = {}
        for dimension in dimensions:
            series = QLineSeries()
            series.setName(f"{dimension.key} {names[dimension.key]}")
            for index, month in enumerate(months):
                value = history.get(month, {}).get(dimension.key)
                if value is not None:
                    series.append(index, value)
            self.trends.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
            self.lines[dimension.key] = series
        self.trends.setTitle(self.tr("Twelve months, one line per dimension"))
        self.trends.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        for marker in self.trends.legend().markers():  # a click on a name hides its line
            marker.clicked.connect(
                lambda m=marker: m.series().setVisible(not m.series().isVisible())
            )

    def _notes(self, names: dict[str, str], swings: dict[str, int], low: list[str]) -> str:
        lines = [
            self.tr("{name} moved by {change} points since last month: what changed?").format(
                name=names[key], change=f"{change:+d}"
            )
            for key, change in swings.items()
        ]
        lines += [
            self.tr("{name} has stayed at 2 or below for three months: a small step to try?")
            .format(name=names[key])
            for key in low
        ]  # fmt: skip
        if not lines:
            return self.tr("No big swing this month, and no dimension low for long.")
        return "<br>".join(html.escape(line) for line in lines)
