"""A chart on screen, made one way for Insights and the self-assessment.

The view is the chart's one tab stop, named and described by its owner (the chart's title and
its reading in words); the drawing surface Qt puts inside it is kept out of the focus, so that a
screen reader never lands on a second, nameless element with nothing in it.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget


def chart_view(parent: QWidget, chart: QChart | None = None) -> QChartView:
    view = QChartView(parent) if chart is None else QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    surface = view.viewport()
    surface.setFocusProxy(None)  # type: ignore[arg-type]  # None lets it go; else the view's policy follows
    surface.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return view
