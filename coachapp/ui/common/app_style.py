"""Fusion with the app's corrections (`AppStyle`), and the calendars' weekend colour.

Apart from `theme` (which gives it the weekend colour) because what it needs from Qt (QStyle,
its options, the calendar) makes PySide build their types and enums (~8 ms): the window's
frame paints with plain Fusion first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)


class AppStyle(QProxyStyle):
    """Fusion, with the labels of the tabs behind drawn where accents fit, and grid lines in
    the palette's Mid (Fusion's own are lighter than 3:1).

    Fusion lowers those labels by two pixels and clips the accent of a capital letter, so
    « Échouer » read « Echouer » on every tab not in front.
    """

    def __init__(self, weekend: Callable[[QPalette], QColor]) -> None:
        """`weekend`: the weekend colour for a palette (the theme's)."""
        super().__init__(QStyleFactory.create("Fusion"))
        self._weekend = weekend

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_Table_GridLineColor:
            palette = option.palette if option is not None else QApplication.palette()
            rgba = palette.color(QPalette.ColorRole.Mid).rgba()  # read back as an unsigned QRgb
            return rgba - (1 << 32) if rgba >= 1 << 31 else rgba
        return super().styleHint(hint, option, widget, returnData)

    def polish(self, target: QWidget | QApplication | QPalette) -> None:  # type: ignore[override]
        """Qt's one virtual for three kinds of object: calendars get their weekend colour."""
        super().polish(target)
        if isinstance(target, QCalendarWidget):
            mark_weekends(target, self._weekend(target.palette()))


def mark_weekends(calendar: QCalendarWidget, colour: QColor) -> None:
    """Weekends in the theme's weekend colour (Qt's plain red is under 4.5:1 on both)."""
    weekend = QTextCharFormat()
    weekend.setForeground(colour)
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, weekend)
