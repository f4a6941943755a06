"""Each rule of the built-in pack on crafted facts at a fixed date: fires, stays quiet, and
says why in both languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache

import pytest

from coachapp.coaching.engine import Prompt, evaluate
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
from coachapp.coaching.quantities import Days
from coachapp.resources import resource_path

TODAY = date(2026, 11, 25)
LONG_AGO = TODAY - timedelta(days=400)  # the journal's first entry: every window is covered


@cache
def pack() -> Pack:
    return Pack(resource_path("coaching", "prompts.json"),
                resource_path("schemas", "prompts.schema.json"))  # fmt: skip


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def entry(kind: str, ago: int, title: str = "", uuid: str = "") -> EntryFact:
    return EntryFact(uuid or f"{kind}-{ago}", days_ago(ago), kind, title or kind)


def facts(*entries: EntryFact, **fields: object) -> Facts:
    """A journal begun long ago, with these entries and facts (a note on its first day)."""
    return Facts(TODAY, entries=(entry("note", 400), *entries), **fields)  # type: ignore[arg-type]


def fired(rule_id: str, state: Facts) -> list[Prompt]:
    return evaluate([pack().rules[rule_id]], state)


def shown(value: object, language: str) -> str:
    """Values as a reader sees them (without Qt): days ISO, durations with their unit."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Days):
        unit = {"fr": "jour", "en": "day"}[language]
        return f"{value.count} {unit}{'s' if value.count > 1 else ''}"
    return str(value)


def why(prompt: Prompt, language: str = "en") -> str:
    return prompt.why(language, lambda v: shown(v, language))


def experiment(status: str, **fields: object) -> ExperimentFact:
    values: dict[str, object] = {
        "uuid": f"x-{status}", "title": "Créneau du jeudi", "status": status,
        "created": days_ago(100), "starts_on": None, "review_on": None,
        "concluded_on": None, "outcome": None,
    }  # fmt: skip
    values.update(fields)
    return ExperimentFact(**values)  # type: ignore[arg-type]


def ritual(ago: int, groups: tuple[str, ...] = ("agents",), **fields: object) -> RitualFact:
    values: dict[str, object] = {
        "ritual_uuid": f"r-{ago}", "title": "Atelier accueil", "method_key": "world-cafe",
        "day": days_ago(ago), "groups": frozenset(groups), "actions": 1, "debriefed": True,
    }  # fmt: skip
    values.update(fields)
    return RitualFact(**values)  # type: ignore[arg-type]


def delegation(**fields: object) -> DelegationFact:
    values: dict[str, object] = {
        "uuid": "d1", "area": "Planning", "delegate": "Karim", "person_uuid": "p1",
        "level": 3, "target_level": 5, "next_checkin": days_ago(-7),
        "level_since": days_ago(30), "recent_went": ("well",),
    }  # fmt: skip
    values.update(fields)
    return DelegationFact(**values)  # type: ignore[arg-type]


AGENT = PersonFact("p1", "Karim Benali", "agent", days_ago(300))


def test_the_pack_covers_every_pillar_with_at_least_24_rules() -> None:
    rules = pack().rules.values()
    assert len(rules) >= 24
    assert {r.pillar for r in rules} == {"EXP", "ERR", "COC", "INC", "AGT", "MGR", "MEB", "CHG"}
    assert pack().problems == []
    for rule in rules:
        assert rule.text["fr"] and rule.text["en"]
        assert all(set(texts) == {"fr", "en"} for texts in rule.why.values())


# Experimentation


def test_exp1_no_experiment_running() -> None:
    [prompt] = fired("EXP-1", facts(experiments=(experiment("concluded", starts_on=days_ago(90)),)))
    assert why(prompt) == f"No experiment is running; the last one started on {days_ago(90)}."
    assert why(fired("EXP-1", facts())[0]) == "The journal holds no experiment yet."
    assert "ce que vous pouvez décider vous-même" in prompt.text("fr")  # never "without asking"
    assert not fired("EXP-1", facts(experiments=(experiment("running"),)))
    recent = experiment("concluded", starts_on=days_ago(20))
    assert not fired("EXP-1", facts(experiments=(recent,)))
    young = Facts(TODAY, entries=(entry("note", 10),))  # a journal begun ten days ago
    assert not fired("EXP-1", young)


