"""Erasing a person (right to erasure): the preview says exactly what will change and changes
nothing; the erasure leaves no spelling of the name anywhere in the database, not even in the
file's bytes, keeps the facts that are not about them, and is recorded by alias only."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.exchange.person_report import held_since, person_document
from coachapp.folding import fold
from coachapp.services.delegations.delegations import DelegationDraft, Went
from coachapp.services.delegations.poker import Card as PokerCardDraft
from coachapp.services.exchange.journal_export import ExportOptions, journal_document
from coachapp.services.exchange.sharing import ERASURE, EXPORT, FEEDBACK
from coachapp.services.experiments.experiments import ExperimentDraft
from coachapp.services.experiments.experiments import TestCard as Card
from coachapp.services.journal.journal import EntryDraft, EntryFilter
from coachapp.services.people.erasure import ErasureService, NameFinder
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.services.people.skills import SkillDraft, SkillKind
from coachapp.services.rituals.rituals import Report, RitualDraft, Stakeholder, Status
from coachapp.services.today.self_assessment import Rating
from coachapp.storage.database import db
from coachapp.storage.models import (
    CoachComment,
    Delegation,
    Experiment,
    ExperimentPerson,
    Link,
    Person,
    PokerCard,
    PromptState,
    RitualAction,
    RitualParticipant,
    Skill,
    UserMethod,
)
from tests.conftest import NOW
from tests.unit.exchange.test_pseudonymise import LETTERS, written

NAME = "Hélène Dupont-Lefèvre"
OTHER = "Hélène Martin"  # shares a first name with her


def erasure_service(journal: Journal) -> ErasureService:
    return ErasureService(journal.clock, journal.people, journal.sharing, journal.export_keys)


@pytest.fixture
def erasure(journal: Journal) -> ErasureService:
    return erasure_service(journal)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def populate(journal: Journal) -> dict[str, str]:
    """A journal where she is everywhere: linked, named in every kind of text, delegate,
    learner, experiment owner and stakeholder, at a ritual, in a poker round, in coach comments,
    prompts, an own method and a self-assessment note; and Hélène Martin beside her."""
    people = journal.people
    her = people.create(PersonDraft(NAME, "Agent d'accueil", PersonKind.AGENT, "Accueil")).uuid
    other = people.create(
        PersonDraft(OTHER, "Agent", PersonKind.AGENT, notes="Binôme de helene dupont-lefevre.")
    ).uuid
    karim = people.create(PersonDraft("Karim Benali", "Conseiller", PersonKind.AGENT)).uuid
    entries = journal.entries
    linked = entries.create(
        EntryDraft(NOW, "Entretien annuel", "Objectifs fixés.", people=(her,), tags=("suivi",))
    ).uuid
    shouted = entries.create(
        EntryDraft(NOW - timedelta(days=1), "Accueil", "HÉLÈNE a repris le guichet.")
    )
    plain = entries.create(
        EntryDraft(
            NOW - timedelta(days=2), f"Point avec {nfd('Hélène')} Martin",
            f"helene dupont lefevre et {OTHER} ont préparé le planning avec "
            f"{nfd('Hélène DUPONT-LEFÈVRE')}.",
            tags=("Dupont-Lefèvre", "planning"), private=True,
        )
    ).uuid  # fmt: skip
    entries.create(EntryDraft(NOW - timedelta(days=3), "Budget", "Karim prépare les chiffres."))
    trashed = entries.create(EntryDraft(NOW - timedelta(days=4), "Vieux", "Lefèvre absente."))
    entries.trash(trashed.uuid)
    start = datetime(2026, 11, 2, 10, tzinfo=ZoneInfo("Europe/Paris"))
    ritual = journal.rituals.create(
        RitualDraft(
            "Atelier accueil", start, 60, place="Bureau de Lefèvre",
            agenda="Tour de table ouvert par Hélène Dupont-Lefèvre", people=(her, karim),
        )
    ).uuid  # fmt: skip
    journal.rituals.record(
        ritual, start,
        Report(Status.HELD, outcomes="Dupont-Lefèvre propose un guide.", people=(her, karim),
               groups=((Stakeholder.AGENTS, 2),)),
    )  # fmt: skip
    journal.rituals.add_action(ritual, "Relire le guide de Lefèvre", owner=her)
    delegations = journal.delegations
    hers = delegations.create(
        DelegationDraft("Planning de l'accueil", 3, 5, date(2026, 10, 1), person_uuid=her)
    ).uuid
    delegations.check_in(hers, day=date(2026, 11, 2), level=4, went=Went.WELL, note="Bien.")
    karims = delegations.create(
        DelegationDraft(
            "Ateliers numériques", 2, 4, date(2026, 10, 1), person_uuid=karim,
            notes="Avec l'appui de Hélène Dupont-Lefèvre",
        )
    ).uuid  # fmt: skip
    journal.poker.record(
        "Qui valide le planning ?",
        (PokerCardDraft(NAME, 3, her), PokerCardDraft("Karim", 4, karim)),
        3,
        delegation_uuid=karims,
    )
    journal.skills.create(SkillDraft(her, "Accueil numérique", SkillKind.KNOW_HOW, 1, 3))
    journal.skills.create(
        SkillDraft(karim, "Animation", SkillKind.INTERPERSONAL, 2, 3, notes="Comme Lefèvre.")
    )
    led = journal.experiments.create(
        ExperimentDraft("Accueil sans rendez-vous", Card("les usagers attendront moins"),
                        owner_uuid=her)
    ).uuid  # fmt: skip
    involved = journal.experiments.create(
        ExperimentDraft(
            "Guide du guichet", Card("HELENE DUPONT-LEFEVRE a raison"), people=(her, karim)
        )
    ).uuid
    journal.self_assessment.save(
        journal.self_assessment.this_month(), {"D1": Rating(3, "Essai mené par Lefèvre")}
    )
    comment = {
        "feedback_uuid": "f1", "export_id": "x1", "author": "Claire Roux", "written_at": NOW,
        "received_at": NOW,
    }  # fmt: skip
    CoachComment.create(
        uuid="c1", item_kind="person", item_uuid=her, item_title=NAME,
        text="Quelle délégation ?", **comment,
    )  # fmt: skip
    CoachComment.create(
        uuid="c2", item_kind="entry", item_uuid=shouted.uuid, item_title="Accueil",
        text="Bravo Hélène Dupont-Lefèvre !", **comment,
    )  # fmt: skip
    PromptState.create(rule_id="agent_unseen", subject=her, state="shown", updated_at=NOW)
    PromptState.create(rule_id="tag_recurs", subject="dupont-lefèvre", state="dismissed",
                       fingerprint="3", updated_at=NOW)  # fmt: skip
    method = {"key": "own-lefevre", "name": {"fr": "Méthode Lefèvre", "en": "Lefèvre's way"}}
    UserMethod.create(uuid=str(uuid.uuid4()), key="own-lefevre", data=json.dumps(method),
                      created_at=NOW, updated_at=NOW)  # fmt: skip
    journal.export_keys.keep("x0", {"Agent A": NAME, "Agent B": OTHER})
    return {
        "her": her, "other": other, "karim": karim, "linked": linked, "shouted": shouted.uuid,
        "plain": plain, "ritual": ritual, "hers": hers, "karims": karims, "led": led,
        "involved": involved,
    }  # fmt: skip


def dump(journal: Journal) -> list[str]:
    return list(journal.database.connection().iterdump())


def test_the_preview_counts_everything_and_writes_nothing(
    journal: Journal, erasure: ErasureService
) -> None:
    made = populate(journal)
    before = dump(journal)
    preview = erasure.preview(made["her"], lambda: "Personne effacée")

    assert dump(journal) == before
    assert preview.name == NAME and preview.alias == "Personne effacée A"
    assert preview.removed == {
        "person": 1, "delegations": 1, "skills": 1, "feedback": 1, "prompts": 1,
    }  # fmt: skip
    assert preview.unlinked == {
        "entries": 1, "record_links": 0, "rituals": 1, "actions": 1, "experiments_led": 1,
        "experiments": 1, "poker_cards": 1,
    }  # fmt: skip
    assert preview.rewritten == {
        "entries": 3,  # "HÉLÈNE", the decomposed and plain ones, the trashed one
        "people": 1,  # Hélène Martin's notes
        "rituals": 3,  # the series (place, agenda), the occurrence, the action
        "delegations": 1,  # Karim's notes (hers goes)
        "skills": 1,
        "experiments": 1,
        "self_assessment": 1,
        "feedback": 1,  # the comment on the entry (the one on her goes)
        "methods": 1,
        "prompts": 1,
    }  # fmt: skip
    assert preview.shared_parts == ("Hélène",)
    assert preview.delegation_areas == ("Planning de l'accueil",)
    assert len(preview.samples) == 5
    assert any(
        s.before == "HÉLÈNE a repris le guichet." and s.after == "Personne effacée A a repris "
        "le guichet." for s in preview.samples
    )  # fmt: skip


def texts_naming(path: Path, words: list[str], keep: list[str]) -> list[tuple[str, str, str]]:
    """(table, column, text) of every text in the file that holds one of `words` (folded, as a
    whole word), once the names in `keep` are taken out. (The full-text index's blocks hold
    words one by one: the file's bytes are searched for hers apart.)"""
    found = []
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )]  # fmt: skip
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info('{table}')")]
            for row in connection.execute(f"SELECT * FROM '{table}'"):
                for column, value in zip(columns, row, strict=True):
                    if not isinstance(value, str):
                        continue
                    folded = fold(value)
                    for name in keep:
                        folded = folded.replace(fold(name), "")
                    if any(re.search(rf"(?<!\w){w}(?!\w)", folded) for w in words):
                        found.append((table, column, value))
    finally:
        connection.close()
    return found


