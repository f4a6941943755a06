"""The portfolio at a glance: one row per coachee, from the facts of their latest export (the
last period: the eight weeks before it), their sessions and the feedback sent to them; and the
reasons a coachee may need attention, which give the "needs attention" order.

It reads one small facts document per coachee, never an export whole.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from coachapp.clock import Clock
from coachapp.coaching.questions import PILLARS
from coachapp.services.coaching.portfolio import Portfolio
from coachapp.storage.portfolio.models import Coachee, Session, StoredExport, WrittenFile
from coachapp.timezones import local_zone

PERIOD_DAYS = 56  # the last period: eight weeks before the latest export
STALE_DAYS = 42  # no export for six weeks
NO_SESSION_DAYS = 42
QUIET_PER_WEEK = 1.0
NARROW_PILLARS = 4  # fewer pillars than this written about in the last period
# How much each reason weighs in the "needs attention" order.
WEIGHTS = {"no_export": 4, "stale": 3, "self_down": 3, "quiet": 2, "no_session": 2,
           "narrow": 1, "feedback_waiting": 1}  # fmt: skip


@dataclass(frozen=True)
class Attention:
    key: str  # a key of WEIGHTS
    value: Any = None  # days, points, entries per week, pillars, files: what the words say


@dataclass(frozen=True)
class OverviewRow:
    uuid: str
    name: str
    exports: int
    first_day: date | None  # the period the exports cover
    last_day: date | None
    last_export: datetime | None
    last_session: date | None
    next_session: date | None
    per_week: float | None  # entries a week over the last period
    pillars: dict[str, int] = field(default_factory=dict)  # entries per pillar, last period
    rituals_held: int = 0
    stakeholders: tuple[str, ...] = ()  # groups that took part in them
    moves_up: int = 0  # delegation level changes in the last period
    moves_down: int = 0
    concluded: int = 0  # experiments concluded in the last period
    lessons: tuple[str, ...] = ()  # what they taught
    trend: float | None = None  # mean self-rating, latest month against the one before
    open_feedback: int = 0  # feedback files the manager has not brought in yet
    attention: tuple[Attention, ...] = ()

    @property
    def score(self) -> int:
        return sum(WEIGHTS[reason.key] for reason in self.attention)

    @property
    def covered(self) -> int:
        return sum(1 for pillar in PILLARS if self.pillars.get(pillar))


class OverviewService:
    def __init__(self, clock: Clock, portfolio: Portfolio) -> None:
        self._clock = clock
        self._portfolio = portfolio

    def rows(self) -> list[OverviewRow]:
        """Every coachee, by name."""
        self._portfolio.open()
        today = self._clock.now().astimezone(local_zone()).date()
        exports: dict[int, list[StoredExport]] = {}
        query = StoredExport.select(
            StoredExport.id, StoredExport.coachee, StoredExport.exported_at,
            StoredExport.first_day, StoredExport.last_day,
        ).order_by(StoredExport.exported_at)  # fmt: skip
        for row in query:
            exports.setdefault(row.coachee_id, []).append(row)
        latest_ids = [rows[-1].id for rows in exports.values()]
        facts = {
            row.coachee_id: json.loads(row.facts)
            for row in StoredExport.select(StoredExport.coachee, StoredExport.facts).where(
                StoredExport.id.in_(latest_ids)
            )
        }
        sessions: dict[int, list[date]] = {}
        for session in Session.select(Session.coachee, Session.day):
            sessions.setdefault(session.coachee_id, []).append(date.fromisoformat(session.day))
        sent: dict[int, set[str]] = {}
        for written in WrittenFile.select(WrittenFile.coachee, WrittenFile.feedback_id).where(
            WrittenFile.kind == "feedback"
        ):
            sent.setdefault(written.coachee_id, set()).add(written.feedback_id)
        rows = [
            _row(coachee, exports.get(coachee.id, []), facts=facts.get(coachee.id),
                 sessions=sorted(sessions.get(coachee.id, [])), sent=sent.get(coachee.id, set()),
                 today=today)
            for coachee in Coachee.select(Coachee.id, Coachee.uuid, Coachee.name)
        ]  # fmt: skip
        return sorted(rows, key=lambda r: r.name.casefold())


def needing_attention(rows: list[OverviewRow]) -> list[OverviewRow]:
    """The rows most in need first: by weight of their reasons, then the longest silent."""
    oldest = datetime.min.replace(tzinfo=local_zone())
    return sorted(rows, key=lambda r: (-r.score, r.last_export or oldest, r.name.casefold()))


def _row(
    coachee: Coachee,
    exports: list[StoredExport],
    *,
    facts: dict[str, Any] | None,
    sessions: list[date],
    sent: set[str],
    today: date,
) -> OverviewRow:
    last_session = max((d for d in sessions if d <= today), default=None)
    next_session = min((d for d in sessions if d > today), default=None)
    firsts = [date.fromisoformat(e.first_day) for e in exports if e.first_day]
    lasts = [date.fromisoformat(e.last_day) for e in exports if e.last_day]
    base = OverviewRow(
        uuid=coachee.uuid, name=coachee.name, exports=len(exports),
        first_day=min(firsts, default=None), last_day=max(lasts, default=None),
        last_export=exports[-1].exported_at if exports else None,
        last_session=last_session, next_session=next_session, per_week=None,
    )  # fmt: skip
    if facts is None or not exports:
        return _with_reasons(base, today, sent, set())
    made = exports[-1].exported_at.astimezone(local_zone()).date()
    start = made - timedelta(days=PERIOD_DAYS)

    def in_period(day: str) -> bool:
        return start < date.fromisoformat(day) <= made

    weeks = {w: n for w, n in facts["entries_by_week"].items()
             if date.fromisoformat(w) + timedelta(days=6) > start}  # fmt: skip
    pillars: Counter[str] = Counter()
    for week in weeks:
        pillars.update(facts["pillars_by_week"].get(week, {}))
    held = [r for r in facts["rituals_held"] if in_period(r[0])]
    moves = [m for m in facts["level_moves"] if in_period(m[0])]
    concluded = [x for x in facts["experiments"]
                 if x[2] == "concluded" and x[4] and in_period(x[4])]  # fmt: skip
    row = replace(
        base,
        per_week=round(sum(weeks.values()) / (PERIOD_DAYS / 7), 1),
        pillars=dict(pillars),
        rituals_held=len(held),
        stakeholders=tuple(sorted({g for r in held for g in r[2]})),
        moves_up=sum(1 for m in moves if m[3] > m[2]),
        moves_down=sum(1 for m in moves if m[3] < m[2]),
        concluded=len(concluded),
        lessons=tuple(x[5] for x in concluded if x[5]),
        trend=_trend(facts["ratings"]),
    )
    return _with_reasons(row, today, sent, set(facts["feedback_in"]))


def _trend(ratings: list[list[Any]]) -> float | None:
    """The mean rating of the latest month rated, less the one of the month rated before."""
    by_month: dict[str, list[int]] = {}
    for month, _dimension, rating in ratings:
        by_month.setdefault(month, []).append(rating)
    months = sorted(by_month)
    if len(months) < 2:
        return None
    mean = {m: sum(by_month[m]) / len(by_month[m]) for m in months[-2:]}
    return round(mean[months[-1]] - mean[months[-2]], 1)


def _with_reasons(row: OverviewRow, today: date, sent: set[str], brought: set[str]) -> OverviewRow:
    reasons = []
    if row.last_export is None:
        reasons.append(Attention("no_export"))
    else:
        silent = (today - row.last_export.astimezone(local_zone()).date()).days
        if silent > STALE_DAYS:
            reasons.append(Attention("stale", silent))
    if row.trend is not None and row.trend < 0:
        reasons.append(Attention("self_down", row.trend))
    if row.per_week is not None and row.per_week < QUIET_PER_WEEK:
        reasons.append(Attention("quiet", row.per_week))
    if row.last_session is None or (today - row.last_session).days > NO_SESSION_DAYS:
        days = None if row.last_session is None else (today - row.last_session).days
        if row.next_session is None:
            reasons.append(Attention("no_session", days))
    if row.per_week is not None and row.covered < NARROW_PILLARS:
        reasons.append(Attention("narrow", row.covered))
    waiting = len(sent - brought)
    if waiting:
        reasons.append(Attention("feedback_waiting", waiting))
    ordered = tuple(sorted(reasons, key=lambda r: -WEIGHTS[r.key]))
    return replace(row, attention=ordered, open_feedback=waiting)
