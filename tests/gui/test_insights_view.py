"""The Insights area draws every chart on the large demo journal, reads them out as tables,
and saves a chart as PNG and SVG."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.services.demo import DemoService, DemoSize
from coachapp.ui import messages
from coachapp.ui.insight_charts import CHARTS
from coachapp.ui.insights_view import InsightsView
from coachapp.ui.main_window import MainWindow


@pytest.mark.slow
def test_every_chart_on_the_large_demo(
    window: MainWindow, qtbot: QtBot, journal: Journal, clock: FixedClock, *, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    DemoService(clock, journal.methods.library).fill(DemoSize.LARGE, seed=3)
    window.show_area(window.stack.indexOf(window.insights_area))
    view = window.insights_area.view
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
