"""Checks of the journal's file before it is opened, and the stamp of a clean close.

Nothing here needs peewee or the models: the checks run before the window's first paint, and
the journal is opened after it.
"""

from __future__ import annotations

import logging
from contextlib import closing
from pathlib import Path

from coachapp.storage.backups import list_backups
from coachapp.storage.errors import CorruptDatabaseError, EmptyJournalError, classify
from coachapp.storage.sqlite_file import (
    check_file_before_open,
    connect_file,
    file_problems,
    peek_header,
)

log = logging.getLogger("coachapp.backup")


def closed_file_problems(database_path: Path, key: bytes | None = None) -> list[str]:
    """`file_problems` of a journal file nobody has open, through a connection of its own."""
    with closing(connect_file(database_path, key)) as connection:
        return file_problems(connection)


def file_stamp(path: Path) -> str:
    """The file's size and modification time: kept at a clean close, compared at next start."""
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def check_at_start(
    database_path: Path, folder: Path, key: bytes | None = None, *, closed_as: str = ""
) -> None:
    """All the window's start checks before its first paint, so that opening is all that is
    left after it: the file's content (`check_before_open`), then its header (a foreign file, or
    one from a newer version)."""
    check_before_open(database_path, folder, key, closed_as=closed_as)
    check_file_before_open(database_path, protected=key is not None)


def check_before_open(
    database_path: Path, folder: Path, key: bytes | None = None, *, closed_as: str = ""
) -> None:
    """Refuse a journal file whose content is lost or damaged, before anything reads or writes it.

    Opening only reads the schema, so pages scribbled over in the middle of a table would
    surface later as a crash in some view; SQLite's quick check finds them first (about 40 ms
    on a five-year journal). An empty file is a new journal unless backups exist: then its
    content was lost. A protected journal is checked with its `key`; other files that are not
    plain SQLite are left to the header check (`check_at_start`), which says what they are.
    `closed_as` is the `file_stamp` the app kept when it last closed the journal cleanly: a file
    untouched since, with no write-ahead log or rollback journal left by a crash, skips the
    quick check here (the one after the first paint still runs).
    """
    if not database_path.exists():
        return
    if database_path.stat().st_size == 0:
        if list_backups(folder):
            raise EmptyJournalError(database_path)
        return
    logs = [database_path.with_name(database_path.name + end) for end in ("-wal", "-journal")]
    if closed_as and closed_as == file_stamp(database_path) and not any(p.exists() for p in logs):
        return  # as the app left it at a clean close (a crash leaves its WAL or journal behind)
    try:
        if key is None and not peek_header(database_path).is_sqlite:
            return
    except OSError:
        return  # unreadable: open_journal says so
    try:
        problems = closed_file_problems(database_path, key)
    except Exception as exc:  # sqlite3's or SQLCipher's errors
        if getattr(exc, "sqlite_errorcode", None) is None:
            raise
        known = classify(exc, database_path)
        raise known or CorruptDatabaseError(database_path, str(exc)) from exc
    if problems:
        log.error("The journal fails its quick check: %s", "; ".join(problems[:5]))
        raise CorruptDatabaseError(database_path, _first_finding(problems))


def _first_finding(problems: list[str]) -> str:
    """The first line of SQLite's report that names a problem (not its "*** in database" head)."""
    lines = [line.strip() for problem in problems for line in problem.splitlines()]
    return next((line for line in lines if line and not line.startswith("***")), problems[0])
