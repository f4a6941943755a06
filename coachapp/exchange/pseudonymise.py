"""Pseudonymised exports: every person's name, wherever it appears, replaced by an alias that
stays the same within one export ("Agent A", "Élu B").

Names are found in any text of the export: the full name, and each part of it of MIN_PART letters
or more (a first name alone, a family name alone, "Jean-Marc" as one) as whole words, whatever
the case and the accents ("helene", "HÉLÈNE" and "Hélène", its accents decomposed or not, are
the same name), and whatever run of spaces, dashes and apostrophes joins the words ("Jean Marc",
"jean-marc"); any other punctuation in a name ("J. Dupont") must be there too. The key from
aliases back to names is returned apart, for the manager to keep on their side only.

Texts and names are cut into words, folded (accents dropped, case folded): a text is read once,
word by word, and a name is only tried where its first word is.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable
from itertools import compress, groupby
from typing import Any

MIN_PART = 3  # shorter name parts ("Li", "Bo") would replace ordinary words
# The fields people write in (names can be anywhere there); identifiers, days and kinds are
# left alone, so that the export still holds together.
FREE_TEXT = frozenset({
    "name", "role", "team", "notes", "title", "body", "tags", "area", "agenda", "outcomes",
    "decisions", "text", "note", "reason", "believe", "verify", "measure", "right_if",
    "observed", "learned", "abandoned_reason", "safe_scope", "safe_duration",
    "safe_reversibility", "case_text", "participant", "description", "provider_name", "place",
    "purpose", "data", "subject", "item_title", "author",
})  # fmt: skip
# The blocks of combining accents: part of a word (a decomposed "é" stays inside it), never of
# its folded form.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_ACCENTS = re.compile(rf"[{_MARKS}]+")
# Split by this, a text alternates between what lies between words (at even indexes) and words.
_WORDS = re.compile(rf"([\w{_MARKS}]+)")
_SEPARATORS = re.compile(r"[\s\-‐'’]+")  # between the words of a name, any run of them is one
_HYPHENS = re.compile(r"[\s\-‐]+")  # "Jean-Marc" is a part, and so are "Jean" and "Marc"

# A name as it is looked for: what comes before its first word ("(" in "(JM)"), then its words
# folded and the gaps between them, in order ("jean", " ", "marc"), then what comes after.
_Shape = tuple[str, tuple[str, ...], str]


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
        self._folded: dict[str, str] = {}  # word as written -> folded; the same words recur
        found: list[tuple[str, _Shape, str]] = []
        for person in people:
            alias = alias_of[person["uuid"]]
            name = " ".join(person["name"].split())
            found.append((name, self._shape(name), alias))
            for part in sorted({*name.split(), *_HYPHENS.split(name)}):
                shape = self._shape(part)
                if sum(len(word) for word in shape[1][::2]) >= MIN_PART:
                    found.append((part, shape, alias))
        # A part shared by several people ("Martin") takes the first person's alias: what
        # matters is that the name never leaves; longest first, so full names win.
        alias_of_shape: dict[_Shape, str] = {}
        for _name, shape, alias in sorted(found, key=lambda f: -len(f[0])):
            if any(shape[1][::2]):  # a name without a letter is no word to look for
                alias_of_shape.setdefault(shape, alias)
        # Folded first word -> the names that start with it, longest first.
        self._names: dict[str, list[tuple[_Shape, str]]] = {}
        for shape, alias in sorted(
            alias_of_shape.items(), key=lambda item: _longest_first(item[0])
        ):
            self._names.setdefault(shape[1][0], []).append((shape, alias))
        self._names_at: dict[str, list[tuple[_Shape, str]]] = {}  # the same, by word as written
        # In ASCII, lower case is the folded form: any first word of a name, as a whole word.
        firsts = sorted(word for word in self._names if word and word.isascii())
        self._ascii_first = re.compile(
            r"\b(?:"
            + "|".join(  # grouped by first letter, so that few branches are tried
                re.escape(letter) + "(?:" + "|".join(re.escape(w[1:]) for w in words) + ")"
                for letter, words in groupby(firsts, key=lambda word: word[:1])
            )
            + r")\b"
            if firsts
            else "(?!)"
        )

    def text(self, value: str) -> str:
        if not self._names or (value.isascii() and not self._ascii_first.search(value.lower())):
            return value  # most texts name no one: one search says so, without cutting words
        pieces = _WORDS.split(value)  # what lies between words at even indexes, words at odd
        words, gaps = pieces[1::2], pieces[0::2]
        names_at = list(map(self._names_at.get, words))  # the names each word may start
        if None in names_at:  # words not seen yet
            for word in words:
                if word not in self._names_at:
                    self._names_at[word] = self._names.get(self._fold(word), [])
            names_at = list(map(self._names_at.get, words))
        done = 0  # the pieces before this one hold names already replaced
        for number in compress(range(len(words)), names_at):  # words a name starts with
            index = 2 * number + 1
            if index < done:
                continue
            for shape, alias in names_at[number] or ():
                found = self._find(pieces, gaps, index, shape)
                if found:
                    end, before, after = found
                    pieces[index - 1] = pieces[index - 1][: len(pieces[index - 1]) - before]
                    pieces[index:end] = [alias, *[""] * (end - index - 1)]
                    pieces[end] = pieces[end][after:]
                    done = end
                    break
        return "".join(pieces) if done else value

    def _find(
        self, pieces: list[str], gaps: list[str], index: int, shape: _Shape
    ) -> tuple[int, int, int] | None:
        """Whether `shape` is in `pieces` from the word at `index`: then the index of the gap
        after its last word, and how many characters of the gaps around it are its own."""
        before, inner, after = shape
        end = index + len(inner)
        if end >= len(pieces):
            return None
        for offset in range(1, len(inner)):
            piece = pieces[index + offset]
            if (_gap(piece) if offset % 2 else self._fold(piece)) != inner[offset]:
                return None
        # What comes before or after the words ("(JM)") must be there, with no word right
        # against it: the text may start or end with it, but it is not all that lies between
        # two words (the gap before as written, even if the name before took its start).
        taken = _edge(pieces[index - 1], before, at_start=False)
        if taken is None or (before and index > 1 and taken == len(gaps[index // 2])):
            return None
        given = _edge(pieces[end], after, at_start=True)
        if given is None or (after and end < len(pieces) - 1 and given == len(pieces[end])):
            return None
        return end, taken, given

    def _shape(self, name: str) -> _Shape:
        pieces = _WORDS.split(name)
        inner = (_gap(p) if i % 2 else self._fold(p) for i, p in enumerate(pieces[1:-1]))
        # Spaces, dashes and apostrophes on the outside are no part of it ("'Jojo'" is Jojo).
        return _gap(pieces[0]).lstrip(" "), tuple(inner), _gap(pieces[-1]).rstrip(" ")

    def _fold(self, word: str) -> str:
        folded = self._folded.get(word)
        if folded is None:
            folded = self._folded[word] = _fold(word)
        return folded

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


def _longest_first(shape: _Shape) -> tuple[int, int, int]:
    """Those that start first ("(JM)" before "JM"), then those with most words, then the rest."""
    before, inner, after = shape
    return -len(before), -len(inner), -len(after)


def _fold(word: str) -> str:
    """`word` without its accents, case folded: "Hélène" and "HELENE" give "helene"."""
    decomposed = _ACCENTS.sub("", unicodedata.normalize("NFD", word))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _edge(gap: str, edge: str, *, at_start: bool) -> int | None:
    """How many characters of `gap`, from its start or its end, read as `edge`; None if none."""
    if not edge:
        return 0
    for length in range(1, len(gap) + 1):
        if _gap(gap[:length] if at_start else gap[len(gap) - length :]) == edge:
            return length
    return None


def _gap(text: str) -> str:
    """What lies between two words, any run of spaces, dashes and apostrophes as one space."""
    return _SEPARATORS.sub(" ", text)


def pseudonymise(
    document: dict[str, Any],
    label: Callable[[str], str],
    people: list[dict[str, Any]] | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """The export with names replaced, and the key (alias -> real name) to keep apart.

    `people` are those whose names to hide (by default the export's own): the whole journal's,
    when the export leaves its people section out but their names are in its texts."""
    if people is None:
        people = document.get("people", [])
    alias_of = aliases(people, label)
    masked = Pseudonymiser(people, alias_of).document(document)
    masked["options"] = {**document["options"], "pseudonymised": True}
    key = {alias_of[p["uuid"]]: p["name"] for p in people}
    return masked, key


class Unmasker:
    """Puts the names of one export's key (alias -> name) back in place of its aliases, in a text
    that came back from outside: a coach's feedback on that export.

    An alias is found as whole words, its kind ("Agent", "Élu") in any case, with or without its
    accents, its words joined by any run of spaces, dashes or apostrophes; its letters as the
    pseudonymiser writes them, in capitals: "l’agent A" is Agent A, "l’agent a dit" is French
    and stays, "Agent AB" is another alias."""

    def __init__(self, key: dict[str, str]) -> None:
        # Folded first word -> (the alias's pieces: kind words folded, gaps, letters as written;
        # the name), longest first so that "Agent AB" is tried before a shorter alias.
        self._aliases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for alias, name in sorted(key.items(), key=lambda item: -len(item[0])):
            pieces = _WORDS.split(alias)[1:-1]
            if not pieces:
                continue
            last = len(pieces) - 1
            shape = tuple(
                _gap(piece) if i % 2 else piece if i == last else _fold(piece)
                for i, piece in enumerate(pieces)
            )
            self._aliases.setdefault(_fold(pieces[0]), []).append((shape, name))

    def text(self, value: str) -> str:
        if not self._aliases:
            return value
        pieces = _WORDS.split(value)  # what lies between words at even indexes, words at odd
        out = [pieces[0]]
        index = 1
        while index < len(pieces):
            for shape, name in self._aliases.get(_fold(pieces[index]), ()):
                if _is_at(pieces, index, shape):
                    out += [name, pieces[index + len(shape)]]
                    index += len(shape) + 1
                    break
            else:
                out += pieces[index : index + 2]
                index += 2
        return "".join(out)


def _is_at(pieces: list[str], index: int, shape: tuple[str, ...]) -> bool:
    """Whether the alias of `shape` is written in `pieces` from the word at `index`."""
    last = len(shape) - 1
    if index + last >= len(pieces) - 1:
        return False
    for offset, expected in enumerate(shape):
        piece = pieces[index + offset]
        if offset % 2:
            found = _gap(piece)
        elif offset == last:
            found = piece
        else:
            found = _fold(piece)
        if found != expected:
            return False
    return True