def test_exp2_review_overdue_without_learning_card() -> None:
    late = experiment("running", review_on=days_ago(10))
    [prompt] = fired("EXP-2", facts(experiments=(late,)))
    assert prompt.action == {"kind": "conclude_experiment", "experiment": "x-running"}
    assert prompt.text("en") == "Review “Créneau du jeudi”: what did you observe and learn?"
    assert "il y a 10 jours" in why(prompt, "fr")
    assert not fired("EXP-2", facts(experiments=(replace(late, review_on=days_ago(5)),)))
    assert not fired("EXP-2", facts(experiments=(replace(late, status="concluded"),)))


def test_exp3_every_experiment_succeeds() -> None:
    done = tuple(
        experiment("concluded", uuid=f"x{n}", concluded_on=days_ago(10 * n), outcome="validated")
        for n in range(1, 5)
    )
    [prompt] = fired("EXP-3", facts(experiments=done))
    assert why(prompt) == "All 4 experiments concluded in 90 days were validated."
    assert not fired("EXP-3", facts(experiments=done[:3]))
    mixed = (*done[:3], replace(done[3], outcome="invalidated"))
    assert not fired("EXP-3", facts(experiments=mixed))


def test_exp4_idea_waiting() -> None:
    [prompt] = fired("EXP-4", facts(experiments=(experiment("idea", created=days_ago(60)),)))
    assert prompt.action["experiment"] == "x-idea"
    assert not fired("EXP-4", facts(experiments=(experiment("idea", created=days_ago(10)),)))


def test_exp5_validated_experiment_to_showcase() -> None:
    won = experiment("concluded", concluded_on=days_ago(20), outcome="validated")
    [prompt] = fired("EXP-5", facts(experiments=(won,)))
    assert prompt.action == {"kind": "new_entry", "entry_kind": "showcase", "experiment": won.uuid}
    assert not fired("EXP-5", facts(entry("showcase", 5), experiments=(won,)))


# Right to error


def test_err1_invalidated_experiment_to_celebrate() -> None:
    lost = experiment("concluded", concluded_on=days_ago(3), outcome="invalidated")
    [prompt] = fired("ERR-1", facts(experiments=(lost,)))
    assert "that is learning, not failure" in why(prompt)
    assert not fired("ERR-1", facts(experiments=(replace(lost, concluded_on=days_ago(30)),)))
    assert not fired("ERR-1", facts(experiments=(replace(lost, outcome="validated"),)))


def test_err2_silence_on_errors_while_experimenting() -> None:
    running = (experiment("running"),)
    [prompt] = fired("ERR-2", facts(entry("learning_error", 100), experiments=running))
    assert why(prompt) == (
        f"“Créneau du jeudi” is running, and no mistake, incident or lesson has been noted since "
        f"{days_ago(100)}."
    )
    two = (*running, experiment("running", uuid="x2", title="Accueil sans rendez-vous"))
    [prompt] = fired("ERR-2", facts(experiments=two))
    assert why(prompt, "fr") == (
        "2 expérimentations sont en cours, et aucune erreur, aucun incident ni enseignement "
        "n’est noté dans le journal."
    )  # a plural, never « expérimentation(s) »
    assert not fired("ERR-2", facts(entry("learning_insight", 10), experiments=running))
    assert not fired("ERR-2", facts())


def test_err3_the_same_problem_coming_back() -> None:
    tags = tuple((days_ago(n), "accueil téléphonique") for n in (5, 20, 40))
    tags += tuple((days_ago(n), "incident") for n in range(1, 10))
    setbacks = [entry("learning_incident", n) for n in range(1, 10)]
    [prompt] = fired("ERR-3", facts(*setbacks, learning_tags=tags))
    assert prompt.values["tag"] == "accueil téléphonique"  # "incident" is on every one of them
    assert not fired("ERR-3", facts(*setbacks, learning_tags=tags[1:3]))


def test_err4_no_own_mistake_shared() -> None:
    assert (
        why(fired("ERR-4", facts())[0], "fr") == "Aucune erreur n’est encore notée dans le journal."
    )
    assert not fired("ERR-4", facts(entry("learning_error", 30)))


# Co-construction


def test_coc1_no_co_construction_ritual() -> None:
    [prompt] = fired("COC-1", facts(rituals=(ritual(45),)))
    assert (
        why(prompt) == f"No co-construction ritual held since {days_ago(45)} (“Atelier accueil”)."
    )
    assert not fired("COC-1", facts(rituals=(ritual(10),)))


