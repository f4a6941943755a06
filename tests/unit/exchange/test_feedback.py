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
from coachapp.exchange.journal_json import write_journal_json
from coachapp.exchange.pseudonymise import pseudonymise
from coachapp.i18n import render_error
from coachapp.services.exchange.importing import read_incoming
from coachapp.services.exchange.journal_export import ExportOptions, journal_document, named_people
from coachapp.services.exchange.journal_import import JournalImport, read_export
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.storage.database import db
from tests.conftest import NOW
from tests.unit.exchange.test_journal_import import fresh_journal


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


KINDS = {"agent": "Agent", "elected_official": "Élu"}


def test_the_aliases_of_a_pseudonymised_export_come_back_as_names(
    journal: Journal, clock: FixedClock, tmp_path: Path
) -> None:
    """The coach read "Agent A"; the manager's journal keeps who that is, in its own words."""
    helene = journal.people.create(PersonDraft("Hélène Dupont", "Accueil", PersonKind.AGENT))
    journal.people.create(PersonDraft("Martine Roux", "Adjointe", PersonKind.ELECTED_OFFICIAL))
    entry = journal.entries.create(EntryDraft(NOW, "Point avec Hélène", "Hélène et Martine."))
    document, key = pseudonymise(
        journal_document(clock, ExportOptions()), lambda kind: KINDS[kind], named_people()
    )
    journal.export_keys.keep(document["export_id"], key)  # as an export does
    assert key == {"Agent A": "Hélène Dupont", "Élu A": "Martine Roux"}
    [exported] = document["entries"]
    assert exported["title"] == "Point avec Agent A"
    review = Review.start(document, "Claire Martin", NOW)
    review.set_comment(entry.uuid, "entries", exported["title"],
                       "L’agent A a pris la main ; AGENT A le sait ? Et elu A, Élu  A ?\n"
                       "L’agent a dit oui à l’Agent AB.", NOW)  # fmt: skip
    review.set_comment(helene.uuid, "people", "Agent A", "Agent A’s idea", NOW)
    review.set_comment(str(uuid.uuid4()), "rituals", "Comité avec Élu A", "Bien.", NOW)
    review.set_overall("Merci à Agent A et à Élu A.", NOW)
    path = tmp_path / "retour.json"
    review.save(path)

    report = journal.feedback.import_feedback(read_feedback(path))
    [on_entry] = journal.feedback.on(entry.uuid)
    assert on_entry.item_title == "Point avec Hélène Dupont"
    assert on_entry.text == (
        "L’Hélène Dupont a pris la main ; Hélène Dupont le sait ? Et Martine Roux, Martine Roux ?\n"
        "L’agent a dit oui à l’Agent AB."  # French words and another alias stay as written
    )
    [on_person] = journal.feedback.on(helene.uuid)
    assert (on_person.item_title, on_person.text) == ("Hélène Dupont", "Hélène Dupont’s idea")
    [overall] = [c for c in journal.feedback.unseen() if c.item_uuid is None]
    assert overall.text == "Merci à Hélène Dupont et à Martine Roux."
    assert report.unknown == [("rituals", "Comité avec Martine Roux")]


def test_without_a_key_the_comments_come_in_as_written(
    journal: Journal, export: dict[str, Any], tmp_path: Path
) -> None:
    review = Review.start(export, "Claire Martin", NOW)
    review.set_overall("Agent A a raison.", NOW)
    path = tmp_path / "retour.json"
    review.save(path)
    journal.feedback.import_feedback(read_feedback(path))
    assert [c.text for c in journal.feedback.unseen()] == ["Agent A a raison."]


def test_read_comments_stay_at_hand_newest_first(
    journal: Journal, export: dict[str, Any], tmp_path: Path
) -> None:
    review = _review(export)
    entry = export["entries"][1]
    review.set_comment(entry["uuid"], "entries", entry["title"], "Plus tard.",
                       NOW + timedelta(hours=1))  # fmt: skip
    path = tmp_path / "retour.json"
    review.save(path)
    journal.feedback.import_feedback(read_feedback(path))
    assert journal.feedback.already_read() == [] and journal.feedback.count_read() == 0
    first, second, *_rest = journal.feedback.unseen()
    assert first.text == "Plus tard."
    journal.feedback.mark_seen([second.uuid, first.uuid])
    assert [c.uuid for c in journal.feedback.already_read()] == [first.uuid, second.uuid]
    assert all(c.seen for c in journal.feedback.already_read())
    assert journal.feedback.count_read() == 2 and len(journal.feedback.unseen()) == 2
