"""Experiments: test card checks, the lifecycle, learning cards, chains and the celebration grid."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachapp.context import Journal
from coachapp.errors import ValidationError
from coachapp.services.experiments.celebration import Behaviour, Result, celebration_grid
from coachapp.services.experiments.experiment_entries import conclude_with_entry
from coachapp.services.experiments.experiments import (
    ALLOWED,
    EXPERIMENT,
    ExperimentDraft,
    ExpStatus,
    LearningCard,
    NextStep,
    Outcome,
    Risk,
    SafeToFail,
    can_move,
)
from coachapp.services.experiments.experiments import (
    TestCard as Card,
)
from coachapp.services.journal.journal import EntryDraft, EntryKind
from coachapp.services.people.people import PersonDraft
from coachapp.storage.models import Experiment, ExperimentMove, ExperimentPerson
from coachapp.timezones import local_zone

TODAY = date(2026, 11, 25)


def draft(**fields: object) -> ExperimentDraft:
    values: dict[str, object] = {
        "title": "Créneau sans rendez-vous le jeudi",
        "card": Card(
            believe="Un créneau libre le jeudi matin réduit les appels",
            verify="Ouvrir le jeudi de 9 h à 12 h pendant quatre semaines",
            measure="Le nombre d'appels pour un rendez-vous",
            right_if="Les appels baissent d'un quart",
        ),
        "safety": SafeToFail(Risk.LOW, "Le jeudi matin", "Quatre semaines", "Retour immédiat"),
        "starts_on": date(2026, 12, 3),
        "review_on": date(2027, 1, 7),
    }
    values.update(fields)
    return ExperimentDraft(**values)  # type: ignore[arg-type]


LEARNED = LearningCard(
    observed="Les appels ont baissé de 10 % seulement",
    learned="Les usagers ne savaient pas que le créneau existait",
    next_step=NextStep.RETEST,
    outcome=Outcome.INVALIDATED,
    confidence=4,
)


def test_an_experiment_goes_from_idea_to_concluded(journal: Journal) -> None:
    owner = journal.people.create(PersonDraft("Nadia Benali")).uuid
    other = journal.people.create(PersonDraft("Lina")).uuid
    record = journal.experiments.create(draft(owner_uuid=owner, people=(other, owner)))
    assert record.status is ExpStatus.IDEA and record.owner == "Nadia Benali"
    assert record.draft.people == (other,)  # the owner is not also a stakeholder
    for target in (ExpStatus.PLANNED, ExpStatus.RUNNING):
        record = journal.experiments.move(record.uuid, target)
    with pytest.raises(ValidationError, match="learning card"):
        journal.experiments.move(record.uuid, ExpStatus.CONCLUDED)
    assert Experiment.get().status == "running"
    done = journal.experiments.conclude(record.uuid, LEARNED)
    assert done.status is ExpStatus.CONCLUDED and done.learning == LEARNED
    assert done.concluded_on == TODAY
    moves = journal.experiments.moves(record.uuid)
    assert [(m.from_status, m.to_status) for m in moves] == [
        (None, ExpStatus.IDEA), (ExpStatus.IDEA, ExpStatus.PLANNED),
        (ExpStatus.PLANNED, ExpStatus.RUNNING), (ExpStatus.RUNNING, ExpStatus.CONCLUDED),
    ]  # fmt: skip
    follow_up = journal.experiments.create(
        replace(draft(), title="Créneau du jeudi, annoncé"), previous_uuid=record.uuid
    )
    assert follow_up.previous_uuid == record.uuid
    assert journal.experiments.get(record.uuid).next_uuids == (follow_up.uuid,)
    assert [r.uuid for r in journal.experiments.find(person_uuid=other)] == [record.uuid]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (ExpStatus.IDEA, ExpStatus.RUNNING),
        (ExpStatus.IDEA, ExpStatus.CONCLUDED),
        (ExpStatus.PLANNED, ExpStatus.CONCLUDED),
        (ExpStatus.CONCLUDED, ExpStatus.RUNNING),
        (ExpStatus.ABANDONED, ExpStatus.RUNNING),
    ],
)
def test_moves_the_lifecycle_forbids_are_refused_and_change_nothing(
    journal: Journal, source: ExpStatus, target: ExpStatus
) -> None:
    record = journal.experiments.create(draft())
    path = {
        ExpStatus.IDEA: [],
        ExpStatus.PLANNED: [ExpStatus.PLANNED],
        ExpStatus.CONCLUDED: [ExpStatus.PLANNED, ExpStatus.RUNNING],
        ExpStatus.ABANDONED: [],
    }[source]
    for step in path:
        journal.experiments.move(record.uuid, step)
    if source is ExpStatus.CONCLUDED:
        journal.experiments.conclude(record.uuid, LEARNED)
    if source is ExpStatus.ABANDONED:
        journal.experiments.abandon(record.uuid, "Plus utile")
    before = (Experiment.get().status, ExperimentMove.select().count())
    with pytest.raises(ValidationError) as caught:
        if target is ExpStatus.CONCLUDED:
            journal.experiments.conclude(record.uuid, LEARNED)
        else:
            journal.experiments.move(record.uuid, target)
    assert caught.value.field == "status"
    assert (Experiment.get().status, ExperimentMove.select().count()) == before


def test_abandoning_needs_and_keeps_its_reason(journal: Journal) -> None:
    record = journal.experiments.create(draft(), status=ExpStatus.RUNNING)
    assert record.draft.starts_on == date(2026, 12, 3)  # kept when given
    with pytest.raises(ValidationError, match="Say why"):
        journal.experiments.abandon(record.uuid, "   ")
    stopped = journal.experiments.move(
        record.uuid, ExpStatus.ABANDONED, note="La mise à jour du logiciel rend le test inutile"
    )
    assert stopped.status is ExpStatus.ABANDONED
    assert stopped.abandoned_reason == "La mise à jour du logiciel rend le test inutile"
    revived = journal.experiments.move(record.uuid, ExpStatus.IDEA)
    assert revived.abandoned_reason == stopped.abandoned_reason
    assert journal.experiments.moves(record.uuid)[-2].note == stopped.abandoned_reason


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": " "}, "title"),
        ({"card": Card(believe="  ")}, "believe"),
        ({"review_on": date(2026, 12, 1)}, "review_on"),
        ({"card": Card(believe="x", criticality=4)}, "criticality"),
    ],
)
def test_bad_test_cards_are_refused(
    journal: Journal, change: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        journal.experiments.create(draft(**change))
    assert caught.value.field == field
    assert Experiment.select().count() == 0


def test_learning_cards_need_what_was_observed_and_learned(journal: Journal) -> None:
    record = journal.experiments.create(draft(), status=ExpStatus.RUNNING)
    for bad, field in ((replace(LEARNED, observed=""), "observed"),
                       (replace(LEARNED, learned=" "), "learned"),
                       (replace(LEARNED, confidence=6), "confidence")):  # fmt: skip
        with pytest.raises(ValidationError) as caught:
            journal.experiments.conclude(record.uuid, bad)
        assert caught.value.field == field
    assert Experiment.get().status == "running"


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list(ExpStatus)), max_size=8))
def test_any_sequence_of_moves_follows_the_lifecycle(
    journal: Journal, targets: list[ExpStatus]
) -> None:
    record = journal.experiments.create(draft(title=f"Test {len(targets)}"))
    status = ExpStatus.IDEA
    for target in targets:
        try:
            if target is ExpStatus.CONCLUDED:
                status = journal.experiments.conclude(record.uuid, LEARNED).status
            else:
                status = journal.experiments.move(record.uuid, target, note="parce que").status
        except ValidationError:
            assert not can_move(status, target)
        assert journal.experiments.get(record.uuid).status is status
    moves = journal.experiments.moves(record.uuid)
    assert all(m.to_status in ALLOWED[m.from_status] for m in moves if m.from_status)


def test_people_erased_leave_the_experiment(journal: Journal) -> None:
    owner = journal.people.create(PersonDraft("Nadia")).uuid
    record = journal.experiments.create(draft(owner_uuid=owner, people=(owner,)))
    journal.people.trash(owner)
    journal.people.purge(owner)
    kept = journal.experiments.get(record.uuid)
    assert kept.draft.owner_uuid is None and ExperimentPerson.select().count() == 0


def test_the_celebration_grid_counts_learning_from_failures(journal: Journal) -> None:
    for outcome in (Outcome.VALIDATED, Outcome.INVALIDATED, Outcome.INCONCLUSIVE):
        record = journal.experiments.create(draft(title=outcome.value), status=ExpStatus.RUNNING)
        journal.experiments.conclude(record.uuid, replace(LEARNED, outcome=outcome))
    moment = datetime(2026, 11, 20, 10, tzinfo=local_zone())
    for kind in (EntryKind.LEARNING_ERROR, EntryKind.LEARNING_ERROR, EntryKind.LEARNING_INSIGHT,
                 EntryKind.NOTE):  # fmt: skip
        journal.entries.create(EntryDraft(moment, f"{kind.value}", kind=kind))
    grid = celebration_grid(journal.experiments, journal.entries, date(2026, 11, 1), TODAY)
    assert grid.count(Behaviour.EXPERIMENT, Result.SUCCESS) == 1
    assert grid.count(Behaviour.EXPERIMENT, Result.FAILURE) == 2
    assert grid.learning == 3
    assert grid.count(Behaviour.MISTAKE, Result.FAILURE) == 2
    assert grid.count(Behaviour.PRACTICE, Result.SUCCESS) == 1
    assert grid.count(Behaviour.PRACTICE, Result.FAILURE) == 0
    assert len(grid.items[(Behaviour.MISTAKE, Result.FAILURE)]) == 2
    earlier = celebration_grid(journal.experiments, journal.entries, date(2026, 1, 1),
                               date(2026, 10, 31))  # fmt: skip
    assert sum(earlier.counts.values()) == 0


def test_trash_restore_and_purge_keep_the_chain_readable(journal: Journal) -> None:
    first = journal.experiments.create(draft(title="Premier"), status=ExpStatus.RUNNING)
    journal.experiments.conclude(first.uuid, LEARNED)
    second = journal.experiments.create(draft(title="Suite"), previous_uuid=first.uuid)
    entry = journal.entries.create(
        EntryDraft(datetime(2026, 11, 20, 10, tzinfo=local_zone()), "Bilan",
                   links=frozenset({(EXPERIMENT, first.uuid)}))
    )  # fmt: skip
    journal.experiments.trash(second.uuid)
    assert journal.experiments.get(first.uuid).next_uuids == ()
    assert [r.uuid for r in journal.experiments.find()] == [first.uuid]
    assert [item.uuid for item in journal.experiments.trashed()] == [second.uuid]
    journal.experiments.restore(second.uuid)
    assert journal.experiments.get(first.uuid).next_uuids == (second.uuid,)
    journal.experiments.trash(first.uuid)
    assert journal.experiments.get(second.uuid).previous_uuid is None
    journal.experiments.purge(first.uuid)
    assert not ExperimentMove.select().where(ExperimentMove.experiment == first.uuid).exists()
    assert journal.entries.get(entry.uuid).draft.links == frozenset()  # the link went too
    assert journal.experiments.get(second.uuid).previous_uuid is None


def test_editing_keeps_people_who_are_now_in_the_trash(journal: Journal) -> None:
    owner = journal.people.create(PersonDraft("Nadia")).uuid
    helper = journal.people.create(PersonDraft("Karim")).uuid
    record = journal.experiments.create(draft(owner_uuid=owner, people=(helper,)))
    journal.people.trash(helper)
    renamed = journal.experiments.update(record.uuid, replace(record.draft, title="Renommée"))
    assert (renamed.draft.title, renamed.draft.people) == ("Renommée", (helper,))
    newcomer = journal.people.create(PersonDraft("Léa")).uuid
    journal.people.trash(newcomer)
    with pytest.raises(ValidationError, match="Léa is in the trash"):
        journal.experiments.update(record.uuid, replace(record.draft, people=(helper, newcomer)))


def test_the_grid_leaves_out_trash_and_conclusion_entries(journal: Journal) -> None:
    record = journal.experiments.create(draft(), status=ExpStatus.RUNNING)
    conclude_with_entry(journal.experiments, journal.entries, record.uuid, LEARNED,
                        title="Ce que le test a appris", body="…")  # fmt: skip
    gone = journal.experiments.create(draft(title="Jetée"), status=ExpStatus.RUNNING)
    journal.experiments.conclude(gone.uuid, LEARNED)
    journal.experiments.trash(gone.uuid)
    moment = datetime(2026, 11, 20, 10, tzinfo=local_zone())
    trashed = journal.entries.create(EntryDraft(moment, "Erreur", kind=EntryKind.LEARNING_ERROR))
    journal.entries.trash(trashed.uuid)
    grid = celebration_grid(journal.experiments, journal.entries, date(2026, 11, 1), TODAY)
    assert grid.counts == {
        (Behaviour.EXPERIMENT, Result.FAILURE): 1,
        (Behaviour.MISTAKE, Result.FAILURE): 0,
        (Behaviour.PRACTICE, Result.FAILURE): 0,
        (Behaviour.PRACTICE, Result.SUCCESS): 0,
    }


def test_concluding_with_an_entry_writes_both_or_nothing(journal: Journal) -> None:
    record = journal.experiments.create(draft(), status=ExpStatus.RUNNING)
    with pytest.raises(ValidationError):
        conclude_with_entry(journal.experiments, journal.entries, record.uuid, LEARNED,
                            title="", body="")  # an entry needs a title  # fmt: skip
    assert journal.experiments.get(record.uuid).status is ExpStatus.RUNNING
    assert journal.entries.count() == 0


def test_reordering_a_column(journal: Journal) -> None:
    uuids = [journal.experiments.create(draft(title=t)).uuid for t in ("A", "B", "C")]
    journal.experiments.reorder(uuids[2], 0)
    assert [r.draft.title for r in journal.experiments.find()] == ["C", "A", "B"]
    journal.experiments.reorder(uuids[2], 9)
    assert [r.draft.title for r in journal.experiments.find()] == ["A", "B", "C"]
