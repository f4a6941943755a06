"""How the management practice evolves over a period, as figures a chart can draw: rituals and
who takes part, delegation levels and how they move, experiments and what they teach, the
journal's rhythm, the self-assessment, skill plan actions. Plain Python: the view only draws.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from coachapp.services.experiments.celebration import Behaviour, Result, celebration_grid
from coachapp.services.experiments.experiments import ExperimentService
from coachapp.services.journal.journal import JournalService
from coachapp.services.today.self_assessment import month_of, months_before
from coachapp.storage import insight_queries as queries
from coachapp.storage.database import db

GROUPS = ("agents", "usagers", "elected", "partners")  # whose presence the model asks for
LEVELS = range(1, 8)


@dataclass(frozen=True)
class RitualFigures:
    months: tuple[str, ...]  # "YYYY-MM", every month of the period
    per_month: dict[str, Counter[str]]  # month -> purpose -> meetings held
    held: int
    with_group: dict[str, int]  # stakeholder group -> meetings held with it

    def share(self, group: str) -> float:
        return self.with_group.get(group, 0) / self.held if self.held else 0.0


@dataclass(frozen=True)
class DelegationFigures:
    levels: dict[int, int]  # level -> active delegations at it, 1..7
    moved_up: int  # level changes in the period
    moved_down: int
    median_days_at_level: float | None  # stays at a level that ended in the period


@dataclass(frozen=True)
class ExperimentFigures:
    quarters: tuple[str, ...]  # "YYYY-Qn"
    started: dict[str, int]  # quarter -> experiments started
    concluded: dict[str, int]
    outcomes: Counter[str]  # validated / invalidated / inconclusive, concluded in the period
    grid: dict[tuple[str, str], int]  # (behaviour, result) -> count: the celebration grid
    median_days_to_learning: float | None


@dataclass(frozen=True)
class JournalFigures:
    weeks: tuple[date, ...]  # Mondays of the period
    per_week: dict[date, int]
    pillars: Counter[str]
    streak_weeks: int  # weeks in a row with an entry, up to the period's end
    mood: dict[date, float]  # week -> mean mood, where recorded
    energy: dict[date, float]


@dataclass(frozen=True)
class SelfAssessmentFigures:
    latest_month: str | None
    earlier_month: str | None  # three months before the latest
    latest: dict[str, int]
    earlier: dict[str, int]
    trends: dict[str, list[tuple[str, int]]]  # dimension -> (month, rating) over the period


@dataclass(frozen=True)
class SkillFigures:
    due: int  # actions due in the period
    done: int  # ...of which done
    overdue: int  # ...not done and already past


@dataclass(frozen=True)
class Insights:
    first: date
    last: date
    rituals: RitualFigures
    delegations: DelegationFigures
    experiments: ExperimentFigures
    journal: JournalFigures
    self_assessment: SelfAssessmentFigures
    skills: SkillFigures


class InsightsService:
    def __init__(self, experiments: ExperimentService, entries: JournalService) -> None:
        self._experiments = experiments
        self._entries = entries

    def first_day(self) -> date | None:
        """Where "since the start" begins: the oldest entry's day."""
        day = queries.first_day()
        return date.fromisoformat(day) if day else None

    def compute(self, first: date, last: date, today: date) -> Insights:
        """Every figure for the days from `first` to `last` (both included), read at once."""
        if last < first:
            raise ValueError("the period ends before it starts")
        with db.atomic():
            return Insights(
                first, last,
                rituals=_rituals(first, last),
                delegations=_delegations(first, last),
                experiments=self._experiment_figures(first, last),
                journal=_journal(first, last),
                self_assessment=_self_assessment(first, last),
                skills=_skills(first, last, today),
            )  # fmt: skip

    def _experiment_figures(self, first: date, last: date) -> ExperimentFigures:
        quarters = _quarters(first, last)
        started: Counter[str] = Counter()
        concluded: Counter[str] = Counter()
        outcomes: Counter[str] = Counter()
        spans = []
        for starts, ends, outcome in queries.experiment_dates():
            if starts and first <= date.fromisoformat(starts) <= last:
                started[_quarter(date.fromisoformat(starts))] += 1
            if ends and first <= (end := date.fromisoformat(ends)) <= last:
                concluded[_quarter(end)] += 1
                if outcome:
                    outcomes[outcome] += 1
                if starts:
                    spans.append((end - date.fromisoformat(starts)).days)
        grid = celebration_grid(self._experiments, self._entries, first, last)
        cells = {(b.value, r.value): grid.count(b, r) for b in Behaviour for r in Result}
        return ExperimentFigures(
            quarters, {q: started[q] for q in quarters}, {q: concluded[q] for q in quarters},
            outcomes, cells, statistics.median(spans) if spans else None,
        )  # fmt: skip


