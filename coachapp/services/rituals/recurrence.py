"""Repeating rituals with RFC 5545 rules, expanded in local wall-clock time.

A rule is stored as its RRULE text without DTSTART (for example
`FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20270630T235959`); occurrences are computed from the ritual's
local start and time zone, so "every Tuesday at 10:00" stays at 10:00 when clocks change, and
"monthly on the 31st" skips the shorter months, as the RFC says.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from coachapp.errors import QT_TRANSLATE_NOOP, ValidationError

ALLOWED_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
MAX_OCCURRENCES = 2000  # per expansion: a window of years of a daily ritual, no more
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Repeat(StrEnum):
    NONE = "none"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY_WEEKDAY = "monthly_weekday"  # e.g. the second Tuesday, or the last Friday
    MONTHLY_DAY = "monthly_day"  # e.g. the 15th
    CUSTOM = "custom"


def week_of_month(day: date) -> int:
    """1 to 4 for the first four weeks; -1 when `day` is the last such weekday of its month."""
    if (day + timedelta(days=7)).month != day.month:
        return -1
    return (day.day - 1) // 7 + 1


def build_rule(repeat: Repeat, start: datetime, until: date | None, count: int | None) -> str:
    """The RRULE text for a preset (empty for NONE; CUSTOM rules are typed, not built)."""
    parts = {
        Repeat.NONE: [],
        Repeat.WEEKLY: ["FREQ=WEEKLY"],
        Repeat.FORTNIGHTLY: ["FREQ=WEEKLY", "INTERVAL=2"],
        Repeat.MONTHLY_WEEKDAY: [
            "FREQ=MONTHLY",
            f"BYDAY={week_of_month(start.date()):+d}{WEEKDAYS[start.weekday()]}",
        ],
        Repeat.MONTHLY_DAY: ["FREQ=MONTHLY", f"BYMONTHDAY={start.day}"],
        Repeat.CUSTOM: [],
    }[repeat]
    if not parts:
        return ""
    if until is not None:
        parts.append("UNTIL=" + datetime.combine(until, time(23, 59, 59)).strftime("%Y%m%dT%H%M%S"))
    elif count is not None:
        parts.append(f"COUNT={count}")
    return ";".join(parts)


def normalise_rule(text: str, start: datetime) -> str:
    """Check a rule the manager typed (or built) and return it in stored form.

    Raises ValidationError with a plain message when it cannot be used; an empty text means
    the ritual does not repeat.
    """
    rule = "".join(text.split()).upper()
    if rule.startswith("RRULE:"):
        rule = rule[len("RRULE:") :]
    if not rule:
        return ""
    fields = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
    if "DTSTART" in rule or fields.get("FREQ") not in ALLOWED_FREQUENCIES:
        raise ValidationError(
            "rrule",
            QT_TRANSLATE_NOOP(
                "Recurrence",
                "This repetition rule is not valid: it needs FREQ=DAILY, WEEKLY, MONTHLY or "
                "YEARLY, and no DTSTART.",
            ),
        )
    if "UNTIL" in fields and fields["UNTIL"].endswith("Z"):
        raise ValidationError(
            "rrule",
            QT_TRANSLATE_NOOP(
                "Recurrence", "Give UNTIL in local time (without Z), for example 20271231T235959."
            ),
        )
    try:
        parsed = rrulestr(rule, dtstart=start.replace(tzinfo=None))
        first = next(iter(parsed), None)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise ValidationError(
            "rrule",
            QT_TRANSLATE_NOOP("Recurrence", "This repetition rule is not valid: {reason}"),
            reason=exc,
        ) from exc
    if first is None:
        raise ValidationError(
            "rrule",
            QT_TRANSLATE_NOOP("Recurrence", "This repetition rule gives no date at all."),
        )
    return rule


def first_occurrence(rule: str, start: datetime) -> datetime:
    """The first local start `rule` gives from `start` on (a valid, stored rule)."""
    first: datetime | None = next(iter(rrulestr(rule, dtstart=start)), None)
    return first or start


def occurrences(
    rule: str, start: datetime, zone: ZoneInfo, window_start: datetime, window_end: datetime
) -> list[datetime]:
    """Aware local starts of a ritual's occurrences in [window_start, window_end).

    `start` is the ritual's first start as a naive local time; a rule-less ritual has that one
    occurrence. The window is any aware instants.
    """
    local_start = window_start.astimezone(zone).replace(tzinfo=None)
    local_end = window_end.astimezone(zone).replace(tzinfo=None)
    margin = timedelta(days=1)  # local and absolute windows differ by the zone's offset
    if not rule:
        starts = [start] if local_start - margin <= start < local_end + margin else []
    else:
        expanded: rrule = rrulestr(rule, dtstart=start)
        starts = expanded.between(local_start - margin, local_end + margin, inc=True)[
            :MAX_OCCURRENCES
        ]
    aware = [moment.replace(tzinfo=zone) for moment in starts]
    return [moment for moment in aware if window_start <= moment < window_end]
