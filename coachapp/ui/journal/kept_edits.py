"""Edits of entries no longer on screen that the workstation refused to save, kept and retried.

The editor moves on to another entry even when the disk is full or the journal busy: what was
typed waits here, comes back if its entry is shown again, and is saved by a retry every few
seconds until the workstation accepts it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from coachapp.errors import UserError
from coachapp.i18n import render_error
from coachapp.services.common.saving import brief_busy_wait, write_failure
from coachapp.services.journal.journal import EntryDraft, JournalService
from coachapp.ui.common.autosave import RETRY_MS


class KeptEdits(QObject):
    saved = Signal(object)  # EntryRecord, saved by a retry
    status = Signal(str)

    def __init__(self, journal: JournalService, parent: QObject) -> None:
        super().__init__(parent)
        self._journal = journal
        self._drafts: dict[str, EntryDraft] = {}  # by entry uuid
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._save)

    def __bool__(self) -> bool:
        return bool(self._drafts)

    def __contains__(self, entry_uuid: str) -> bool:
        return entry_uuid in self._drafts

    def keep(self, entry_uuid: str, draft: EntryDraft) -> None:
        self._drafts[entry_uuid] = draft
        self._retry.start()

    def take(self, entry_uuid: str) -> EntryDraft | None:
        """The edits kept for `entry_uuid`, which its editor now holds again."""
        return self._drafts.pop(entry_uuid, None)

    def _save(self) -> None:
        """Retry every kept edit; stop at the first refusal."""
        for entry_uuid, draft in list(self._drafts.items()):
            try:
                with brief_busy_wait():
                    record = self._journal.update(entry_uuid, draft)
            except UserError as exc:  # deleted meanwhile, or no longer valid: nothing to save
                del self._drafts[entry_uuid]
                self.status.emit(self.tr("Not saved: {reason}").format(reason=render_error(exc)))
                continue
            except Exception as exc:
                if write_failure(exc) is None:
                    raise
                self._retry.start()
                return
            del self._drafts[entry_uuid]
            self.saved.emit(record)
            self.status.emit(self.tr("“{title}” is saved now.").format(title=record.draft.title))
