"""A file brought into the journal: a journal export (merged after a backup) or a coach's
feedback (attached to its items), told apart by its `format` and checked whole before anything
is written. The command line and the window both come here, so a merge is backed up first the
same way wherever it is asked for, and an export that may not be the manager's own journal
(pseudonymised, or from another journal) is told apart before anyone merges it.
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
from coachapp.services.exchange.sharing import SharingLog
from coachapp.services.journal.journal import JournalService
from coachapp.services.people.people import PeopleService
from coachapp.services.protection.backup import BackupService
from coachapp.storage.identity import journal_id

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


OWN = "own"  # this journal's, by its id or the sharing record
PSEUDONYMISED = "pseudonymised"  # names replaced by aliases: merging would bring aliases in
FOREIGN = "foreign"  # another journal's id
UNKNOWN = "unknown"  # no journal id (an export from before them), not one this journal wrote


@dataclass(frozen=True)
class Merged:
    backup: Path  # the journal as it was before the merge
    report: ImportReport


class ImportService:
    def __init__(
        self,
        backups: BackupService,
        people: PeopleService,
        entries: JournalService,
        sharing: SharingLog,
    ) -> None:
        self._backups = backups
        self._people = people
        self._entries = entries
        self._sharing = sharing

    def ownership(self, document: dict[str, Any]) -> str:
        """Whose journal a checked export holds, as far as it can tell: OWN, PSEUDONYMISED,
        FOREIGN or UNKNOWN. Anything but OWN is asked about before a merge: a coachee's export
        belongs in the coaching portfolio, never in the coach's journal."""
        if document["options"].get("pseudonymised"):
            return PSEUDONYMISED
        theirs = document.get("journal_id")
        if theirs == journal_id() or self._sharing.wrote(document["export_id"]):
            return OWN
        return FOREIGN if theirs else UNKNOWN

    def merge(self, document: dict[str, Any]) -> Merged:
        """Merge a checked journal export by UUID, once the journal is backed up."""
        backup = self._backups.create(BEFORE_IMPORT)
        return Merged(backup, JournalImport(self._people, self._entries).run(document))
