"""A whole team typed or pasted at once, one person a line, and added in one go.

A line is a name, then what the person is, after a comma, a semicolon or a tab (as a column
pasted from a spreadsheet): « Hélène Dupont, agent d'accueil », « Martine Roux; élue ». When
that second part starts with a word for a kind of person (agent, élu, usager, partenaire...),
it gives the kind; the whole part is kept as the role unless it is only that word. Lines that
say nothing of the kind take the kind chosen for the team.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from coachapp.folding import fold
from coachapp.services.common.text import one_line
from coachapp.services.people.people import MAX_SHORT_TEXT, PeopleService, PersonDraft, PersonKind
from coachapp.storage.database import db

SEPARATORS = re.compile(r"[,;\t]")
MAX_LINES = 500  # a service, not a town's whole payroll

# Folded words that start what a person is, in both languages; longest first where one starts
# another ("representant des usagers" before nothing, "elue" before "elu").
KIND_WORDS: tuple[tuple[str, PersonKind], ...] = (
    ("representante des usagers", PersonKind.USAGER_REPRESENTATIVE),
    ("representant des usagers", PersonKind.USAGER_REPRESENTATIVE),
    ("service user", PersonKind.USAGER_REPRESENTATIVE),
    ("usagere", PersonKind.USAGER_REPRESENTATIVE),
    ("usager", PersonKind.USAGER_REPRESENTATIVE),
    ("user", PersonKind.USAGER_REPRESENTATIVE),
    ("agente", PersonKind.AGENT),
    ("agent", PersonKind.AGENT),
    ("encadrante", PersonKind.MANAGER),
    ("encadrant", PersonKind.MANAGER),
    ("manager", PersonKind.MANAGER),
    ("elected", PersonKind.ELECTED_OFFICIAL),
    ("elue", PersonKind.ELECTED_OFFICIAL),
    ("elu", PersonKind.ELECTED_OFFICIAL),
    ("adjointe au maire", PersonKind.ELECTED_OFFICIAL),
    ("adjoint au maire", PersonKind.ELECTED_OFFICIAL),
    ("maire", PersonKind.ELECTED_OFFICIAL),
    ("councillor", PersonKind.ELECTED_OFFICIAL),
    ("partenaire", PersonKind.PARTNER),
    ("partner", PersonKind.PARTNER),
    ("coach", PersonKind.COACH),
    ("autre", PersonKind.OTHER),
    ("other", PersonKind.OTHER),
)
_WORDS = frozenset(word for word, _kind in KIND_WORDS)


@dataclass(frozen=True)
class TeamLine:
    """One person as read from a line; `said_kind`: the line named the kind itself."""

    name: str
    role: str
    kind: PersonKind
    said_kind: bool


@dataclass(frozen=True)
class TeamReading:
    """What a text gives: the people to add, and the lines left out with why."""

    people: tuple[TeamLine, ...]
    already_there: tuple[str, ...]  # names already in the journal (or twice in the text)
    too_long: tuple[str, ...]  # names or roles over the limit of a person's card


def kind_of(text: str) -> PersonKind | None:
    """The kind of person `text` starts with ("agent d'accueil": agent), else ends with
    ("front-desk agent"), if any."""
    folded = fold(text)
    for word, kind in KIND_WORDS:
        if folded == word or folded.startswith((word + " ", word + "'", word + "’")):
            return kind
    return next((kind for word, kind in KIND_WORDS if folded.endswith(" " + word)), None)


def read_line(line: str, default: PersonKind) -> TeamLine | None:
    """One line as a person; None for a line with no name."""
    name, *parts = (one_line(part) for part in SEPARATORS.split(line))
    if not name:
        return None
    rest = [part for part in parts if part]
    kind = next((k for part in rest if (k := kind_of(part)) is not None), None)
    role = ", ".join(part for part in rest if fold(part) not in _WORDS)  # "élue" alone: no role
    return TeamLine(name, role, kind or default, kind is not None)


def read_team(text: str, default: PersonKind, existing: Iterable[str] = ()) -> TeamReading:
    """The people in `text`, one a line; names already in `existing` (or met twice) left out."""
    seen = {fold(name) for name in existing}
    people: list[TeamLine] = []
    already: list[str] = []
    too_long: list[str] = []
    for raw in text.splitlines()[:MAX_LINES]:
        line = read_line(raw, default)
        if line is None:
            continue
        if len(line.name) > MAX_SHORT_TEXT or len(line.role) > MAX_SHORT_TEXT:
            too_long.append(line.name[:40])
        elif fold(line.name) in seen:
            already.append(line.name)
        else:
            seen.add(fold(line.name))
            people.append(line)
    return TeamReading(tuple(people), tuple(already), tuple(too_long))


def add_team(people: PeopleService, lines: Iterable[TeamLine], team: str = "") -> list[str]:
    """Add everyone in one transaction (all or none); their UUIDs, in the order given."""
    with db.atomic():
        return [
            people.create(PersonDraft(line.name, line.role, line.kind, team)).uuid for line in lines
        ]
