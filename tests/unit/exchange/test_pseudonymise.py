"""Pseudonymised exports: no real name leaves, whatever its case, accents or place."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime

from hypothesis import assume, given
from hypothesis import strategies as st

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.exchange.journal_json import schema_problems
from coachapp.exchange.pseudonymise import MIN_PART, Pseudonymiser, aliases, pseudonymise
from coachapp.services.delegations.delegations import DelegationDraft
from coachapp.services.exchange.journal_export import ExportOptions, journal_document
from coachapp.services.experiments.experiments import ExperimentDraft
from coachapp.services.experiments.experiments import TestCard as Card
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.timezones import local_zone

LABELS = {"agent": "Agent", "elected_official": "Élu", "manager": "Encadrant"}


def label(kind: str) -> str:
    return LABELS.get(kind, "Personne")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def leaks(text: str, names: list[str]) -> list[str]:
    """Name parts (MIN_PART letters or more) found as whole words in `text`, accents and case
    aside."""
    folded = fold(text)
    return [
        part for name in names for part in re.split(r"[\s\-'’]+", name)
        if len(part) >= MIN_PART and re.search(rf"(?<!\w){re.escape(fold(part))}(?!\w)", folded)
    ]  # fmt: skip


def test_no_name_leaves_in_any_field(journal: Journal, clock: FixedClock) -> None:
    helene = journal.people.create(PersonDraft("Hélène Dupont", kind=PersonKind.AGENT)).uuid
    journal.people.create(PersonDraft("Jean-Marc N’Diaye", kind=PersonKind.AGENT))
    journal.people.create(PersonDraft("Martine Roux", kind=PersonKind.ELECTED_OFFICIAL))
    moment = datetime(2026, 11, 20, 10, tzinfo=local_zone())
    journal.entries.create(EntryDraft(
        moment, "Point avec helene",
        body="HÉLÈNE DUPONT a vu Jean Marc. Mme Dupont et Jean-Marc n’diaye ; martine ROUX ?",
        tags=("suivi-Hélène",), people=(helene,),
    ))  # fmt: skip
    journal.delegations.create(DelegationDraft("Planning de Martine", 3, 5, moment.date(),
                                               person_uuid=helene, notes="Voir Roux"))  # fmt: skip
    journal.experiments.create(ExperimentDraft("Test de Jean-Marc", Card("Hélène pense que…")))
    document = journal_document(clock, ExportOptions(include_private=True))
    masked, key = pseudonymise(document, label)
    text = json.dumps(masked, ensure_ascii=False)
    names = [p["name"] for p in document["people"]]
    assert leaks(text, names) == []
    assert schema_problems(masked) == []
    assert key == {"Agent A": "Hélène Dupont", "Agent B": "Jean-Marc N’Diaye",
                   "Élu A": "Martine Roux"}  # fmt: skip
    entry = masked["entries"][0]
    assert entry["title"] == "Point avec Agent A"
    assert entry["body"].startswith("Agent A a vu Agent B. Mme Agent A et Agent B")
    assert [p["uuid"] for p in masked["people"]] == [p["uuid"] for p in document["people"]]
    assert masked["options"]["pseudonymised"] is True


def test_ordinary_words_are_left_alone() -> None:
    people = [{"uuid": "u1", "name": "Léa Martin", "kind": "agent"}]
    masker = Pseudonymiser(people, aliases(people, label))
    assert masker.text("Martinique et martinet ; Léa-Martin") == "Martinique et martinet ; Agent A"
    assert masker.text("Le planning de léa.") == "Le planning de Agent A."


NAMES = st.text(alphabet="abcdeéèfghijklmnoöprstuvwxyzÉÀ", min_size=3, max_size=10)


@given(st.lists(st.tuples(NAMES, NAMES), min_size=1, max_size=4), st.text(max_size=60))
def test_any_name_in_any_case_is_replaced(names: list[tuple[str, str]], filler: str) -> None:
    full = [f"{first.title()} {last.upper()}" for first, last in names]
    # Aliases without letters: a person may well be called "Agent", like the default alias.
    masker = masker_of(full)
    written = " ".join(f"{filler} {name.swapcase()} ." for name in full)
    assert leaks(masker.text(written), full) == []


LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿæœß"


def names_of(words: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    """Up to four names of one to three words, joined by spaces or hyphens ("jean-marc roux")."""
    name = st.lists(st.tuples(words, st.sampled_from(" -")), min_size=1, max_size=3)
    joined = name.map(lambda pairs: "".join(w + j for w, j in pairs)[:-1])
    return st.lists(joined, min_size=1, max_size=4)


# Any text around them but for the few characters that glue words without being letters
# (a combining grapheme joiner, enclosing marks, unassigned code points).
AROUND = st.text(
    st.characters(exclude_categories=("Cs", "Cn", "Me"), exclude_characters="\u034f"), max_size=20
)


def masker_of(names: list[str]) -> Pseudonymiser:
    people = [{"uuid": f"u{n}", "name": name, "kind": "agent"} for n, name in enumerate(names)]
    return Pseudonymiser(people, aliases(people, lambda _kind: "P1"))  # no letters to leak


@st.composite
def written(draw: st.DrawFn, name: str) -> str:
    """`name` as someone may type it: letters in any case, their accents kept, decomposed or
    dropped, words joined by any spaces, dashes or apostrophes."""
    typed = []
    for char in name:
        if char in " -":
            typed.append(draw(st.sampled_from([" ", "-", "‐", "'", "’", " - ", "\n"])))
            continue
        letter = draw(st.sampled_from([char, unicodedata.normalize("NFD", char), fold(char)]))
        typed.append(letter.upper() if draw(st.booleans()) else letter)
    return "".join(typed)


@given(names_of(st.text(LETTERS, min_size=1, max_size=8)), st.data())
def test_no_part_of_a_name_is_left_however_written(names: list[str], data: st.DataObject) -> None:
    text = "".join(
        f"{data.draw(AROUND)} {data.draw(written(name))} "
        for name in data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=6))
    )
    masked = masker_of(names).text(text + data.draw(AROUND))
    assert leaks(masked, names) == []


# Text that names no one: letters, decomposed accents, digits, punctuation, and near misses (a
# word of a name with letters added, "martinique" for "martin").
PLAIN = st.text(LETTERS + LETTERS.upper() + "\u0301\u0308" + "0123456789_ \n.,;:!?()«»-‐'’")


@given(names_of(st.text(LETTERS, min_size=MIN_PART, max_size=8)), st.data())
def test_a_text_naming_no_one_is_left_as_it_is(names: list[str], data: st.DataObject) -> None:
    words = [word for name in names for word in re.split("[ -]", name)]
    near = st.tuples(st.sampled_from(words), st.text(LETTERS, min_size=1, max_size=2))
    plain_or_near = st.one_of(PLAIN, near.map("".join), near.map(lambda n: n[1] + n[0]))
    text = " ".join(data.draw(st.lists(plain_or_near, max_size=8)))
    assume(leaks(text, names) == [])  # no name without one of these words: all long enough
    assert masker_of(names).text(text) == text
