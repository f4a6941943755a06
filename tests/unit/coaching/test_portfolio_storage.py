"""The portfolio is kept as carefully as the journal: readable by its owner alone, opened with
a rollback journal and its file held on a network folder (its backups then read through its
own connection), and, when the journal is protected, encrypted with its backups, a backup that
could not be encrypted being reported with the journal's."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachapp import protection
from coachapp.context import Journal
from coachapp.protection import JournalState, journal_state
from coachapp.services.coaching.workspace import Coaching
from coachapp.services.exchange.journal_import import read_export
from coachapp.storage import database as database_module
from coachapp.storage.encryption import convert
from coachapp.storage.portfolio.database import portfolio_db
from tests.unit.coaching.conftest import Coachee

PASSPHRASE = "trois mots simples"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def filed(coaching: Coaching, coachee: Coachee) -> None:
    coaching.portfolio.add(read_export(coachee.first), coachee.first, coachee.name)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: ACLs)")
def test_the_portfolio_and_its_backups_are_private_whatever_the_umask(
    usual_umask: None, coaching: Coaching, coachees: list[Coachee], journal: Journal
) -> None:
    filed(coaching, coachees[0])
    backup = coaching.store.backup("manual")
    protection.protect(journal, PASSPHRASE, PASSPHRASE)
    for path in (coaching.store.path, backup):
        assert mode(path) == 0o600, path


def test_on_a_network_folder_it_holds_its_file_and_backs_up_through_its_connection(
    coaching: Coaching, coachees: list[Coachee], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "network_filesystem", lambda _folder: "nfs4")
    filed(coaching, coachees[0])
    database = portfolio_db.obj
    modes = [str(database.execute_sql(f"PRAGMA {p}").fetchone()[0])
             for p in ("journal_mode", "locking_mode")]  # fmt: skip
    assert modes == ["delete", "exclusive"]
    assert not coaching.store.in_background()
    other = sqlite3.connect(coaching.store.path, timeout=0)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("SELECT count(*) FROM sqlite_master").fetchone()
    other.close()
    made = coaching.store.backup("manual")
    filed(coaching, coachees[1])  # still writable after the backup
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT count(*) FROM coachee").fetchone()[0] == 1
    copy.close()
    coaching.close()
    names = sorted(p.name for p in coaching.store.path.parent.glob("portfolio.db*"))
    assert names == ["portfolio.db"]


def test_protecting_the_journal_encrypts_the_portfolio_and_names_a_backup_left_readable(
    coaching: Coaching, coachees: list[Coachee], journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    filed(coaching, coachees[0])
    kept, refused = coaching.store.backup("manual"), coaching.store.backup("before-import")

    def converting(source: Path, key: bytes | None, target: Path, new: bytes | None) -> None:
        if source == refused:
            raise OSError(errno.ENOSPC, "No space left on device")
        convert(source, key, target, new)

    monkeypatch.setattr(protection, "convert", converting)
    done = protection.protect(journal, PASSPHRASE, PASSPHRASE)
    assert [(left.path, left.reason) for left in done.unconverted] == [
        (refused, "No space left on device")
    ]
    assert journal_state(kept) is JournalState.PROTECTED
    assert journal_state(refused) is JournalState.PLAIN
    assert not coaching.store.path.read_bytes().startswith(b"SQLite format 3")
    assert [c.name for c in coaching.portfolio.coachees()] == [coachees[0].name]  # opens still
