"""Protecting a journal with a passphrase: set it up, unlock, change it, or take it off.

A conversion never leaves a half-converted journal. It writes the converted copy to a new file,
proves it whole (integrity check and the same rows in every table), then replaces the journal in
one rename: the rename is the moment the journal changes form. A kill before it leaves the old
journal (and a stray copy, removed at the next start); a kill after it leaves the new one. The
old file is kept aside until the new one has opened and checked out, then removed. The key file
is written before the rename and removed only after it, and a plain journal's stray key file is
ignored and removed, so the journal and its key never disagree. Existing backups are converted
too, so that a protected journal leaves no readable copy behind; a backup that cannot be (a full
disk, a damaged file) is named to the user, who may try again or delete it, rather than left
readable behind their back.
"""

from __future__ import annotations

import enum
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from coachapp.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from coachapp.fileio import fsync_dir
from coachapp.storage.backups import copy_key_file, remove_backup
from coachapp.storage.encryption import ConversionError, convert
from coachapp.storage.errors import CorruptDatabaseError, StorageError
from coachapp.storage.journal_key import (
    KeyFile,
    KeyFileError,
    WrongSecretError,
    key_file_for,
    new_key,
    new_recovery_key,
    read_key_file,
)
from coachapp.storage.sqlite_file import peek_header

if TYPE_CHECKING:  # the journal is open by the time it is protected or unlocked
    from coachapp.context import Journal

log = logging.getLogger("coachapp.protection")

MIN_PASSPHRASE = 8
CONVERTING = ".converting"
KEPT = ".before-conversion"


class JournalState(enum.Enum):
    NEW = "new"  # no journal yet (or an empty file)
    PLAIN = "plain"
    PROTECTED = "protected"  # not readable as SQLite, with a key file beside it


@dataclass(frozen=True)
class Unconverted:
    """A backup that a change of protection could not bring along, and why (as the system or
    SQLite said it: technical, untranslated; empty when the backup was only found so later)."""

    path: Path
    reason: str = ""


@dataclass(frozen=True)
class Protected:
    """What protecting a journal gave: the recovery key to show once, and the backups left
    readable."""

    recovery_key: str
    unconverted: list[Unconverted] = field(default_factory=list)


