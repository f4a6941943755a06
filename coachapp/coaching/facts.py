"""What the prompt engine knows of a journal on one day: plain values, no database, no Qt.

The services gather a `Facts` once per evaluation (a handful of queries); every rule then
reads from it, so all the rules together cost little more than the queries.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class EntryFact:
    uuid: str
    day: date
    kind: str
    title: str


@dataclass(frozen=True)
class PersonFact:
    uuid: str
    name: str
    kind: str
    since: date  # when they were added to the journal


@dataclass(frozen=True)
class RitualFact:
    """One meeting marked as held."""

    ritual_uuid: str
    title: str
    method_key: str
    day: date
    groups: frozenset[str]  # stakeholder groups present (agents, usagers, elected...)
    actions: int  # follow-up actions recorded for it
    debriefed: bool  # a journal entry links to the ritual on or after the day


@dataclass(frozen=True)
class DelegationFact:
    uuid: str
    area: str
    delegate: str  # a person's name or a team
    person_uuid: str | None
    level: int
    target_level: int
    next_checkin: date | None
    level_since: date  # the day the current level was set
    recent_went: tuple[str, ...]  # the latest check-ins' "how it went", newest first


@dataclass(frozen=True)
class SkillActionFact:
    skill_uuid: str
    skill: str
    person_uuid: str
    person: str
    description: str
    due: date


@dataclass(frozen=True)
class ExperimentFact:
    uuid: str
    title: str
    status: str
    created: date
    starts_on: date | None
    review_on: date | None
    concluded_on: date | None
    outcome: str | None


@dataclass(frozen=True)
class Facts:
    today: date
    entries: tuple[EntryFact, ...] = ()  # oldest first
    agents: tuple[PersonFact, ...] = ()  # active agents
    last_one_to_one: dict[str, date] = field(default_factory=dict)  # agent UUID -> day
    last_contact: dict[str, date] = field(default_factory=dict)  # person kind -> day
    learning_tags: tuple[tuple[date, str], ...] = ()  # (day, tag) on mistakes and incidents
    rituals: tuple[RitualFact, ...] = ()  # held meetings, oldest first
    delegations: tuple[DelegationFact, ...] = ()  # active ones
    overdue_actions: tuple[SkillActionFact, ...] = ()
    interpersonal_skills: int = 0  # skills of that kind in current plans
    experiments: tuple[ExperimentFact, ...] = ()
    pillar_counts: dict[str, int] = field(default_factory=dict)  # entries per pillar, 90 days
    _days: dict[str, list[date]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            self._days.setdefault(entry.kind, []).append(entry.day)
        for days in self._days.values():
            days.sort()

    def count(self, kinds: tuple[str, ...], start: date, end: date | None = None) -> int:
        """Entries of these kinds (any kind when empty) from `start` to `end` (today by
        default), both included."""
        last = end or self.today
        return sum(
            bisect_right(days, last) - bisect_left(days, start)
            for kind, days in self._days.items()
            if not kinds or kind in kinds
        )

    def last(self, kinds: tuple[str, ...] = ()) -> date | None:
        """The latest day with an entry of these kinds (any kind when empty), up to today."""
        found: list[date] = []
        for kind, days in self._days.items():
            if kinds and kind not in kinds:
                continue
            upto = bisect_right(days, self.today)
            if upto:
                found.append(days[upto - 1])
        return max(found, default=None)

    def first_day(self) -> date | None:
        """The journal's first entry: rules do not judge a period before it began."""
        return min((days[0] for days in self._days.values() if days), default=None)
