"""A file brought into the journal: a journal export (merged after a backup) or a coach's
feedback (attached to its items), told apart by its `format` and checked whole before anything
is written. The command line and the window both come here, so a merge is backed up first the
same way wherever it is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.exchange import feedback
from coachapp.exchange.journal_json import read_json
from coachapp.services.exchange import journal_export, journal_import
from coachapp.services.exchange.journal_import import ImportReport, JournalImport
from coachapp.services.journal.journal import JournalService
from coachapp.services.people.people import PeopleService
from coachapp.services.protection.backup import BackupService

BEFORE_IMPORT = "before-import"  # the reason of the backup taken before a merge


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


@dataclass(frozen=True)
class Merged:
    backup: Path  # the journal as it was before the merge
    report: ImportReport


class ImportService:
    def __init__(
        self, backups: BackupService, people: PeopleService, entries: JournalService
    ) -> None:
        self._backups = backups
        self._people = people
        self._entries = entries

    def merge(self, document: dict[str, Any]) -> Merged:
        """Merge a checked journal export by UUID, once the journal is backed up."""
        backup = self._backups.create(BEFORE_IMPORT)
        return Merged(backup, JournalImport(self._people, self._entries).run(document))
