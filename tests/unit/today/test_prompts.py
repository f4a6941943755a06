"""The prompt engine over a real journal: facts gathered right, packs from IT, what the
manager does with a prompt (act, snooze, dismiss) kept, and no nagging."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from functools import cache
from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachapp.clock import FixedClock
from coachapp.coaching.engine import GROUP, Prompt, evaluate, grouped, render, spread
from coachapp.coaching.facts import (
    DelegationFact,
    EntryFact,
    ExperimentFact,
    Facts,
    PersonFact,
    RitualFact,
    SkillActionFact,
)
from coachapp.coaching.pack import Pack
from coachapp.coaching.questions import PILLARS, load_questions, question_of_the_day
from coachapp.context import Journal
from coachapp.resources import resource_path
from coachapp.services.delegations.delegations import DelegationDraft
from coachapp.services.experiments.experiments import ExperimentDraft, ExpStatus
from coachapp.services.experiments.experiments import TestCard as Card
from coachapp.services.journal.journal import EntryDraft, EntryKind
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.services.people.skills import SkillDraft, SkillKind
from coachapp.services.today.prompts import PromptService, gather_facts
from coachapp.storage.models import PromptState
from coachapp.timezones import local_zone

TODAY = date(2026, 11, 25)
BUILT_IN = resource_path("coaching", "prompts.json")
SCHEMA = resource_path("schemas", "prompts.schema.json")


def service(journal: Journal, clock: FixedClock, folder: Path | None = None) -> PromptService:
    return PromptService(clock, BUILT_IN, SCHEMA, resource_path("coaching", "questions.json"),
                         folder)  # fmt: skip


def write_pack(folder: Path, name: str, rules: object) -> None:
    folder.mkdir(exist_ok=True)
    document = {"format": "coachapp-prompts", "version": 1, "rules": rules}
    (folder / name).write_text(json.dumps(document), encoding="utf-8")


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=local_zone())


# Facts from the database


def test_facts_come_from_the_journal(journal: Journal) -> None:
    karim = journal.people.create(PersonDraft("Karim Benali")).uuid
    journal.entries.create(
        EntryDraft(at(TODAY - timedelta(days=3)), "Point", kind=EntryKind.ONE_TO_ONE,
                   people=(karim,))
    )  # fmt: skip
    gone = journal.entries.create(EntryDraft(at(TODAY), "Brouillon"))
    journal.entries.trash(gone.uuid)
    delegation = journal.delegations.create(
        DelegationDraft("Planning", 3, 5, TODAY - timedelta(days=40), person_uuid=karim)
    )
    journal.experiments.create(ExperimentDraft("Créneau", Card("x")), status=ExpStatus.RUNNING)
    facts = gather_facts(TODAY)
    assert facts.kind_days == {"one_to_one": [TODAY - timedelta(days=3)]}  # not the trashed
    assert facts.last(("one_to_one",)) == TODAY - timedelta(days=3)
    assert facts.first_day() == TODAY - timedelta(days=3)
    assert [a.name for a in facts.agents] == ["Karim Benali"]
    assert facts.last_one_to_one == {karim: TODAY - timedelta(days=3)}
    [fact] = facts.delegations
    assert (fact.uuid, fact.delegate, fact.level, fact.level_since) == (
        delegation.uuid, "Karim Benali", 3, TODAY - timedelta(days=40),
    )  # fmt: skip
    assert [(e.status, e.starts_on) for e in facts.experiments] == [("running", TODAY)]


def test_facts_read_one_by_one_only_what_the_rules_read_so(
    journal: Journal, clock: FixedClock
) -> None:
    """Showcases and mistakes come with their tags and people; tags' latest days, everyone's
    kind and who has a skill plan come too."""
    karim = journal.people.create(PersonDraft("Karim Benali")).uuid
    sophie = journal.people.create(PersonDraft("Sophie Lemaire", kind=PersonKind.MANAGER)).uuid
    shown = journal.entries.create(
        EntryDraft(at(TODAY - timedelta(days=20)), "Le projet au conseil", kind=EntryKind.SHOWCASE,
                   tags=("Projet de territoire", "intranet"), people=(karim,))
    )  # fmt: skip
    journal.entries.create(EntryDraft(at(TODAY - timedelta(days=8)), "Séance", tags=("Mentorat",)))
    journal.skills.create(SkillDraft(karim, "Accueil numérique", SkillKind.KNOW_HOW, 1, 3))
    prompts = service(journal, clock)
    assert {"showcase", "learning_error", "learning_incident"} <= prompts.detailed_kinds()
    assert "note" not in prompts.detailed_kinds()
    facts = gather_facts(TODAY, detailed=prompts.detailed_kinds())
    [entry] = facts.detailed
    assert (entry.uuid, entry.kind, entry.people) == (shown.uuid, "showcase", frozenset({karim}))
    assert entry.tags == {"projet de territoire", "intranet"}
    assert facts.tag_last["mentorat"] == TODAY - timedelta(days=8)
    assert facts.person_kinds == {karim: "agent", sophie: "manager"}
    assert facts.skill_holders == {"agent": 1}
    assert not gather_facts(TODAY).detailed  # what no rule reads is not fetched


def test_only_people_who_joined_lately_are_newcomers(journal: Journal, clock: FixedClock) -> None:
    """Typed in today is not arrived today: the first-weeks prompt goes by the arrival day."""
    prompts = service(journal, clock)
    journal.people.create(PersonDraft("Karim Benali"))  # worked there for years, date unknown
    assert not [p for p in prompts.all_prompts(TODAY) if p.rule.id == "AGT-4"]
    journal.people.create(PersonDraft("Hélène Dupont", arrived_on=date(2012, 9, 3)))
    assert not [p for p in prompts.all_prompts(TODAY) if p.rule.id == "AGT-4"]

    lea = journal.people.create(PersonDraft("Léa Martin", arrived_on=TODAY - timedelta(days=9)))
    [welcome] = [p for p in prompts.all_prompts(TODAY) if p.rule.id == "AGT-4"]
    assert welcome.subject == lea.uuid
    assert {a.name: a.arrived for a in gather_facts(TODAY).agents} == {
        "Hélène Dupont": date(2012, 9, 3), "Karim Benali": None,
        "Léa Martin": TODAY - timedelta(days=9),
    }  # fmt: skip
    journal.entries.create(
        EntryDraft(at(TODAY - timedelta(days=1)), "Accueil", kind=EntryKind.ONE_TO_ONE,
                   people=(lea.uuid,))
    )  # fmt: skip
    assert not [p for p in prompts.all_prompts(TODAY) if p.rule.id == "AGT-4"]


# The engine on any journal

DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
WORDS = st.text(max_size=12)
FACTS = st.builds(
    Facts,
    today=DAYS,
    entries=st.lists(st.builds(EntryFact, WORDS, DAYS, st.sampled_from(
        ["note", "recognition", "showcase", "change_step", "learning_error", "one_to_one",
         "learning_incident", "stakeholder_contact", "decision"]), WORDS), max_size=30).map(tuple),
    agents=st.lists(st.builds(PersonFact, WORDS, WORDS, st.just("agent"), DAYS,
                              st.none() | DAYS), max_size=5).map(tuple),
    last_one_to_one=st.dictionaries(WORDS, DAYS, max_size=5),
    last_contact=st.dictionaries(st.sampled_from(["usager_representative", "partner",
                                                  "elected_official"]), DAYS),
    learning_tags=st.lists(st.tuples(DAYS, WORDS), max_size=10).map(tuple),
    rituals=st.lists(st.builds(RitualFact, WORDS, WORDS, WORDS, DAYS,
                               st.frozensets(st.sampled_from(["agents", "usagers", "elected"])),
                               st.integers(0, 3), st.booleans()), max_size=8).map(tuple),
    delegations=st.lists(st.builds(DelegationFact, WORDS, WORDS, WORDS, st.none() | WORDS,
                                   st.integers(1, 7), st.integers(1, 7), st.none() | DAYS, DAYS,
                                   st.lists(st.sampled_from(["well", "mixed", "difficult"]),
                                            max_size=5).map(tuple)), max_size=5).map(tuple),
    overdue_actions=st.lists(st.builds(SkillActionFact, WORDS, WORDS, WORDS, WORDS, WORDS, DAYS),
                             max_size=4).map(tuple),
    interpersonal_skills=st.integers(0, 3),
    experiments=st.lists(st.builds(ExperimentFact, WORDS, WORDS, st.sampled_from(
        ["idea", "planned", "running", "concluded", "abandoned"]), DAYS, st.none() | DAYS,
        st.none() | DAYS, st.none() | DAYS, st.none() | st.sampled_from(
            ["validated", "invalidated", "inconclusive"])), max_size=6).map(tuple),
    detailed=st.lists(st.builds(EntryFact, WORDS, DAYS, st.sampled_from(
        ["showcase", "learning_error", "learning_incident"]), WORDS,
        st.frozensets(st.sampled_from(["projet de territoire", "mentorat", "x"])),
        st.frozensets(WORDS, max_size=2)), max_size=10).map(tuple),
    tag_last=st.dictionaries(st.sampled_from(["mentorat", "codeveloppement", "x"]), DAYS),
    person_kinds=st.dictionaries(WORDS, st.sampled_from(["agent", "manager"]), max_size=4),
    skill_holders=st.dictionaries(st.sampled_from(["agent", "manager"]), st.integers(0, 5)),
)  # fmt: skip


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(FACTS)
def test_the_engine_never_raises_and_is_deterministic(facts: Facts) -> None:
    rules = built_in().rules.values()
    first = evaluate(rules, facts)
    again = evaluate(rules, facts)
    assert [(p.key, p.fingerprint, p.values) for p in first] == [
        (p.key, p.fingerprint, p.values) for p in again
    ]
    priorities = [p.rule.priority for p in first]
    assert priorities == sorted(priorities, reverse=True)
    cards = spread(grouped(first))
    assert sorted(p.key for card in cards for p in card.members) == sorted(p.key for p in first)
    for card in cards:
        for language in ("fr", "en"):
            assert card.text(language) and card.why(language)
            assert all(isinstance(item.label(language), str) for item in card.items)


@cache
def built_in() -> Pack:
    return Pack(BUILT_IN, SCHEMA)


def test_render_keeps_unknown_placeholders_and_stray_braces() -> None:
    assert render("Bonjour {name}, {unknown}", {"name": "Léa"}) == "Bonjour Léa, {unknown}"
    assert render("Un { seul", {}) == "Un { seul"


# Packs from IT


def test_an_it_pack_changes_thresholds_and_texts_adds_and_switches_off(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    write_pack(folder, "10-local.json", [
        {"id": "MGR-5", "params": {"days": 14}, "text": {"fr": "Un mot sur la quinzaine ?"}},
        {"id": "MEB-2", "enabled": False},
        {"id": "LOCAL-1", "pillar": "CHG", "condition": "no_entry_of_kinds",
         "params": {"kinds": ["decision"], "days": 10}, "priority": 20,
         "action": {"kind": "new_entry", "entry_kind": "decision"},
         "text": {"en": "Any decision lately?"},
         "why": {"default": {"en": "No decision since {last}."}}},
    ])  # fmt: skip
    pack = Pack(BUILT_IN, SCHEMA, folder)
    assert pack.problems == []
    silent = pack.rules["MGR-5"]
    assert silent.params["days"] == 14 and silent.source.endswith("10-local.json")
    assert silent.text["fr"] == "Un mot sur la quinzaine ?"
    assert silent.text["en"] == built_in().rules["MGR-5"].text["en"]  # kept
    assert not pack.rules["MEB-2"].enabled
    assert pack.rules["LOCAL-1"].text["en"] == "Any decision lately?"


def test_bad_packs_are_left_out_with_a_clear_problem(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    write_pack(folder, "a.json", [{"id": "MGR-5", "priority": "high"}])
    write_pack(folder, "b.json", [{"id": "NEW-1", "pillar": "MGR"}])
    write_pack(folder, "c.json", [
        {"id": "NEW-2", "pillar": "MGR", "condition": "moon_phase", "priority": 5,
         "action": {"kind": "open_grid"}, "text": {"en": "x"}, "why": {"default": {"en": "y"}}},
    ])  # fmt: skip
    (folder / "d.json").write_text("{not json", encoding="utf-8")
    write_pack(folder, "e.json", "rules")
    pack = Pack(BUILT_IN, SCHEMA, folder)
    problems = [str(p) for p in pack.problems]
    assert len(problems) == 5
    assert "a.json: rules[0].priority: 'high' is not of type 'integer'" in problems[0]
    assert "b.json: rules[0]" in problems[1] and "required property" in problems[1]
    assert "c.json: rules[0].condition: unknown condition 'moon_phase'" in problems[2]
    assert "d.json: not valid JSON" in problems[3]
    assert "e.json: rules: 'rules' is not of type 'array'" in problems[4]
    assert pack.rules["MGR-5"].priority == Pack(BUILT_IN, SCHEMA).rules["MGR-5"].priority
    assert "NEW-1" not in pack.rules and "NEW-2" not in pack.rules
    missing = Pack(BUILT_IN, SCHEMA, tmp_path / "nowhere")
    assert [str(p) for p in missing.problems] == [
        f"{tmp_path / 'nowhere'}: this folder does not exist"
    ]


# Cards: several prompts of a rule make one; the top spreads over the pillars


def late(n: int) -> DelegationFact:
    return DelegationFact(f"d{n}", f"Sujet {n}", "Karim", "p1", 3, 5,
                          TODAY - timedelta(days=n), TODAY - timedelta(days=60), ())  # fmt: skip


def test_eight_late_check_ins_make_one_card_listing_them_latest_due_first() -> None:
    facts = Facts(TODAY, entries=(EntryFact("e", TODAY - timedelta(days=400), "note", "x"),),
                  delegations=tuple(late(n) for n in range(2, 10)))  # fmt: skip
    found = evaluate(built_in().rules.values(), facts)
    [card] = [c for c in grouped(found) if c.rule.id == "MGR-1"]
    assert card.subject == GROUP and len(card.items) == 8
    assert card.text("en") == "8 check-ins are late"
    assert card.why("en", str) == "The oldest, with Karim on “Sujet 9”, was due on " + (
        f"{TODAY - timedelta(days=9)}, Days(count=9) ago."
    )
    assert [i.values["area"] for i in card.items][:3] == ["Sujet 9", "Sujet 8", "Sujet 7"]
    assert card.items[0].label("fr", str).startswith("Karim\u00a0: «\u00a0Sujet 9\u00a0»")
    two = Facts(TODAY, entries=facts.entries, delegations=(late(2), late(3)))
    assert [c.subject for c in grouped(evaluate(built_in().rules.values(), two))
            if c.rule.id == "MGR-1"] == ["d3", "d2"]  # fewer than the group's "from"  # fmt: skip


def test_the_first_cards_come_from_different_pillars() -> None:
    rules = built_in().rules

    def prompt(rule_id: str, subject: str) -> Prompt:
        return Prompt(rules[rule_id], subject, "", {}, "default", {})

    ordered = [prompt("EXP-2", "a"), prompt("EXP-2", "b"), prompt("MGR-1", "c"),
               prompt("EXP-4", "d"), prompt("AGT-3", "e"), prompt("MGR-2", "f")]  # fmt: skip
    assert [p.subject for p in spread(ordered)] == ["a", "c", "e", "b", "d", "f"]


def test_an_it_pack_changes_a_group_and_cannot_half_make_one(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    write_pack(folder, "10-local.json", [
        {"id": "MGR-1", "group": {"from": 5, "text": {"fr": "{count} points en attente"}}},
        {"id": "MGR-4", "group": {"from": 2}},
    ])  # fmt: skip
    pack = Pack(BUILT_IN, SCHEMA, folder)
    rule = pack.rules["MGR-1"]
    assert rule.group_from == 5 and rule.group["text"]["fr"] == "{count} points en attente"
    assert rule.group["text"]["en"] == "{count} check-ins are late"  # kept
    assert [str(p) for p in pack.problems] == [
        f"{folder / '10-local.json'}: rules[1].group: 'text' is a required property"
    ]


# What the manager does with a prompt


def silent_journal(journal: Journal, clock: FixedClock) -> None:
    """A journal begun 30 days ago and silent for 12 days: MGR-5 speaks."""
    clock.set(at(TODAY - timedelta(days=30)))
    journal.entries.create(EntryDraft(at(TODAY - timedelta(days=30)), "Début"))
    journal.entries.create(EntryDraft(at(TODAY - timedelta(days=12)), "Dernière note"))
    clock.set(at(TODAY))


def keys(prompts: PromptService, day: date = TODAY) -> list[str]:
    return [p.rule.id for p in prompts.current(day).prompts]


def test_act_snooze_and_dismiss_are_kept(journal: Journal, clock: FixedClock) -> None:
    silent_journal(journal, clock)
    prompts = service(journal, clock)
    [silence] = [p for p in prompts.current().prompts if p.rule.id == "MGR-5"]
    prompts.snooze(silence, TODAY + timedelta(days=3))
    assert "MGR-5" not in keys(prompts)
    assert "MGR-5" not in keys(service(journal, clock))  # kept in the journal
    assert "MGR-5" in keys(prompts, TODAY + timedelta(days=3))  # back on its day
    prompts.dismiss(silence)
    assert "MGR-5" not in keys(prompts, TODAY + timedelta(days=5))  # same silence, same facts
    journal.entries.create(EntryDraft(at(TODAY), "Enfin"))
    later = TODAY + timedelta(days=10)
    assert "MGR-5" in keys(prompts, later)  # a new silence: the subject changed
    [again] = [p for p in prompts.current(later).prompts if p.rule.id == "MGR-5"]
    prompts.act(again)
    assert "MGR-5" not in keys(prompts, later)


def test_a_kind_switched_off_stays_off_until_switched_on(
    journal: Journal, clock: FixedClock
) -> None:
    silent_journal(journal, clock)
    prompts = service(journal, clock)
    [silence] = [p for p in prompts.current().prompts if p.rule.id == "MGR-5"]
    prompts.dismiss(silence, never_again=True)
    journal.entries.create(EntryDraft(at(TODAY), "Enfin"))
    assert "MGR-5" not in keys(prompts, TODAY + timedelta(days=20))
    assert prompts.switched_off() == ["MGR-5"]
    prompts.switch_on("MGR-5")
    assert "MGR-5" in keys(prompts, TODAY + timedelta(days=20))


def test_ignored_prompts_back_off_longer_each_time(journal: Journal, clock: FixedClock) -> None:
    silent_journal(journal, clock)
    prompts = service(journal, clock)
    shown_days = []
    for offset in range(60):
        day = TODAY + timedelta(days=offset)
        today = [p for p in prompts.current(day).prompts if p.rule.id == "MGR-5"]
        if today:
            shown_days.append(offset)
            prompts.seen(today, day)
    # Shown four days running, then a week's rest, then two, then four.
    assert shown_days[:4] == [0, 1, 2, 3]
    gaps = [b - a for a, b in pairwise(shown_days[3:])]
    assert gaps[:3] == [7, 14, 28]


def test_what_is_done_with_a_card_is_done_with_each_prompt_it_lists(
    journal: Journal, clock: FixedClock
) -> None:
    silent_journal(journal, clock)
    karim = journal.people.create(PersonDraft("Karim Benali")).uuid
    for n in range(3, 7):
        journal.delegations.create(
            DelegationDraft(f"Sujet {n}", 3, 5, TODAY - timedelta(days=25), person_uuid=karim,
                            next_checkin=TODAY - timedelta(days=n))
        )  # fmt: skip
    prompts = service(journal, clock)
    [card] = [p for p in prompts.current().prompts if p.rule.id == "MGR-1"]
    assert len(card.items) == 4
    prompts.act(card.items[0])  # one line opened and done: three left, still a card
    [card] = [p for p in prompts.current().prompts if p.rule.id == "MGR-1"]
    assert len(card.items) == 3
    prompts.seen([card])
    assert PromptState.select().where(PromptState.state == "shown").count() == 3
    prompts.dismiss(card)
    assert not [p for p in prompts.current().prompts if p.rule.id == "MGR-1"]
    assert PromptState.select().where(PromptState.state == "dismissed").count() == 3


def test_snoozing_to_today_or_before_is_refused(journal: Journal, clock: FixedClock) -> None:
    silent_journal(journal, clock)
    prompts = service(journal, clock)
    prompt = prompts.current().prompts[0]
    try:
        prompts.snooze(prompt, TODAY)
    except ValueError:
        pass
    else:
        raise AssertionError("a snooze until today was accepted")
    assert prompts.current().prompts[0].key == prompt.key


def test_question_of_the_day_is_stable_and_leans_to_quiet_pillars(
    journal: Journal, clock: FixedClock
) -> None:
    prompts = service(journal, clock)
    first = prompts.current(TODAY).question
    assert first is not None and first == prompts.current(TODAY).question
    seen = {getattr(prompts.current(TODAY + timedelta(days=n)).question, "id", "")
            for n in range(60)}  # fmt: skip
    assert len(seen) > 20
    questions = load_questions(resource_path("coaching", "questions.json"))
    busy = {pillar: 50 for pillar in PILLARS if pillar != "INC"}
    picked = [question_of_the_day(questions, busy, TODAY + timedelta(days=n)) for n in range(400)]
    share = sum(1 for q in picked if q and q.pillar == "INC") / len(picked)
    assert share > 0.5  # the pillar with no entry comes up most days, the others still do