def test_the_erasure_leaves_no_trace_of_the_name(
    journal: Journal, erasure: ErasureService, paths: Any
) -> None:
    made = populate(journal)
    her = made["her"]
    result = erasure.erase(her, lambda: "Personne effacée")

    assert result.alias == "Personne effacée A"
    assert not Person.select().where(Person.uuid == her).exists()
    assert not Link.select().where(Link.target_uuid == her).exists()
    for model in (Delegation, Skill, RitualParticipant, PokerCard, ExperimentPerson):
        assert not model.select().where(model.person_uuid == her).exists()
    assert not Experiment.select().where(Experiment.owner_uuid == her).exists()
    assert not RitualAction.select().where(RitualAction.owner_uuid == her).exists()
    # No spelling of her name in any text of any table (Hélène Martin's name aside)...
    database = journal.paths.database
    assert texts_naming(database, ["helene", "dupont", "lefevre"], keep=[OTHER]) == []
    # ...nor in the file's bytes: the index merged, deleted content overwritten, log emptied.
    raw = database.read_bytes() + database.with_name(database.name + "-wal").read_bytes()
    for spelling in ("lefevre", "dupont", "lefèvre", nfd("lefèvre"), "LEFÈVRE"):
        assert spelling.encode() not in raw.lower(), spelling
    # The search no longer finds her, in any spelling.
    for query in ("Lefèvre", "dupont", "DUPONT-LEFEVRE", nfd("Hélène Dupont")):
        assert journal.entries.count(EntryFilter(text=query)) == 0
    assert (
        db.execute_sql(
            "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'lefevre OR dupont'"
        ).fetchone()[0]
        == 0
    )
    assert journal.entries.count(EntryFilter(text="Hélène Martin")) == 1  # the other one
    [erased] = [r for r in journal.sharing.records() if r.action == ERASURE]
    assert erased.file_name == "Personne effacée A" and erased.items == result.records


