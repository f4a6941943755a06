"""A protected journal: encrypted at rest, opened by its passphrase or recovery key only."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coachapp import protection
from coachapp.clock import FixedClock
from coachapp.config import Paths, Settings
from coachapp.context import Journal, open_journal
from coachapp.errors import QT_TRANSLATE_NOOP, ValidationError
from coachapp.protection import JournalState, journal_state
from coachapp.services.journal.journal import EntryDraft, EntryFilter
from coachapp.storage.database import close_database
from coachapp.storage.errors import StorageError
from coachapp.storage.journal_key import WrongSecretError, key_file_for, read_key_file
from coachapp.timezones import local_zone

PASSPHRASE = "correct horse battery"
SECRET_WORDS = ("Zéphyrine", "confidentiel", "mutation")


def write_entries(journal: Journal, count: int = 3) -> None:
    moment = datetime(2026, 11, 20, 10, tzinfo=local_zone())
    for n in range(count):
        body = f"Entretien {n} avec Zéphyrine : dossier confidentiel de mutation."
        journal.entries.create(EntryDraft(moment, f"Point {n}", body=body))


def raw_holds(path: Path, word: str) -> bool:
    data = path.read_bytes()
    return word.encode("utf-8") in data or word.encode("utf-16-le") in data


@pytest.fixture
def protected(journal: Journal) -> Iterator[tuple[Journal, str]]:
    write_entries(journal)
    journal.backups.create("manual")
    recovery = protection.protect(journal, PASSPHRASE, PASSPHRASE).recovery_key
    yield journal, recovery


def search(journal: Journal, text: str) -> list[str]:
    return [row.title for row in journal.entries.page(EntryFilter(text=text))]


def test_protecting_encrypts_the_file_and_keeps_everything(
    protected: tuple[Journal, str], paths: Paths
) -> None:
    journal, recovery = protected
    assert journal.protected
    assert journal_state(paths.database) is JournalState.PROTECTED
    close_database()
    for word in SECRET_WORDS:
        assert not raw_holds(paths.database, word)
    # The standard library's SQLite sees no database at all.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(paths.database).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert len(recovery.split("-")) == 8
    if os.name == "posix":  # readable by the manager alone, like the plain journal was
        assert paths.database.stat().st_mode & 0o777 == 0o600
        assert key_file_for(paths.database).stat().st_mode & 0o777 == 0o600
    # Nothing readable is left beside it: no copy, no WAL of the plain file.
    leftovers = {p.name for p in paths.database.parent.iterdir()} - {
        paths.database.name,
        key_file_for(paths.database).name,
    }
    assert not any(name.startswith(paths.database.name) for name in leftovers)


def test_restart_unlock_and_search(
    protected: tuple[Journal, str], paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    journal, _recovery = protected
    journal.close()
    key = protection.unlock(paths.database, PASSPHRASE)
    reopened = open_journal(paths, settings, clock, key)
    assert search(reopened, "confidentiel") == ["Point 2", "Point 1", "Point 0"]
    assert search(reopened, "zephyrine") != []  # FTS5 with accent folding inside SQLCipher
    reopened.entries.create(EntryDraft(datetime(2026, 11, 24, tzinfo=local_zone()), "Nouveau"))
    assert reopened.entries.count() == 4
    reopened.close()
    for word in (*SECRET_WORDS, "Nouveau"):
        assert not raw_holds(paths.database, word)


def test_recovery_key_opens_it_in_any_case_and_spacing(
    protected: tuple[Journal, str], paths: Paths
) -> None:
    journal, recovery = protected
    typed = recovery.lower().replace("-", " ")
    assert protection.unlock(paths.database, typed) == journal.key


@pytest.mark.parametrize("secret", ["", "wrong passphrase", PASSPHRASE.upper(), PASSPHRASE + " "])
def test_wrong_secret_is_refused_without_damage(
    protected: tuple[Journal, str], paths: Paths, secret: str
) -> None:
    journal, _recovery = protected
    journal.close()
    before = paths.database.read_bytes(), key_file_for(paths.database).read_bytes()
    with pytest.raises(WrongSecretError):
        protection.unlock(paths.database, secret)
    assert (paths.database.read_bytes(), key_file_for(paths.database).read_bytes()) == before


def test_opening_with_a_wrong_key_changes_nothing(
    protected: tuple[Journal, str], paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    journal, _recovery = protected
    journal.close()
    before = paths.database.read_bytes()
    with pytest.raises(StorageError):
        open_journal(paths, settings, clock, b"\x01" * 32)
    assert paths.database.read_bytes() == before


def test_change_passphrase(
    protected: tuple[Journal, str], paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    journal, recovery = protected
    database_before = paths.database.read_bytes()
    with pytest.raises(WrongSecretError):
        protection.change_passphrase(journal, "not it at all", "new passphrase", "new passphrase")
    with pytest.raises(ValidationError):
        protection.change_passphrase(journal, PASSPHRASE, "short", "short")
    protection.change_passphrase(journal, PASSPHRASE, "new passphrase", "new passphrase")
    assert paths.database.read_bytes() == database_before  # the key itself did not change
    with pytest.raises(WrongSecretError):
        protection.unlock(paths.database, PASSPHRASE)
    assert protection.unlock(paths.database, "new passphrase") == journal.key
    assert protection.unlock(paths.database, recovery) == journal.key
    # The backup's copy of the key follows the new passphrase.
    backup = next(paths.backups.glob("*.db"))
    assert read_key_file(key_file_for(backup)).unlock("new passphrase") == journal.key
    journal.close()
    reopened = open_journal(paths, settings, clock, journal.key)
    assert reopened.entries.count() == 3
    reopened.close()


def test_new_recovery_key_replaces_the_old(protected: tuple[Journal, str], paths: Paths) -> None:
    journal, old = protected
    new = protection.new_recovery(journal, PASSPHRASE)
    assert protection.unlock(paths.database, new) == journal.key
    with pytest.raises(WrongSecretError):
        protection.unlock(paths.database, old)


def test_backups_are_protected_too(protected: tuple[Journal, str], paths: Paths) -> None:
    backups = sorted(paths.backups.glob("*.db"))
    assert backups
    for backup in backups:
        assert journal_state(backup) is JournalState.PROTECTED
        for word in SECRET_WORDS:
            assert not raw_holds(backup, word)
    assert not list(paths.backups.glob("*.converting"))


def test_removing_protection(
    protected: tuple[Journal, str], paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    journal, _recovery = protected
    with pytest.raises(WrongSecretError):
        protection.unprotect(journal, "wrong one here")
    assert journal.protected
    protection.unprotect(journal, PASSPHRASE)
    assert not journal.protected
    assert not key_file_for(paths.database).exists()
    assert journal_state(paths.database) is JournalState.PLAIN
    assert search(journal, "confidentiel") == ["Point 2", "Point 1", "Point 0"]
    journal.close()
    assert open_journal(paths, settings, clock).entries.count() == 3
    close_database()


@pytest.mark.parametrize(
    ("passphrase", "confirmation"), [("short", "short"), ("long enough", "long enougH")]
)
def test_bad_passphrases_change_nothing(
    journal: Journal, paths: Paths, passphrase: str, confirmation: str
) -> None:
    write_entries(journal, 1)
    with pytest.raises(ValidationError):
        protection.protect(journal, passphrase, confirmation)
    assert not journal.protected
    assert not key_file_for(paths.database).exists()
    assert journal.entries.count() == 1


def test_a_failed_conversion_leaves_the_journal_as_it_was(
    journal: Journal, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_entries(journal)

    def broken(*_args: object) -> None:
        raise StorageError(QT_TRANSLATE_NOOP("Storage", "disk trouble"))

    monkeypatch.setattr(protection, "convert", broken)
    with pytest.raises(StorageError):
        protection.protect(journal, PASSPHRASE, PASSPHRASE)
    assert not journal.protected
    assert not key_file_for(paths.database).exists()
    assert journal.entries.count() == 3  # open again, as it was


def test_settle_clears_what_an_interrupted_conversion_left(journal: Journal, paths: Paths) -> None:
    write_entries(journal, 1)
    journal.close()
    stray_copy = paths.database.with_name(paths.database.name + protection.CONVERTING)
    stray_copy.write_bytes(b"half a copy")
    key_file_for(paths.database).write_text("{}")  # written just before a kill
    protection.settle(paths.database)
    assert not stray_copy.exists()
    assert not key_file_for(paths.database).exists()
    assert journal_state(paths.database) is JournalState.PLAIN


def test_backups_of_a_protected_journal_are_protected_and_restore(
    protected: tuple[Journal, str], paths: Paths, settings: Settings, clock: FixedClock
) -> None:
    journal, _recovery = protected
    made = journal.backups.create("manual")
    assert journal_state(made) is JournalState.PROTECTED
    assert key_file_for(made).exists()
    for word in SECRET_WORDS:
        assert not raw_holds(made, word)
    assert journal.backups.newest_healthy() is not None
    write_entries(journal, 1)  # a fourth entry, not in the backup
    assert journal.entries.count() == 4
    journal.restore(made)
    assert journal.protected and journal.entries.count() == 3
    assert search(journal, "confidentiel") == ["Point 2", "Point 1", "Point 0"]
    # The journal damaged: the app finds and restores the newest healthy backup, with the key.
    journal.close()
    data = bytearray(paths.database.read_bytes())
    data[8192:12288] = b"\x00" * 4096
    paths.database.write_bytes(bytes(data))
    assert protection.journal_state(paths.database) is JournalState.PROTECTED
    recovered = Journal(paths, settings, clock, journal.key)
    newest = recovered.backups.newest_healthy()
    assert newest is not None
    recovered.recover(newest.path)
    assert recovered.protected
    assert recovered.entries.count() == 3
    recovered.close()


def test_a_plain_file_restored_into_a_protected_journal_is_encrypted(
    protected: tuple[Journal, str], paths: Paths, tmp_path: Path
) -> None:
    journal, _recovery = protected
    plain = tmp_path / "plain.db"
    journal.backups.key = None  # a copy made as a plain journal would
    from coachapp.storage.backups import copy_journal_file  # noqa: PLC0415

    close_database()
    copy_journal_file(paths.database, plain, journal.key, None)
    journal.reopen()
    journal.backups.key = journal.key
    assert journal_state(plain) is JournalState.PLAIN
    write_entries(journal, 2)
    journal.restore(plain)
    assert journal.protected and journal.entries.count() == 3
    close_database()
    for word in SECRET_WORDS:
        assert not raw_holds(paths.database, word)
    journal.reopen()


def test_a_backup_under_another_key_is_refused_clearly(
    protected: tuple[Journal, str], paths: Paths
) -> None:
    journal, _recovery = protected
    made = journal.backups.create("manual")
    protection.unprotect(journal, PASSPHRASE)
    protection.protect(journal, "une autre phrase", "une autre phrase")
    with pytest.raises(StorageError, match="another passphrase"):
        journal.restore(made)
    assert journal.entries.count() == 3


def test_rotation_takes_the_key_files_along(protected: tuple[Journal, str], paths: Paths) -> None:
    journal, _recovery = protected
    journal.backups.keep = 2
    for _ in range(4):
        journal.clock.set(journal.clock.now() + timedelta(hours=1))  # type: ignore[attr-defined]
        journal.backups.create("auto")
    autos = sorted(paths.backups.glob("*-auto.db"))
    assert len(autos) == 2
    assert sorted(paths.backups.glob("*-auto.db.key")) == [key_file_for(a) for a in autos]
