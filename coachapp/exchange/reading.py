"""What a coach reads: an export turned into sections of items (title, a line of facts, text
in Markdown), the same for Markdown, HTML, PDF and the review window.

It reads the export document (pseudonymised or not: the names are whatever it holds) and takes
its words from `Words`, so the report comes out in the manager's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

# The sections a reading format shows, in their order; the others travel in JSON only.
SHOWN = ("entries", "rituals", "delegations", "experiments", "skills", "people")


class Words(Protocol):
    def text(self, key: str) -> str: ...  # a fixed word or heading, by key
    def kind(self, kind: str) -> str: ...  # an entry's kind
    def day(self, iso: str) -> str: ...  # a day or an instant, the locale's way


@dataclass(frozen=True)
class Item:
    heading: str
    facts: str  # one line under the heading
    body: str  # Markdown: an entry's as written, the other records' made from their fields
    uuid: str = ""  # the record's, so a coach's comment can name it


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Figure:
    """A chart of the Insights view, drawn as a PNG image, with its reading in words; no image
    when the period gave it nothing to draw (the reading says so, in one line)."""

    title: str
    png: bytes
    reading: str


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    sections: tuple[Section, ...]
    figures: tuple[Figure, ...] = ()  # shown after the sections, under `figures_title`
    figures_title: str = ""

    @property
    def entries(self) -> int:
        return sum(len(s.items) for s in self.sections if s.key == "entries")


def _live(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [row for row in rows if not row.get("deleted_at")]


def build_report(document: dict[str, Any], words: Words) -> Report:
    names = {p["uuid"]: p["name"] for p in document.get("people", [])}
    builders: tuple[tuple[str, Callable[[dict[str, Any]], Item]], ...] = (
        ("entries", lambda e: _entry(e, words)),
        ("rituals", lambda r: _ritual(r, words)),
        ("delegations", lambda d: _delegation(d, words, names)),
        ("experiments", lambda x: _experiment(x, words, names)),
        ("skills", lambda s: _skill(s, words, names)),
        ("people", lambda p: Item(p["name"], words.text(f"person.{p['kind']}"), _lines(p["role"]))),
    )
    sections = tuple(
        Section(key, words.text(f"section.{key}"),
                tuple(replace(build(row), uuid=row["uuid"]) for row in _live(document[key])))
        for key, build in builders
        if key in document and _live(document[key])
    )  # fmt: skip
    subtitle = words.text("subtitle").format(day=words.day(document["exported_at"]))
    return Report(words.text("title"), subtitle, sections)


def _entry(entry: dict[str, Any], words: Words) -> Item:
    facts = [words.day(entry["occurred_at"]), words.kind(entry["kind"])]
    if entry["private"]:
        facts.append(words.text("private"))
    if entry["tags"]:
        facts.append(" ".join(f"#{tag}" for tag in entry["tags"]))
    return Item(entry["title"], " · ".join(facts), entry["body"])


def _lines(text: str) -> str:
    """A plain field's text in Markdown, each of its lines kept (a hard break between them)."""
    return "  \n".join(text.splitlines())


def _tasks(done_and_text: list[tuple[bool, str]]) -> str:
    return "\n".join(f"- [{'x' if done else ' '}] {_lines(text)}" for done, text in done_and_text)


def _ritual(ritual: dict[str, Any], words: Words) -> Item:
    blocks = [_lines(ritual["agenda"])] if ritual["agenda"] else []
    for occurrence in ritual["occurrences"]:
        if occurrence["status"] != "held":
            continue
        blocks.append(f"**{words.text('held')} {words.day(occurrence['starts_at'])}**")
        blocks += [
            _lines(text) for text in (occurrence["outcomes"], occurrence["decisions"]) if text
        ]
    if ritual["actions"]:
        blocks.append(_tasks([(a["done"], a["text"]) for a in ritual["actions"]]))
    facts = " · ".join(part for part in (words.day(ritual["starts_at"]), ritual["place"]) if part)
    return Item(ritual["title"], facts, "\n\n".join(blocks))


def _delegation(delegation: dict[str, Any], words: Words, names: dict[str, str]) -> Item:
    delegate = names.get(delegation["person_uuid"] or "", delegation["team"])
    facts = words.text("delegation").format(
        delegate=delegate, level=delegation["level"], target=delegation["target_level"]
    )
    lines = [
        f"- {words.day(c['day'])} · {words.text('went.' + c['went'])}"
        + (f" · {_lines(c['note'])}" if c["note"] else "")
        for c in delegation["checkins"]
    ]
    return Item(delegation["area"], facts, "\n".join(lines))


def _experiment(experiment: dict[str, Any], words: Words, names: dict[str, str]) -> Item:
    owner = names.get(experiment["owner_uuid"] or "", words.text("me"))
    facts = [words.text("status." + experiment["status"]), owner]
    if experiment["outcome"]:
        facts.append(words.text("outcome." + experiment["outcome"]))
    card = [
        f"**{words.text(key)}** {_lines(experiment[key])}"
        for key in ("believe", "verify", "measure", "right_if", "observed", "learned")
        if experiment[key]
    ]
    if experiment["abandoned_reason"]:
        card.append(
            f"**{words.text('abandoned_reason')}** {_lines(experiment['abandoned_reason'])}"
        )
    return Item(experiment["title"], " · ".join(facts), "\n\n".join(card))


def _skill(skill: dict[str, Any], words: Words, names: dict[str, str]) -> Item:
    facts = words.text("skill").format(
        person=names.get(skill["person_uuid"], ""), level=skill["level"],
        target=skill["target_level"],
    )  # fmt: skip
    tasks = _tasks([(a["status"] == "done", a["description"]) for a in skill["actions"]])
    return Item(skill["name"], facts, tasks)
