"""Delegations, check-ins, level history and overdue logic on fixed dates; poker; skill plans."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.errors import ValidationError
from coachapp.services.delegations.delegation_levels import Level, next_checkin, suggested_cadence
from coachapp.services.delegations.delegations import (
    DelegationDraft,
    DelegationStatus,
    Source,
    Went,
)
from coachapp.services.delegations.poker import Card, spread
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.services.people.skills import (
    ActionKind,
    ActionStatus,
    PlanAction,
    Provider,
    SkillDraft,
    SkillKind,
)
from coachapp.storage.models import Delegation, DelegationCheckin, DelegationLevel, Skill
from tests.conftest import NOW

TODAY = date(2026, 11, 25)  # NOW's day in any zone from UTC-9 to UTC+14


@pytest.fixture
def karim(journal: Journal) -> str:
    return journal.people.create(
        PersonDraft("Karim Benali", "Agent d'accueil", PersonKind.AGENT, "Accueil")
    ).uuid


def draft(person: str | None = None, **fields: object) -> DelegationDraft:
    values: dict[str, object] = {
        "area": "Planning des permanences",
        "level": 3,
        "target_level": 5,
        "started_on": date(2026, 11, 2),
        "person_uuid": person,
    }
    values.update(fields)
    return DelegationDraft(**values)  # type: ignore[arg-type]


def test_cadence_is_closer_at_low_levels_and_after_a_change() -> None:
    cadences = [suggested_cadence(level) for level in Level]
    assert cadences == sorted(cadences) and cadences[0] == 7 and cadences[-1] == 45
    start = date(2026, 11, 2)
    assert next_checkin(start, Level.DELEGATE) == date(2026, 12, 17)
    assert next_checkin(start, Level.DELEGATE, level_changed=True) == date(2026, 11, 9)
    assert next_checkin(start, Level.TELL, 30) == date(2026, 12, 2)  # the manager's own
    assert next_checkin(start, Level.TELL, 3, level_changed=True) == date(2026, 11, 5)


def test_create_records_the_first_level_and_the_next_checkin(journal: Journal, karim: str) -> None:
    record = journal.delegations.create(draft(karim), reason="Pour commencer")
    assert record.delegate == "Karim Benali"
    assert record.draft.next_checkin == date(2026, 11, 16)  # consult: every 14 days
    (first,) = journal.delegations.history(record.uuid)
    assert (first.from_level, first.to_level, first.source, first.day) == (
        None, 3, Source.CREATED, date(2026, 11, 2),
    )  # fmt: skip
    assert first.reason == "Pour commencer"
    assert record.overdue(TODAY) and record.due(TODAY)
    assert not record.overdue(date(2026, 11, 16)) and record.due(date(2026, 11, 16))
    assert [r.uuid for r in journal.delegations.due()] == [record.uuid]


def test_a_checkin_moves_the_next_date_and_a_new_level_goes_into_the_history(
    journal: Journal, karim: str, clock: FixedClock
) -> None:
    record = journal.delegations.create(draft(karim))
    journal.delegations.check_in(record.uuid, day=date(2026, 11, 20), level=3, went=Went.WELL)
    after = journal.delegations.get(record.uuid)
    assert after.draft.next_checkin == date(2026, 12, 4) and after.last_checkin == date(
        2026, 11, 20
    )
    assert not after.due(TODAY)
    journal.delegations.check_in(
        record.uuid, day=TODAY, level=4, went=Went.WELL, note="Prête pour décider avec nous"
    )
    raised = journal.delegations.get(record.uuid)
    assert raised.draft.level == 4
    assert raised.draft.next_checkin == TODAY + timedelta(days=7)  # soon after a change
    steps = journal.delegations.history(record.uuid)
    assert [(s.from_level, s.to_level, s.source) for s in steps] == [
        (None, 3, Source.CREATED), (3, 4, Source.CHECKIN),
    ]  # fmt: skip
    assert steps[-1].reason == "Prête pour décider avec nous"
    # An older check-in entered late does not move the level or the next date.
    journal.delegations.check_in(record.uuid, day=date(2026, 11, 10), level=2, went=Went.MIXED)
    assert journal.delegations.get(record.uuid).draft == raised.draft
    assert [c.day for c in journal.delegations.checkins(record.uuid)] == [
        TODAY, date(2026, 11, 20), date(2026, 11, 10),
    ]  # fmt: skip
    clock.set(NOW + timedelta(days=8))
    assert journal.delegations.get(record.uuid).overdue(journal.delegations.today())


def test_checkins_in_the_future_or_before_the_start_are_refused(
    journal: Journal, karim: str
) -> None:
    record = journal.delegations.create(draft(karim))
    for day in (TODAY + timedelta(days=1), date(2026, 11, 1)):
        with pytest.raises(ValidationError) as caught:
            journal.delegations.check_in(record.uuid, day=day, level=3, went=Went.WELL)
        assert caught.value.field == "day"
    assert DelegationCheckin.select().count() == 0


def test_the_form_and_the_board_record_level_changes(journal: Journal, karim: str) -> None:
    record = journal.delegations.create(draft(karim))
    same_next = replace(record.draft, level=5, notes="Elle gère")
    updated = journal.delegations.update(record.uuid, same_next, reason="Trois mois sans souci")
    assert updated.draft.next_checkin == TODAY + timedelta(days=7)  # followed the change
    chosen = replace(updated.draft, next_checkin=date(2027, 1, 8), cadence_days=30)
    assert journal.delegations.update(record.uuid, chosen).draft.next_checkin == date(2027, 1, 8)
    moved = journal.delegations.change_level(
        record.uuid, 6, reason="  Elle gère\tseule ", source=Source.BOARD
    )
    assert moved.draft.level == 6 and moved.draft.next_checkin == TODAY + timedelta(days=7)
    assert journal.delegations.change_level(record.uuid, 6, reason="", source=Source.BOARD) == moved
    steps = journal.delegations.history(record.uuid)
    assert [(s.to_level, s.source, s.reason) for s in steps] == [
        (3, Source.CREATED, ""), (5, Source.FORM, "Trois mois sans souci"),
        (6, Source.BOARD, "Elle gère seule"),
    ]  # fmt: skip


@pytest.mark.parametrize("reason", ["", "   \n\t", "x" * 1001])
def test_a_level_change_without_a_reason_is_refused_and_changes_nothing(
    journal: Journal, karim: str, reason: str
) -> None:
    record = journal.delegations.create(draft(karim))
    with pytest.raises(ValidationError) as caught:
        journal.delegations.change_level(record.uuid, 4, reason=reason, source=Source.BOARD)
    assert caught.value.field == "reason"
    assert journal.delegations.get(record.uuid) == record
    assert len(journal.delegations.history(record.uuid)) == 1


def test_undoing_a_move_records_the_way_back_and_restores_the_next_checkin(
    journal: Journal, karim: str
) -> None:
    before = journal.delegations.create(draft(karim, started_on=TODAY))
    assert before.draft.next_checkin == TODAY + timedelta(days=14)
    after = journal.delegations.change_level(
        before.uuid, 4, reason="Elle tient le planning", source=Source.BOARD
    )
    assert after.draft.next_checkin == TODAY + timedelta(days=7)
    back = journal.delegations.undo_level_change(before, after, reason="Move undone")
    assert (back.draft.level, back.draft.next_checkin) == (3, TODAY + timedelta(days=14))
    steps = journal.delegations.history(before.uuid)
    assert [(s.from_level, s.to_level, s.source, s.reason) for s in steps] == [
        (None, 3, Source.CREATED, ""), (3, 4, Source.BOARD, "Elle tient le planning"),
        (4, 3, Source.BOARD, "Move undone"),
    ]  # fmt: skip
    with pytest.raises(ValidationError, match="can no longer be undone"):  # not twice
        journal.delegations.undo_level_change(before, after, reason="Move undone")
    assert journal.delegations.get(before.uuid) == back
    assert len(journal.delegations.history(before.uuid)) == 3


def test_a_move_followed_by_a_checkin_can_no_longer_be_undone(journal: Journal, karim: str) -> None:
    before = journal.delegations.create(draft(karim))
    after = journal.delegations.change_level(before.uuid, 4, reason="Prête", source=Source.BOARD)
    journal.delegations.check_in(before.uuid, day=TODAY, level=4, went=Went.WELL, note="Bien")
    checked = journal.delegations.get(before.uuid)
    with pytest.raises(ValidationError, match="can no longer be undone"):
        journal.delegations.undo_level_change(before, after, reason="Move undone")
    assert journal.delegations.get(before.uuid) == checked
    assert len(journal.delegations.history(before.uuid)) == 2


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"area": "  "}, "area"),
        ({"area": "x" * 201}, "area"),
        ({"person_uuid": None}, "delegate"),
        ({"team": "Accueil"}, "delegate"),  # a person and a team
        ({"level": 0}, "level"),
        ({"target_level": 8}, "target_level"),
        ({"cadence_days": 0}, "cadence"),
        ({"cadence_days": -7}, "cadence"),
        ({"next_checkin": date(2026, 10, 1)}, "next_checkin"),
    ],
)
def test_bad_delegations_are_refused_and_nothing_is_saved(
    journal: Journal, karim: str, fields: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        journal.delegations.create(replace(draft(karim), **fields))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert Delegation.select().count() == DelegationLevel.select().count() == 0


def test_a_target_below_the_current_level_is_allowed(journal: Journal, karim: str) -> None:
    record = journal.delegations.create(draft(karim, level=5, target_level=3))
    assert (record.draft.level, record.draft.target_level) == (5, 3)


def test_teams_filters_and_statuses(journal: Journal, karim: str) -> None:
    for_team = journal.delegations.create(draft(team="Accueil", area="Affichage"))
    for_karim = journal.delegations.create(draft(karim))
    other = journal.people.create(PersonDraft("Lina", team="État civil")).uuid
    journal.delegations.create(draft(other, area="Commandes"))
    assert {r.uuid for r in journal.delegations.find(team="Accueil")} == {
        for_team.uuid, for_karim.uuid,
    }  # fmt: skip
    assert [r.uuid for r in journal.delegations.find(person_uuid=karim)] == [for_karim.uuid]
    journal.delegations.set_status(for_karim.uuid, DelegationStatus.COMPLETED)
    with pytest.raises(ValidationError, match="no longer active"):
        journal.delegations.change_level(for_karim.uuid, 4, reason="Prêt", source=Source.BOARD)
    assert for_karim.uuid not in {r.uuid for r in journal.delegations.find()}
    assert for_karim.uuid in {
        r.uuid for r in journal.delegations.find(statuses=tuple(DelegationStatus))
    }
    assert "Accueil" in journal.delegations.teams()


def test_a_person_in_the_trash_keeps_their_delegations_and_erasing_takes_them(
    journal: Journal, karim: str
) -> None:
    record = journal.delegations.create(draft(karim))
    journal.skills.create(SkillDraft(karim, "Accompagner en ligne", SkillKind.KNOW_HOW, 1, 3))
    assert journal.delegations.held_by(karim) == 1 and journal.skills.count_for(karim) == 1
    journal.people.trash(karim)
    assert journal.delegations.find() == []  # they wait with the person
    with pytest.raises(ValidationError, match="in the trash"):
        journal.delegations.create(draft(karim, area="Autre"))
    journal.people.restore(karim)
    assert [r.uuid for r in journal.delegations.find()] == [record.uuid]
    journal.people.trash(karim)
    journal.people.purge(karim)
    assert Delegation.select().count() == Skill.select().count() == 0
    assert DelegationLevel.select().count() == 0


def test_delegations_go_through_the_trash(journal: Journal, karim: str) -> None:
    record = journal.delegations.create(draft(karim))
    journal.delegations.trash(record.uuid)
    (item,) = journal.trash.items()
    assert item.kind == "delegation" and item.label == "Planning des permanences — Karim Benali"
    journal.trash.restore(item)
    assert journal.delegations.get(record.uuid).uuid == record.uuid
    journal.delegations.trash(record.uuid)
    journal.trash.purge(journal.trash.items()[0])
    assert Delegation.select().count() == 0


def test_poker_spread_and_recording_the_agreed_level(journal: Journal, karim: str) -> None:
    cards = (Card("Karim", 4), Card("Lina", 6), Card("Sophie", 4), Card("Marc", 3))
    shown = spread(cards)
    assert (shown.low, shown.high, shown.median, shown.agreed) == (3, 6, 4, False)
    assert shown.lowest == ("Marc",) and shown.highest == ("Lina",)
    assert shown.counts == {3: 1, 4: 2, 6: 1}
    record = journal.delegations.create(draft(karim))
    played, moved = journal.poker.record(
        "Qui fixe le planning des permanences ?", cards, 4, delegation_uuid=record.uuid
    )
    assert moved is not None and moved.draft.level == 4
    assert journal.delegations.history(record.uuid)[-1].source is Source.POKER
    (kept,) = journal.poker.rounds(record.uuid)
    assert kept.cards == cards and kept.agreed_level == 4 and kept == played
    for bad in ((), (Card("Lina", 3), Card("lina", 4)), (Card("", 3),), (Card("Lina", 9),)):
        with pytest.raises(ValidationError):
            journal.poker.record("Cas", bad, 4)
    with pytest.raises(ValidationError):
        journal.poker.record("  ", cards, 4)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(1, 7), min_size=1, max_size=12))
def test_any_hand_of_cards_has_a_consistent_spread(levels: list[int]) -> None:
    shown = spread([Card(f"P{n}", level) for n, level in enumerate(levels)])
    assert shown.low <= shown.median <= shown.high
    assert sum(shown.counts.values()) == len(levels)
    assert shown.agreed == (len(set(levels)) == 1)
    assert len(shown.lowest) == levels.count(shown.low)


def test_skill_plan_edit_keeps_actions_in_order(journal: Journal, karim: str) -> None:
    training = PlanAction(ActionKind.TRAINING, "Accueillir un public en difficulté", Provider.CNFPT,
                          "CNFPT Grand Est", date(2027, 2, 1))  # fmt: skip
    pairing = PlanAction(ActionKind.PAIRING, "Binôme avec la médiatrice numérique")
    skill = journal.skills.create(
        SkillDraft(karim, "Accompagner une démarche en ligne", SkillKind.KNOW_HOW, 1, 3,
                   actions=(training, pairing))
    )  # fmt: skip
    assert [a.description for a in skill.draft.actions] == [training.description,
                                                             pairing.description]  # fmt: skip
    kept = skill.draft.actions
    done = replace(kept[1], status=ActionStatus.DONE)
    updated = journal.skills.update(
        skill.uuid, replace(skill.draft, level=2, actions=(done, kept[0]))
    )
    assert [a.uuid for a in updated.draft.actions] == [kept[1].uuid, kept[0].uuid]
    assert updated.progress == (1, 2) and not updated.reached
    with pytest.raises(ValidationError) as caught:
        journal.skills.update(skill.uuid, replace(updated.draft, actions=(replace(done,
                              description=" "),)))  # fmt: skip
    assert caught.value.field == "actions[0]"
    assert journal.skills.get(skill.uuid) == updated
    for fields in ({"name": ""}, {"level": 0}, {"target_level": 5}):
        with pytest.raises(ValidationError):
            journal.skills.update(skill.uuid, replace(updated.draft, **fields))
    assert [s.uuid for s in journal.skills.for_person(karim)] == [skill.uuid]
