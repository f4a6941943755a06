"""The coach's workspace in one object: the portfolio file and the use cases over it, built the
same way for the window (from the open journal) and for the `coachapp coaching` commands (which
never open the journal)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coachapp.clock import Clock
from coachapp.config import Paths
from coachapp.resources import resource_path
from coachapp.services.coaching.erasure import ErasureService
from coachapp.services.coaching.overview import OverviewService
from coachapp.services.coaching.portfolio import Portfolio
from coachapp.services.coaching.preparation import PreparationService
from coachapp.services.coaching.reviews import ReviewService
from coachapp.services.coaching.sessions import SessionService
from coachapp.services.coaching.store import PortfolioStore


@dataclass
class Coaching:
    store: PortfolioStore
    portfolio: Portfolio
    sessions: SessionService
    reviews: ReviewService
    overview: OverviewService
    preparation: PreparationService
    erasure: ErasureService

    def close(self) -> None:
        self.store.close()


def coaching_workspace(
    paths: Paths,
    clock: Clock,
    key: bytes | None,
    own_journal_id: Callable[[], str | None],
    keep: int = 10,
) -> Coaching:
    """The workspace over the portfolio in `paths` (opened on first use)."""
    store = PortfolioStore(paths, clock, key, keep)
    portfolio = Portfolio(store, own_journal_id)
    sessions = SessionService(clock, portfolio)
    return Coaching(
        store=store,
        portfolio=portfolio,
        sessions=sessions,
        reviews=ReviewService(clock, portfolio),
        overview=OverviewService(clock, portfolio),
        preparation=PreparationService(
            clock, portfolio, sessions, resource_path("coaching", "questions.json")
        ),
        erasure=ErasureService(clock, portfolio, paths.reviews),
    )
