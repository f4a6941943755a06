"""The record of what was shared: every export that left the workstation and every coach
feedback brought in, so the manager (and the people named in the journal) can know what went
where, when, and whether names were replaced."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from coachapp.clock import Clock
from coachapp.services.journal_export import SECTIONS, ExportOptions
from coachapp.storage.database import db
from coachapp.storage.models import ShareRecord


@dataclass(frozen=True)
class Shared:
    at: datetime
    action: str  # "export" or "feedback"
    form: str
    file_name: str
    first: date | None
    last: date | None
    sections: tuple[str, ...]
    include_private: bool
    pseudonymised: bool
    items: int  # entries exported, or comments brought in
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
                uuid=str(uuid.uuid4()), at=self._clock.now(), action="export", form=form,
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
                uuid=str(uuid.uuid4()), at=self._clock.now(), action="feedback",
                file_name=file_name, items=comments, export_id=export_id,
            )  # fmt: skip

    def records(self) -> list[Shared]:
        """Newest first."""
        query = ShareRecord.select().order_by(ShareRecord.at.desc(), ShareRecord.id.desc())
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