def _sibling(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def journal_state(database: Path) -> JournalState:
    """What the journal file at `database` is, from its header and its key file."""
    if not database.exists() or database.stat().st_size == 0:
        return JournalState.NEW
    if peek_header(database).is_sqlite:
        return JournalState.PLAIN
    # Not SQLite in clear: encrypted if it has a key, else damaged or foreign (opening says so).
    return JournalState.PROTECTED if key_file_for(database).exists() else JournalState.PLAIN


def settle(database: Path) -> None:
    """Finish or undo what an interrupted conversion left, before the journal is opened."""
    _sibling(database, CONVERTING).unlink(missing_ok=True)
    state = journal_state(database)
    if state is not JournalState.PROTECTED:
        # Killed after taking protection off, or before putting it on: the key is not in use.
        key_file_for(database).unlink(missing_ok=True)
    if state is not JournalState.NEW:
        _drop_kept(database)


def check_passphrase(passphrase: str, confirmation: str) -> None:
    """Refuse a passphrase too short to protect anything, or mistyped once."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "passphrase",
            QT_TRANSLATE_NOOP("Protection", "The passphrase needs at least {count} characters."),
            count=MIN_PASSPHRASE,
        )
    if passphrase != confirmation:
        raise ValidationError(
            "confirmation",
            QT_TRANSLATE_NOOP("Protection", "The two passphrases are not the same."),
        )


def unlock(database: Path, secret: str) -> bytes:
    """The key of the protected journal `database`, from its passphrase or recovery key."""
    return read_key_file(key_file_for(database)).unlock(secret)


def protect(journal: Journal, passphrase: str, confirmation: str) -> Protected:
    """Encrypt `journal` and its backups with a new key wrapped by `passphrase`.

    The journal is open again afterwards, protected or, if anything failed, as it was. Backups
    that could not be encrypted are returned for the user to decide (`retry_backups`,
    `delete_backups`).
    """
    check_passphrase(passphrase, confirmation)
    if journal.protected:
        raise ValidationError(
            "passphrase",
            QT_TRANSLATE_NOOP("Protection", "The journal is already protected."),
        )
    key, recovery = new_key(), new_recovery_key()
    database = journal.paths.database
    key_file = KeyFile.create(key, passphrase, recovery)
    try:
        _convert_in_place(journal, key, lambda: key_file.save(key_file_for(database)))
    except BaseException:
        if not journal.protected:
            key_file_for(database).unlink(missing_ok=True)
        raise
    _protect_portfolio(journal, key)
    unconverted = _protect_backups(journal.paths.backups, key, key_file)  # the portfolio's too
    log.info("Journal protected")
    return Protected(recovery, unconverted)


def unprotect(journal: Journal, passphrase: str) -> None:
    """Decrypt `journal` after checking `passphrase`; its backups stay protected."""
    key = confirm(journal, passphrase)
    journal.coaching.store.rekey(None)  # first: a cut here leaves it to be protected again
    try:
        _convert_in_place(journal, None, lambda: None)
    except BaseException:
        journal.coaching.store.rekey(key)
        raise
    key_file_for(journal.paths.database).unlink(missing_ok=True)
    log.info("Journal protection removed")


def _protect_portfolio(journal: Journal, key: bytes) -> None:
    """The coaching portfolio under the journal's new key; if it cannot be converted now, it
    is when it next opens (a plain portfolio beside a protected journal is encrypted then)."""
    try:
        journal.coaching.store.rekey(key)
    except (OSError, StorageError):  # the file or the disk; a bug propagates
        log.warning("The coaching portfolio will be protected when it next opens", exc_info=True)
        journal.coaching.store.key = key


def change_passphrase(journal: Journal, old: str, new: str, confirmation: str) -> list[Unconverted]:
    """Wrap the journal's key (and its backups' copies) with a new passphrase.

    Returns the backups whose key file could not follow (damaged, or not writable): they do not
    open with the new passphrase, and may still open with the old one. Backups protected by
    another key (from an earlier protection) keep theirs, as they must.
    """
    key = confirm(journal, old)
    check_passphrase(new, confirmation)
    path = key_file_for(journal.paths.database)
    read_key_file(path).with_passphrase(key, new).save(path)
    left: list[Unconverted] = []
    for backup_key in _backup_key_files(journal.paths.backups):
        backup = backup_key.with_name(backup_key.name.removesuffix(".key"))
        try:
            kept = read_key_file(backup_key)
            if kept.opens(key):
                kept.with_passphrase(key, new).save(backup_key)
        except (KeyFileError, OSError) as exc:
            log.warning("The key file of backup %s was not updated: %s", backup.name, exc)
            left.append(Unconverted(backup, _reason(exc)))
    log.info("Passphrase changed")
    return left


def new_recovery(journal: Journal, passphrase: str) -> str:
    """Replace the recovery key (say, after the printed one was lost); returns the new one."""
    key = confirm(journal, passphrase)
    recovery = new_recovery_key()
    path = key_file_for(journal.paths.database)
    read_key_file(path).with_recovery(key, recovery).save(path)
    return recovery


def confirm(journal: Journal, secret: str) -> bytes:
    """The open journal's key, if `secret` opens it (before a change, or to unlock the window)."""
    if journal.key is None:
        raise ValidationError(
            "passphrase", QT_TRANSLATE_NOOP("Protection", "The journal is not protected.")
        )
    key = unlock(journal.paths.database, secret)
    if key != journal.key:
        raise WrongSecretError()
    return key


def _convert_in_place(journal: Journal, key: bytes | None, before_swap: Callable[[], None]) -> None:
    """Rewrite the open journal's file encrypted with `key` (None: plain), then reopen it."""
    database = journal.paths.database
    copy, kept = _sibling(database, CONVERTING), _sibling(database, KEPT)
    copy.unlink(missing_ok=True)
    journal.close()
    swapped = False
    try:
        _remove_empty_wal(database)
        convert(database, journal.key, copy, key)
        before_swap()
        kept.unlink(missing_ok=True)
        try:
            os.link(database, kept)  # the old file, kept at no cost until the new one checks out
        except OSError:
            shutil.copy2(database, kept)
        copy.replace(database)  # the journal changes form here, and only here
        swapped = True
        fsync_dir(database.parent)
    finally:
        copy.unlink(missing_ok=True)
        previous = journal.key
        journal.key = key if swapped else previous
        journal.backups.key = journal.key
        journal.reopen()
    from coachapp.storage.database import check_file  # noqa: PLC0415 (not needed to start)

    problems = check_file(database, key)
    if problems:  # cannot happen after a verified copy, but the old file is still here
        kept.replace(database)
        journal.key = journal.backups.key = previous
        journal.reopen()
        raise RuntimeError(f"converted journal failed its check: {problems[:3]}")
    kept.unlink(missing_ok=True)


