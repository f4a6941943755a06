"""The record of what was shared: every export that left the workstation and every coach
feedback brought in, so the manager (and the people named in the journal) can know what went
where, when, and whether names were replaced; and every person erased from the journal, by the
alias their name was replaced with (never the name itself)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from peewee import SQL, Select, fn

from coachapp.clock import Clock
from coachapp.exchange.journal_json import SECTIONS
from coachapp.services.exchange.journal_export import ExportOptions
from coachapp.storage.database import db
from coachapp.storage.models import ShareRecord

EXPORT = "export"
FEEDBACK = "feedback"
ERASURE = "erasure"


@dataclass(frozen=True)
class Shared:
    at: datetime
    action: str  # EXPORT, FEEDBACK or ERASURE
    form: str
    file_name: str  # the file written or read; for an erasure, the alias given
    first: date | None
    last: date | None
    sections: tuple[str, ...]
    include_private: bool
    pseudonymised: bool
    items: int  # entries exported, comments brought in, or records an erasure changed
    export_id: str


class SharingLog:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def exported(
        self, form: str, file_name: str, options: ExportOptions, *, pseudonymised: bool,
        entries: int, export_id: str,
    ) -> None:  # fmt: skip
        with db.atomic():
            ShareRecord.create(
                uuid=str(uuid.uuid4()), at=self._clock.now(), action=EXPORT, form=form,
                file_name=file_name,
                first_day=options.first.isoformat() if options.first else None,
                last_day=options.last.isoformat() if options.last else None,
                sections=",".join(s for s in SECTIONS if s in options.sections),
                include_private=options.include_private, pseudonymised=pseudonymised,
                items=entries, export_id=export_id,
            )  # fmt: skip

    def feedback(self, file_name: str, comments: int, export_id: str) -> None:
        with db.atomic():
            ShareRecord.create(
                uuid=str(uuid.uuid4()), at=self._clock.now(), action=FEEDBACK,
                file_name=file_name, items=comments, export_id=export_id,
            )  # fmt: skip

    def erased(self, alias: str, records: int) -> None:
        """A person erased: the day and the alias their name became; the name is gone."""
        with db.atomic():
            ShareRecord.create(
                uuid=str(uuid.uuid4()), at=self._clock.now(), action=ERASURE, file_name=alias,
                items=records,
            )  # fmt: skip

    def erasures(self) -> int:
        """How many people were erased so far (the next alias takes the next letter)."""
        query = ShareRecord.select(fn.COUNT(SQL("*"))).where(ShareRecord.action == ERASURE)
        return int(query.scalar())

    def wrote(self, export_id: str) -> bool:
        """Whether this journal wrote the export `export_id`."""
        return bool(
            ShareRecord.select()
            .where((ShareRecord.action == EXPORT) & (ShareRecord.export_id == export_id))
            .exists()
        )

    def records(self) -> list[Shared]:
        """Newest first."""
        return self._shared(ShareRecord.select())

    def since(self, moment: datetime) -> list[Shared]:
        """Exports made from `moment` on, and the coach feedback brought in on them, newest
        first: what may have carried data the journal has held since then."""
        exports = ShareRecord.select(ShareRecord.export_id).where(
            ShareRecord.action == EXPORT, ShareRecord.at >= moment
        )
        return self._shared(
            ShareRecord.select().where(
                ((ShareRecord.action == EXPORT) & (ShareRecord.at >= moment))
                | ((ShareRecord.action == FEEDBACK) & ShareRecord.export_id.in_(exports))
            )
        )

    @staticmethod
    def _shared(query: Select) -> list[Shared]:
        query = query.order_by(ShareRecord.at.desc(), ShareRecord.id.desc())
        return [
            Shared(
                at=row.at,
                action=row.action,
                form=row.form,
                file_name=row.file_name,
                first=date.fromisoformat(row.first_day) if row.first_day else None,
                last=date.fromisoformat(row.last_day) if row.last_day else None,
                sections=tuple(s for s in row.sections.split(",") if s),
                include_private=row.include_private,
                pseudonymised=row.pseudonymised,
                items=row.items,
                export_id=row.export_id,
            )
            for row in query
        ]
