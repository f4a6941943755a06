"""Copies of the portfolio in the backup folder, beside the journal's and named apart from them
(`portfolio-<UTC stamp>-<reason>.db`), so neither list mixes the other in. A protected
portfolio's copies are encrypted with its key and carry the journal's key file beside them, as
the journal's own do.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path

from coachapp.storage.backups import BackupInfo, copy_database, copy_key_file, remove_backup
from coachapp.storage.database import reading
from coachapp.storage.portfolio.database import portfolio_db

log = logging.getLogger("coachapp.storage.portfolio")

_NAME = re.compile(r"^portfolio-(\d{8}T\d{12}Z)-([a-z0-9-]+)\.db$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


def backup_name(at: datetime, reason: str) -> str:
    return f"portfolio-{at.astimezone(UTC).strftime(_STAMP)}-{reason}.db"


def list_portfolio_backups(folder: Path) -> list[BackupInfo]:
    """The portfolio's copies in `folder`, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match and path.is_file():
                at = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
                found.append(BackupInfo(path, at, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def create_backup(
    portfolio: Path, journal: Path, folder: Path, *, key: bytes | None, at: datetime, reason: str
) -> Path:
    """A consistent copy of the portfolio (open or not) in `folder`, written atomically."""
    target = folder / backup_name(at, reason)
    with reading(portfolio, key, portfolio_db) as source:  # the open one's, if it holds the file
        copy_database(source, target, key)
    copy_key_file(journal, target)  # the journal's key opens the portfolio's copies too
    log.info("Portfolio backup written: %s", target.name)
    return target


def rotate(folder: Path, reason: str, keep: int) -> None:
    """All but the `keep` newest copies made for `reason` deleted."""
    for old in [b for b in list_portfolio_backups(folder) if b.reason == reason][keep:]:
        remove_backup(old.path)


def drop_backups(folder: Path) -> int:
    """Every copy of the portfolio deleted (they hold a coachee just erased); how many."""
    found = list_portfolio_backups(folder)
    for backup in found:
        remove_backup(backup.path)
    return len(found)