def test_what_is_not_about_her_is_kept(journal: Journal, erasure: ErasureService) -> None:
    made = populate(journal)
    erasure.erase(made["her"])

    plain = journal.entries.get(made["plain"]).draft
    assert plain.title == "Point avec Hélène Martin".replace("Hélène", nfd("Hélène"))
    assert plain.body == (
        "Erased person A et Hélène Martin ont préparé le planning avec Erased person A."
    )
    assert plain.tags == ("Erased person A", "planning") and plain.private
    assert journal.entries.get(made["linked"]).draft.people == ()
    assert journal.entries.tags() == ["Erased person A", "planning", "suivi"]
    # At the ritual, she is one more agent without a name; Karim is still there.
    occurrence = journal.rituals.occurrences(
        datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 3, tzinfo=UTC), made["ritual"]
    )[0]
    people, groups = journal.rituals.attendance(made["ritual"], occurrence.starts_at)
    assert people == (made["karim"],) and groups == ((Stakeholder.AGENTS, 3),)
    assert [c.participant for c in PokerCard.select().order_by(PokerCard.id)] == [
        "Erased person A", "Karim",
    ]  # fmt: skip
    assert journal.delegations.get(made["karims"]).draft.notes == (
        "Avec l'appui de Erased person A"
    )
    assert journal.experiments.get(made["led"]).draft.owner_uuid is None
    assert journal.experiments.get(made["involved"]).draft.people == (made["karim"],)
    other = journal.people.get(made["other"])
    assert other.notes == "Binôme de Erased person A." and other.updated_at == NOW
    assert journal.people.search("binome erased") == [other]
    assert [c.uuid for c in CoachComment.select()] == ["c2"]
    [prompt] = PromptState.select()
    assert prompt.subject == "Erased person A"
    [method] = UserMethod.select()
    assert method.key == "own-erased-person-a"
    assert json.loads(method.data)["key"] == method.key


def test_the_keys_of_pseudonymised_exports_forget_her(
    journal: Journal, erasure: ErasureService
) -> None:
    made = populate(journal)
    aliases = {"Agent A": NAME, "Agent B": OTHER, "Agent C": "Karim Benali"}
    journal.export_keys.keep("x1", aliases)
    journal.export_keys.keep("x2", {"Agent A": "Karim Benali"})
    assert erasure.preview(made["her"]).export_keys == 2  # x0 (populate) and x1 name her
    assert journal.export_keys.aliases("x1") == aliases  # the preview wrote nothing

    erasure.erase(made["her"])
    assert journal.export_keys.aliases("x1") == {**aliases, "Agent A": "Erased person A"}
    assert journal.export_keys.aliases("x2") == {"Agent A": "Karim Benali"}


