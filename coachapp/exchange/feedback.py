"""A coach's feedback on an exported journal: comments on items and an overall note, in a file
of its own (`format: "coachapp-feedback"`, resources/schemas/feedback.schema.json) that goes
back to the manager.

The file names the export it answers and each item by the UUID the export gave it, so the
comments land on the right records; each comment has its own UUID and dates, so a feedback
file saved again after more comments merges into the journal without repeating anything.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from coachapp import __version__
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.exchange.journal_json import checked, read_json, write_journal_json

FORMAT = "coachapp-feedback"
SCHEMA_VERSION = 1
MAX_BYTES = 64 * 1024 * 1024
SCHEMA = "feedback.schema.json"


class Review:
    """The feedback a coach is writing on one export (kept as its draft, saved as the file)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._by_item = {c["item_uuid"]: c for c in document["comments"]}

    @classmethod
    def start(cls, export: dict[str, Any], author: str, now: datetime) -> Review:
        stamp = now.isoformat()
        return cls({
            "format": FORMAT, "schema_version": SCHEMA_VERSION,
            "feedback_id": str(uuid.uuid4()), "export_id": export["export_id"],
            "app_version": __version__, "author": author, "created_at": stamp,
            "updated_at": stamp, "overall": None, "comments": [],
        })  # fmt: skip

    @property
    def export_id(self) -> str:
        return str(self.document["export_id"])

    @property
    def author(self) -> str:
        return str(self.document["author"])

    def set_author(self, author: str, now: datetime) -> None:
        if author != self.author:
            self.document["author"] = author
            self.document["updated_at"] = now.isoformat()

    def comment(self, item_uuid: str) -> str:
        found = self._by_item.get(item_uuid)
        return str(found["text"]) if found else ""

    def commented(self) -> set[str]:
        return set(self._by_item)

    def set_comment(self, item_uuid: str, area: str, title: str, text: str, now: datetime) -> None:
        """Write (or, with an empty text, remove) the comment on one item."""
        text = text.strip()
        found = self._by_item.get(item_uuid)
        stamp = now.isoformat()
        if found is not None and found["text"] == text:
            return
        if not text:
            if found is not None:
                self.document["comments"].remove(found)
                del self._by_item[item_uuid]
                self.document["updated_at"] = stamp
            return
        if found is None:
            found = {"uuid": str(uuid.uuid4()), "item_uuid": item_uuid, "area": area,
                     "item_title": title, "text": text, "created_at": stamp}  # fmt: skip
            self.document["comments"].append(found)
            self._by_item[item_uuid] = found
        found["text"] = text
        found["updated_at"] = stamp
        self.document["updated_at"] = stamp

    @property
    def overall(self) -> str:
        note = self.document["overall"]
        return str(note["text"]) if note else ""

    def set_overall(self, text: str, now: datetime) -> None:
        text = text.strip()
        if text == self.overall:
            return
        stamp = now.isoformat()
        note = self.document["overall"]
        if not text:
            self.document["overall"] = None
        elif note is None:
            self.document["overall"] = {"uuid": str(uuid.uuid4()), "text": text,
                                        "created_at": stamp, "updated_at": stamp}  # fmt: skip
        else:
            note.update(text=text, updated_at=stamp)
        self.document["updated_at"] = stamp

    def save(self, path: Path) -> None:
        write_journal_json(path, self.document)


def read_feedback(path: Path) -> dict[str, Any]:
    """The feedback in `path`, checked whole; a clear refusal for anything else."""
    return check_feedback(read_json(path, MAX_BYTES), str(path))


def check_feedback(document: object, name: str) -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise UserError(
            QT_TRANSLATE_NOOP("Import", "{path} is not a coach's feedback file."), path=name
        )
    return checked(document, name, SCHEMA_VERSION, SCHEMA)
