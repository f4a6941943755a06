"""The demo's words, kept as data in resources/demo/ so that a content editor can change them
without touching Python (resources/demo/README.md says what each file holds).

The Python of the demo decides how many, when and which; the files say it, one folder per
language with the same files, lists and placeholders in each. The types below are the shapes of
those files: the code reads them through these names.
"""

from __future__ import annotations

import json
from typing import Any, TypedDict

from coachapp.resources import resource_path

FALLBACK = "fr"  # the demo's first language, for any language it is not written in


def languages() -> list[str]:
    """The languages the demo is written in: one folder each under resources/demo/."""
    return sorted(path.name for path in resource_path("demo").iterdir() if path.is_dir())


def read_text(name: str, language: str | None = None) -> Any:
    """resources/demo/<language>/<name>.json, or resources/demo/<name>.json for what every
    language shares (`language` None)."""
    if language is None:
        path = resource_path("demo", f"{name}.json")
    else:
        folder = language if language in languages() else FALLBACK
        path = resource_path("demo", folder, f"{name}.json")
    return json.loads(path.read_text(encoding="utf-8"))


class NamesText(TypedDict):
    """names.json: the same in every language, the service being in France."""

    first_names: list[str]
    last_names: list[str]


class PeopleText(TypedDict):
    teams: list[str]
    roles: dict[str, list[str]]  # by PersonKind value
    notes: list[str]  # "" for someone without notes


class EntryHeadings(TypedDict):
    context: str
    learned: str
    actions: str


class KindText(TypedDict):
    """The building blocks of one kind of entry."""

    titles: list[str]
    paragraphs: list[str]  # one to three of them make the body
    actions: list[str]  # follow-ups, written as "- [ ] ..." checklist lines
    tags: list[str]


class EntriesText(TypedDict):
    headings: EntryHeadings
    kinds: dict[str, KindText]  # by EntryKind value


class SeriesText(TypedDict):
    title: str
    method: str  # a method's key in the library
    rrule: str


class OneOffText(TypedDict):
    title: str
    method: str


class RitualsText(TypedDict):
    series: list[SeriesText]
    one_off: list[OneOffText]
    places: list[str]
    outcomes: list[str]
    decisions: list[str]  # "" for a meeting that decided nothing
    actions: list[str]


class AreaText(TypedDict):
    area: str
    kind: str  # AreaKind value
    level: int  # 1-7, where the delegation starts
    target: int  # where it is heading; below `level` for an area taken back


class DelegationsText(TypedDict):
    areas: list[AreaText]
    notes: list[str]
    check_ins: dict[str, list[str]]  # by Went value
    level_up_reasons: list[str]
    level_down_reasons: list[str]
    poker_cases: list[str]


class SkillText(TypedDict):
    name: str
    kind: str  # SkillKind value


class SkillActionText(TypedDict):
    kind: str  # ActionKind value
    description: str
    provider: str  # Provider value
    provider_name: str  # "" for an internal action


class SkillsText(TypedDict):
    skills: list[SkillText]
    actions: list[SkillActionText]
    notes: list[str]


class ExperimentText(TypedDict):
    """A test card, what makes it safe to fail, and the learning card its test leads to."""

    title: str
    believe: str
    verify: str
    measure: str
    right_if: str
    risk: str  # Risk value
    scope: str
    duration: str
    reversibility: str
    observed: str
    learned: str
    outcome: str  # Outcome value: what `observed` and `learned` tell
    next_step: str  # NextStep value, which `therefore` says in words
    therefore: str


class FollowUpText(TypedDict):
    after: int  # the experiment it continues, by its place in the list (from 0)
    status: str  # ExpStatus value
    title: str
    believe: str


class ExperimentHeadings(TypedDict):
    observed: str
    learned: str
    therefore: str
    entry_title: str  # holds {title}, the experiment's


class ExperimentsText(TypedDict):
    headings: ExperimentHeadings
    experiments: list[ExperimentText]
    follow_ups: list[FollowUpText]
    abandon_reasons: list[str]


class LearningEntryText(TypedDict):
    kind: str  # EntryKind value: learning_error, learning_incident or learning_insight
    title: str
    body: str


class LearningText(TypedDict):
    entries: list[LearningEntryText]
