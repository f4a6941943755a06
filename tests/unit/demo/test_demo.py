"""Demo journals: realistic, reproducible, and never written over real data by accident."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.demo.texts import read_text
from coachapp.errors import UserError
from coachapp.services.experiments.experiments import ExpStatus, Outcome
from coachapp.services.journal.journal import EntryFilter
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.storage.models import Entry, Experiment, Person, Ritual


def snapshot() -> list[tuple[object, ...]]:
    cursor = Person._meta.database.execute_sql("SELECT * FROM person ORDER BY uuid")
    return [tuple(row)[1:] for row in cursor.fetchall()]  # all but the internal id


def test_same_seed_same_journal(journal: Journal, clock: FixedClock) -> None:
    demo = DemoService(clock, journal.methods.library)
    demo.fill(DemoSize.SMALL, seed=7)
    first = snapshot()
    demo.fill(DemoSize.SMALL, seed=7, replace=True)
    assert snapshot() == first
    demo.fill(DemoSize.SMALL, seed=8, replace=True)
    assert snapshot() != first


@pytest.mark.parametrize("seed", [1, 2])
def test_demo_staff_joined_long_ago_but_a_newcomer(
    journal: Journal, clock: FixedClock, seed: int
) -> None:
    DemoService(clock, journal.methods.library).fill(DemoSize.SMALL, seed=seed)
    today = clock.now().date()
    people = journal.people.search(include_inactive=True)
    [newcomer] = [p for p in people if p.arrived_on and p.arrived_on > today - timedelta(30)]
    assert newcomer.kind is PersonKind.AGENT and newcomer.active
    assert newcomer.created_at.date() == newcomer.arrived_on  # typed in on their first day
    assert journal.entries.count(EntryFilter(person=newcomer.uuid)) == 0
    staff = [p for p in people if p.kind in (PersonKind.AGENT, PersonKind.MANAGER)]
    long_ago = [p for p in staff if p.arrived_on and p.arrived_on < today - timedelta(365)]
    assert len(long_ago) * 2 > len(staff)
    outside = (PersonKind.PARTNER, PersonKind.COACH, PersonKind.USAGER_REPRESENTATIVE)
    assert all(p.arrived_on is None for p in people if p.kind in outside)
    [welcome] = [p for p in journal.prompts.all_prompts(today) if p.rule.id == "AGT-4"]
    assert welcome.subject == newcomer.uuid


def test_large_demo_is_a_busy_service(journal: Journal, clock: FixedClock) -> None:
    report = DemoService(clock, journal.methods.library).fill(DemoSize.LARGE)
    assert report.people > 100
    kinds = {p.kind for p in journal.people.search(include_inactive=True)}
    assert kinds == set(PersonKind)
    assert len(journal.people.teams()) >= 5
    assert journal.people.count(include_inactive=False) < journal.people.count()
    assert all(p.created_at <= clock.now() for p in journal.people.search())
    month_ago = clock.now().date() - timedelta(30)
    agents = journal.people.search(kind=PersonKind.AGENT)
    assert len([p for p in agents if (p.arrived_on or month_ago) > month_ago]) == 2


def test_demo_refuses_to_replace_real_data(journal: Journal, clock: FixedClock) -> None:
    journal.people.create(PersonDraft("Real Person"))
    with pytest.raises(UserError, match="already holds data"):
        DemoService(clock, journal.methods.library).fill(DemoSize.SMALL)
    assert [p.name for p in journal.people.search()] == ["Real Person"]


def test_demo_experiments_cover_every_status_and_outcome(
    journal: Journal, clock: FixedClock
) -> None:
    demo = DemoService(clock, journal.methods.library)
    report = demo.fill(DemoSize.SMALL, seed=3, language="en")
    records = journal.experiments.find()
    assert report.experiments == len(records)
    assert {r.status for r in records} == set(ExpStatus)
    concluded = [r for r in records if r.status is ExpStatus.CONCLUDED]
    assert {r.learning.outcome for r in concluded if r.learning} == set(Outcome)
    assert all(r.learning and r.concluded_on for r in concluded)
    assert all(r.abandoned_reason for r in records if r.status is ExpStatus.ABANDONED)
    previous = [r.previous_uuid for r in records if r.previous_uuid]
    assert previous and all(journal.experiments.get(p).next_uuids for p in previous)
    assert all(r.concluded_on <= clock.now().date() for r in concluded if r.concluded_on)
    uuids = sorted(r.uuid for r in records)
    demo.fill(DemoSize.SMALL, seed=3, language="en", replace=True)
    assert sorted(r.uuid for r in journal.experiments.find()) == uuids


@pytest.mark.parametrize("language", ["fr", "en"])
def test_people_are_described_in_the_language_of_the_demo(
    journal: Journal, clock: FixedClock, language: str
) -> None:
    DemoService(clock, journal.methods.library).fill(DemoSize.SMALL, language=language)
    text = read_text("people", language)
    roles = {role for kind in text["roles"].values() for role in kind}
    people = journal.people.search(include_inactive=True)
    assert {p.role for p in people} <= roles
    assert {p.team for p in people} <= {"", *text["teams"]}
    assert {p.notes for p in people} <= set(text["notes"])


def test_a_seed_gives_the_same_journal_in_every_language(
    journal: Journal, clock: FixedClock
) -> None:
    """Only the words change with the language: the same records, under the same UUIDs."""

    def records() -> dict[str, list[str]]:
        return {
            model.__name__: sorted(str(row.uuid) for row in model.select(model.uuid))
            for model in (Person, Entry, Ritual, Experiment)
        }

    demo = DemoService(clock, journal.methods.library)
    french = demo.fill(DemoSize.SMALL, seed=2, language="fr")
    in_french = records()
    assert demo.fill(DemoSize.SMALL, seed=2, language="en", replace=True) == french
    assert records() == in_french
