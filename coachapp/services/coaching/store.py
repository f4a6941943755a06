"""The portfolio file as the use cases need it: opened on first use (created, migrated with a
backup first, encrypted with the journal's key when the journal is protected), closed at the
end, converted when the journal's protection changes, and backed up like the journal.

Opening is deferred to the first use so that a manager who never coaches never gets the file,
and the app starts as fast as before.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from coachapp.clock import Clock
from coachapp.config import Paths
from coachapp.services.coaching.presence import has_portfolio
from coachapp.storage.portfolio import backups
from coachapp.storage.portfolio.database import (
    CONVERTING,
    close_portfolio_database,
    convert_in_place,
    held_alone,
    open_portfolio_database,
    portfolio_db,
)
from coachapp.storage.portfolio.migrations import LATEST_VERSION, migrate_portfolio

log = logging.getLogger("coachapp.coaching")

SCHEDULED = "auto"
KEEP_SAFETY_COPIES = 5


class PortfolioStore:
    def __init__(self, paths: Paths, clock: Clock, key: bytes | None, keep: int = 10) -> None:
        self.paths = paths
        self.clock = clock
        self.key = key  # the journal's, when it is protected
        self.keep = keep  # scheduled copies kept
        self._open = False

    @property
    def path(self) -> Path:
        return self.paths.portfolio

    def exists(self) -> bool:
        return has_portfolio(self.paths)

    def open(self) -> None:
        """Open (creating or migrating as needed); nothing happens when it is open already."""
        if self._open:
            return
        self.path.with_name(self.path.name + CONVERTING).unlink(missing_ok=True)
        database = open_portfolio_database(self.path, self.key)
        try:
            migrate_portfolio(
                database,
                self.path,
                backup=lambda current: self.backup(f"before-v{LATEST_VERSION}-from-v{current}"),
            )
        except BaseException:
            close_portfolio_database()
            raise
        self._open = True

    def close(self) -> None:
        if self._open:
            close_portfolio_database()
            self._open = False

    def rekey(self, key: bytes | None) -> None:
        """Put the portfolio under `key` (None: plain), as the journal's protection changed."""
        if key == self.key:
            return
        self.close()
        if self.exists():
            convert_in_place(self.path, self.key, key)
        self.key = key

    def backup(self, reason: str) -> Path:
        """A copy of the portfolio in the backup folder."""
        target = backups.create_backup(
            self.path, self.paths.database, self.paths.backups, key=self.key,
            at=self.clock.now(), reason=reason,
        )  # fmt: skip
        backups.rotate(
            self.paths.backups, reason, self.keep if reason == SCHEDULED else KEEP_SAFETY_COPIES
        )
        return target

    def in_background(self) -> bool:
        """Whether a backup may run on a worker thread: not when the open portfolio holds its
        file alone (a network folder), since the copy reads through its connection then."""
        return not (self._open and held_alone(self.path))

    def backup_if_due(self, interval: timedelta) -> Path | None:
        """A scheduled copy when the newest one is older than `interval` (off the main thread
        when `in_background` allows: it reads through a connection of its own then)."""
        if not self.exists():
            return None
        existing = backups.list_portfolio_backups(self.paths.backups)
        if existing and self.clock.now() - existing[0].created_at < interval:
            return None
        return self.backup(SCHEDULED)

    def forget_backups(self) -> int:
        """Every copy deleted (after an erasure); how many there were."""
        return backups.drop_backups(self.paths.backups)

    def compact(self) -> None:
        """Rewrite the file without free pages and empty its WAL: rows deleted leave nothing
        behind."""
        database = portfolio_db.obj
        database.execute_sql("VACUUM")
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