def test_coc2_rituals_without_agents() -> None:
    without = (ritual(20, ("managers",)), ritual(10, ("elected",)))
    [prompt] = fired("COC-2", facts(rituals=without))
    assert prompt.values["count"] == 2
    assert not fired("COC-2", facts(rituals=(*without, ritual(5, ("agents",)))))


def test_coc3_always_the_same_method() -> None:
    same = tuple(ritual(n) for n in (50, 40, 30, 20, 10))
    assert fired("COC-3", facts(rituals=same))
    assert not fired("COC-3", facts(rituals=(*same[:4], ritual(5, method_key="triz"))))


def test_coc4_workshop_without_follow_up() -> None:
    quiet = ritual(20, actions=0, debriefed=False)
    [prompt] = fired("COC-4", facts(rituals=(quiet,)))
    assert prompt.action == {
        "kind": "open_ritual",
        "ritual": "r-20",
        "day": days_ago(20).isoformat(),
    }
    assert not fired("COC-4", facts(rituals=(replace(quiet, debriefed=True),)))
    assert not fired("COC-4", facts(rituals=(ritual(5, actions=0, debriefed=False),)))


# Inclusion


def test_inc1_rituals_without_service_users() -> None:
    held = tuple(ritual(n) for n in (70, 40, 10))
    assert fired("INC-1", facts(rituals=held))
    assert not fired("INC-1", facts(rituals=(*held, ritual(5, ("agents", "usagers")))))


@pytest.mark.parametrize(("rule_id", "kind"), [
    ("INC-2", "usager_representative"), ("INC-3", "elected_official"), ("INC-4", "partner"),
])  # fmt: skip
def test_inc_no_contact_with_a_stakeholder_group(rule_id: str, kind: str) -> None:
    [prompt] = fired(rule_id, facts(last_contact={kind: days_ago(200)}))
    assert str(days_ago(200)) in why(prompt)
    assert prompt.action["entry_kind"] == "stakeholder_contact"
    assert not fired(rule_id, facts(last_contact={kind: days_ago(3)}))


# Agents


def test_agt1_agents_without_a_one_to_one() -> None:
    [prompt] = fired("AGT-1", facts(agents=(AGENT,), last_one_to_one={"p1": days_ago(120)}))
    assert prompt.action == {"kind": "new_entry", "entry_kind": "one_to_one", "person": "p1"}
    assert "Karim Benali" in prompt.text("fr")
    assert not fired("AGT-1", facts(agents=(AGENT,), last_one_to_one={"p1": days_ago(20)}))
    many = tuple(PersonFact(f"p{n}", f"Agent {n}", "agent", days_ago(300)) for n in range(35))
    assert len(fired("AGT-1", facts(agents=many))) == 30  # the thirty waiting longest


def test_agt2_skill_plan_actions_overdue() -> None:
    late = SkillActionFact("s1", "Accueil numérique", "p1", "Karim Benali", "Formation CNFPT",
                           days_ago(12))  # fmt: skip
    [prompt] = fired("AGT-2", facts(overdue_actions=(late,)))
    assert prompt.action == {"kind": "open_person", "person": "p1"}
    assert "Formation CNFPT" in why(prompt)
    assert not fired("AGT-2", facts())


def test_agt3_no_interpersonal_skill_in_plans() -> None:
    team = tuple(PersonFact(f"p{n}", f"Agent {n}", "agent", days_ago(300)) for n in range(3))
    assert fired("AGT-3", facts(agents=team))
    assert not fired("AGT-3", facts(agents=team, interpersonal_skills=1))
    assert not fired("AGT-3", facts(agents=team[:2]))


def test_agt4_a_recent_arrival_without_a_welcome_conversation() -> None:
    newcomer = PersonFact("p9", "Léa Martin", "agent", days_ago(300), arrived=days_ago(8))
    [prompt] = fired("AGT-4", facts(agents=(newcomer,)))
    assert prompt.action["person"] == "p9"
    assert (
        why(prompt) == f"Léa Martin joined the team on {days_ago(8)}, with no one-to-one "
        "noted since."
    )
    assert (
        why(prompt, "fr") == f"Léa Martin a rejoint l’équipe le {days_ago(8)}, sans "
        "entretien individuel noté depuis."
    )
    assert not fired("AGT-4", facts(agents=(newcomer,), last_one_to_one={"p9": days_ago(2)}))
    # A one-to-one before they arrived (the recruitment interview) is not the welcome one.
    assert fired("AGT-4", facts(agents=(newcomer,), last_one_to_one={"p9": days_ago(40)}))


