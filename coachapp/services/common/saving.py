"""Saving when the workstation gets in the way: a full disk, a read-only file, a busy database.

Editors keep what was typed and try again later. `write_failure` tells those failures from
bugs (which still reach the crash handler); `brief_busy_wait` lets a retry give up quickly on
a database another program holds, so retries do not freeze the window for the whole busy
timeout each time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coachapp.storage import database as storage
from coachapp.storage import sqlite_file
from coachapp.storage.errors import StorageError, classify

# How long a retry waits for another program to release the database.
RETRY_BUSY_WAIT_MS = 200


def write_failure(exc: BaseException) -> StorageError | None:
    """The user-facing error for a write on the open journal that failed for the
    workstation's reasons (or because the file is damaged); None for anything else."""
    database = storage.db.obj
    path = Path(database.database) if database is not None else Path()
    return classify(exc, path)


@contextmanager
def brief_busy_wait(wait_ms: int = RETRY_BUSY_WAIT_MS) -> Iterator[None]:
    """Within the block, wait at most `wait_ms` for a database another program holds."""
    database = storage.db
    if database.obj is None or database.is_closed():
        yield  # nothing to wait for: the save itself says what is wrong
        return
    database.execute_sql(f"PRAGMA busy_timeout = {int(wait_ms)}")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA busy_timeout = {int(sqlite_file.BUSY_TIMEOUT_S * 1000)}")
