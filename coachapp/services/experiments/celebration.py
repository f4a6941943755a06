"""The celebration grid (Management 3.0): what we did (mistakes, experiments, practices) by how
it turned out (success, failure), over a period.

Concluded experiments land in the experiment column whatever their outcome: learning happens
there, so an invalidated hypothesis counts as much as a validated one. Journal entries of the
learning kinds fill the other columns: a mistake, an incident in a usual practice, an insight
that confirms a good practice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from coachapp.services.experiments.experiments import EXPERIMENT, ExperimentService, Outcome
from coachapp.services.journal.journal import EntryFilter, EntryKind, JournalService

ITEMS_PER_CELL = 100


class Behaviour(StrEnum):
    MISTAKE = "mistake"
    EXPERIMENT = "experiment"
    PRACTICE = "practice"


class Result(StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"


ENTRY_CELLS: dict[EntryKind, tuple[Behaviour, Result]] = {
    EntryKind.LEARNING_ERROR: (Behaviour.MISTAKE, Result.FAILURE),
    EntryKind.LEARNING_INCIDENT: (Behaviour.PRACTICE, Result.FAILURE),
    EntryKind.LEARNING_INSIGHT: (Behaviour.PRACTICE, Result.SUCCESS),
}
OUTCOME_RESULTS = {
    Outcome.VALIDATED: Result.SUCCESS,
    Outcome.INVALIDATED: Result.FAILURE,
    Outcome.INCONCLUSIVE: Result.FAILURE,
}


@dataclass(frozen=True)
class GridItem:
    kind: str  # "experiment" or "entry"
    uuid: str
    title: str
    day: date


@dataclass(frozen=True)
class Grid:
    counts: dict[tuple[Behaviour, Result], int]
    items: dict[tuple[Behaviour, Result], tuple[GridItem, ...]]  # the latest, at most 100

    def count(self, behaviour: Behaviour, result: Result) -> int:
        return self.counts.get((behaviour, result), 0)

    @property
    def learning(self) -> int:
        """Experiments concluded, whatever the outcome: the learning zone."""
        return sum(self.count(Behaviour.EXPERIMENT, result) for result in Result)


def celebration_grid(
    experiments: ExperimentService, entries: JournalService, start: date, end: date
) -> Grid:
    """The grid for the days from `start` to `end` (both included)."""
    counts: dict[tuple[Behaviour, Result], int] = {}
    items: dict[tuple[Behaviour, Result], list[GridItem]] = {}
    for record in experiments.concluded_between(start, end):
        assert record.learning is not None and record.concluded_on is not None
        cell = (Behaviour.EXPERIMENT, OUTCOME_RESULTS[record.learning.outcome])
        counts[cell] = counts.get(cell, 0) + 1
        items.setdefault(cell, []).append(
            GridItem("experiment", record.uuid, record.draft.title, record.concluded_on)
        )
    for kind, cell in ENTRY_CELLS.items():
        # An experiment's own conclusion entry is already counted with the experiment.
        where = EntryFilter(kind=kind, start=start, end=end, unlinked_kind=EXPERIMENT)
        counts[cell] = counts.get(cell, 0) + entries.count(where)
        items.setdefault(cell, []).extend(
            GridItem("entry", row.uuid, row.title, row.day)
            for row in entries.page(where, limit=ITEMS_PER_CELL)
        )
    return Grid(
        counts=counts,
        items={
            cell: tuple(sorted(found, key=lambda i: i.day, reverse=True)[:ITEMS_PER_CELL])
            for cell, found in items.items()
        },
    )
