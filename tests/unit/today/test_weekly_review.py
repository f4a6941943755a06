"""The weekly review's look back: what the journal holds of the seven days, and the entry."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from coachapp.context import Journal
from coachapp.services.delegations.delegations import DelegationDraft, Went
from coachapp.services.experiments.experiments import (
    ExperimentDraft,
    ExpStatus,
    LearningCard,
    NextStep,
    Outcome,
)
from coachapp.services.experiments.experiments import TestCard as Card
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.rituals.rituals import Report, RitualDraft, Status
from coachapp.services.today.weekly_review import week_summary, write_review
from coachapp.timezones import local_zone

TODAY = date(2026, 11, 25)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=local_zone())


def test_the_week_as_the_journal_holds_it(journal: Journal) -> None:
    for ago in (0, 6, 7):  # the last is the day before the week
        journal.entries.create(EntryDraft(at(TODAY - timedelta(days=ago)), f"Note {ago}"))
    start = at(TODAY - timedelta(days=2), 14)
    ritual = journal.rituals.create(RitualDraft("Atelier accueil", start, 60))
    journal.rituals.record(ritual.uuid, start, Report(Status.HELD))
    delegation = journal.delegations.create(DelegationDraft("Planning", 3, 5,
                                                            TODAY - timedelta(days=30),
                                                            team="Accueil"))  # fmt: skip
    journal.delegations.check_in(delegation.uuid, day=TODAY - timedelta(days=1), level=4,
                                 went=Went.WELL)  # fmt: skip
    test = journal.experiments.create(ExperimentDraft("Créneau", Card("x")),
                                      status=ExpStatus.RUNNING)  # fmt: skip
    journal.experiments.conclude(test.uuid, LearningCard("vu", "appris", NextStep.SCALE,
                                                         Outcome.VALIDATED))  # fmt: skip
    week = week_summary(TODAY)
    assert (week.first, week.last) == (TODAY - timedelta(days=6), TODAY)
    assert (week.entries, week.rituals, week.checkins, week.level_changes) == (
        2, ("Atelier accueil",), 1, 1,
    )  # fmt: skip
    assert (week.started, week.concluded) == (("Créneau",), ("Créneau",))


def test_the_review_keeps_only_the_answered_sections(journal: Journal) -> None:
    record = write_review(
        journal.entries, title="Week 48 review", at=at(TODAY, 17),
        sections=[("What happened", " Beaucoup "), ("What I tried", "  "), ("What I learned", "x")],
    )  # fmt: skip
    assert record.draft.body == "## What happened\n\nBeaucoup\n\n## What I learned\n\nx"