def test_agt4_an_old_arrival_is_not_new_even_if_just_typed_in() -> None:
    veteran = PersonFact("p9", "Karim Benali", "agent", TODAY, arrived=date(2014, 9, 1))
    assert not fired("AGT-4", facts(agents=(veteran,)))
    assert not fired("AGT-4", facts(agents=(replace(veteran, arrived=days_ago(31)),)))
    expected = PersonFact("p8", "Inès Garcia", "agent", TODAY, arrived=days_ago(-14))
    assert not fired("AGT-4", facts(agents=(expected,)))  # not arrived yet


def test_agt4_no_arrival_date_is_never_new() -> None:
    just_added = PersonFact("p9", "Karim Benali", "agent", TODAY)
    assert not fired("AGT-4", facts(agents=(just_added,)))
    assert not fired("AGT-4", facts(agents=(replace(just_added, since=days_ago(8)),)))


def test_agt1_waits_for_a_newcomer_to_have_been_there_the_whole_window() -> None:
    recent = PersonFact("p9", "Léa Martin", "agent", days_ago(300), arrived=days_ago(20))
    assert not fired("AGT-1", facts(agents=(recent,)))
    assert fired("AGT-1", facts(agents=(replace(recent, arrived=days_ago(200)),)))


# The manager's role


def test_mgr1_check_in_overdue() -> None:
    [prompt] = fired("MGR-1", facts(delegations=(delegation(next_checkin=days_ago(4)),)))
    assert prompt.text("en") == "Check in with Karim on “Planning”."
    assert why(prompt) == f"The check-in was due on {days_ago(4)}, 4 days ago."
    assert not fired("MGR-1", facts(delegations=(delegation(),)))


def test_mgr2_delegation_ready_to_grow() -> None:
    steady = delegation(level_since=days_ago(120), recent_went=("well", "well", "mixed"))
    [prompt] = fired("MGR-2", facts(delegations=(steady,)))
    assert prompt.action == {"kind": "open_delegation", "delegation": "d1"}
    assert not fired("MGR-2", facts(delegations=(replace(steady, recent_went=("well", "mixed")),)))
    assert not fired("MGR-2", facts(delegations=(replace(steady, level=5),)))
    assert not fired("MGR-2", facts(delegations=(replace(steady, level_since=days_ago(30)),)))


def test_mgr3_mostly_tell_and_sell() -> None:
    low = tuple(delegation(uuid=f"d{n}", level=n % 2 + 1) for n in range(3))
    [prompt] = fired("MGR-3", facts(delegations=low))
    assert why(prompt, "fr") == "3 délégations sur 3 (100\u00a0%) sont aux niveaux 1 ou 2."
    assert not fired("MGR-3", facts(delegations=(*low[:1], delegation(uuid="x", level=4),
                                                delegation(uuid="y", level=5))))  # fmt: skip


def test_mgr4_no_recognition() -> None:
    assert fired("MGR-4", facts(entry("recognition", 45)))
    assert not fired("MGR-4", facts(entry("recognition", 10)))


def test_mgr5_journal_silent() -> None:
    [prompt] = fired("MGR-5", facts(entry("decision", 12)))
    assert why(prompt) == f"Nothing written in the journal since {days_ago(12)}."
    assert not fired("MGR-5", facts(entry("decision", 2)))


# Employer brand and change


def test_meb1_nothing_showcased_this_quarter() -> None:
    assert fired("MEB-1", facts(entry("showcase", 100)))
    assert not fired("MEB-1", facts(entry("showcase", 60)))


def test_meb2_neither_recognition_nor_showcase() -> None:
    assert fired("MEB-2", facts(entry("showcase", 70)))
    assert not fired("MEB-2", facts(entry("recognition", 10)))


def test_chg1_change_step_without_follow_up() -> None:
    step = entry("change_step", 30, "Prise de rendez-vous en ligne", uuid="e1")
    [prompt] = fired("CHG-1", facts(step))
    assert prompt.action == {"kind": "new_entry", "entry_kind": "change_step", "entry": "e1"}
    assert "Prise de rendez-vous en ligne" in prompt.text("fr")
    assert not fired("CHG-1", facts(step, entry("change_step", 3)))


