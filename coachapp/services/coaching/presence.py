"""Whether the coach has a portfolio, known without opening it: the window asks at start-up,
before its first paint, whether to show the Coaching area."""

from __future__ import annotations

from coachapp.config import Paths


def has_portfolio(paths: Paths) -> bool:
    return paths.portfolio.exists() and paths.portfolio.stat().st_size > 0
