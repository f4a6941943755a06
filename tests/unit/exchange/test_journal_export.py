"""The JSON journal export: every area, valid against its schema, options honoured."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime
from pathlib import Path

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.exchange.journal_json import schema_problems, write_journal_json
from coachapp.services.exchange.journal_export import ExportOptions, journal_document
from coachapp.services.journal.journal import EntryDraft
from coachapp.storage.models import Entry, Experiment, Person, Ritual
from coachapp.timezones import local_zone


def test_the_whole_demo_journal_is_exported_and_valid(
    journal: Journal, clock: FixedClock, tmp_path: Path
) -> None:
    DemoService(clock, journal.methods.library).fill(DemoSize.SMALL, seed=2)
    document = journal_document(clock)
    assert schema_problems(document) == []
    assert document["format"] == "coachapp-journal" and document["schema_version"] == 1
    assert len(document["people"]) == Person.select().count()
    assert len(document["entries"]) == Entry.select().where(Entry.private == 0).count()
    assert len(document["rituals"]) == Ritual.select().count()
    assert len(document["experiments"]) == Experiment.select().count()
    assert any(e["links"] for e in document["entries"])
    assert any(r["occurrences"] for r in document["rituals"])
    assert any(d["checkins"] for d in document["delegations"])
    target = tmp_path / "export.json"
    write_journal_json(target, document)
    assert json.loads(target.read_text("utf-8")) == document
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_options_choose_the_period_sections_and_private_entries(
    journal: Journal, clock: FixedClock
) -> None:
    for day, private in ((date(2026, 10, 1), False), (date(2026, 11, 2), True),
                         (date(2026, 11, 20), False)):  # fmt: skip
        moment = datetime(day.year, day.month, day.day, 10, tzinfo=local_zone())
        journal.entries.create(EntryDraft(moment, f"Note du {day}", private=private))
    options = ExportOptions(first=date(2026, 11, 1), last=date(2026, 11, 30),
                            sections=frozenset({"entries"}))  # fmt: skip
    document = journal_document(clock, options)
    assert [e["title"] for e in document["entries"]] == ["Note du 2026-11-20"]
    assert "people" not in document and "rituals" not in document
    assert document["options"] == {"from": "2026-11-01", "to": "2026-11-30",
                                   "sections": ["entries"], "include_private": False}  # fmt: skip
    with_private = journal_document(clock, ExportOptions(include_private=True))
    assert len(with_private["entries"]) == 3
    assert schema_problems(with_private) == []


def test_a_foreign_document_is_described() -> None:
    problems = schema_problems({"format": "something-else", "rules": []})
    assert (problems and problems[0].startswith("(document): ")) or problems[0].startswith("format")