def test_chg2_no_change_step() -> None:
    assert fired("CHG-2", facts(entry("change_step", 90)))
    assert not fired("CHG-2", facts(entry("change_step", 30)))


# The five themes the content carries through


MANAGER = PersonFact("m1", "Sophie Lemaire", "manager", days_ago(600))


def test_exp6_an_experiment_starts_without_a_word_to_line_management() -> None:
    soon = experiment("planned", starts_on=days_ago(-5))
    [prompt] = fired("EXP-6", facts(experiments=(soon,), last_contact={"manager": days_ago(90)}))
    assert prompt.action == {"kind": "new_entry", "entry_kind": "stakeholder_contact",
                             "experiment": "x-planned"}  # fmt: skip
    assert "comment l’équipe sera couverte si le test échoue" in prompt.text("fr")
    assert why(prompt) == (
        f"Starting on {days_ago(-5)}; the last exchange noted with a manager was on {days_ago(90)}."
    )
    assert why(fired("EXP-6", facts(experiments=(soon,)))[0]).endswith("noted in the journal.")
    # Authorised in time: an exchange with a manager in the month before it starts.
    assert not fired("EXP-6", facts(experiments=(soon,), last_contact={"manager": days_ago(10)}))
    later = replace(soon, starts_on=days_ago(-40))  # too far ahead to ask yet
    assert not fired("EXP-6", facts(experiments=(later,)))


def test_mgr6_learning_not_reported_upward() -> None:
    done = experiment("concluded", concluded_on=days_ago(20), outcome="invalidated")
    [prompt] = fired("MGR-6", facts(experiments=(done,), last_contact={"manager": days_ago(30)}))
    assert prompt.text("en") == (
        "What did you learn from “Créneau du jeudi”, and does your line management know?"
    )
    assert not fired("MGR-6", facts(experiments=(done,), last_contact={"manager": days_ago(5)}))
    fresh = replace(done, concluded_on=days_ago(3))  # a few days to write it up first
    assert not fired("MGR-6", facts(experiments=(fresh,)))


def test_coc5_no_other_manager_brought_in() -> None:
    [prompt] = fired("COC-5", facts(last_contact={"manager": days_ago(100)}))
    assert prompt.action["entry_kind"] == "stakeholder_contact"
    assert not fired("COC-5", facts(last_contact={"manager": days_ago(20)}))


def test_mgr7_the_managers_own_training_by_its_tags_in_any_language() -> None:
    [prompt] = fired("MGR-7", facts())
    assert why(prompt, "fr") == (
        "Aucune entrée n’est étiquetée «\u00a0formation managériale\u00a0», "
        "«\u00a0codéveloppement\u00a0» ou «\u00a0mentorat\u00a0»."
    )
    old = EntryFact("e1", days_ago(200), "note", "Formation", tags=frozenset({"mentorat"}))
    assert str(days_ago(200)) in why(fired("MGR-7", facts(old))[0])
    for tag in ("Co-développement", "codeveloppement", "Management-Training", "mentoring"):
        lately = EntryFact("e2", days_ago(30), "note", "Séance", tags=frozenset({tag}))
        assert not fired("MGR-7", facts(lately)), tag
    assert not fired("MGR-7", facts(tag_last={"formation manageriale": days_ago(30)}))


def test_mgr8_agents_have_skill_plans_the_manager_has_none() -> None:
    [prompt] = fired("MGR-8", facts(skill_holders={"agent": 4}))
    assert why(prompt) == (
        "4 agents have a skill in progress in their plan; no manager, you included, has one."
    )
    assert not fired("MGR-8", facts(skill_holders={"agent": 4, "manager": 1}))
    assert not fired("MGR-8", facts(skill_holders={"agent": 2}))


def showcase(ago: int, **fields: object) -> EntryFact:
    return replace(entry("showcase", ago, "Article intranet"), **fields)  # type: ignore[arg-type]