def _months(first: date, last: date) -> tuple[str, ...]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def _quarter(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def _quarters(first: date, last: date) -> tuple[str, ...]:
    found: list[str] = []
    for month in _months(first, last):
        quarter = _quarter(date.fromisoformat(month + "-01"))
        if quarter not in found:
            found.append(quarter)
    return tuple(found)


def _rituals(first: date, last: date) -> RitualFigures:
    months = _months(first, last)
    per_month: dict[str, Counter[str]] = {month: Counter() for month in months}
    with_group: Counter[str] = Counter()
    held = 0
    for day, purpose, groups in queries.rituals_held(first.isoformat(), last.isoformat()):
        held += 1
        per_month[day[:7]][purpose or "other"] += 1
        with_group.update(set(groups.split(",")) & set(GROUPS))
    return RitualFigures(months, per_month, held, dict(with_group))


def _delegations(first: date, last: date) -> DelegationFigures:
    counts = dict(queries.active_levels())
    up = down = 0
    stays: list[int] = []
    since: dict[int, date] = {}
    for delegation, started, changed, before, after in queries.level_history():
        day = date.fromisoformat(changed)
        previous = since.get(delegation, date.fromisoformat(started))
        since[delegation] = day
        if before is None or not first <= day <= last:
            continue
        up += after > before
        down += after < before
        stays.append((day - previous).days)
    return DelegationFigures(
        {level: counts.get(level, 0) for level in LEVELS}, up, down,
        statistics.median(stays) if stays else None,
    )  # fmt: skip


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _journal(first: date, last: date) -> JournalFigures:
    weeks = []
    week = _monday(first)
    while week <= last:
        weeks.append(week)
        week += timedelta(days=7)
    per_week: Counter[date] = Counter()
    moods: dict[date, list[int]] = {}
    energies: dict[date, list[int]] = {}
    for day, mood, energy in queries.entry_days(first.isoformat(), last.isoformat()):
        week = _monday(date.fromisoformat(day))
        per_week[week] += 1
        if mood is not None:
            moods.setdefault(week, []).append(mood)
        if energy is not None:
            energies.setdefault(week, []).append(energy)
    pillars = Counter(dict(queries.pillar_counts(first.isoformat(), last.isoformat())))
    return JournalFigures(
        tuple(weeks), {w: per_week[w] for w in weeks}, pillars, _streak(last),
        {w: statistics.fmean(v) for w, v in moods.items()},
        {w: statistics.fmean(v) for w, v in energies.items()},
    )  # fmt: skip


def _streak(last: date) -> int:
    """Weeks in a row with an entry, counted back from `last`'s week (or the week before, so
    that a Monday morning does not break a streak the week has not had time to extend)."""
    weeks = {_monday(date.fromisoformat(day)) for day in queries.days_written(last.isoformat())}
    week = _monday(last)
    if week not in weeks:
        week -= timedelta(days=7)
    streak = 0
    while week in weeks:
        streak += 1
        week -= timedelta(days=7)
    return streak


def _self_assessment(first: date, last: date) -> SelfAssessmentFigures:
    first_month, last_month = month_of(first), month_of(last)
    earliest = min(first_month, months_before(last_month, 3))
    by_month: dict[str, dict[str, int]] = {}
    for month, dimension, rating in queries.self_ratings(earliest, last_month):
        by_month.setdefault(month, {})[dimension] = rating
    latest = max(by_month, default=None)
    earlier = months_before(latest, 3) if latest else None
    trends: dict[str, list[tuple[str, int]]] = {}
    for month in sorted(by_month):
        if month >= first_month:
            for dimension, rating in by_month[month].items():
                trends.setdefault(dimension, []).append((month, rating))
    return SelfAssessmentFigures(
        latest, earlier, by_month.get(latest or "", {}), by_month.get(earlier or "", {}), trends
    )


def _skills(first: date, last: date, today: date) -> SkillFigures:
    actions = queries.skill_actions(first.isoformat(), last.isoformat())
    done = sum(status == "done" for status, _due in actions)
    overdue = sum(status != "done" and due < today.isoformat() for status, due in actions)
    return SkillFigures(len(actions), done, overdue)
