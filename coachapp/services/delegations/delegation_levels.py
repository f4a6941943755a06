"""The seven levels of delegation and how closely each one is followed up.

From Management 3.0's delegation poker: 1-3 the manager decides (tells, sells, consults),
4 they decide together, 5-7 the delegate decides (after advice, telling afterwards, alone).
Follow-up is closer at the low levels and just after a level changed; the manager can set
their own cadence instead.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import IntEnum


class Level(IntEnum):
    TELL = 1
    SELL = 2
    CONSULT = 3
    AGREE = 4
    ADVISE = 5
    INQUIRE = 6
    DELEGATE = 7


# Days between check-ins at each level: weekly while the manager still decides, then spacing
# out as the delegate decides more on their own.
_CADENCE = {
    Level.TELL: 7,
    Level.SELL: 7,
    Level.CONSULT: 14,
    Level.AGREE: 14,
    Level.ADVISE: 21,
    Level.INQUIRE: 30,
    Level.DELEGATE: 45,
}
FIRST_AFTER_CHANGE = 7  # days: the first check-in after a level changed comes within a week
MAX_CADENCE = 366


def suggested_cadence(level: int) -> int:
    """Days between check-ins suggested at `level`."""
    return _CADENCE[Level(level)]


def next_checkin(
    last: date, level: int, cadence: int | None = None, *, level_changed: bool = False
) -> date:
    """When to check in next after `last` (a check-in, the start, or a level change).

    `cadence` is the manager's own (None: the suggestion for `level`). Right after a level
    changed the next check-in comes sooner, never later than the usual one.
    """
    days = cadence if cadence is not None else suggested_cadence(level)
    if level_changed:
        days = min(days, FIRST_AFTER_CHANGE)
    return last + timedelta(days=days)
