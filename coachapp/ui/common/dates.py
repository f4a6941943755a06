"""Between Python's dates and Qt's, and days written the user's way."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from coachapp.i18n import long_day


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_text(day: date, *, long: bool = False) -> str:
    """`day` in the current language's short format, or spelt out with its weekday."""
    if long:
        return long_day(day, weekday=True)
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def heading_day(day: date) -> str:
    """`day` as a page's heading: "Monday 7 December 2026", capitalised in every language."""
    text = QLocale().toString(qdate(day), "dddd d MMMM yyyy")
    return text[:1].upper() + text[1:]
