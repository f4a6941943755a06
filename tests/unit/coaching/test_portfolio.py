"""The portfolio files each export under its coachee, apart from the others and from the
coach's own journal, and says what changed from one export to the next."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from coachapp.context import Journal
from coachapp.errors import UserError, ValidationError
from coachapp.exchange.journal_json import write_journal_json
from coachapp.services.coaching.workspace import Coaching
from coachapp.services.exchange.journal_export import journal_document
from coachapp.services.exchange.journal_import import read_export
from tests.unit.coaching.conftest import Coachee


def add_all(coaching: Coaching, coachees: list[Coachee]) -> None:
    """Each coachee's first export, named; the second one, found by its journal."""
    for coachee in coachees:
        coaching.portfolio.add(read_export(coachee.first), coachee.first, coachee.name)
    for coachee in coachees:
        coaching.portfolio.add(read_export(coachee.second), coachee.second)


def fingerprint(paths: list[Path]) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in paths if path.exists()
    }


def test_each_coachee_is_listed_once_with_their_two_exports(
    coaching: Coaching, coachees: list[Coachee]
) -> None:
    add_all(coaching, coachees)
    rows = coaching.overview.rows()
    assert sorted(row.name for row in rows) == sorted(c.name for c in coachees)
    assert [row.exports for row in rows] == [2, 2, 2]
    for coachee in coachees:
        found = coaching.portfolio.find(coachee.name)
        assert found is not None
        timeline = coaching.portfolio.exports(found.uuid)
        assert [e.file_name for e in timeline] == [coachee.first.name, coachee.second.name]
        assert all(e.pseudonymised for e in timeline)


def test_the_digest_lists_exactly_what_changed_between_two_exports(
    coaching: Coaching, coachees: list[Coachee]
) -> None:
    add_all(coaching, coachees)
    for coachee in coachees:
        found = coaching.portfolio.find(coachee.name)
        assert found is not None
        digest = coaching.portfolio.digest(found.uuid)
        assert {(c.area, c.what, c.title) for c in digest.changes} == coachee.changes
        concluded = next(c for c in digest.of("experiments") if c.after == "concluded")
        assert concluded.detail == ("validated", "Aller vers les usagers marche.")
        [level] = digest.of("delegations")
        assert level.after == level.before + 1
        [rating] = digest.of("self_assessment")
        assert (rating.before, rating.after) == (2, 4)


def test_the_first_export_reads_as_everything_new(
    coaching: Coaching, coachees: list[Coachee]
) -> None:
    coachee = coachees[0]
    coaching.portfolio.add(read_export(coachee.first), coachee.first, coachee.name)
    found = coaching.portfolio.find(coachee.name)
    assert found is not None
    digest = coaching.portfolio.digest(found.uuid)
    assert digest.since is None
    document = read_export(coachee.first)
    live = [e for e in document["entries"] if not e["deleted_at"]]
    assert len(digest.of("entries")) == len(live)
    assert {c.what for c in digest.of("entries")} == {"new"}


def test_an_export_goes_only_where_its_journal_belongs(
    coaching: Coaching, coachees: list[Coachee], journal: Journal, tmp_path: Path
) -> None:
    claire, sam = coachees[0], coachees[1]
    coaching.portfolio.add(read_export(claire.first), claire.first, claire.name)
    before = coaching.overview.rows()
    with pytest.raises(UserError, match="in the portfolio already, under Claire Martin"):
        coaching.portfolio.add(read_export(claire.first), claire.first, "Quelqu'un")
    with pytest.raises(UserError, match="comes from the journal of Claire Martin"):
        coaching.portfolio.add(read_export(claire.second), claire.second, sam.name)
    with pytest.raises(ValidationError, match="Give the coachee's name"):
        coaching.portfolio.add(read_export(sam.first), sam.first)
    own = tmp_path / "mine.json"
    write_journal_json(own, journal_document(journal.clock))
    with pytest.raises(UserError, match="export of your own journal"):
        coaching.portfolio.add(read_export(own), own, "Moi")
    assert coaching.overview.rows() == before


def test_an_export_without_a_journal_id_goes_where_the_coach_says(
    coaching: Coaching, coachees: list[Coachee], tmp_path: Path
) -> None:
    """Exports from before journal ids: the coach names the coachee each time."""
    sam = coachees[1]
    for source in (sam.first, sam.second):
        document = read_export(source)
        del document["journal_id"]
        older = tmp_path / source.name
        older.write_text(json.dumps(document), encoding="utf-8")
        coaching.portfolio.add(read_export(older), older, "sam taylor")
    [row] = coaching.overview.rows()
    assert (row.name, row.exports) == ("sam taylor", 2)


def test_the_coachs_own_journal_stays_byte_for_byte_the_same(
    coaching: Coaching, coachees: list[Coachee], journal: Journal, tmp_path: Path
) -> None:
    files = [journal.paths.database, journal.paths.database.with_name("journal.db-wal")]
    journal.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = fingerprint(files)
    add_all(coaching, coachees)
    for row in coaching.overview.rows():
        coaching.portfolio.digest(row.uuid)
        coaching.preparation.prepare(row.uuid)
        [latest, *_] = reversed(coaching.portfolio.exports(row.uuid))
        review = coaching.reviews.draft(latest.export_id, "Claire Coach")
        review.set_overall("Bien.", journal.clock.now())
        coaching.reviews.write_feedback(review, tmp_path / f"{row.name}.json")
    coaching.erasure.erase(coaching.overview.rows()[0].uuid, delete_files=True)
    assert fingerprint(files) == before
