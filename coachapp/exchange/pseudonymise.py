"""Pseudonymised exports: every person's name, wherever it appears, replaced by an alias that
stays the same within one export ("Agent A", "Élu B").

Names are found in any text of the export: the full name, and each part of it (a first name
alone, a family name alone) as a whole word, whatever the case and the accents ("helene",
"HÉLÈNE" and "Hélène" are the same name). The key from aliases back to names is returned
apart, for the manager to keep on their side only.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable
from typing import Any

MIN_PART = 3  # shorter name parts ("Li", "Bo") would replace ordinary words
# The fields people write in (names can be anywhere there); identifiers, days and kinds are
# left alone, so that the export still holds together.
FREE_TEXT = frozenset({
    "name", "role", "team", "notes", "title", "body", "tags", "area", "agenda", "outcomes",
    "decisions", "text", "note", "reason", "believe", "verify", "measure", "right_if",
    "observed", "learned", "abandoned_reason", "safe_scope", "safe_duration",
    "safe_reversibility", "case_text", "participant", "description", "provider_name", "place",
    "purpose", "data", "subject",
})  # fmt: skip


def _base(char: str) -> str:
    return unicodedata.normalize("NFD", char)[0].casefold()


def _pattern(name: str) -> str:
    """`name` as a regex matching it whatever its case and accents, spaces and dashes loose."""
    parts = []
    for char in name:
        if char.isspace() or char in "-‐'’":
            parts.append(r"[\s\-‐'’]+")
        elif char.isalpha():
            base = _base(char)
            parts.append(_letter(base))
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _letter(base: str) -> str:
    """A character class of `base` and its accented forms, in both cases."""
    variants = {base, base.upper()}
    for code in range(0xC0, 0x250):
        char = chr(code)
        if _base(char) == base:
            variants.add(char)
    return "[" + "".join(re.escape(v) for v in sorted(variants)) + "]"


def aliases(people: list[dict[str, Any]], label: Callable[[str], str]) -> dict[str, str]:
    """uuid -> alias, numbered per kind in the order of the list ("Agent A", "Agent B"...)."""
    counts: dict[str, int] = {}
    found = {}
    for person in people:
        kind = person["kind"]
        number = counts.get(kind, 0)
        counts[kind] = number + 1
        found[person["uuid"]] = f"{label(kind)} {_letters(number)}"
    return found


def _letters(number: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA..."""
    letters = string.ascii_uppercase
    text = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        text = letters[rest] + text
    return text


class Pseudonymiser:
    """Replaces the names of `people` in any text; longest names first, whole words only."""

    def __init__(self, people: list[dict[str, Any]], alias_of: dict[str, str]) -> None:
        pairs: list[tuple[str, str]] = []
        for person in people:
            alias = alias_of[person["uuid"]]
            name = " ".join(person["name"].split())
            pairs.append((name, alias))
            # "Jean-Marc" as one, and "Jean", "Marc" on their own.
            parts = {*name.split(), *re.split(r"[\s\-]+", name)}
            pairs += [(part, alias) for part in sorted(parts) if len(part) >= MIN_PART]
        # A part shared by several people ("Martin") takes the first person's alias: what
        # matters is that the name never leaves; longest first, so full names win.
        seen: dict[str, str] = {}
        for name, alias in sorted(pairs, key=lambda p: -len(p[0])):
            seen.setdefault(_fold(name), alias)
        self._table = seen
        self._regex = (
            re.compile(
                r"(?<![\w])(" + "|".join(_pattern(n) for n, _a in
                                        sorted(pairs, key=lambda p: -len(p[0]))) + r")(?![\w])",
                re.IGNORECASE,
            )
            if pairs else None
        )  # fmt: skip

    def text(self, value: str) -> str:
        if self._regex is None:
            return value
        return self._regex.sub(lambda m: self._table.get(_fold(m.group(0)), m.group(0)), value)

    def document(self, document: dict[str, Any]) -> dict[str, Any]:
        """The export with every free text pseudonymised."""
        walked = self._walk(document, "")
        assert isinstance(walked, dict)
        return walked

    def _walk(self, value: Any, key: str) -> Any:
        if isinstance(value, str):
            return self.text(value) if key in FREE_TEXT else value
        if isinstance(value, list):
            return [self._walk(v, key) for v in value]
        if isinstance(value, dict):
            return {k: self._walk(v, k) for k, v in value.items()}
        return value


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", " ".join(re.split(r"[\s\-‐'’]+", text)))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def pseudonymise(
    document: dict[str, Any], label: Callable[[str], str]
) -> tuple[dict[str, Any], dict[str, str]]:
    """The export with names replaced, and the key (alias -> real name) to keep apart."""
    people = document.get("people", [])
    alias_of = aliases(people, label)
    masked = Pseudonymiser(people, alias_of).document(document)
    masked["options"] = {**document["options"], "pseudonymised": True}
    key = {alias_of[p["uuid"]]: p["name"] for p in people}
    return masked, key
