"""The Insights area draws every chart on the large demo journal, reads them out as tables,
and saves a chart as PNG and SVG."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.render.charts import CHARTS
from coachapp.ui.common import messages
from coachapp.ui.insights.insights_view import InsightsView
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.doors import Dialogs, choose_file


@pytest.mark.slow
def test_every_chart_on_the_large_demo(
    window: MainWindow, qtbot: QtBot, journal: Journal, clock: FixedClock, *, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    DemoService(clock, journal.methods.library).fill(DemoSize.LARGE, seed=3)
    window.show_area(window.stack.indexOf(window.insights_view))
    view = window.insights_view
    assert isinstance(view, InsightsView)
    for key in CHARTS:
        card = view.cards[key]
        chart = card.view.chart()
        assert chart.title() and card.reading.text(), key
        assert card.table.rowCount() > 0 or key == "mood", key
    assert chart.series()  # the last one (skills) has its bars
    figures = view.insights
    assert figures is not None and figures.rituals.held > 0
    assert sum(figures.journal.per_week.values()) > 1000
    assert view.cards["rituals"].reading.text().startswith(f"{figures.rituals.held} meetings held")

    view.as_tables.click()
    assert view.cards["levels"].table.isVisible() and not view.cards["levels"].view.isVisible()
    view.as_tables.setChecked(False)

    view.period.setCurrentIndex(view.period.findData("all"))
    assert view.insights is not None and view.insights.first < figures.first

    for name in ("levels.png", "levels.svg"):
        monkeypatch.setattr(messages, "save_file", lambda *_a, n=name: tmp_path / n)
        qtbot.mouseClick(view.cards["levels"].save_button,
                         Qt.MouseButton.LeftButton)  # fmt: skip
        assert (tmp_path / name).stat().st_size > 1000
    assert (tmp_path / "levels.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_a_charts_series_are_named_in_full_below_it_and_saved_with_it(
    window: MainWindow, qtbot: QtBot, journal: Journal, clock: FixedClock, *, tmp_path: Path,
    dialogs: Dialogs,
) -> None:  # fmt: skip
    """QtCharts cuts legend names short in a narrow chart; the names below it wrap instead."""
    DemoService(clock, journal.methods.library).fill(DemoSize.SMALL, seed=3)
    window.resize(1100, 720)
    window.act_areas[window.areas.index("insights")].trigger()
    view = window.insights_view
    assert isinstance(view, InsightsView)
    card = view.cards["rituals"]
    assert card.legend is not None and card.legend.isVisible()
    assert not card.view.chart().legend().isVisible()
    names = [label for label in card.legend.findChildren(QLabel) if label.text()]
    legend = card.view.chart().legend()
    assert [label.text() for label in names] == [m.label() for m in legend.markers()]
    qtbot.waitUntil(  # once the lines are laid out: each name whole
        lambda: all(
            label.width() >= label.fontMetrics().horizontalAdvance(label.text()) for label in names
        )
    )
    qtbot.mouseClick(view.as_tables, Qt.MouseButton.LeftButton)
    assert not card.legend.isVisible()  # the table names them
    qtbot.mouseClick(view.as_tables, Qt.MouseButton.LeftButton)
    saved = tmp_path / "rituals.svg"
    with dialogs.expecting(choose_file(saved)):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert all(label.text() in saved.read_text(encoding="utf-8") for label in names)
    assert not card.view.chart().legend().isVisible()


def test_two_series_differ_by_more_than_colour_and_charts_read_in_words(
    window: MainWindow, qtbot: QtBot, journal: Journal, clock: FixedClock
) -> None:
    DemoService(clock, journal.methods.library).fill(DemoSize.SMALL, language="en")
    window.show_area(window.stack.indexOf(window.insights_view))
    view = window.insights_view
    assert isinstance(view, InsightsView)
    mood = [s for s in view.cards["mood"].view.chart().series() if isinstance(s, QLineSeries)]
    assert len({line.pen().style() for line in mood}) == len(mood) == 2  # a dash each
    bars = view.cards["experiments"].view.chart().series()[0]
    assert isinstance(bars, QBarSeries)
    started, concluded = bars.barSets()
    assert started.brush().style() != concluded.brush().style()  # a hatching each
    for card in view.cards.values():  # the chart and its table say what it shows in words
        for alternative in (card.view, card.table):
            assert alternative.accessibleName() == card.view.chart().title()
            assert alternative.accessibleDescription() == card.reading.text() != ""


def test_tab_stops_on_each_chart_once_never_on_its_drawing_surface(
    window: MainWindow, qtbot: QtBot, journal: Journal, clock: FixedClock
) -> None:
    """A screen reader lands on the chart, named and described, not on a nameless surface."""
    DemoService(clock, journal.methods.library).fill(DemoSize.SMALL, language="en")
    window.show()
    window.show_area(window.stack.indexOf(window.insights_view))
    view = window.insights_view
    reached: list[QWidget | None] = []
    first = view.period
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    charts = [card.view for card in view.cards.values()]
    assert all(reached.count(chart) >= 1 for chart in charts)
    surfaces = {chart.viewport() for chart in charts}
    assert not surfaces & set(reached)
    assert all(s.focusPolicy() == Qt.FocusPolicy.NoFocus for s in surfaces)