def test_meb3_showcases_never_tell_the_territorys_project() -> None:
    two = (showcase(100), showcase(20, uuid="s2"))
    [prompt] = fired("MEB-3", facts(*two))
    assert prompt.values["count"] == 2
    assert "«\u00a0projet de territoire\u00a0»" in why(prompt, "fr")
    tagged = replace(two[1], tags=frozenset({"Projet-de-territoire"}))
    assert not fired("MEB-3", facts(two[0], tagged))
    assert not fired("MEB-3", facts(two[1]))  # one showcase says little


def test_meb4_showcases_never_give_an_agent_the_floor() -> None:
    two = (showcase(100, people=frozenset({"m1"})), showcase(20, uuid="s2"))
    assert fired("MEB-4", facts(*two, agents=(AGENT,), person_kinds={"m1": "manager"}))
    with_agent = replace(two[1], people=frozenset({"p1"}))
    assert not fired("MEB-4", facts(two[0], with_agent, agents=(AGENT,)))


def test_meb5_a_newcomer_settling_in_asked_for_a_fresh_eyes_report() -> None:
    arrived = PersonFact("p9", "Léa Martin", "agent", days_ago(300), arrived=days_ago(60))
    welcomed = {"p9": days_ago(55)}  # the welcome conversation, in the first month only
    [prompt] = fired("MEB-5", facts(agents=(arrived,), last_one_to_one=welcomed))
    assert "rapport d’étonnement" in prompt.text("fr")
    assert prompt.action == {"kind": "new_entry", "entry_kind": "one_to_one", "person": "p9"}
    assert not fired("MEB-5", facts(agents=(arrived,), last_one_to_one={"p9": days_ago(10)}))
    assert not fired("MEB-5", facts(agents=(replace(arrived, arrived=days_ago(20)),)))


def test_err5_the_facts_noted_then_no_lesson() -> None:
    mistake = entry("learning_error", 12, "Courrier daté du mauvais jour", uuid="e1")
    [prompt] = fired("ERR-5", facts(mistake))
    assert prompt.action == {"kind": "open_entry", "entry": "e1"}
    assert why(prompt) == f"Noted on {days_ago(12)}, with no lesson noted since."
    assert not fired("ERR-5", facts(mistake, entry("learning_insight", 5)))
    assert not fired("ERR-5", facts(entry("learning_error", 3)))  # facts still being gathered


def test_err6_repeated_mistakes_of_one_agent_call_for_a_one_to_one() -> None:
    about_karim = tuple(
        replace(entry("learning_error", n, uuid=f"e{n}"), people=frozenset({"p1"}))
        for n in (50, 30, 10)
    )
    [prompt] = fired("ERR-6", facts(*about_karim, agents=(AGENT,)))
    assert prompt.action == {"kind": "new_entry", "entry_kind": "one_to_one", "person": "p1"}
    assert "d’abord les faits" in prompt.text("fr")
    assert why(prompt).startswith("3 mistakes noted in 90 days involve Karim Benali")
    assert not fired("ERR-6", facts(*about_karim[:2], agents=(AGENT,)))
    talked = {"p1": days_ago(5)}  # talked over since the latest
    assert not fired("ERR-6", facts(*about_karim, agents=(AGENT,), last_one_to_one=talked))


def test_chg3_a_validated_innovation_not_yet_made_to_last() -> None:
    won = experiment("concluded", concluded_on=days_ago(45), outcome="validated")
    [prompt] = fired("CHG-3", facts(experiments=(won,)))
    assert prompt.action == {"kind": "new_entry", "entry_kind": "change_step",
                             "experiment": won.uuid}  # fmt: skip
    assert not fired("CHG-3", facts(entry("change_step", 20), experiments=(won,)))
    assert not fired("CHG-3", facts(experiments=(replace(won, concluded_on=days_ago(10)),)))


def test_chg4_too_many_experiments_at_once() -> None:
    running = tuple(experiment("running", uuid=f"x{n}", starts_on=days_ago(n)) for n in range(4))
    [prompt] = fired("CHG-4", facts(experiments=running))
    assert "calendrier du service" in prompt.text("fr")
    assert prompt.values["count"] == 4
    assert not fired("CHG-4", facts(experiments=running[:3]))


def test_no_rule_tells_to_act_without_asking() -> None:
    """The organisation authorises risk-taking: no text says to go ahead without asking."""
    asking = ("autorisation", "sans demander", "sans attendre", "permission", "without asking")
    for rule in pack().rules.values():
        for text in (rule.text["fr"], rule.text["en"]):
            assert not any(word in text for word in asking), rule.id