def test_aliases_follow_each_other_and_never_name_them(
    journal: Journal, erasure: ErasureService
) -> None:
    first = journal.people.create(PersonDraft("Jeanne Roux")).uuid
    second = journal.people.create(PersonDraft("Erased Person")).uuid  # named like the alias
    assert erasure.erase(first).alias == "Erased person A"
    assert erasure.erase(second).alias == "[B]"


def test_the_journal_schema_records_erasures(journal: Journal) -> None:
    """The sharing record of a journal as migrations leave it takes an erasure (the schema's
    next version; failing here means that migration is missing)."""
    journal.sharing.erased("Erased person A", 3)
    assert [r.action for r in journal.sharing.records()] == [ERASURE]


# The report of what the journal holds on someone: what was shared while it held it.


def test_the_report_lists_what_was_shared_since_the_journal_held_them(
    journal: Journal, clock: FixedClock
) -> None:
    options = ExportOptions()
    clock.set(NOW - timedelta(days=10))
    journal.sharing.exported("json", "before.json", options, pseudonymised=False, entries=3,
                             export_id="x-before")  # fmt: skip
    clock.set(NOW - timedelta(days=5))
    her = journal.people.create(PersonDraft(NAME)).uuid
    clock.set(NOW - timedelta(days=2))
    journal.sharing.exported("html", "after.html", options, pseudonymised=True, entries=4,
                             export_id="x-after")  # fmt: skip
    clock.set(NOW - timedelta(days=1))
    journal.sharing.feedback("retour.json", 2, "x-after")
    journal.sharing.feedback("ancien.json", 1, "x-before")
    clock.set(NOW)
    # An entry older than her card, naming her, dates what the journal holds on her.
    journal.entries.create(EntryDraft(NOW - timedelta(days=30), "Accueil", "Lefèvre arrive."))
    db.execute_sql("UPDATE entry SET created_at = ?", ((NOW - timedelta(days=7)).isoformat(),))

    narrowed = person_document(journal_document(clock, ExportOptions(include_private=True)), her)
    since = held_since(narrowed)
    assert since == NOW - timedelta(days=7)
    shared = journal.sharing.since(since)
    assert [(s.action, s.file_name) for s in shared] == [
        (FEEDBACK, "retour.json"), (EXPORT, "after.html"),
    ]  # fmt: skip
    assert shared[1].pseudonymised


# Any name, any spelling.

NAME_WORDS = st.text(LETTERS, min_size=3, max_size=8)


@given(
    st.lists(NAME_WORDS, min_size=1, max_size=3).map(" ".join),
    st.lists(NAME_WORDS, min_size=1, max_size=3).map(" ".join),
    st.data(),
)
def test_the_finder_replaces_them_and_keeps_the_others(
    name: str, other: str, data: st.DataObject
) -> None:
    """Her name, however written, goes; someone else's name, written as on their card, stays
    (unless it is hers, or a part of hers: then it may be her)."""
    assume(fold(name) != fold(other))
    finder = NameFinder({"uuid": "p", "name": name}, [{"uuid": "o", "name": other}], "\ue0ff")
    pieces = data.draw(st.lists(st.one_of(written(name), st.just(other)), max_size=6))
    text = ", ".join(pieces)  # a comma ends a name
    result = finder.text(text)
    alone = NameFinder({"uuid": "p", "name": name}, [], "\ue0ff")
    rest = result.replace(other, "")
    assert alone.text(rest) == rest
    hers = {fold(word) for word in name.split()}
    if not hers & {fold(word) for word in other.split()}:
        assert result.count(other) == text.count(other)


@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=25, deadline=None
)  # each example writes and erases in SQLite: slow on a loaded machine
@given(st.lists(NAME_WORDS, min_size=1, max_size=3).map("-".join), st.data())
def test_any_name_leaves_the_journal_and_its_index(
    journal: Journal, name: str, data: st.DataObject
) -> None:
    erasure = erasure_service(journal)
    person = journal.people.create(PersonDraft(name)).uuid
    body = f"Vu {data.draw(written(name))} ce matin, puis {data.draw(written(name))}."
    entry = journal.entries.create(EntryDraft(NOW, data.draw(written(name)), body)).uuid
    erasure.erase(person)

    draft = journal.entries.get(entry).draft
    finder = NameFinder({"uuid": person, "name": name}, [], "\ue0ff")
    assert finder.text(draft.title) == draft.title and finder.text(draft.body) == draft.body
    assert journal.entries.count(EntryFilter(text=name.replace("-", " "))) == 0
