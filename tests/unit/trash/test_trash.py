"""The trash, once for every kind of record: each test runs for entries, people, rituals,
delegations, skill plans and experiments alike (DESIGN.md §3: nothing is erased at once)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest
from peewee import Model

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.errors import NotFoundError
from coachapp.services.common.pillars import Pillar
from coachapp.services.delegations.delegations import DelegationDraft, Went
from coachapp.services.experiments.experiments import ExperimentDraft, ExpStatus
from coachapp.services.experiments.experiments import TestCard as Card
from coachapp.services.journal.journal import EntryDraft, EntryFilter
from coachapp.services.people.people import PersonDraft
from coachapp.services.people.skills import ActionKind, PlanAction, SkillDraft, SkillKind
from coachapp.services.rituals.rituals import Report, RitualDraft, Stakeholder, Status
from coachapp.services.trash.trashable import Trashable
from coachapp.storage.models import (
    Delegation,
    DelegationCheckin,
    DelegationLevel,
    Entry,
    EntryPillar,
    EntryTag,
    ExperimentMove,
    ExperimentPerson,
    Link,
    RitualAction,
    RitualOccurrence,
    RitualParticipant,
    Skill,
    SkillAction,
)
from tests.conftest import NOW

PARIS = ZoneInfo("Europe/Paris")
LATER = NOW + timedelta(hours=1)


@dataclass(frozen=True)
class Made:
    """A record made for a test, with what must go when it is erased for good."""

    uuid: str
    linked_from: str | None  # an entry linking to it
    erased_with: frozenset[str] = frozenset()  # other records erased along (a person's)


def _person(journal: Journal) -> str:
    return journal.people.create(PersonDraft("Karim Benali", team="Accueil")).uuid


def _entry_linking(journal: Journal, *targets: tuple[str, str]) -> str:
    people = tuple(uuid for kind, uuid in targets if kind == "person")
    links = frozenset(target for target in targets if target[0] != "person")
    draft = EntryDraft(NOW - timedelta(days=2), "Point d’étape", people=people, links=links)
    return journal.entries.create(draft).uuid


def _delegation(journal: Journal, person: str) -> str:
    record = journal.delegations.create(
        DelegationDraft("Planning des permanences", 3, 5, date(2026, 11, 2), person_uuid=person)
    )
    journal.delegations.check_in(
        record.uuid, day=date(2026, 11, 20), level=4, went=Went.WELL, note="Autonome"
    )
    return record.uuid


def _skill(journal: Journal, person: str) -> str:
    action = PlanAction(ActionKind.TRAINING, "Formation à l’accueil en ligne")
    draft = SkillDraft(person, "Accueil en ligne", SkillKind.KNOW_HOW, 1, 3, actions=(action,))
    return journal.skills.create(draft).uuid


def _experiment(journal: Journal, person: str) -> str:
    card = Card("Un créneau libre le jeudi matin réduit les appels")
    draft = ExperimentDraft("Créneau sans rendez-vous le jeudi", card, people=(person,))
    return journal.experiments.create(draft, status=ExpStatus.RUNNING).uuid


def make_entry(journal: Journal) -> Made:
    draft = EntryDraft(
        NOW - timedelta(days=1), "Réunion d’équipe", tags=("accueil",),
        pillars=frozenset({Pillar.CO_CONSTRUCTION}), people=(_person(journal),),
    )  # fmt: skip
    return Made(journal.entries.create(draft).uuid, None)


def make_person(journal: Journal) -> Made:
    person = _person(journal)
    delegation, skill = _delegation(journal, person), _skill(journal, person)
    _experiment(journal, person)  # they leave it, it stays
    linking = _entry_linking(journal, ("person", person), ("delegation", delegation),
                             ("skill", skill))  # fmt: skip
    return Made(person, linking, frozenset({delegation, skill}))


def make_ritual(journal: Journal) -> Made:
    person = _person(journal)
    draft = RitualDraft(
        "Atelier d’équipe", datetime(2026, 11, 3, 10, tzinfo=PARIS), 90,
        rrule="FREQ=WEEKLY;COUNT=4", people=(person,), groups=((Stakeholder.USAGERS, 2),),
    )  # fmt: skip
    record = journal.rituals.create(draft)
    journal.rituals.record(record.uuid, record.draft.starts_at, Report(Status.HELD, "Idées"))
    journal.rituals.add_action(record.uuid, "Compte rendu", occurrence=record.draft.starts_at)
    return Made(record.uuid, _entry_linking(journal, ("ritual", record.uuid)))


def make_delegation(journal: Journal) -> Made:
    delegation = _delegation(journal, _person(journal))
    return Made(delegation, _entry_linking(journal, ("delegation", delegation)))


def make_skill(journal: Journal) -> Made:
    skill = _skill(journal, _person(journal))
    return Made(skill, _entry_linking(journal, ("skill", skill)))


def make_experiment(journal: Journal) -> Made:
    experiment = _experiment(journal, _person(journal))
    return Made(experiment, _entry_linking(journal, ("experiment", experiment)))


@dataclass(frozen=True)
class Kind:
    name: str
    label: str  # in the trash list
    make: Callable[[Journal], Made]
    service: Callable[[Journal], Trashable[Any]]
    listed: Callable[[Journal], set[str]]  # the UUIDs its area shows
    children: tuple[type[Model], ...]  # tables of rows erased with it

    def __str__(self) -> str:
        return self.name


KINDS = [
    Kind("entry", "Réunion d’équipe", make_entry, lambda j: j.entries,
         lambda j: {row.uuid for row in j.entries.page(EntryFilter())},
         (EntryTag, EntryPillar, Link)),
    Kind("person", "Karim Benali", make_person, lambda j: j.people,
         lambda j: {p.uuid for p in j.people.search(include_inactive=True)},
         (Delegation, DelegationLevel, DelegationCheckin, Skill, SkillAction, ExperimentPerson)),
    Kind("ritual", "Atelier d’équipe", make_ritual, lambda j: j.rituals,
         lambda j: {r.uuid for r in j.rituals.all()},
         (RitualOccurrence, RitualParticipant, RitualAction)),
    Kind("delegation", "Planning des permanences — Karim Benali", make_delegation,
         lambda j: j.delegations, lambda j: {r.uuid for r in j.delegations.find()},
         (DelegationLevel, DelegationCheckin)),
    Kind("skill", "Accueil en ligne — Karim Benali", make_skill, lambda j: j.skills,
         lambda j: {s.uuid for p in j.people.search() for s in j.skills.for_person(p.uuid)},
         (SkillAction,)),
    Kind("experiment", "Créneau sans rendez-vous le jeudi", make_experiment,
         lambda j: j.experiments, lambda j: {r.uuid for r in j.experiments.find()},
         (ExperimentMove, ExperimentPerson)),
]  # fmt: skip

each_kind = pytest.mark.parametrize("kind", KINDS, ids=str)


def _counts(kind: Kind) -> dict[str, int]:
    return {model.__name__: model.select().count() for model in kind.children}


def _links_to(made: Made) -> int:
    return int(Link.select().where(Link.target_uuid.in_([made.uuid, *made.erased_with])).count())


def _stored(journal: Journal, kind: Kind, record_uuid: str) -> Any:
    """The record as its service reads it (each kind's service has `get`)."""
    service: Any = kind.service(journal)
    return service.get(record_uuid)


def _as_stored(journal: Journal, kind: Kind, made: Made) -> Any:
    """The record as its service reads it, whenever it was last changed."""
    return replace(_stored(journal, kind, made.uuid), updated_at=NOW)


@each_kind
def test_to_the_trash_it_leaves_its_area_for_the_trash_list(journal: Journal, kind: Kind) -> None:
    made = kind.make(journal)
    assert made.uuid in kind.listed(journal)
    kind.service(journal).trash(made.uuid)
    assert made.uuid not in kind.listed(journal)
    (item,) = journal.trash.items()
    assert (item.kind, item.uuid, item.label, item.deleted_at) == (
        kind.name, made.uuid, kind.label, NOW,
    )  # fmt: skip
    assert journal.trash.count() == 1
    with pytest.raises(NotFoundError):  # already there
        kind.service(journal).trash(made.uuid)


@each_kind
def test_restore_brings_it_back_whole_with_its_links(journal: Journal, kind: Kind) -> None:
    made = kind.make(journal)
    before = (_as_stored(journal, kind, made), _counts(kind), _links_to(made))
    kind.service(journal).trash(made.uuid)
    journal.trash.restore(*journal.trash.items())
    assert made.uuid in kind.listed(journal)
    assert journal.trash.items() == []
    assert (_as_stored(journal, kind, made), _counts(kind), _links_to(made)) == before


@each_kind
def test_purge_erases_it_with_its_children_and_the_links_to_it(
    journal: Journal, clock: FixedClock, kind: Kind
) -> None:
    made = kind.make(journal)
    assert all(_counts(kind).values()) and (made.linked_from is None or _links_to(made))
    kind.service(journal).trash(made.uuid)
    clock.set(LATER)
    assert journal.trash.purge(*journal.trash.items()) == 1
    with pytest.raises(NotFoundError):
        _stored(journal, kind, made.uuid)
    assert journal.trash.items() == [] and made.uuid not in kind.listed(journal)
    assert not any(_counts(kind).values())
    assert _links_to(made) == 0
    if made.linked_from is not None:  # the entry changed: it lost a link, and stays
        linking = journal.entries.get(made.linked_from)
        assert linking.updated_at == LATER and linking.deleted_at is None


@each_kind
def test_what_is_not_in_the_trash_is_neither_restored_nor_erased(
    journal: Journal, kind: Kind
) -> None:
    """An unknown UUID is refused as gone, a live record as not in the trash: never erased."""
    made = kind.make(journal)
    service = kind.service(journal)
    for act in (service.restore, service.purge):
        with pytest.raises(NotFoundError, match="no longer exists"):
            act(str(uuid4()))
        with pytest.raises(NotFoundError) as refused:
            act(made.uuid)
        assert str(refused.value) == f"“{kind.label}” is not in the trash."
    assert made.uuid in kind.listed(journal) and all(_counts(kind).values())


@each_kind
def test_retention_erases_what_waited_long_enough(
    journal: Journal, clock: FixedClock, kind: Kind
) -> None:
    old, recent = kind.make(journal), kind.make(journal)
    kind.service(journal).trash(old.uuid)
    clock.set(NOW + timedelta(days=300))
    kind.service(journal).trash(recent.uuid)
    assert journal.trash.purge_before(clock.now() - timedelta(days=90)) == 1
    assert [item.uuid for item in journal.trash.items()] == [recent.uuid]


def test_a_person_and_their_delegation_erased_together(journal: Journal) -> None:
    """Erasing a person takes their delegations: one also in the trash is not asked for again,
    whichever comes first."""
    for first in ("person", "delegation"):
        person = _person(journal)
        delegation = _delegation(journal, person)
        journal.delegations.trash(delegation)
        journal.people.trash(person)
        items = sorted(journal.trash.items(), key=lambda item: item.kind != first)
        assert journal.trash.purge(*items) == 2
        assert journal.trash.items() == [] and Delegation.select().count() == 0
    person = _person(journal)
    journal.delegations.trash(_delegation(journal, person))
    journal.people.trash(person)
    assert journal.trash.empty() == 2
    assert journal.trash.count() == 0 and Delegation.select().count() == 0


def test_the_trash_list_mixes_the_kinds_latest_first(journal: Journal, clock: FixedClock) -> None:
    made = {}
    for step, kind in enumerate(KINDS):
        made[kind.name] = kind.make(journal)
        clock.set(NOW + timedelta(minutes=step))
        kind.service(journal).trash(made[kind.name].uuid)
    assert [(item.kind, item.uuid) for item in journal.trash.items()] == [
        (kind.name, made[kind.name].uuid) for kind in reversed(KINDS)
    ]
    assert journal.trash.count() == len(KINDS)
    assert journal.trash.empty() == len(KINDS)
    assert journal.trash.count() == 0
    assert Entry.select().where(Entry.uuid == made["entry"].uuid).count() == 0
