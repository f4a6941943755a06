"""The portfolio's database object, apart from the journal's `db`.

Its models are bound to `portfolio_db`, a proxy of its own, so the journal and the portfolio
are open side by side and a query of one never reaches the other. The file is configured like
the journal (storage.database.make_database: WAL, foreign keys, SQLCipher with the journal's
key when the journal is protected; on a network folder a rollback journal with the file locked
while open, as the journal there) and marks itself with an application id of its own ("CoPf"),
so neither file is ever taken for the other. Deleted rows are overwritten (`secure_delete`):
erasing a coachee leaves none of their text in free pages.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from peewee import DatabaseError, DatabaseProxy, SqliteDatabase

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.storage.database import held_exclusively, make_database, placement
from coachapp.storage.encryption import convert
from coachapp.storage.errors import CorruptDatabaseError, StorageError, classify
from coachapp.storage.sqlite_file import peek_header

log = logging.getLogger("coachapp.storage.portfolio")

portfolio_db = DatabaseProxy()

APPLICATION_ID = 0x436F5066  # "CoPf"
CONVERTING = ".converting"


class NotAPortfolioError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Storage", "{path} is not a CoachApp coaching portfolio; nothing was changed."
            ),
            path=path,
        )


class LockedPortfolioError(StorageError):
    """An encrypted portfolio beside a journal that is not protected (or another key)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The coaching portfolio {path} is protected by another passphrase than your "
                "journal's: CoachApp cannot open it; nothing was changed.",
            ),
            path=path,
        )


def is_plain(path: Path) -> bool:
    """Whether the file at `path` is SQLite in clear (an encrypted one reads as noise)."""
    return peek_header(path).is_sqlite


def open_portfolio_database(path: Path, key: bytes | None) -> SqliteDatabase:
    """Connect to the portfolio at `path` (encrypted with `key`) and bind its models to it.

    A plain portfolio beside a protected journal (a conversion cut short) is encrypted first.
    """
    new = not path.exists() or path.stat().st_size == 0
    if not new and key is not None and is_plain(path):
        convert_in_place(path, None, key)
    elif not new and key is None and not is_plain(path):
        raise LockedPortfolioError(path)
    where = placement(path)
    database = make_database(path, key, where)
    try:
        database.connect()
        database.execute_sql("PRAGMA secure_delete = ON")
    except DatabaseError as exc:
        database.close()
        known = classify(exc, path)
        if known is not None and not isinstance(known, CorruptDatabaseError):
            raise (LockedPortfolioError(path) if key else known) from exc
        raise CorruptDatabaseError(path, str(exc)) from exc
    if new and os.name == "posix":
        path.chmod(0o600)  # it holds other people's journals: readable by its owner alone
    portfolio_db.initialize(database)
    log.info(
        "Opened the coaching portfolio%s%s",
        " (protected)" if key else "",
        f" on a network file system ({where.network}): rollback journal, file locked"
        if where.network
        else "",
    )
    return database


def held_alone(path: Path) -> bool:
    """Whether the open portfolio is `path`, with its file locked for it alone (a network
    folder): other connections to it would fail, so its backups read through this one."""
    return held_exclusively(path, portfolio_db)


def close_portfolio_database() -> None:
    """Checkpoint the WAL into the file and close: at rest the portfolio is one file."""
    database = portfolio_db.obj
    if database is None or database.is_closed():
        return
    try:
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception:
        log.exception("Portfolio WAL checkpoint failed at close")
    database.close()
    log.info("Closed the coaching portfolio")


def convert_in_place(path: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    """Rewrite the closed portfolio at `path` encrypted with `new_key` (None: plain).

    The copy is proved whole before one rename puts it in place; a failure leaves the file as
    it was.
    """
    copy = path.with_name(path.name + CONVERTING)
    copy.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists() and (suffix == "-shm" or side.stat().st_size == 0):
            side.unlink()
    try:
        convert(path, old_key, copy, new_key)
        copy.replace(path)
        for suffix in ("-wal", "-shm"):  # the old file's, read into the copy
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    finally:
        copy.unlink(missing_ok=True)
    log.info("Coaching portfolio %s", "protected" if new_key else "unprotected")
