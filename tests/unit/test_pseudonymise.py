"""Pseudonymised exports: no real name leaves, whatever its case, accents or place."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.exchange.journal_json import schema_problems
from coachapp.exchange.pseudonymise import Pseudonymiser, aliases, pseudonymise
from coachapp.services.delegations import DelegationDraft
from coachapp.services.experiments import ExperimentDraft
from coachapp.services.experiments import TestCard as Card
from coachapp.services.journal import EntryDraft
from coachapp.services.journal_export import ExportOptions, journal_document
from coachapp.services.people import PersonDraft, PersonKind
from coachapp.timezones import local_zone

LABELS = {"agent": "Agent", "elected_official": "Élu", "manager": "Encadrant"}


def label(kind: str) -> str:
    return LABELS.get(kind, "Personne")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def leaks(text: str, names: list[str]) -> list[str]:
    """Name parts (3 letters or more) found as whole words in `text`, accents and case aside."""
    folded = fold(text)
    return [
        part for name in names for part in re.split(r"[\s\-'’]+", name)
        if len(part) >= 3 and re.search(rf"(?<!\w){re.escape(fold(part))}(?!\w)", folded)
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
    people = [{"uuid": f"u{n}", "name": f"{first.title()} {last.upper()}", "kind": "agent"}
              for n, (first, last) in enumerate(names)]  # fmt: skip
    masker = Pseudonymiser(people, aliases(people, label))
    written = " ".join(f"{filler} {p['name'].swapcase()} ." for p in people)
    assert leaks(masker.text(written), [p["name"] for p in people]) == []
