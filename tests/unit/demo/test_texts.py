"""The demo's data files (resources/demo/): every language has French's files with the same shape,
the placeholders are those the demo fills, the codes are ones the app knows, and the French reads
as French is printed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from dateutil.rrule import rrulestr

from coachapp.context import Journal
from coachapp.demo.experiments import ABANDONED, CONCLUDED, PLANNED, RUNNING
from coachapp.demo.texts import FALLBACK, languages, read_text
from coachapp.resources import resource_path
from coachapp.services.delegations.delegations import AreaKind, Went
from coachapp.services.experiments.experiments import ExpStatus, NextStep, Outcome, Risk
from coachapp.services.journal.journal import EntryKind
from coachapp.services.people.people import PersonKind
from coachapp.services.people.skills import ActionKind, Provider, SkillKind

FILES = sorted(path.stem for path in resource_path("demo", FALLBACK).glob("*.json"))
# Fields that hold a code or a number rather than words: the same in every language. (The
# placeholders' "method" holds a list of words: only a field with one value is a code.)
CODES = {"kind", "method", "rrule", "risk", "outcome", "next_step", "provider", "status"}
CODES |= {"level", "target", "after"}
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def is_code(key: str, value: Any) -> bool:
    return key in CODES and not isinstance(value, list | dict)


def strings(value: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) for every text of a file but its codes, `where` like "kinds.note.titles[2]"."""
    if isinstance(value, dict):
        for key, item in value.items():
            if not is_code(key, item):
                yield from strings(item, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from strings(item, f"{where}[{number}]")
    elif isinstance(value, str):
        yield where, value


def mismatches(french: Any, other: Any, where: str = "") -> Iterator[str]:
    """Where `other` has not the shape of `french`: other keys or lengths, other codes, other
    placeholders, a text empty in one and not in the other."""
    if isinstance(french, dict) and isinstance(other, dict):
        if french.keys() != other.keys():
            yield f"{where or 'top'}: keys {sorted(french)} != {sorted(other)}"
            return
        for key in french:
            here = f"{where}.{key}" if where else key
            if is_code(key, french[key]) and french[key] != other[key]:
                yield f"{here}: {french[key]!r} != {other[key]!r}"
            else:
                yield from mismatches(french[key], other[key], here)
    elif isinstance(french, list) and isinstance(other, list):
        if len(french) != len(other):
            yield f"{where}: {len(french)} items != {len(other)}"
            return
        for number, (one, two) in enumerate(zip(french, other, strict=True)):
            yield from mismatches(one, two, f"{where}[{number}]")
    elif isinstance(french, str) and isinstance(other, str):
        if sorted(PLACEHOLDER.findall(french)) != sorted(PLACEHOLDER.findall(other)):
            yield f"{where}: placeholders differ in {french!r} and {other!r}"
        elif bool(french) != bool(other):
            yield f"{where}: empty in one language only"
    elif type(french) is not type(other) or french != other:
        yield f"{where}: {french!r} != {other!r}"


def test_the_demo_is_written_in_french_and_english() -> None:
    assert languages() == ["en", "fr"]
    assert read_text("people", "de") == read_text("people", "fr")  # French for the others


@pytest.mark.parametrize("language", [lang for lang in languages() if lang != FALLBACK])
def test_every_language_has_the_french_files_with_the_same_shape(language: str) -> None:
    assert sorted(p.stem for p in resource_path("demo", language).glob("*.json")) == FILES
    found = [
        f"{name}.json {problem}"
        for name in FILES
        for problem in mismatches(read_text(name, FALLBACK), read_text(name, language))
    ]
    assert found == []


def test_the_shape_check_sees_a_drift() -> None:
    french = {"titles": ["Merci à {person}", ""], "kind": "note"}
    assert list(mismatches(french, {"titles": ["Thanks to {team}", ""], "kind": "note"})) == [
        "titles[0]: placeholders differ in 'Merci à {person}' and 'Thanks to {team}'"
    ]
    assert list(mismatches(french, {"titles": ["Thanks"], "kind": "note"})) == [
        "titles: 2 items != 1"
    ]
    assert list(mismatches(french, {"titles": ["Thanks to {person}", "x"], "kind": "idea"})) == [
        "titles[1]: empty in one language only",
        "kind: 'note' != 'idea'",
    ]


@pytest.mark.parametrize("language", languages())
def test_placeholders_are_the_ones_the_demo_fills(language: str) -> None:
    """Entries fill {person}, {team} and the words of placeholders.json; the entry written on
    concluding an experiment fills {title}; no other text holds a brace."""
    words = read_text("placeholders", language)
    values = dict.fromkeys(("person", "team", *words), "x")
    for name in FILES:
        for where, text in strings(read_text(name, language)):
            if name == "entries":
                text.format(**values)  # a stray brace or an unknown name raises
            elif (name, where) == ("experiments", "headings.entry_title"):
                assert PLACEHOLDER.findall(text) == ["title"]
            else:
                assert "{" not in text and "}" not in text, f"{name}.json {where}"


@pytest.mark.parametrize("language", languages())
def test_codes_are_ones_the_app_knows(journal: Journal, language: str) -> None:
    people = read_text("people", language)
    assert list(people["roles"]) == list(PersonKind) and all(people["roles"].values())
    assert set(read_text("entries", language)["kinds"]) == set(EntryKind)
    rituals = read_text("rituals", language)
    for ritual in rituals["series"] + rituals["one_off"]:
        assert journal.methods.library.get(ritual["method"]), ritual["method"]
    assert all(rrulestr(series["rrule"]) for series in rituals["series"])
    delegations = read_text("delegations", language)
    for area in delegations["areas"]:
        assert AreaKind(area["kind"]) and {area["level"], area["target"]} <= set(range(1, 8))
    assert list(delegations["check_ins"]) == list(Went)
    skills = read_text("skills", language)
    assert all(SkillKind(skill["kind"]) for skill in skills["skills"])
    assert all(ActionKind(a["kind"]) and Provider(a["provider"]) for a in skills["actions"])
    experiments = read_text("experiments", language)
    for item in experiments["experiments"]:
        assert Risk(item["risk"]) and Outcome(item["outcome"]) and NextStep(item["next_step"])
    placed = sorted((*CONCLUDED, *RUNNING, *PLANNED, *ABANDONED))
    assert placed == list(range(len(experiments["experiments"])))
    concluded = [experiments["experiments"][index] for index in CONCLUDED]
    assert {item["outcome"] for item in concluded} == set(Outcome)
    for follow_up in experiments["follow_ups"]:
        assert follow_up["after"] in CONCLUDED and ExpStatus(follow_up["status"])
    learning = {EntryKind.LEARNING_ERROR, EntryKind.LEARNING_INCIDENT, EntryKind.LEARNING_INSIGHT}
    assert {EntryKind(e["kind"]) for e in read_text("learning", language)["entries"]} == learning


def test_french_is_printed_the_french_way() -> None:
    """Typographic apostrophes, and a no-break space before : ; ! ? », after «, and between a
    number and its unit."""
    wrong = re.compile(r"'|[^\u00a0][:;!?»]|«[^\u00a0]|\d [h%](?!\w)|\bh \d")
    found = [
        f"{name}.json {where}: {text}"
        for name in FILES
        for where, text in strings(read_text(name, "fr"))
        if wrong.search(text)
    ]
    assert found == []
