"""Protection tells the truth about backups: one it could not encrypt, or whose key file could
not follow a new passphrase, is named, can be tried again or deleted, and shows in the
self-test; a bug in the program is never taken for a damaged file."""

from __future__ import annotations

import errno
from datetime import timedelta
from pathlib import Path

import pytest

from coachapp import protection
from coachapp.clock import FixedClock
from coachapp.config import Paths
from coachapp.context import Journal
from coachapp.protection import JournalState, journal_state, readable_backups
from coachapp.selftest import Status, check_backups
from coachapp.storage.encryption import convert
from coachapp.storage.journal_key import key_file_for, read_key_file
from tests.unit.protection.test_corruption import scribbled_schema_page
from tests.unit.protection.test_protection import PASSPHRASE, SECRET_WORDS, raw_holds, write_entries


def three_backups(journal: Journal, clock: FixedClock) -> list[Path]:
    """A healthy backup, one to be damaged, one the disk will refuse; oldest first."""
    write_entries(journal)
    made = []
    for reason in ("manual", "auto", "before-import"):
        clock.set(clock.now() + timedelta(hours=1))
        made.append(journal.backups.create(reason))
    return made


def disk_full_for(refused: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk refuses the encrypted copy of `refused` (and only of it)."""

    def converting(
        source: Path, source_key: bytes | None, target: Path, target_key: bytes | None
    ) -> None:
        if source == refused:
            raise OSError(errno.ENOSPC, "No space left on device")
        convert(source, source_key, target, target_key)

    monkeypatch.setattr(protection, "convert", converting)


def test_backups_that_cannot_be_encrypted_are_named_and_left_whole(
    journal: Journal, clock: FixedClock, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    healthy, damaged, refused = three_backups(journal, clock)
    scribbled_schema_page(damaged)
    disk_full_for(refused, monkeypatch)
    done = protection.protect(journal, PASSPHRASE, PASSPHRASE)
    assert journal.protected
    assert [item.path for item in done.unconverted] == [damaged, refused]
    assert "malformed" in done.unconverted[0].reason
    assert done.unconverted[1].reason == "No space left on device"
    assert journal_state(healthy) is JournalState.PROTECTED
    for left in (damaged, refused):
        assert journal_state(left) is JournalState.PLAIN  # as it was, not half converted
        assert not key_file_for(left).exists()  # no key beside a plain file
    assert readable_backups(paths.backups) == [damaged, refused]
    assert not list(paths.backups.glob("*.converting"))
    result = check_backups(paths)  # the self-test says so too
    assert result.status is Status.FAIL
    assert result.detail.startswith("2 backup")  # (its English plural comes with the catalogue)
    assert "in clear beside the protected journal" in result.detail
    assert damaged.name in result.detail and refused.name in result.detail


def test_trying_again_encrypts_what_now_can_be_and_delete_removes_the_rest(
    journal: Journal, clock: FixedClock, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _healthy, damaged, refused = three_backups(journal, clock)
    scribbled_schema_page(damaged)
    disk_full_for(refused, monkeypatch)
    left = protection.protect(journal, PASSPHRASE, PASSPHRASE).unconverted
    monkeypatch.undo()  # the user freed some space
    still = protection.retry_backups(journal, [item.path for item in left])
    assert [item.path for item in still] == [damaged]
    assert journal_state(refused) is JournalState.PROTECTED
    assert read_key_file(key_file_for(refused)).opens(journal.key or b"")
    for word in SECRET_WORDS:
        assert not raw_holds(refused, word)
    protection.delete_backups([damaged])
    assert not damaged.exists() and not key_file_for(damaged).exists()
    assert readable_backups(paths.backups) == []
    assert check_backups(paths).status is Status.OK
    journal.restore(refused)  # the one encrypted late restores like any other
    assert journal.entries.count() == 3


def test_a_bug_while_converting_a_backup_is_not_taken_for_a_damaged_file(
    journal: Journal, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    three_backups(journal, clock)

    def buggy(*_args: object) -> None:
        raise TypeError("convert() got an unexpected keyword argument")

    monkeypatch.setattr(protection, "convert", buggy)
    with pytest.raises(TypeError):
        protection.protect(journal, PASSPHRASE, PASSPHRASE)


def test_a_damaged_key_file_beside_a_backup_is_named_when_the_passphrase_changes(
    journal: Journal, clock: FixedClock, paths: Paths
) -> None:
    first, second, _third = three_backups(journal, clock)
    protection.protect(journal, PASSPHRASE, PASSPHRASE)
    key_file_for(second).write_text("{ half a file", encoding="utf-8")
    left = protection.change_passphrase(journal, PASSPHRASE, "nouvelle phrase", "nouvelle phrase")
    assert [item.path for item in left] == [second]
    assert read_key_file(key_file_for(first)).unlock("nouvelle phrase") == journal.key
    # Trying again gives the backup the journal's key file, once it opens with the key.
    assert protection.retry_backups(journal, [second]) == []
    assert read_key_file(key_file_for(second)).unlock("nouvelle phrase") == journal.key
    assert journal.backups.newest_healthy() is not None


def test_a_backup_under_another_key_is_not_given_the_journal_s(
    journal: Journal, clock: FixedClock
) -> None:
    first, *_others = three_backups(journal, clock)
    protection.protect(journal, PASSPHRASE, PASSPHRASE)
    protection.unprotect(journal, PASSPHRASE)
    protection.protect(journal, "une autre phrase", "une autre phrase")
    key_file_for(first).write_text("damaged", encoding="utf-8")
    left = protection.change_passphrase(
        journal, "une autre phrase", "encore une autre", "encore une autre"
    )
    assert [item.path for item in left] == [first]
    still = protection.retry_backups(journal, [first])
    assert [item.path for item in still] == [first]
    assert "not a database" in still[0].reason
    assert key_file_for(first).read_text(encoding="utf-8") == "damaged"
