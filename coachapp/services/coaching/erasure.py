"""Ending a coaching relationship: a coachee erased whole, with every file derived from them.

In one transaction their row goes, and with it (foreign keys that cascade) their exports,
sessions, notes, feedback drafts and the list of files written for them; the sharing record
keeps the day and how much went, never who. Then the portfolio is rewritten without free
pages and its WAL emptied (deleted rows were overwritten already: `secure_delete`), the
portfolio's backups, which all hold the coachee, are replaced by one taken after, and the files
on disk go: the drafts left by File > Open a journal for review… on their exports, and, when
the coach asks, the feedback files and sheets written for them and the exports they sent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coachapp.clock import Clock
from coachapp.services.coaching.portfolio import Portfolio
from coachapp.storage.portfolio.database import portfolio_db
from coachapp.storage.portfolio.models import Coachee, Erasure, Session, StoredExport, WrittenFile

log = logging.getLogger("coachapp.coaching")

AFTER_ERASURE = "after-erasure"


@dataclass(frozen=True)
class ErasurePreview:
    name: str
    exports: int
    sessions: int
    files: tuple[Path, ...]  # written for them, still on disk
    sources: tuple[Path, ...]  # the exports they sent, still where they were added from


@dataclass(frozen=True)
class Erased:
    exports: int
    files_deleted: int
    files_left: tuple[Path, ...]  # could not be deleted (said to the coach)


@dataclass(frozen=True)
class Held:
    """What the portfolio holds on one coachee (the sharing record lists it: it came from
    someone else's workstation, and is erased whole with them)."""

    name: str
    exports: int
    first: datetime | None  # when the earliest and the latest were made
    last: datetime | None
    sessions: int
    files: int  # feedback files and sheets written for them


@dataclass(frozen=True)
class CoachingShare:
    """A line of the sharing record about coaching: a file written for a coachee, or a coachee
    erased (then `coachee` is empty)."""

    at: datetime
    action: str  # feedback, sheet, erasure
    coachee: str
    file_name: str
    items: int


class ErasureService:
    def __init__(self, clock: Clock, portfolio: Portfolio, review_drafts: Path) -> None:
        self._clock = clock
        self._portfolio = portfolio
        self._drafts = review_drafts  # File > Open a journal for review…'s drafts, per export

    def preview(self, coachee_uuid: str) -> ErasurePreview:
        coachee = self._portfolio.coachee(coachee_uuid)
        row = Coachee.get(Coachee.uuid == coachee_uuid)
        exports = list(StoredExport.select(StoredExport.source).where(StoredExport.coachee == row))
        written = WrittenFile.select(WrittenFile.path).where(WrittenFile.coachee == row)
        files = sorted({Path(w.path) for w in written if Path(w.path).is_file()})
        sources = sorted({Path(e.source) for e in exports if e.source and Path(e.source).is_file()})
        return ErasurePreview(
            coachee.name, len(exports), Session.select().where(Session.coachee == row).count(),
            tuple(files), tuple(sources),
        )  # fmt: skip

    def erase(self, coachee_uuid: str, *, delete_files: bool) -> Erased:
        preview = self.preview(coachee_uuid)
        row = Coachee.get(Coachee.uuid == coachee_uuid)
        export_ids = [e.export_id for e in StoredExport.select(StoredExport.export_id)
                      .where(StoredExport.coachee == row)]  # fmt: skip
        doomed = [*preview.files, *preview.sources] if delete_files else []
        with portfolio_db.atomic():
            Coachee.delete().where(Coachee.id == row.id).execute()
            Erasure.create(at=self._clock.now(), exports=preview.exports, files=len(doomed))
        store = self._portfolio.store
        store.compact()
        store.forget_backups()
        store.backup(AFTER_ERASURE)
        for export_id in export_ids:
            for suffix in (".json", ".damaged"):
                (self._drafts / f"{export_id.lower()}{suffix}").unlink(missing_ok=True)
        left = []
        for path in doomed:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                left.append(path)
        log.info("A coachee was erased: %d exports, %d files deleted", preview.exports,
                 len(doomed) - len(left))  # fmt: skip
        return Erased(preview.exports, len(doomed) - len(left), tuple(left))

    def held(self) -> list[Held]:
        """Each coachee and what is held on them, by name."""
        if not self._portfolio.store.exists():
            return []
        self._portfolio.open()
        found = []
        for coachee in Coachee.select().order_by(Coachee.name_key):
            made = [e.exported_at for e in StoredExport.select(StoredExport.exported_at)
                    .where(StoredExport.coachee == coachee)]  # fmt: skip
            found.append(Held(
                coachee.name, len(made), min(made, default=None), max(made, default=None),
                Session.select().where(Session.coachee == coachee).count(),
                WrittenFile.select().where(WrittenFile.coachee == coachee).count(),
            ))  # fmt: skip
        return found

    def shared(self) -> list[CoachingShare]:
        """Files written for coachees and coachees erased, the latest first."""
        if not self._portfolio.store.exists():
            return []
        self._portfolio.open()
        found = [
            CoachingShare(w.written_at, w.kind, w.coachee.name, Path(w.path).name, w.items)
            for w in WrittenFile.select(WrittenFile, Coachee).join(Coachee)
        ]
        found += [CoachingShare(e.at, "erasure", "", "", e.exports) for e in Erasure.select()]
        return sorted(found, key=lambda s: s.at, reverse=True)
