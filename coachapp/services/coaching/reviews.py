"""The coach's feedback on a coachee's exports, written from the portfolio: the draft kept in
the portfolio as the coach types (encrypted with it, erased with the coachee), the feedback
file written for the manager (exchange.feedback: it answers one export and names only that
export's items), and the history of what was sent and whether the manager brought it in: a
later export of their journal carries the comments of a feedback file they imported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coachapp.clock import Clock
from coachapp.exchange.feedback import Review, check_feedback
from coachapp.services.coaching.portfolio import Portfolio
from coachapp.storage.portfolio.database import portfolio_db
from coachapp.storage.portfolio.models import Coachee, ReviewDraft, StoredExport, WrittenFile


@dataclass(frozen=True)
class FeedbackSent:
    path: Path
    written_at: datetime
    export_id: str
    answered: datetime  # when the export it answers was made
    comments: int  # comments and overall note
    brought_in: datetime | None  # the first later export that carries it


def _stored(export_id: str) -> StoredExport:
    return StoredExport.get(StoredExport.export_id == export_id)


class ReviewService:
    def __init__(self, clock: Clock, portfolio: Portfolio) -> None:
        self._clock = clock
        self._portfolio = portfolio

    def draft(self, export_id: str, author: str) -> Review:
        """The feedback being written on this export, or a new one signed `author`."""
        self._portfolio.open()
        row = ReviewDraft.get_or_none(ReviewDraft.export == _stored(export_id).id)
        if row is not None:
            return Review(check_feedback(json.loads(row.document), export_id))
        return Review.start(self._portfolio.document(export_id), author, self._clock.now())

    def keep(self, review: Review) -> None:
        """Write the draft (as the coach types)."""
        self._portfolio.open()
        stored = _stored(review.export_id)
        text = json.dumps(review.document, ensure_ascii=False)
        with portfolio_db.atomic():
            ReviewDraft.insert(export=stored.id, document=text, updated_at=self._clock.now()
                               ).on_conflict_replace().execute()  # fmt: skip

    def write_feedback(self, review: Review, out: Path) -> None:
        """The feedback file for the manager, written atomically, and its line in the history."""
        self.keep(review)
        review.save(out)
        stored = _stored(review.export_id)
        count = len(review.commented()) + (1 if review.overall else 0)
        with portfolio_db.atomic():
            WrittenFile.create(
                coachee=stored.coachee_id, kind="feedback", path=str(out.absolute()),
                written_at=self._clock.now(), export_id=review.export_id,
                feedback_id=review.document["feedback_id"], items=count,
            )  # fmt: skip

    def history(self, coachee_uuid: str) -> list[FeedbackSent]:
        """Feedback files written for the coachee, the latest first."""
        self._portfolio.open()
        coachee = Coachee.get(Coachee.uuid == coachee_uuid)
        exports = list(
            StoredExport.select(StoredExport.export_id, StoredExport.exported_at,
                                StoredExport.facts)
            .where(StoredExport.coachee == coachee.id).order_by(StoredExport.exported_at)
        )  # fmt: skip
        carried = [(e.exported_at, set(json.loads(e.facts)["feedback_in"])) for e in exports]
        made = {e.export_id: e.exported_at for e in exports}
        sent = []
        query = WrittenFile.select().where(
            (WrittenFile.coachee == coachee.id) & (WrittenFile.kind == "feedback")
        )
        for row in query.order_by(WrittenFile.written_at.desc()):
            answered = made.get(row.export_id)
            brought = next(
                (
                    at
                    for at, ids in carried
                    if row.feedback_id in ids and answered and at > answered
                ),
                None,
            )
            sent.append(FeedbackSent(Path(row.path), row.written_at, row.export_id,
                                     answered or row.written_at, row.items, brought))  # fmt: skip
        return sent
