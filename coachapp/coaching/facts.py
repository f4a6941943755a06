"""What the prompt engine knows of a journal on one day: plain values, no database, no Qt.

The services gather a `Facts` once per evaluation (a handful of queries); every rule then
reads from it, so all the rules together cost little more than the queries.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from coachapp.coaching.quantities import Team
from coachapp.folding import fold


def tag_key(tag: str) -> str:
    """A tag as rules compare it: « Projet-de-territoire », « projet de territoire » and
    « projet_de_territoire » are one tag, whatever the case, accents and apostrophes."""
    return " ".join(fold(tag).replace("’", "'").replace("-", " ").replace("_", " ").split())


@dataclass(frozen=True)
class EntryFact:
    uuid: str
    day: date
    kind: str
    title: str
    tags: frozenset[str] = frozenset()  # as written; rules compare their tag_key
    people: frozenset[str] = frozenset()  # UUIDs of the people linked


@dataclass(frozen=True)
class PersonFact:
    uuid: str
    name: str
    kind: str
    since: date  # when they were added to the journal
    arrived: date | None = None  # when they joined the team, if the manager said


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
    delegate: str | Team  # a person's name, or a team
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
    """`entries` lists entries one by one (handy in tests); a journal's facts come instead as
    the days of its recent entries by kind, the last day of each kind, its first day and its
    latest change step, plus `detailed`: the recent entries of the kinds some rule reads one by
    one (with their tags and people), which do not count twice."""

    today: date
    entries: tuple[EntryFact, ...] = ()
    kind_days: dict[str, list[date]] = field(default_factory=dict)  # recent days, by kind
    last_by_kind: dict[str, date] = field(default_factory=dict)
    first_entry: date | None = None
    latest_change_step: EntryFact | None = None
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
    detailed: tuple[EntryFact, ...] = ()  # recent entries of the kinds read one by one
    tag_last: dict[str, date] = field(default_factory=dict)  # tag -> its latest day
    person_kinds: dict[str, str] = field(default_factory=dict)  # person UUID -> kind
    skill_holders: dict[str, int] = field(default_factory=dict)  # person kind -> people with
    # a skill in progress in their plan
    _days: dict[str, list[date]] = field(default_factory=dict, init=False, repr=False)
    _last: dict[str, date] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for kind, days in self.kind_days.items():
            self._days.setdefault(kind, []).extend(days)
        for entry in self.entries:
            self._days.setdefault(entry.kind, []).append(entry.day)
        for days in self._days.values():
            days.sort()
        self._last.update(self.last_by_kind)
        for kind, days in self._days.items():
            upto = bisect_right(days, self.today)
            if upto and (kind not in self._last or self._last[kind] < days[upto - 1]):
                self._last[kind] = days[upto - 1]
        steps = [e for e in self.entries if e.kind == "change_step"]
        if self.latest_change_step is None and steps:
            object.__setattr__(self, "latest_change_step", max(steps, key=lambda e: e.day))

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
        return max(
            (day for kind, day in self._last.items() if (not kinds or kind in kinds)
             and day <= self.today),
            default=None,
        )  # fmt: skip

    def recent(self, kinds: Iterable[str], start: date) -> list[EntryFact]:
        """The entries of these kinds from `start` to today, read one by one, oldest first."""
        wanted = set(kinds)
        return sorted(
            (e for e in (*self.entries, *self.detailed)
             if e.kind in wanted and start <= e.day <= self.today),
            key=lambda e: e.day,
        )  # fmt: skip

    def last_tagged(self, tags: Iterable[str]) -> date | None:
        """The latest day up to today of an entry carrying one of `tags` (any case, accents)."""
        wanted = {tag_key(tag) for tag in tags}
        days = [day for tag, day in self.tag_last.items() if tag_key(tag) in wanted]
        days += [e.day for e in self.entries if {tag_key(t) for t in e.tags} & wanted]
        return max((day for day in days if day <= self.today), default=None)

    def kind_of(self, person_uuid: str) -> str:
        """What a person is (agent, manager...): "" for someone not in the journal."""
        if person_uuid in self.person_kinds:
            return self.person_kinds[person_uuid]
        return next((a.kind for a in self.agents if a.uuid == person_uuid), "")

    def first_day(self) -> date | None:
        """The journal's first entry: rules do not judge a period before it began."""
        firsts = [days[0] for days in self._days.values() if days]
        if self.first_entry is not None:
            firsts.append(self.first_entry)
        return min(firsts, default=None)
