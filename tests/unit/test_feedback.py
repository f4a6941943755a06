"""A coach's feedback file: written by review mode, valid against its schema, attached to the
right records, idempotent, and refused whole (the journal untouched) when it is bad."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.errors import UserError
from coachapp.exchange.feedback import Review, check_feedback, read_feedback
from coachapp.exchange.incoming import read_incoming
from coachapp.exchange.journal_json import write_journal_json
from coachapp.i18n import render_error
from coachapp.services.journal import EntryDraft
from coachapp.services.journal_export import ExportOptions, journal_document
from coachapp.services.journal_import import JournalImport, read_export
from coachapp.services.people import PersonDraft, PersonKind
from coachapp.storage.database import db
from tests.conftest import NOW
from tests.unit.test_journal_import import fresh_journal


def dump(*, shared: bool = True) -> list[str]:
    """The whole database as SQL; without the sharing record's lines if `shared` is False."""
    return [line for line in db.connection().iterdump() if shared or "share_record" not in line]


@pytest.fixture
def export(journal: Journal, clock: FixedClock) -> dict[str, Any]:
    if journal.entries.count() == 0:  # hypothesis examples share the journal
        journal.people.create(PersonDraft("Hélène Dupont", "Accueil", PersonKind.AGENT))
        journal.entries.create(EntryDraft(NOW, "Atelier avec l'accueil", "Bonne énergie."))
        journal.entries.create(EntryDraft(NOW - timedelta(days=1), "Point budget", "Serré."))
    return journal_document(clock, ExportOptions())


def _review(export: dict[str, Any]) -> Review:
    review = Review.start(export, "Claire Martin", NOW)
    for entry in export["entries"]:
        review.set_comment(
            entry["uuid"], "entries", entry["title"], f"Sur « {entry['title']} »", NOW
        )
    person = export["people"][0]
    review.set_comment(person["uuid"], "people", person["name"], "Quelle délégation ?", NOW)
    review.set_overall("Beau mois : continuez les ateliers.", NOW)
    return review


def test_feedback_lands_on_its_items_once(
    journal: Journal, export: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "retour.json"
    _review(export).save(path)
    assert path.stat().st_mode & 0o077 == 0  # the user's alone
    kind, document = read_incoming(path)
    assert kind == "coachapp-feedback"

    report = journal.feedback.import_feedback(document)
    assert (report.added, report.updated, report.unchanged, report.unknown) == (4, 0, 0, [])
    entry = export["entries"][0]
    [comment] = journal.feedback.on(entry["uuid"])
    assert comment.text == f"Sur « {entry['title']} »" and comment.author == "Claire Martin"
    assert comment.item_kind == "entry" and not comment.seen
    assert len(journal.feedback.unseen()) == 4
    overall = [c for c in journal.feedback.unseen() if c.item_uuid is None]
    assert overall[0].text == "Beau mois : continuez les ateliers."

    before = dump(shared=False)
    again = journal.feedback.import_feedback(read_feedback(path), "retour.json")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)
    assert dump(shared=False) == before  # only the sharing record notes the second import
    assert [r.items for r in journal.sharing.records()] == [0, 4]

    journal.feedback.mark_seen(c.uuid for c in journal.feedback.unseen())
    assert journal.feedback.unseen() == []


def test_a_comment_changed_since_replaces_ours_and_is_new_again(
    journal: Journal, export: dict[str, Any], tmp_path: Path
) -> None:
    review = _review(export)
    path = tmp_path / "retour.json"
    review.save(path)
    journal.feedback.import_feedback(read_feedback(path))
    journal.feedback.mark_seen(c.uuid for c in journal.feedback.unseen())
    entry = export["entries"][0]
    review.set_comment(entry["uuid"], "entries", entry["title"], "Précision : et après ?",
                       NOW + timedelta(hours=1))  # fmt: skip
    review.save(path)
    report = journal.feedback.import_feedback(read_feedback(path))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 3)
    assert [c.text for c in journal.feedback.unseen()] == ["Précision : et après ?"]


