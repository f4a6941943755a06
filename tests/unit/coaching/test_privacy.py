"""What a coach holds on one coachee stays theirs: a comment never reaches another coachee's
feedback file, private notes never reach any, and erasing a coachee leaves nothing of them in
the coach's data folder (every file searched for their words, the portfolio's rows unpacked)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib
from pathlib import Path

from coachapp.context import Journal
from coachapp.render.session_sheet import write_sheet
from coachapp.services.coaching.workspace import Coaching
from coachapp.services.exchange.journal_import import read_export
from tests.unit.coaching.conftest import Coachee


def file_all(coaching: Coaching, coachees: list[Coachee], folder: Path) -> dict[str, str]:
    """Copies of both exports of each coachee filed (erasing may delete the copies); their
    uuids in the portfolio by name."""
    folder.mkdir()
    for coachee in coachees:
        for index, source in enumerate((coachee.first, coachee.second)):
            copy = folder / source.name
            shutil.copyfile(source, copy)
            coaching.portfolio.add(read_export(copy), copy, coachee.name if index == 0 else None)
    return {row.name: row.uuid for row in coaching.overview.rows()}


def unpacked(value: object) -> str:
    """A column's value as text; a compressed blob (an export kept whole) unpacked."""
    if not isinstance(value, bytes):
        return str(value)
    try:
        return zlib.decompress(value).decode("utf-8")
    except (zlib.error, UnicodeDecodeError):
        return value.decode("utf-8", "replace")


def texts_in_sqlite(path: Path) -> str:
    """Every value of every table of a plain SQLite file, compressed blobs unpacked."""
    found = []
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]  # fmt: skip
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                found += [unpacked(value) for value in row]
    return "\n".join(found)


