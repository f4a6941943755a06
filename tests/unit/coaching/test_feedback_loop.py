"""Whether the manager brought the coach's feedback in: the next export of their journal carries
its comments, and the coach's history, digest and overview say so."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

from coachapp.clock import FixedClock
from coachapp.config import Settings, prepare_paths, resolve_paths
from coachapp.context import Journal, open_journal
from coachapp.exchange.feedback import check_feedback
from coachapp.services.coaching.workspace import Coaching
from coachapp.services.exchange.journal_import import read_export
from coachapp.storage.database import close_database
from tests.unit.coaching.conftest import SECOND, Coachee, _export


def test_feedback_brought_in_by_the_manager_shows_in_the_next_export(
    coaching: Coaching, coachees: list[Coachee], journal: Journal, tmp_path: Path
) -> None:
    sam = coachees[1]
    coaching.portfolio.add(read_export(sam.first), sam.first, sam.name)
    coaching.portfolio.add(read_export(sam.second), sam.second)
    uuid = coaching.portfolio.find(sam.name).uuid  # type: ignore[union-attr]
    latest = coaching.portfolio.exports(uuid)[-1]
    entry = coaching.portfolio.document(latest.export_id)["entries"][0]
    review = coaching.reviews.draft(latest.export_id, "Claire Coach")
    review.set_comment(entry["uuid"], "entries", entry["title"], "Good start.", journal.clock.now())
    out = tmp_path / "feedback.json"
    coaching.reviews.write_feedback(review, out)
    assert coaching.overview.rows()[0].open_feedback == 1
    coaching.close()  # the manager's journal is opened on this thread next
    close_database()

    # The manager, on their workstation (a copy of it), brings the feedback in and exports.
    manager = tmp_path / "manager"
    shutil.copytree(sam.folder, manager)
    paths = resolve_paths(str(manager))
    prepare_paths(paths)
    clock = FixedClock(SECOND + timedelta(days=14))
    theirs = open_journal(paths, Settings(paths.settings_file), clock)
    try:
        document = check_feedback(json.loads(out.read_text(encoding="utf-8")), out.name)
        assert theirs.feedback.import_feedback(document, out.name).added == 1
        third = tmp_path / "third.json"
        _export(theirs, clock, third)
    finally:
        theirs.close()
        close_database()
    journal.reopen()

    coaching.portfolio.add(read_export(third), third)
    [sent] = coaching.reviews.history(uuid)
    assert sent.brought_in is not None and sent.brought_in > sent.answered
    digest = coaching.portfolio.digest(uuid)
    assert [(c.what, c.title) for c in digest.of("feedback")] == [
        ("brought_in", document["feedback_id"])
    ]
    assert coaching.overview.rows()[0].open_feedback == 0
