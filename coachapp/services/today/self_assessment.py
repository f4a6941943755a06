"""The monthly self-assessment on the dimensions of the management model: ratings from 1
to 5 against observable anchors, kept per month, with what changed and what lingers low."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, ValidationError
from coachapp.services.common.text import one_line
from coachapp.storage.database import db
from coachapp.storage.models import SelfRating
from coachapp.timezones import local_zone

SWING = 2  # a change of this many points in a month is worth a look
LOW, LOW_MONTHS = 2, 3  # a dimension at or below LOW for LOW_MONTHS months running


@dataclass(frozen=True)
class Dimension:
    key: str
    pillar: str
    name: dict[str, str]  # language -> name
    anchors: tuple[dict[str, str], ...]  # five, for ratings 1 to 5


@dataclass(frozen=True)
class Rating:
    value: int
    note: str = ""


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_before(month: str, count: int) -> str:
    year, number = int(month[:4]), int(month[5:]) - count
    while number < 1:
        year, number = year - 1, number + 12
    return f"{year:04d}-{number:02d}"


class SelfAssessmentService:
    def __init__(self, clock: Clock, grid: Path) -> None:
        self._clock = clock
        self._grid = grid
        self._dimensions: list[Dimension] | None = None

    @property
    def dimensions(self) -> list[Dimension]:
        if self._dimensions is None:
            document = json.loads(self._grid.read_text(encoding="utf-8"))
            self._dimensions = [
                Dimension(d["key"], d["pillar"], dict(d["name"]), tuple(d["anchors"]))
                for d in document["dimensions"]
            ]
        return self._dimensions

    def this_month(self) -> str:
        return month_of(self._clock.now().astimezone(local_zone()).date())

    def ratings(self, month: str) -> dict[str, Rating]:
        query = SelfRating.select().where(SelfRating.month == month)
        return {row.dimension: Rating(row.rating, row.note) for row in query}

    def save(self, month: str, ratings: dict[str, Rating]) -> None:
        """Keep the month's ratings (replacing that month's earlier ones), all or nothing."""
        known = {d.key for d in self.dimensions}
        for key, rating in ratings.items():
            if key not in known:
                raise ValueError(f"unknown dimension {key!r}")
            if not 1 <= rating.value <= 5:
                raise ValidationError(
                    key,
                    QT_TRANSLATE_NOOP("SelfAssessment", "Choose a rating from 1 to 5."),
                )
        now = self._clock.now()
        with db.atomic():
            SelfRating.delete().where(SelfRating.month == month).execute()
            for key, rating in ratings.items():
                SelfRating.create(month=month, dimension=key, rating=rating.value,
                                  note=one_line(rating.note), updated_at=now)  # fmt: skip

    def history(self, last: str, months: int = 12) -> dict[str, dict[str, int]]:
        """month -> dimension -> rating, for the `months` months ending with `last`."""
        first = months_before(last, months - 1)
        found: dict[str, dict[str, int]] = {}
        query = SelfRating.select().where(SelfRating.month.between(first, last))
        for row in query.order_by(SelfRating.month):
            found.setdefault(row.month, {})[row.dimension] = row.rating
        return found

    def swings(self, month: str) -> dict[str, int]:
        """Dimensions that moved by SWING points or more since the month before: the change."""
        now, before = self.ratings(month), self.ratings(months_before(month, 1))
        return {
            key: now[key].value - before[key].value
            for key in now
            if key in before and abs(now[key].value - before[key].value) >= SWING
        }

    def lingering_low(self, month: str) -> list[str]:
        """Dimensions at LOW or below for the last LOW_MONTHS months (this one included)."""
        history = self.history(month, LOW_MONTHS)
        months = [months_before(month, n) for n in range(LOW_MONTHS)]
        return [
            d.key for d in self.dimensions
            if all(history.get(m, {}).get(d.key, LOW + 1) <= LOW for m in months)
        ]  # fmt: skip
