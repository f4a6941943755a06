"""Demo delegations with their level histories and check-ins, poker rounds, and skill plans."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from coachapp.clock import FixedClock
from coachapp.demo.growth_content import GROWTH_TEXT
from coachapp.services.delegations.delegation_levels import next_checkin
from coachapp.services.delegations.delegations import (
    AreaKind,
    DelegationDraft,
    DelegationRecord,
    DelegationService,
    DelegationStatus,
    Went,
)
from coachapp.services.delegations.poker import Card, PokerService
from coachapp.services.people.people import PeopleService, PersonKind, PersonRecord
from coachapp.services.people.skills import (
    ActionKind,
    ActionStatus,
    PlanAction,
    Provider,
    SkillDraft,
    SkillKind,
    SkillService,
)
from coachapp.timezones import local_zone

WENT_NOTES = {Went.WELL: "notes_well", Went.MIXED: "notes_mixed", Went.DIFFICULT: "notes_difficult"}


@dataclass(frozen=True)
class GrowthReport:
    delegations: int
    checkins: int
    skills: int


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0), local_zone())


def fill_growth(
    rng: random.Random,
    *,
    end: datetime,
    people: PeopleService,
    staff: list[PersonRecord],
    span: timedelta,
    language: str,
) -> GrowthReport:
    """Write delegations, check-ins, poker rounds and skill plans over the `span` before `end`."""
    text = GROWTH_TEXT.get(language, GROWTH_TEXT["fr"])
    clock = FixedClock(end)
    delegations = DelegationService(clock, people)
    agents = [p for p in staff if p.kind is PersonKind.AGENT and p.active and p.deleted_at is None]
    made, checkins = _delegations(
        rng, text, clock=clock, delegations=delegations, agents=agents, span=span
    )
    _poker_rounds(rng, text, clock=clock, delegations=delegations, agents=agents, made=made)
    clock.set(end)
    skills = _skill_plans(rng, text, SkillService(clock, people), agents)
    return GrowthReport(delegations=len(made), checkins=checkins, skills=skills)


def _delegations(
    rng: random.Random,
    text: dict[str, Any],
    *,
    clock: FixedClock,
    delegations: DelegationService,
    agents: list[PersonRecord],
    span: timedelta,
) -> tuple[list[DelegationRecord], int]:
    """Each area delegated some months ago, checked in on since, its level moving on."""
    end = clock.now()
    today = delegations.today()
    teams = sorted({p.team for p in agents if p.team}) or list(text["teams"])
    made, checkins = [], 0
    days = max(60, min(span.days, 540))
    for number, (area, kind, level, target) in enumerate(text["areas"]):
        started = today - timedelta(days=rng.randint(45, days))
        clock.set(_noon(started))
        to_team = rng.random() < 0.2 or not agents
        record = delegations.create(
            DelegationDraft(
                area=area,
                level=level,
                target_level=target,
                started_on=started,
                person_uuid=None if to_team else rng.choice(agents).uuid,
                team=rng.choice(teams) if to_team else "",
                area_kind=AreaKind(kind),
                notes=rng.choice(text["delegation_notes"]) if rng.random() < 0.5 else "",
            )
        )
        made.append(record)
        current, day = level, started
        stop = today - timedelta(days=rng.choice((0, 0, 0, 12, 25)))  # some fall behind
        while True:
            day = next_checkin(day, current) + timedelta(days=rng.randint(-2, 3))
            if day > stop:
                break
            clock.set(_noon(day))
            went = rng.choices(list(Went), weights=(6, 3, 1))[0]
            step = 0
            if current != target and went is Went.WELL and rng.random() < 0.18:
                step = 1 if target > current else -1
            elif current > target and rng.random() < 0.3:
                step = -1
            reasons = text["change_reasons_up" if step > 0 else "change_reasons_down"]
            note = rng.choice(reasons) if step else rng.choice(text[WENT_NOTES[went]])
            delegations.check_in(record.uuid, day=day, level=current + step, went=went, note=note)
            current += step
            checkins += 1
        if number % 6 == 5:
            clock.set(end)
            delegations.set_status(
                record.uuid,
                DelegationStatus.COMPLETED if current == target else DelegationStatus.WITHDRAWN,
            )
    return made, checkins


def _poker_rounds(
    rng: random.Random,
    text: dict[str, Any],
    *,
    clock: FixedClock,
    delegations: DelegationService,
    agents: list[PersonRecord],
    made: list[DelegationRecord],
) -> None:
    poker = PokerService(clock, delegations)
    today = delegations.today()
    for number, case in enumerate(text["poker_cases"][:4]):
        players = rng.sample(agents, k=min(len(agents), rng.randint(3, 6)))
        if not players or not made:
            return
        record = delegations.get(made[number * 3 % len(made)].uuid)
        base = record.draft.level
        cards = tuple(
            Card(p.name, max(1, min(7, base + rng.randint(-1, 2))), p.uuid) for p in players
        )
        low, high = sorted((base, record.draft.target_level))
        agreed = max(low, min(high, sorted(c.level for c in cards)[len(cards) // 2]))
        clock.set(_noon(today - timedelta(days=rng.randint(5, 40))))
        active = record.draft.status is DelegationStatus.ACTIVE
        poker.record(case, cards, agreed, delegation_uuid=record.uuid if active else None)


def _skill_plans(
    rng: random.Random, text: dict[str, Any], skills: SkillService, agents: list[PersonRecord]
) -> int:
    today = skills.today()
    count = 0
    for agent in rng.sample(agents, k=min(len(agents), 10)):
        for name, kind in rng.sample(list(text["skills"]), k=rng.randint(1, 3)):
            level = rng.randint(1, 3)
            due = today + timedelta(days=rng.randint(-60, 240))
            actions = []
            for action_kind, description, provider, provider_name in rng.sample(
                list(text["actions"]), k=rng.randint(1, 3)
            ):
                action_due = due - timedelta(days=rng.randint(0, 90))
                status = (
                    ActionStatus.DONE
                    if action_due < today
                    else rng.choice((ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))
                )
                actions.append(
                    PlanAction(ActionKind(action_kind), description, Provider(provider),
                               provider_name, action_due, status)
                )  # fmt: skip
            skills.create(
                SkillDraft(
                    person_uuid=agent.uuid,
                    name=name,
                    kind=SkillKind(kind),
                    level=level,
                    target_level=min(4, level + rng.randint(1, 2)),
                    due_on=due,
                    notes=rng.choice(text["skill_notes"]) if rng.random() < 0.5 else "",
                    actions=tuple(actions),
                )
            )
            count += 1
    return count