def test_comments_on_items_this_journal_lacks_are_reported_and_the_rest_comes_in(
    journal: Journal, export: dict[str, Any], tmp_path: Path
) -> None:
    review = _review(export)
    review.set_comment(str(uuid.uuid4()), "rituals", "Un rituel d'ailleurs", "Bien vu.", NOW)
    path = tmp_path / "retour.json"
    review.save(path)
    report = journal.feedback.import_feedback(read_feedback(path))
    assert report.unknown == [("rituals", "Un rituel d'ailleurs")]
    assert report.added == 4


def test_an_emptied_comment_is_taken_out_of_the_file(export: dict[str, Any]) -> None:
    review = _review(export)
    entry = export["entries"][0]
    review.set_comment(entry["uuid"], "entries", entry["title"], "   ", NOW)
    review.set_overall("", NOW)
    assert entry["uuid"] not in review.commented()
    assert review.document["overall"] is None
    check_feedback(review.document, "retour.json")  # still valid


@pytest.mark.parametrize("text", [
    "", "{", "[]", "null", '{"format": "something-else"}',
    '{"format": "coachapp-feedback", "schema_version": 7}',
    '{"format": "coachapp-feedback", "schema_version": 1}',
])  # fmt: skip
def test_bad_files_are_refused_with_a_reason(journal: Journal, tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    before = dump()
    with pytest.raises(UserError) as refused:
        journal.feedback.import_feedback(read_incoming(path)[1])
    assert str(path) in render_error(refused.value)
    assert dump() == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(data=st.data())
def test_damaged_feedback_never_changes_the_journal(
    journal: Journal, export: dict[str, Any], tmp_path: Path, data: st.DataObject
) -> None:
    good = _review(export).document
    text = json.dumps(good)
    mutation = data.draw(st.sampled_from(["truncate", "drop", "retype", "version", "foreign"]))
    if mutation == "truncate":
        damaged: object = text[: data.draw(st.integers(0, len(text) - 1))]
    elif mutation == "drop":
        key = data.draw(st.sampled_from(sorted(good)))
        damaged = {k: v for k, v in good.items() if k != key}
    elif mutation == "retype":
        comment = good["comments"][data.draw(st.integers(0, len(good["comments"]) - 1))]
        key = data.draw(st.sampled_from(sorted(comment)))
        comment[key] = data.draw(st.one_of(st.integers(), st.lists(st.integers()), st.none()))
        damaged = good
    elif mutation == "version":
        good["schema_version"] = data.draw(st.integers(-5, 50).filter(lambda v: v != 1))
        damaged = good
    else:
        damaged = data.draw(st.dictionaries(st.text(max_size=8), st.integers(), max_size=4))
    path = tmp_path / "damaged.json"
    if isinstance(damaged, str):
        path.write_text(damaged, encoding="utf-8")
    else:
        write_journal_json(path, damaged)  # type: ignore[arg-type]
    before = dump()
    with pytest.raises(UserError):
        journal.feedback.import_feedback(read_incoming(path)[1])
    assert dump() == before


def test_comments_travel_with_the_journal_to_a_new_workstation(
    journal: Journal, export: dict[str, Any], clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "retour.json"
    _review(export).save(path)
    journal.feedback.import_feedback(read_feedback(path))
    moved = journal_document(clock, ExportOptions(include_private=True))
    assert len(moved["coach_comments"]) == 4
    target = tmp_path / "journal.json"
    write_journal_json(target, moved)

    other = fresh_journal(tmp_path, "other", clock)
    report = JournalImport(other.people, other.entries).run(read_export(target))
    assert report.added["coach_comments"] == 4
    entry = export["entries"][0]
    assert [c.text for c in other.feedback.on(entry["uuid"])] == [f"Sur « {entry['title']} »"]
    again = JournalImport(other.people, other.entries).run(read_export(target))
    assert again.unchanged["coach_comments"] == 4 and not again.added