def _drop_kept(database: Path) -> None:
    """The pre-conversion copy, once the converted journal is the one in place."""
    _sibling(database, KEPT).unlink(missing_ok=True)


def _remove_empty_wal(database: Path) -> None:
    """After a clean close the WAL is empty; its index must not outlive a change of cipher."""
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists() and (suffix == "-shm" or side.stat().st_size == 0):
            side.unlink()


def _backup_key_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.key")) if folder.exists() else []


def readable_backups(folder: Path) -> list[Path]:
    """The backups in `folder` stored in clear (SQLite's header readable as it is).

    Beside a protected journal, each is a copy anyone who can read the files can read.
    """
    if not folder.is_dir():
        return []
    found = []
    for backup in sorted(folder.glob("*.db")):
        try:
            in_clear = peek_header(backup).is_sqlite
        except OSError:  # unreadable to us as to anyone: the backup checks report it
            continue
        if in_clear:
            found.append(backup)
    return found


def _reason(exc: OSError | StorageError) -> str:
    """Why a backup was left out, in the words of the system or SQLite ("" for a damaged key
    file: the message around the list says so)."""
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    if isinstance(exc, ConversionError | CorruptDatabaseError):
        return exc.details
    return ""


def _protect_backup(backup: Path, key: bytes, key_file: KeyFile) -> None:
    """Replace the plain `backup` by an encrypted copy with the journal's key beside it."""
    copy = _sibling(backup, CONVERTING)
    copy.unlink(missing_ok=True)
    try:
        convert(backup, None, copy, key)
        key_file.save(key_file_for(backup))
        try:
            copy.replace(backup)  # the backup changes form here, and only here
        except BaseException:
            key_file_for(backup).unlink(missing_ok=True)  # still plain: a key beside it would lie
            raise
    finally:
        copy.unlink(missing_ok=True)
    _remove_empty_wal(backup)


def _protect_backups(folder: Path, key: bytes, key_file: KeyFile) -> list[Unconverted]:
    """Encrypt every plain backup in `folder`; those that could not be, and why."""
    if not folder.exists():
        return []
    for stray in folder.glob(f"*{CONVERTING}"):
        stray.unlink()
    left = []
    for backup in readable_backups(folder):
        try:
            _protect_backup(backup, key, key_file)
        except (OSError, StorageError) as exc:  # this file, or the disk: not the program
            log.warning("Backup %s could not be protected: %s", backup.name, exc)
            left.append(Unconverted(backup, _reason(exc)))
    return left


def retry_backups(journal: Journal, backups: list[Path]) -> list[Unconverted]:
    """Bring `backups` under the protected `journal`'s key again; those still left, and why.

    A backup in clear is encrypted; an encrypted one whose key file is damaged or outdated gets
    a copy of the journal's (once it is proved to open with the journal's key).
    """
    key = journal.key
    if key is None:
        raise ValueError("only a protected journal's backups can be brought under its key")
    key_file = read_key_file(key_file_for(journal.paths.database))
    left = []
    for backup in backups:
        if not backup.exists():
            continue  # deleted meanwhile: nothing left to read
        try:
            if peek_header(backup).is_sqlite:
                _protect_backup(backup, key, key_file)
            else:
                _rekey_backup(journal.paths.database, backup, key)
        except (OSError, StorageError) as exc:
            log.warning("Backup %s is still left out: %s", backup.name, exc)
            left.append(Unconverted(backup, _reason(exc)))
    return left


def _rekey_backup(database: Path, backup: Path, key: bytes) -> None:
    """Give the encrypted `backup` the key file of `database`, once it proves to open with
    `key` (a backup of an earlier protection, under another key, does not)."""
    from coachapp.storage.database import check_file  # noqa: PLC0415 (not needed to start)

    try:
        problems = check_file(backup, key)
    except Exception as exc:  # sqlite3's or SQLCipher's errors: the disk failed
        if getattr(exc, "sqlite_errorcode", None) is None:
            raise
        raise CorruptDatabaseError(backup, str(exc)) from exc
    if problems:
        raise CorruptDatabaseError(backup, problems[0])
    copy_key_file(database, backup)


def delete_backups(backups: list[Path]) -> None:
    """Delete `backups` (with their key files) for good; a refusal of the disk is said."""
    for backup in backups:
        try:
            remove_backup(backup)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("Protection", "Cannot delete the backup {path}: {reason}"),
                path=backup,
                reason=exc.strerror or exc,
            ) from exc
        log.info("Backup %s deleted at the user's request", backup.name)
