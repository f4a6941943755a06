"""A file brought into the journal: a journal export (to merge) or a coach's feedback, told
apart by its `format` and checked whole before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.exchange import feedback
from coachapp.exchange.journal_json import read_json
from coachapp.services.exchange import journal_export, journal_import


def read_incoming(path: Path) -> tuple[str, dict[str, Any]]:
    """("coachapp-journal" or "coachapp-feedback", the checked document)."""
    value = read_json(path, journal_import.MAX_BYTES)
    kind = value.get("format") if isinstance(value, dict) else None
    if kind == feedback.FORMAT:
        return feedback.FORMAT, feedback.check_feedback(value, str(path))
    if kind == journal_export.FORMAT:
        return journal_export.FORMAT, journal_import.check_export(value, str(path))
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Import", "{path} is neither a CoachApp journal export nor a coach's feedback file."
        ),
        path=path,
    )
