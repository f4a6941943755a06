"""Meetings with a coachee, held or to come, each with the coach's private notes (they stay in
the portfolio: no feedback file carries them)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, NotFoundError
from coachapp.services.coaching.portfolio import Portfolio
from coachapp.storage.portfolio.database import portfolio_db
from coachapp.storage.portfolio.models import Coachee, Session


@dataclass(frozen=True)
class SessionRecord:
    uuid: str
    day: date
    notes: str


def _record(row: Session) -> SessionRecord:
    return SessionRecord(row.uuid, date.fromisoformat(row.day), row.notes)


class SessionService:
    def __init__(self, clock: Clock, portfolio: Portfolio) -> None:
        self._clock = clock
        self._portfolio = portfolio

    def sessions(self, coachee_uuid: str) -> list[SessionRecord]:
        """The coachee's meetings, the latest first."""
        self._portfolio.open()
        query = (
            Session.select().join(Coachee).where(Coachee.uuid == coachee_uuid)
            .order_by(Session.day.desc(), Session.id.desc())
        )  # fmt: skip
        return [_record(row) for row in query]

    def add(self, coachee_uuid: str, day: date, notes: str = "") -> SessionRecord:
        self._portfolio.open()
        coachee = Coachee.get(Coachee.uuid == coachee_uuid)
        now = self._clock.now()
        with portfolio_db.atomic():
            row = Session.create(uuid=str(uuid.uuid4()), coachee=coachee, day=day.isoformat(),
                                 notes=notes, created_at=now, updated_at=now)  # fmt: skip
        return _record(row)

    def update(self, session_uuid: str, day: date, notes: str) -> None:
        self._portfolio.open()
        with portfolio_db.atomic():
            changed = (
                Session.update(day=day.isoformat(), notes=notes, updated_at=self._clock.now())
                .where(Session.uuid == session_uuid)
                .execute()
            )
        if not changed:
            raise NotFoundError(QT_TRANSLATE_NOOP("Coaching", "This session was deleted."))

    def delete(self, session_uuid: str) -> None:
        self._portfolio.open()
        with portfolio_db.atomic():
            Session.delete().where(Session.uuid == session_uuid).execute()

    def last_held(self, coachee_uuid: str, before: date) -> SessionRecord | None:
        """The latest meeting before the day `before`."""
        return next((s for s in self.sessions(coachee_uuid) if s.day < before), None)

    def next_one(self, coachee_uuid: str, today: date) -> SessionRecord | None:
        """The nearest meeting from `today` on (one planned for today is still to prepare)."""
        coming = [s for s in self.sessions(coachee_uuid) if s.day >= today]
        return coming[-1] if coming else None
