"""Whether the coach has a portfolio, known without opening it: the window asks at start-up,
before its first paint, whether to show the Coaching area."""

from __future__ import annotations

from coachapp.config import Paths
from coachapp.storage.portfolio.database import FILE_NAME


def has_portfolio(paths: Paths) -> bool:
    path = paths.data / FILE_NAME
    return path.exists() and path.stat().st_size > 0
