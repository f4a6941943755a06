"""Every insight figure computed on a small crafted journal whose answers are known."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from coachapp.context import Journal
from coachapp.services.common.pillars import Pillar
from coachapp.services.insights.insights import Insights, InsightsService
from coachapp.services.journal.journal import EntryDraft, EntryKind
from coachapp.services.today.self_assessment import Rating
from coachapp.storage.models import (
    Delegation,
    DelegationLevel,
    Experiment,
    Person,
    Ritual,
    RitualOccurrence,
    RitualParticipant,
    Skill,
    SkillAction,
)

FIRST, LAST, TODAY = date(2026, 7, 1), date(2026, 11, 25), date(2026, 11, 25)
STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def _stamps() -> dict[str, object]:
    return {"uuid": str(uuid.uuid4()), "created_at": STAMP, "updated_at": STAMP}


def _ritual(purpose: str, held: list[tuple[str, list[str]]], invited: tuple[str, ...] = ()) -> None:
    ritual = Ritual.create(**_stamps(), title=purpose, purpose=purpose, timezone="Europe/Paris",
                           starts_at="2026-01-05T09:00:00", duration_minutes=60)  # fmt: skip
    for group in invited:
        RitualParticipant.create(ritual=ritual, stakeholder=group)
    for start, present in held:
        occurrence = RitualOccurrence.create(
            uuid=str(uuid.uuid4()), ritual=ritual, starts_at=start, status="held",
            created_at=STAMP, updated_at=STAMP,
        )  # fmt: skip
        for group in present:
            RitualParticipant.create(ritual=ritual, occurrence=occurrence, stakeholder=group)


def _delegation(level: int, started: str, changes: list[tuple[str, int | None, int]]) -> None:
    delegation = Delegation.create(**_stamps(), area="Planning", team="Accueil", level=level,
                                   target_level=7, started_on=started)  # fmt: skip
    for day, before, after in changes:
        DelegationLevel.create(delegation=delegation, changed_at=STAMP, day=day,
                               from_level=before, to_level=after)  # fmt: skip


def _experiment(starts: str | None, concluded: str | None, outcome: str | None) -> None:
    Experiment.create(**_stamps(), title="Essai", believe="b", starts_on=starts,
                      concluded_on=concluded, outcome=outcome, learned="l" if concluded else "",
                      next_step="stop" if concluded else None,
                      status="concluded" if concluded else "running")  # fmt: skip


@pytest.fixture
def insights(journal: Journal) -> Insights:
    # Rituals: three held in the period (one with agents and usagers present, one with only
    # elected officials invited and nobody recorded, one with agents), one before it.
    _ritual("reflect", [("2026-07-10T09:00:00", ["agents", "usagers"]),
                        ("2026-09-02T09:00:00", ["agents"]),
                        ("2026-06-30T09:00:00", ["agents"])])  # fmt: skip
    _ritual("decide", [("2026-09-20T14:00:00", [])], invited=("elected",))
    # Delegations: one moved 2 -> 4 in August after 31 days, then down to 3 after 30 more;
    # one set at 5 in March and moved up in July (122 days after).
    _delegation(3, "2026-07-01", [("2026-07-01", None, 2), ("2026-08-01", 2, 4),
                                  ("2026-08-31", 4, 3)])  # fmt: skip
    _delegation(6, "2026-03-01", [("2026-03-01", None, 5), ("2026-07-01", 5, 6)])
    # Experiments: started in Q3 and concluded in Q4 after 40 days (invalidated: learning);
    # started in Q4, still running; concluded before the period.
    _experiment("2026-08-25", "2026-10-04", "invalidated")
    _experiment("2026-10-10", None, None)
    _experiment("2026-01-05", "2026-02-01", "validated")
    # Journal: two entries in the week of 16 November (moods 2 and 4), one on the 23rd, a
    # learning from a mistake in July, all with pillars; nothing the week of 9 November.
    zone = UTC
    for day, mood, kind in (("2026-11-16", 2, EntryKind.NOTE), ("2026-11-18", 4, EntryKind.NOTE),
                            ("2026-11-23", None, EntryKind.NOTE),
                            ("2026-07-07", None, EntryKind.LEARNING_ERROR)):  # fmt: skip
        when = datetime.fromisoformat(day).replace(hour=10, tzinfo=zone)
        journal.entries.create(EntryDraft(when, "Note", mood=mood, kind=kind,
                                          pillars=frozenset({Pillar.AGENT_SUPPORT})))  # fmt: skip
    # Self-assessment: August and November.
    journal.self_assessment.save("2026-08", {"D1": Rating(2), "D2": Rating(3)})
    journal.self_assessment.save("2026-11", {"D1": Rating(4), "D2": Rating(3)})
    # Skill actions: due in the period, one done, one late, one due next week; one due in 2025.
    person = Person.create(**_stamps(), name="Léa")
    skill = Skill.create(**_stamps(), person_uuid=person.uuid, name="Accueil", kind="interpersonal",
                         level=1, target_level=3)  # fmt: skip
    for due, status in (("2026-08-01", "done"), ("2026-10-01", "planned"),
                        ("2026-11-30", "planned"), ("2025-05-01", "planned")):  # fmt: skip
        SkillAction.create(uuid=str(uuid.uuid4()), skill=skill, kind="training",
                           description="x", due_on=due, status=status,
                           created_at=STAMP, updated_at=STAMP)  # fmt: skip
    return InsightsService(journal.experiments, journal.entries).compute(
        FIRST, date(2026, 11, 30), TODAY
    )


def test_rituals_per_month_and_who_took_part(insights: Insights) -> None:
    rituals = insights.rituals
    assert rituals.months == ("2026-07", "2026-08", "2026-09", "2026-10", "2026-11")
    assert rituals.held == 3
    assert rituals.per_month["2026-07"] == {"reflect": 1}
    assert rituals.per_month["2026-09"] == {"reflect": 1, "decide": 1}
    assert rituals.with_group == {"agents": 2, "usagers": 1, "elected": 1}
    assert rituals.share("agents") == pytest.approx(2 / 3) and rituals.share("partners") == 0


def test_delegation_levels_and_moves(insights: Insights) -> None:
    delegations = insights.delegations
    assert delegations.levels == {1: 0, 2: 0, 3: 1, 4: 0, 5: 0, 6: 1, 7: 0}
    assert (delegations.moved_up, delegations.moved_down) == (2, 1)
    assert delegations.median_days_at_level == 31  # stays of 31, 30 and 122 days


def test_experiments_per_quarter_outcomes_and_time_to_learn(insights: Insights) -> None:
    experiments = insights.experiments
    assert experiments.quarters == ("2026-Q3", "2026-Q4")
    assert experiments.started == {"2026-Q3": 1, "2026-Q4": 1}
    assert experiments.concluded == {"2026-Q3": 0, "2026-Q4": 1}
    assert experiments.outcomes == {"invalidated": 1}
    assert experiments.median_days_to_learning == 40
    assert experiments.grid[("experiment", "failure")] == 1  # learning, counted
    assert experiments.grid[("mistake", "failure")] == 1


def test_journal_rhythm(insights: Insights) -> None:
    journal = insights.journal
    assert journal.weeks[0] == date(2026, 6, 29) and journal.weeks[-1] == date(2026, 11, 30)
    assert journal.per_week[date(2026, 11, 16)] == 2 and journal.per_week[date(2026, 11, 9)] == 0
    assert sum(journal.per_week.values()) == 4
    assert journal.pillars == {Pillar.AGENT_SUPPORT.value: 4}
    assert journal.mood == {date(2026, 11, 16): 3.0}
    assert journal.streak_weeks == 2  # the weeks of the 16th and 23rd; the 30th has not come


def test_self_assessment_against_three_months_earlier(insights: Insights) -> None:
    figures = insights.self_assessment
    assert (figures.latest_month, figures.earlier_month) == ("2026-11", "2026-08")
    assert figures.latest == {"D1": 4, "D2": 3} and figures.earlier == {"D1": 2, "D2": 3}
    assert figures.trends["D1"] == [("2026-08", 2), ("2026-11", 4)]


def test_skill_actions_done_against_due(insights: Insights) -> None:
    assert (insights.skills.due, insights.skills.done, insights.skills.overdue) == (3, 1, 1)


def test_a_reversed_period_is_refused(journal: Journal) -> None:
    with pytest.raises(ValueError, match="ends before"):
        InsightsService(journal.experiments, journal.entries).compute(TODAY, FIRST, TODAY)


def test_an_empty_journal_gives_zeros_not_errors(journal: Journal) -> None:
    empty = InsightsService(journal.experiments, journal.entries).compute(FIRST, LAST, TODAY)
    assert empty.rituals.held == 0 and empty.rituals.share("agents") == 0
    assert empty.delegations.median_days_at_level is None
    assert empty.experiments.median_days_to_learning is None
    assert empty.journal.streak_weeks == 0 and empty.self_assessment.latest_month is None
    assert sum(empty.journal.per_week.values()) == 0 and empty.skills.due == 0
