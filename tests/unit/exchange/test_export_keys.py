"""The keys of pseudonymised exports live in the journal: an export leaves no key file, key
files of earlier versions are taken in (and deleted) when the journal opens, and a protected
journal keeps its keys encrypted like the rest."""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coachapp import protection
from coachapp.clock import FixedClock
from coachapp.config import Paths, Settings
from coachapp.context import Journal, open_journal
from coachapp.render.writers import writers_for
from coachapp.services.exchange.export_keys import ExportKeys
from coachapp.services.exchange.journal_export import ExportOptions
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.storage.database import close_database
from coachapp.storage.models import ExportKey
from tests.conftest import NOW
from tests.unit.protection.test_protection import PASSPHRASE, raw_holds

NAMES = {"Agent A": "Zéphyrine Lacombe", "Élu A": "Marc-Aurèle Dussollier"}


def legacy_key(folder: Path, export_id: str, aliases: dict[str, str]) -> Path:
    """A key file as versions before schema 13 wrote it."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / f"{export_id}.json"
    path.write_text(json.dumps({"export_id": export_id, "aliases": aliases}), encoding="utf-8")
    return path


def files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def test_a_key_is_kept_and_read_back_in_its_order(journal: Journal) -> None:
    keys = journal.export_keys
    keys.keep("x2", {"Élu A": "Marc-Aurèle Dussollier", "Agent A": "Zéphyrine Lacombe"})
    keys.keep("x1", {"Agent A": "Karim Benali"})

    assert list(keys.aliases("x2").items()) == [
        ("Élu A", "Marc-Aurèle Dussollier"),
        ("Agent A", "Zéphyrine Lacombe"),
    ]
    assert keys.aliases("unknown") == {}
    assert list(keys.all()) == ["x2", "x1"]  # oldest first (same instant: as written)
    [row] = ExportKey.select().where(ExportKey.export_id == "x2")
    assert row.created_at == NOW
    assert "Zéphyrine" in row.aliases  # readable text in the journal, not escapes


def test_a_pseudonymised_export_writes_no_key_file_and_its_key_maps_back(
    journal: Journal, tmp_path: Path
) -> None:
    her = journal.people.create(PersonDraft("Zéphyrine Lacombe", kind=PersonKind.AGENT)).uuid
    journal.entries.create(EntryDraft(NOW, "Point avec Zéphyrine", people=(her,)))
    out = tmp_path / "for-the-coach.json"

    written = journal.exports.export(
        "json", out, ExportOptions(), writers_for(journal), pseudonymised=True
    )

    assert written.pseudonymised
    assert not journal.paths.export_keys.exists()
    assert not any(p.suffix == ".json" and p != out for p in files_under(journal.paths.data))
    document = json.loads(out.read_text(encoding="utf-8"))
    assert "Zéphyrine" not in out.read_text(encoding="utf-8")
    [(export_id, key)] = journal.export_keys.all().items()
    assert export_id == document["export_id"]
    assert key == {"Agent A": "Zéphyrine Lacombe"}
    assert document["entries"][0]["title"] == "Point avec Agent A"
    [record] = journal.sharing.records()
    assert record.export_id == export_id and record.pseudonymised


def test_an_export_with_names_keeps_no_key(journal: Journal, tmp_path: Path) -> None:
    journal.people.create(PersonDraft("Zéphyrine Lacombe"))
    written = journal.exports.export(
        "json", tmp_path / "out.json", ExportOptions(), writers_for(journal), pseudonymised=False
    )
    assert not written.pseudonymised
    assert journal.export_keys.all() == {}


def test_legacy_key_files_are_taken_in_then_deleted_a_broken_one_left(
    journal: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    folder = journal.paths.export_keys
    kept = legacy_key(folder, "x1", NAMES)
    written_at = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    stamp = written_at.timestamp()
    os.utime(kept, (stamp, stamp))
    broken = folder / "x2.json"
    broken.write_text('{"export_id": "x2", "aliases": {"Agent A": ', encoding="utf-8")
    wrong = legacy_key(folder, "x3", {"Agent A": 7})  # type: ignore[dict-item]

    with caplog.at_level(logging.WARNING, logger="coachapp.export_keys"):
        assert journal.export_keys.adopt_files(folder) == 1

    assert journal.export_keys.aliases("x1") == NAMES
    assert ExportKey.get(ExportKey.export_id == "x1").created_at == written_at
    assert not kept.exists()
    assert broken.exists() and wrong.exists()  # left for the manager, not lost
    assert "x2.json unreadable" in caplog.text and "x3.json unreadable" in caplog.text
    assert journal.export_keys.aliases("x2") == {}
    assert journal.export_keys.adopt_files(folder) == 0  # nothing new the second time


def test_a_key_taken_in_already_is_not_doubled(journal: Journal) -> None:
    """A file whose deletion failed last time: its key is in the journal, the file goes."""
    journal.export_keys.keep("x1", NAMES)
    left = legacy_key(journal.paths.export_keys, "x1", {"Agent A": "Someone else"})
    assert journal.export_keys.adopt_files(journal.paths.export_keys) == 1
    assert journal.export_keys.aliases("x1") == NAMES
    assert not left.exists() and not journal.paths.export_keys.exists()


def test_no_folder_no_work(journal: Journal, tmp_path: Path) -> None:
    assert journal.export_keys.adopt_files(tmp_path / "missing") == 0
    (tmp_path / "empty").mkdir()
    assert journal.export_keys.adopt_files(tmp_path / "empty") == 0


def test_opening_the_journal_takes_the_files_in(
    paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    legacy_key(paths.export_keys, "x1", NAMES)
    journal = open_journal(paths, settings, clock)
    try:
        assert journal.export_keys.aliases("x1") == NAMES
        assert not paths.export_keys.exists()
    finally:
        close_database()


def test_a_protected_journal_keeps_its_keys_out_of_the_raw_bytes(
    journal: Journal, paths: Paths, settings: Settings, clock: FixedClock, tmp_path: Path
) -> None:
    journal.people.create(PersonDraft("Zéphyrine Lacombe"))
    protection.protect(journal, PASSPHRASE, PASSPHRASE)
    journal.exports.export(
        "json", tmp_path / "out.json", ExportOptions(), writers_for(journal), pseudonymised=True
    )
    journal.close()
    legacy_key(paths.export_keys, "x-old", {"Élu A": "Marc-Aurèle Dussollier"})

    reopened = open_journal(paths, settings, clock, protection.unlock(paths.database, PASSPHRASE))
    try:
        keys = reopened.export_keys.all()
        assert sorted(name for key in keys.values() for name in key.values()) == [
            "Marc-Aurèle Dussollier",
            "Zéphyrine Lacombe",
        ]
    finally:
        reopened.close()
    for path in files_under(paths.data):
        for word in ("Zéphyrine", "Lacombe", "Dussollier", "Marc-Aurèle"):
            assert not raw_holds(path, word), (path.name, word)


def test_the_service_stands_alone(journal: Journal) -> None:
    """Another instance over the same journal reads what one kept (no state of its own)."""
    journal.export_keys.keep("x1", NAMES)
    assert ExportKeys(FixedClock(NOW)).aliases("x1") == NAMES
