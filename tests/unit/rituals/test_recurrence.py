"""Recurrence: local wall-clock times across DST, month ends, windows, and bad rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachapp.errors import ValidationError
from coachapp.services.rituals.recurrence import (
    Repeat,
    build_rule,
    normalise_rule,
    occurrences,
    week_of_month,
)

PARIS = ZoneInfo("Europe/Paris")


def expand(rule: str, start: datetime, days: int = 400) -> list[datetime]:
    window_start = start.replace(tzinfo=PARIS) - timedelta(hours=1)
    return occurrences(rule, start, PARIS, window_start, window_start + timedelta(days=days))


def test_weekly_meeting_keeps_its_local_time_across_dst() -> None:
    start = datetime(2026, 3, 17, 10, 0)  # Tuesday; clocks change on 29 March and 25 October
    found = expand("FREQ=WEEKLY;COUNT=34", start)
    assert len(found) == 34
    assert {moment.hour for moment in found} == {10}
    offsets = {moment.utcoffset() for moment in found}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}
    utc_hours = {moment.astimezone(UTC).hour for moment in found}
    assert utc_hours == {8, 9}


def test_monthly_on_the_31st_skips_short_months() -> None:
    found = expand("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=7", datetime(2026, 1, 31, 9, 0), days=500)
    assert [m.month for m in found] == [1, 3, 5, 7, 8, 10, 12]


def test_last_friday_of_the_month() -> None:
    start = datetime(2026, 1, 30, 14, 0)
    rule = build_rule(Repeat.MONTHLY_WEEKDAY, start, None, 12)
    assert rule == "FREQ=MONTHLY;BYDAY=-1FR;COUNT=12"
    found = expand(rule, start)
    assert all(m.weekday() == 4 and (m + timedelta(days=7)).month != m.month for m in found)


def test_second_tuesday_until_a_date() -> None:
    start = datetime(2026, 2, 10, 18, 30)
    assert week_of_month(start.date()) == 2
    rule = build_rule(Repeat.MONTHLY_WEEKDAY, start, date(2026, 6, 30), None)
    found = expand(rule, start)
    assert [m.day for m in found] == [10, 10, 14, 12, 9]
    assert found[-1] <= datetime(2026, 6, 30, 23, 59, 59, tzinfo=PARIS)


def test_fortnightly_and_a_window() -> None:
    start = datetime(2026, 1, 5, 9, 0)
    rule = build_rule(Repeat.FORTNIGHTLY, start, None, None)
    window = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)
    found = occurrences(rule, start, PARIS, *window)
    assert [m.day for m in found] == [2, 16, 30]


def test_a_single_ritual_has_one_occurrence() -> None:
    start = datetime(2026, 5, 4, 9, 0)
    assert expand("", start) == [start.replace(tzinfo=PARIS)]
    later = datetime(2027, 1, 1, tzinfo=UTC)
    assert occurrences("", start, PARIS, later, later + timedelta(days=5)) == []


@pytest.mark.parametrize(
    "rule",
    ["FREQ=SOMETIMES", "FREQ=HOURLY", "FREQ=WEEKLY;BYDAY=XX", "FREQ=WEEKLY;COUNT=abc",
     "DTSTART:20260101T000000;FREQ=DAILY", "FREQ=WEEKLY;UNTIL=20260101T000000Z", "banana",
     "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2"],
)  # fmt: skip
def test_rules_typed_wrong_get_a_clear_message(rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_rule(rule, datetime(2026, 1, 5, 9, 0))
    assert caught.value.field == "rrule"
    assert "rule" in str(caught.value) or "UNTIL" in str(caught.value)


def test_typed_rules_are_tidied() -> None:
    assert normalise_rule(" rrule: freq=weekly; interval=2 ", datetime(2026, 1, 5)) == (
        "FREQ=WEEKLY;INTERVAL=2"
    )
    assert normalise_rule("", datetime(2026, 1, 5)) == ""


@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31)),
    st.sampled_from([r for r in Repeat if r not in (Repeat.NONE, Repeat.CUSTOM)]),
    st.integers(min_value=1, max_value=40),
)
def test_built_rules_are_valid_and_start_on_the_start(
    start: datetime, repeat: Repeat, count: int
) -> None:
    start = start.replace(second=0, microsecond=0)
    rule = build_rule(repeat, start, None, count)
    assert normalise_rule(rule, start) == rule
    found = expand(rule, start, days=4000)
    assert found[0].replace(tzinfo=None) == start
    assert len(found) <= count
