"""A coach's feedback in the journal: comments from feedback files attached to the records they
are about, shown on them and announced on the Today view until the manager has seen them.

A feedback file on a pseudonymised export speaks of "Agent A": the names of that export's key
are put back as the comments come in, so that the journal holds what the coach meant in its own
words. The key never leaves the journal, but its comments do (a journal moved to another
workstation, a later export the coach reads), where an alias would mean nothing, or someone else.

Bringing the same file in twice adds nothing (each comment has its own UUID); a comment the
coach changed since replaces the one here and counts as new again. Comments on items this
journal does not hold (deleted since the export, or from another journal) are reported, not
kept: the rest of the file still comes in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from peewee import Model

from coachapp.clock import Clock
from coachapp.exchange.pseudonymise import Unmasker
from coachapp.services.exchange.export_keys import ExportKeys
from coachapp.services.exchange.sharing import SharingLog
from coachapp.storage.database import db
from coachapp.storage.models import (
    CoachComment,
    Delegation,
    Entry,
    Experiment,
    Person,
    Ritual,
    Skill,
)

# An export's area -> the kind of record its items are, and where they are stored.
AREAS: dict[str, tuple[str, type[Model]]] = {
    "entries": ("entry", Entry),
    "rituals": ("ritual", Ritual),
    "delegations": ("delegation", Delegation),
    "experiments": ("experiment", Experiment),
    "skills": ("skill", Skill),
    "people": ("person", Person),
}


@dataclass(frozen=True)
class Comment:
    uuid: str
    author: str
    item_kind: str  # "" for the overall note
    item_uuid: str | None
    item_title: str
    text: str
    written_at: datetime
    seen: bool


@dataclass
class FeedbackReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    unknown: list[tuple[str, str]] = field(default_factory=list)  # (area, item title)


class FeedbackService:
    def __init__(self, clock: Clock, sharing: SharingLog, export_keys: ExportKeys) -> None:
        self._clock = clock
        self._sharing = sharing
        self._export_keys = export_keys

    def import_feedback(self, document: dict[str, Any], file_name: str = "") -> FeedbackReport:
        """Merge a checked feedback document (exchange.feedback.check_feedback) in one
        transaction, with its line in the sharing record; the export's aliases named again."""
        report = FeedbackReport()
        author = document["author"]
        named = Unmasker(self._export_keys.aliases(document["export_id"])).text
        common = {"feedback_uuid": document["feedback_id"], "export_id": document["export_id"]}
        with db.atomic():
            if document["overall"] is not None:
                note = document["overall"]
                self._merge(report, {**common, "uuid": note["uuid"], "author": author,
                                     "item_kind": "", "item_uuid": None, "item_title": "",
                                     "text": named(note["text"])},
                            note["updated_at"])  # fmt: skip
            for comment in document["comments"]:
                kind, model = AREAS[comment["area"]]
                known = model.select().where(model.uuid == comment["item_uuid"]).exists()  # type: ignore[attr-defined]
                if not known:
                    report.unknown.append((comment["area"], named(comment["item_title"])))
                    continue
                self._merge(report, {**common, "uuid": comment["uuid"], "author": author,
                                     "item_kind": kind, "item_uuid": comment["item_uuid"],
                                     "item_title": named(comment["item_title"]),
                                     "text": named(comment["text"])},
                            comment["updated_at"])  # fmt: skip
            self._sharing.feedback(file_name, report.added + report.updated, document["export_id"])
        return report

    def _merge(self, report: FeedbackReport, values: dict[str, Any], written: str) -> None:
        written_at = datetime.fromisoformat(written)
        found = CoachComment.get_or_none(CoachComment.uuid == values["uuid"])
        if found is None:
            CoachComment.create(**values, written_at=written_at, received_at=self._clock.now())
            report.added += 1
        elif found.written_at < written_at:
            CoachComment.update(**values, written_at=written_at, seen_at=None).where(
                CoachComment.uuid == found.uuid
            ).execute()
            report.updated += 1
        else:
            report.unchanged += 1

    def on(self, item_uuid: str) -> list[Comment]:
        """The comments on one record, oldest first."""
        query = CoachComment.select().where(CoachComment.item_uuid == item_uuid)
        return [_comment(row) for row in query.order_by(CoachComment.written_at)]

    def unseen(self) -> list[Comment]:
        """Comments the manager has not looked at yet, newest first."""
        query = CoachComment.select().where(CoachComment.seen_at.is_null())
        return [_comment(row) for row in query.order_by(CoachComment.written_at.desc())]

    def already_read(self) -> list[Comment]:
        """Comments the manager has read, newest first: past feedback stays at hand."""
        query = CoachComment.select().where(CoachComment.seen_at.is_null(False))
        return [_comment(row) for row in query.order_by(CoachComment.written_at.desc())]

    def count_read(self) -> int:
        return int(CoachComment.select().where(CoachComment.seen_at.is_null(False)).count())

    def mark_seen(self, uuids: Iterable[str]) -> None:
        chosen = list(uuids)
        with db.atomic():
            CoachComment.update(seen_at=self._clock.now()).where(
                CoachComment.uuid.in_(chosen) & CoachComment.seen_at.is_null()
            ).execute()


def _comment(row: CoachComment) -> Comment:
    return Comment(
        uuid=row.uuid, author=row.author, item_kind=row.item_kind, item_uuid=row.item_uuid,
        item_title=row.item_title, text=row.text, written_at=row.written_at,
        seen=row.seen_at is not None,
    )  # fmt: skip
