"""Demo delegations with their level histories and check-ins, Delegation Poker rounds, and
agents' skill plans (words from delegations.json and skills.json)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from coachapp.clock import FixedClock
from coachapp.demo.run import DemoRun, at
from coachapp.demo.texts import DelegationsText, SkillsText, read_text
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
from coachapp.services.people.people import PersonRecord
from coachapp.services.people.skills import (
    ActionKind,
    ActionStatus,
    PlanAction,
    Provider,
    SkillDraft,
    SkillKind,
    SkillService,
)


@dataclass(frozen=True)
class GrowthReport:
    delegations: int
    checkins: int
    skills: int


def fill_growth(run: DemoRun) -> GrowthReport:
    """Write delegations, check-ins, poker rounds and skill plans over the run's span."""
    rng = run.rng
    text: DelegationsText = read_text("delegations", run.language)
    clock = FixedClock(run.end)
    delegations = DelegationService(clock, run.people)
    agents = run.agents()
    teams = sorted({p.team for p in agents if p.team}) or run.teams
    made, checkins = _delegations(
        rng, text, clock=clock, delegations=delegations, agents=agents, teams=teams, span=run.span
    )
    _poker_rounds(rng, text, clock=clock, delegations=delegations, agents=agents, made=made)
    clock.set(run.end)
    skills: SkillsText = read_text("skills", run.language)
    count = _skill_plans(rng, skills, SkillService(clock, run.people), agents)
    return GrowthReport(delegations=len(made), checkins=checkins, skills=count)


def _delegations(
    rng: random.Random,
    text: DelegationsText,
    *,
    clock: FixedClock,
    delegations: DelegationService,
    agents: list[PersonRecord],
    teams: list[str],
    span: timedelta,
) -> tuple[list[DelegationRecord], int]:
    """Each area delegated some months ago, checked in on since, its level moving on."""
    end = clock.now()
    today = delegations.today()
    made, checkins = [], 0
    days = max(60, min(span.days, 540))
    for number, area in enumerate(text["areas"]):
        level, target = area["level"], area["target"]
        started = today - timedelta(days=rng.randint(45, days))
        clock.set(at(started, 12))
        to_team = rng.random() < 0.2 or not agents
        record = delegations.create(
            DelegationDraft(
                area=area["area"],
                level=level,
                target_level=target,
                started_on=started,
                person_uuid=None if to_team else rng.choice(agents).uuid,
                team=rng.choice(teams) if to_team else "",
                area_kind=AreaKind(area["kind"]),
                notes=rng.choice(text["notes"]) if rng.random() < 0.5 else "",
            )
        )
        made.append(record)
        current, day = level, started
        stop = today - timedelta(days=rng.choice((0, 0, 0, 12, 25)))  # some fall behind
        while True:
            day = next_checkin(day, current) + timedelta(days=rng.randint(-2, 3))
            if day > stop:
                break
            clock.set(at(day, 12))
            went = rng.choices(list(Went), weights=(6, 3, 1))[0]
            step = 0
            if current != target and went is Went.WELL and rng.random() < 0.18:
                step = 1 if target > current else -1
            elif current > target and rng.random() < 0.3:
                step = -1
            reasons = text["level_up_reasons"] if step > 0 else text["level_down_reasons"]
            note = rng.choice(reasons) if step else rng.choice(text["check_ins"][went.value])
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
    text: DelegationsText,
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
        clock.set(at(today - timedelta(days=rng.randint(5, 40)), 12))
        active = record.draft.status is DelegationStatus.ACTIVE
        poker.record(case, cards, agreed, delegation_uuid=record.uuid if active else None)


def _skill_plans(
    rng: random.Random, text: SkillsText, skills: SkillService, agents: list[PersonRecord]
) -> int:
    today = skills.today()
    count = 0
    for agent in rng.sample(agents, k=min(len(agents), 10)):
        for skill in rng.sample(text["skills"], k=rng.randint(1, 3)):
            level = rng.randint(1, 3)
            due = today + timedelta(days=rng.randint(-60, 240))
            actions = []
            for action in rng.sample(text["actions"], k=rng.randint(1, 3)):
                action_due = due - timedelta(days=rng.randint(0, 90))
                status = (
                    ActionStatus.DONE
                    if action_due < today
                    else rng.choice((ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))
                )
                actions.append(
                    PlanAction(ActionKind(action["kind"]), action["description"],
                               Provider(action["provider"]), action["provider_name"], action_due,
                               status)
                )  # fmt: skip
            skills.create(
                SkillDraft(
                    person_uuid=agent.uuid,
                    name=skill["name"],
                    kind=SkillKind(skill["kind"]),
                    level=level,
                    target_level=min(4, level + rng.randint(1, 2)),
                    due_on=due,
                    notes=rng.choice(text["notes"]) if rng.random() < 0.5 else "",
                    actions=tuple(actions),
                )
            )
            count += 1
    return count
