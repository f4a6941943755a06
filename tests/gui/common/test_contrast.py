"""Every colour pair of every theme, and every colour the code writes out, meets EN 301 549's
contrast (11.1.4.3, 11.1.4.11): text 4.5:1, graphics (grid lines, borders, stripes, series) 3:1.
A colour added anywhere in coachapp/ fails here until it is listed with what it is drawn on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCalendarWidget, QStyle, QStyleOption

import coachapp
from coachapp.render.chart_parts import BACKGROUND, SERIES
from coachapp.ui.common.app_style import AppStyle
from coachapp.ui.common.theme import (
    GRAPHIC,
    PAIRS,
    TEXT,
    THEMES,
    apply_theme,
    contrast,
    palette_for,
    tone,
)
from coachapp.ui.delegations.level_style import level_color
from coachapp.ui.experiments.experiment_board import STRIPES

SOURCES = Path(coachapp.__file__).parent
Role = QPalette.ColorRole
WHITE = "#ffffff"
DECORATIVE = 1.0  # a border the text reads as well without (EN 301 549 11.1.4.11's exception)
# Colours written out in exports, each with the paper it is printed on and its minimum.
FIXED: dict[str, dict[str, tuple[str, float]]] = {
    "render/pdf.py": {
        "#147a5c": (WHITE, TEXT), "#555555": (WHITE, TEXT), "#595959": (WHITE, TEXT),
    },
    "exchange/html_report.py": {
        "#1d1d1f": (WHITE, TEXT), "#147a5c": (WHITE, GRAPHIC), "#333": (WHITE, TEXT),
        "#555": (WHITE, TEXT), "#8c8c8c": (WHITE, GRAPHIC),
    },
    # The coach's preparation sheet: text, headings and their rule.
    "exchange/html_sheet.py": {
        "#1d1d1f": (WHITE, TEXT), "#147a5c": (WHITE, TEXT), "#555": (WHITE, TEXT),
    },
    # The guide's HTML files: text, and borders round pictures, cells, keys and the contents.
    "services/guide/pages.py": {
        "#222": (WHITE, TEXT), "#bbb": (WHITE, DECORATIVE), "#ccc": (WHITE, DECORATIVE),
        "#999": (WHITE, DECORATIVE),
    },
}  # fmt: skip
# Files whose colours the tests below check through the code that uses them.
CHECKED_IN_CODE = {
    "ui/common/theme.py", "render/chart_parts.py", "ui/delegations/level_style.py",
    "ui/experiments/experiment_board.py",
}  # fmt: skip
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def test_every_pair_of_every_theme_meets_its_minimum() -> None:
    failing = []
    for theme in THEMES:
        palette = palette_for(theme)
        for foreground, background, minimum in PAIRS:
            front = palette.color(foreground) if isinstance(foreground, Role) else tone(
                palette, foreground
            )  # fmt: skip
            ratio = contrast(front, palette.color(background))
            if ratio < minimum:
                failing.append(f"{theme}: {foreground} on {background.name}: {ratio:.2f}")
    assert not failing


def test_grid_lines_are_drawn_in_a_colour_that_shows(qapp: QApplication) -> None:
    style = AppStyle(lambda palette: tone(palette, "weekend"))
    for theme in THEMES:
        option = QStyleOption()
        option.palette = palette_for(theme)
        grid = QColor.fromRgba(
            style.styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option) & 0xFFFFFFFF
        )
        assert contrast(grid, option.palette.color(Role.Base)) >= GRAPHIC, theme


def test_weekends_in_every_calendar_follow_the_theme(qapp: QApplication, qtbot: QtBot) -> None:
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.show()
    try:
        for mode in ("light", "dark", "contrast"):
            apply_theme(qapp, mode)
            weekend = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
            ratio = contrast(weekend, qapp.palette().color(Role.Base))
            assert ratio >= TEXT, (mode, weekend.name())
    finally:
        apply_theme(qapp, "light")


def test_level_colours_read_as_text_in_every_theme() -> None:
    for theme in THEMES:
        palette = palette_for(theme)
        for level in range(1, 8):
            for background in (Role.Window, Role.Base, Role.AlternateBase):
                ratio = contrast(level_color(level, palette), palette.color(background))
                assert ratio >= TEXT, (theme, level, background.name)


def test_experiment_stripes_show_on_their_card() -> None:
    for theme in THEMES:
        palette = palette_for(theme)
        card = palette.color(Role.Window)
        for key, value in STRIPES[card.lightness() < 128].items():
            assert contrast(QColor(value), card) >= GRAPHIC, (theme, key)


def test_chart_series_show_on_the_chart() -> None:
    for dark, colours in SERIES.items():
        for value in colours:
            ratio = contrast(QColor(value), QColor(BACKGROUND[dark]))
            assert ratio >= GRAPHIC, (dark, value)


@pytest.mark.parametrize(("path", "colours"), FIXED.items())
def test_colours_of_the_exports_read_on_paper(
    path: str, colours: dict[str, tuple[str, float]]
) -> None:
    written = {c.lower() for c in HEX.findall((SOURCES / path).read_text(encoding="utf-8"))}
    assert written == set(colours), "list each colour with what it is drawn on"
    for value, (paper, minimum) in colours.items():
        assert contrast(QColor(value), QColor(paper)) >= minimum, value


def test_no_colour_is_written_anywhere_else() -> None:
    named = re.compile(r"color:\s*(?!inherit|\{)[a-z]+|GlobalColor\.(?!transparent)\w+")
    strays = []
    for source in SOURCES.rglob("*.py"):
        path = source.relative_to(SOURCES).as_posix()
        text = source.read_text(encoding="utf-8")
        if path not in FIXED and path not in CHECKED_IN_CODE and HEX.search(text):
            strays.append(f"{path}: {HEX.findall(text)}")
        strays += [f"{path}: {m.group(0)}" for m in named.finditer(text)]
    assert not strays