def everything_in(folder: Path) -> str:
    """The bytes of every file under `folder` as text, and the rows of its SQLite files."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        found.append(raw.decode("utf-8", "replace"))
        if raw.startswith(b"SQLite format 3\x00"):
            found.append(texts_in_sqlite(path))
    return "\n".join(found)


def test_a_comment_never_reaches_another_coachees_feedback_file(
    coaching: Coaching, coachees: list[Coachee], journal: Journal, tmp_path: Path
) -> None:
    uuids = file_all(coaching, coachees, tmp_path / "received")
    now = journal.clock.now()
    written: dict[str, Path] = {}
    for coachee in coachees:
        uuid = uuids[coachee.name]
        latest = coaching.portfolio.exports(uuid)[-1]
        document = coaching.portfolio.document(latest.export_id)
        entry = document["entries"][0]
        review = coaching.reviews.draft(latest.export_id, "Claire Coach")
        review.set_comment(entry["uuid"], "entries", entry["title"],
                           f"Commentaire pour {coachee.name}", now)  # fmt: skip
        review.set_overall(f"Note d’ensemble pour {coachee.name}", now)
        coaching.reviews.keep(review)
        coaching.portfolio.set_notes(uuid, f"Notes privées sur {coachee.name}")
        coaching.sessions.add(uuid, now.date(), f"Séance privée de {coachee.name}")
        out = tmp_path / f"feedback-{coachee.seed}.json"
        coaching.reviews.write_feedback(coaching.reviews.draft(latest.export_id, ""), out)
        written[coachee.name] = out
    for coachee in coachees:
        feedback = json.loads(written[coachee.name].read_text(encoding="utf-8"))
        text = json.dumps(feedback, ensure_ascii=False)
        latest = coaching.portfolio.exports(uuids[coachee.name])[-1]
        assert feedback["export_id"] == latest.export_id
        document = coaching.portfolio.document(latest.export_id)
        areas = ("entries", "rituals", "delegations", "experiments")
        own_items = {row["uuid"] for area in areas for row in document.get(area, [])}
        assert {c["item_uuid"] for c in feedback["comments"]} <= own_items
        assert f"Commentaire pour {coachee.name}" in text
        for other in coachees:
            if other is not coachee:
                assert other.name not in text
        assert "Notes privées" not in text and "Séance privée" not in text
        [sent] = coaching.reviews.history(uuids[coachee.name])
        assert (sent.path, sent.comments, sent.brought_in) == (written[coachee.name], 2, None)


def test_erasing_a_coachee_leaves_nothing_of_them_in_the_data_folder(
    coaching: Coaching, coachees: list[Coachee], journal: Journal, tmp_path: Path
) -> None:
    uuids = file_all(coaching, coachees, tmp_path / "received")
    gone, kept = coachees[0], coachees[1]
    now = journal.clock.now()
    for coachee in (gone, kept):
        uuid = uuids[coachee.name]
        coaching.portfolio.set_notes(uuid, f"Notes privées sur {coachee.name}")
        coaching.sessions.add(uuid, now.date(), f"Séance privée de {coachee.name}")
        latest = coaching.portfolio.exports(uuid)[-1]
        review = coaching.reviews.draft(latest.export_id, "Claire Coach")
        review.set_overall(f"Note d’ensemble pour {coachee.name}", now)
        coaching.reviews.write_feedback(review, tmp_path / f"feedback-{coachee.seed}.json")
        sheet = tmp_path / f"sheet-{coachee.seed}.html"
        write_sheet(coaching.preparation.prepare(uuid), sheet)
        coaching.preparation.record_sheet(uuid, sheet)
    coaching.store.backup("manual")  # a copy that holds them both, to be replaced
    # Words of theirs alone (the demo's texts are shared by every journal of one language).
    export_ids = [read_export(source)["export_id"] for source in (gone.first, gone.second)]
    words = [
        gone.name, gone.journal_id, f"Retour d’atelier {gone.seed}",
        f"Notes privées sur {gone.name}", f"Séance privée de {gone.name}", *export_ids,
    ]  # fmt: skip
    folder = journal.paths.data
    before = everything_in(folder)
    assert [word for word in words if word not in before] == []  # the search finds them here

    preview = coaching.erasure.preview(uuids[gone.name])
    assert (preview.exports, preview.sessions) == (2, 1)
    assert {p.name for p in preview.files} == {f"feedback-{gone.seed}.json",
                                               f"sheet-{gone.seed}.html"}  # fmt: skip
    done = coaching.erasure.erase(uuids[gone.name], delete_files=True)
    assert (done.exports, done.files_deleted, done.files_left) == (2, 4, ())
    coaching.close()  # at rest, as the coach leaves it

    after = everything_in(folder)
    assert [word for word in words if word in after] == []
    assert not (tmp_path / f"feedback-{gone.seed}.json").exists()
    assert not (tmp_path / "received" / gone.first.name).exists()
    assert f"Séance privée de {kept.name}" in after  # the others are all still there
    assert (tmp_path / f"feedback-{kept.seed}.json").exists()
    assert {row.name for row in coaching.overview.rows()} == {c.name for c in coachees[1:]}


def test_the_sharing_record_lists_what_is_held_on_each_coachee_and_never_the_erased_name(
    coaching: Coaching, coachees: list[Coachee], journal: Journal, tmp_path: Path
) -> None:
    uuids = file_all(coaching, coachees, tmp_path / "received")
    claire = uuids[coachees[0].name]
    coaching.sessions.add(claire, journal.clock.now().date(), "")
    latest = coaching.portfolio.exports(claire)[-1]
    review = coaching.reviews.draft(latest.export_id, "Claire Coach")
    review.set_overall("Bien.", journal.clock.now())
    coaching.reviews.write_feedback(review, tmp_path / "feedback.json")
    held = {h.name: h for h in coaching.erasure.held()}
    assert set(held) == {c.name for c in coachees}
    first = held[coachees[0].name]
    assert (first.exports, first.sessions, first.files) == (2, 1, 1)
    assert first.first is not None and first.last is not None and first.first < first.last
    [shared] = coaching.erasure.shared()
    assert (shared.action, shared.coachee, shared.file_name) == (
        "feedback", coachees[0].name, "feedback.json",
    )  # fmt: skip
    coaching.erasure.erase(uuids[coachees[1].name], delete_files=False)
    assert {h.name for h in coaching.erasure.held()} == {coachees[0].name, coachees[2].name}
    erased = next(s for s in coaching.erasure.shared() if s.action == "erasure")
    assert (erased.coachee, erased.file_name, erased.items) == ("", "", 2)
