"""Coachees' journals for the coaching tests: demo journals of different seeds and languages,
each exported (pseudonymised, as for a coach) at two dates with known changes in between."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from coachapp.clock import FixedClock
from coachapp.config import Paths, Settings, prepare_paths, resolve_paths
from coachapp.context import Journal, open_journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.exchange.journal_json import write_journal_json
from coachapp.exchange.pseudonymise import pseudonymise
from coachapp.services.coaching.workspace import Coaching
from coachapp.services.delegations.delegations import Source
from coachapp.services.exchange.journal_export import ExportOptions, journal_document, named_people
from coachapp.services.experiments.experiments import (
    ExpStatus,
    LearningCard,
    NextStep,
    Outcome,
)
from coachapp.services.journal.journal import EntryDraft, EntryFilter
from coachapp.services.today.self_assessment import Rating
from coachapp.storage.database import close_database

FIRST = datetime(2026, 10, 28, 17, 0, tzinfo=UTC)
SECOND = datetime(2026, 11, 18, 17, 0, tzinfo=UTC)


@dataclass
class Coachee:
    """A manager's journal, its two exports, and what changed between them."""

    name: str
    seed: int
    language: str
    folder: Path
    first: Path
    second: Path
    changes: set[tuple[str, str, str]] = field(default_factory=set)  # (area, what, title)
    texts: list[str] = field(default_factory=list)  # words of theirs, to search files for
    journal_id: str = ""


def _open(folder: Path, clock: FixedClock) -> Journal:
    paths = resolve_paths(str(folder))
    prepare_paths(paths)
    return open_journal(paths, Settings(paths.settings_file), clock)


def _export(journal: Journal, clock: FixedClock, target: Path) -> dict[str, Any]:
    document = journal_document(clock, ExportOptions())
    masked, _key = pseudonymise(document, lambda kind: kind.capitalize(), named_people())
    write_journal_json(target, masked)
    return masked


def _ratings(journal: Journal, values: list[int]) -> None:
    keys = [d.key for d in journal.self_assessment.dimensions]
    journal.self_assessment.save(
        journal.self_assessment.this_month(),
        {key: Rating(value) for key, value in zip(keys, values, strict=False)},
    )


def make_coachee(root: Path, name: str, seed: int, language: str) -> Coachee:
    """A demo journal exported on FIRST, changed, and exported again on SECOND."""
    clock = FixedClock(FIRST)
    folder = root / f"manager-{seed}"
    coachee = Coachee(name, seed, language, folder, root / f"{seed}-first.json",
                      root / f"{seed}-second.json")  # fmt: skip
    journal = _open(folder, clock)
    try:
        DemoService(clock, journal.methods.library).fill(DemoSize.SMALL, seed=seed,
                                                         language=language)  # fmt: skip
        _ratings(journal, [2, 3, 3, 2, 3, 2, 3, 3])
        first = _export(journal, clock, coachee.first)
        coachee.journal_id = str(first["journal_id"])
        coachee.texts = [e["body"] for e in first["entries"][:5]]

        clock.set(SECOND)
        moment = SECOND - timedelta(days=1)
        title = f"Retour d’atelier {seed}" if language == "fr" else f"Workshop feedback {seed}"
        made = journal.entries.create(EntryDraft(moment, title, "Un atelier ouvert aux usagers."))
        changed = {("entries", "new", made.uuid)}
        edited, trashed = journal.entries.page(EntryFilter(), None, 10)[3:5]
        draft = journal.entries.get(edited.uuid).draft
        journal.entries.update(edited.uuid, replace(draft, title=draft.title + " (suite)"))
        changed.add(("entries", "changed", edited.uuid))
        journal.entries.trash(trashed.uuid)
        changed.add(("entries", "trashed", trashed.uuid))

        delegation = next(d for d in journal.delegations.find() if d.draft.level < 7)
        journal.delegations.change_level(
            delegation.uuid,
            delegation.draft.level + 1,
            reason="Ça se passe bien",
            source=Source.BOARD,
        )
        changed.add(("delegations", "level", delegation.uuid))
        running = journal.experiments.find(status=ExpStatus.RUNNING)[0]
        journal.experiments.conclude(running.uuid, LearningCard(
            "Deux fois plus de monde.", "Aller vers les usagers marche.", NextStep.SCALE,
            Outcome.VALIDATED, 4))  # fmt: skip
        changed.add(("experiments", "status", running.uuid))
        planned = journal.experiments.find(status=ExpStatus.PLANNED)[0]
        journal.experiments.move(planned.uuid, ExpStatus.RUNNING)
        changed.add(("experiments", "status", planned.uuid))

        _ratings(journal, [4, 3, 3, 2, 3, 2, 3, 3])
        second = _export(journal, clock, coachee.second)
        titles = {
            row["uuid"]: row.get("title") or row.get("area")
            for area in ("entries", "delegations", "experiments")
            for row in second[area]
        }
        coachee.changes = {(area, what, titles[uuid]) for area, what, uuid in changed}
        coachee.changes.add(
            ("self_assessment", "rating", journal.self_assessment.dimensions[0].key)
        )
    finally:
        journal.close()
        close_database()
    return coachee


@pytest.fixture(scope="module")
def coachees(tmp_path_factory: pytest.TempPathFactory) -> list[Coachee]:
    """Three managers: different seeds, two languages; each exported twice."""
    root = tmp_path_factory.mktemp("coachees")
    return [
        make_coachee(root, "Claire Martin", 3, "fr"),
        make_coachee(root, "Sam Taylor", 7, "en"),
        make_coachee(root, "Hélène Roux", 11, "fr"),
    ]


@pytest.fixture
def coaching(paths: Paths, journal: Journal) -> Iterator[Coaching]:
    """The coach's workspace beside the coach's own (open) journal."""
    yield journal.coaching
    journal.coaching.close()
