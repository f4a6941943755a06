"""Keeping the journal safe from the window: backups (now, and when due, in the background),
restoring one, the integrity check after the first paint, and the organisation's retention
rules at start. What the window shows of it is the status bar's "Last backup".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coachapp.errors import UserError
from coachapp.i18n import format_datetime, render_error
from coachapp.ui.common import messages
from coachapp.ui.common.host import Host

if TYPE_CHECKING:  # loaded when the dialog is first opened
    from coachapp.ui.protection.restore_dialog import RestoreDialog

log = logging.getLogger("coachapp.ui")

BACKUP_CHECK_MS = 30 * 60 * 1000


class BackupActions(QObject):
    """`backed_up`: a backup was written (the window shows when)."""

    backed_up = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget())
        self._host = host
        self._timer = QTimer(self)
        self._timer.setInterval(BACKUP_CHECK_MS)
        self._timer.timeout.connect(self.backup_if_due)

    def start(self) -> None:
        """After the first paint: retention, the integrity check, the first backup if due."""
        from coachapp.services.protection.backup import check_health  # noqa: PLC0415

        self.apply_retention()
        journal = self._host.journal
        self._run(
            lambda: check_health(journal.paths.database, journal.key),
            self._integrity_checked,
            lambda exc: log.warning("Integrity check could not run: %s", exc),
        )
        self.backup_if_due()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """`Tasks.run`, or the same at once on this thread when the journal's connection must
        do the reading (a network folder; see `BackupService.in_background`)."""
        if self._host.journal.backups.in_background():
            self._host.tasks.run(work, on_done, on_error)
            return
        try:
            result = work()
        except Exception as exc:  # reported by on_error, as Tasks does from its worker
            on_error(exc)
            return
        on_done(result)

    def apply_retention(self) -> None:
        """The organisation's retention rules, if its policy sets any."""
        from coachapp.services.protection.retention import apply_retention  # noqa: PLC0415

        journal, settings = self._host.journal, self._host.settings
        done = apply_retention(
            journal.entries, journal.trash, journal.clock.now(),
            entry_months=settings.get("retention.entry_months"),
            trash_months=settings.get("retention.trash_months"),
        )  # fmt: skip
        if done.trashed or done.purged:
            log.info("Retention: %d entries to the trash, %d records erased", done.trashed,
                     done.purged)  # fmt: skip
            self._host.events.reloaded.emit()
            moved = self.tr(
                "Retention rules: %n old entry(ies) moved to the trash.", "", done.trashed
            )
            erased = self.tr(
                "Retention rules: %n record(s) erased from the trash.", "", done.purged
            )
            self._host.show_status(moved if done.trashed else erased)

    def backup_now(self) -> None:
        self._host.flush_editors()
        self._host.show_status(self.tr("Backing up…"))
        self._run(
            self._host.journal.backups.create,
            lambda path: self._done(path, manual=True),
            self._failed,
        )

    def backup_if_due(self) -> None:
        backups, settings = self._host.journal.backups, self._host.settings
        interval = timedelta(hours=settings.get("backup.interval_hours"))
        backups.keep = settings.get("backup.keep")
        self._run(
            lambda: backups.run_if_due(interval),
            lambda path: self._done(path, manual=False),
            self._failed,
        )

    def _done(self, path: Path | None, *, manual: bool) -> None:
        self.backed_up.emit()
        if path is not None and manual:
            self._host.show_status(self.tr("Backup written: {name}").format(name=path.name))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            text = render_error(exc)
        else:
            text = self.tr("unexpected error, see the log file")
        log.warning("Backup failed: %s", exc, exc_info=exc)
        self._host.show_status(self.tr("Backup failed: {reason}").format(reason=text))

    def restore_backup(self) -> RestoreDialog:
        from coachapp.ui.protection.restore_dialog import RestoreDialog  # noqa: PLC0415

        dialog = RestoreDialog(self._host.journal.backups.backups(), self._host.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: dialog.chosen is not None and self.restore_from(dialog.chosen, ask=True)
        )
        dialog.open()
        return dialog

    def restore_from(self, source: Path, *, ask: bool) -> bool:
        """Replace the journal with `source` after checking it; the current one is kept aside."""
        from coachapp.services.protection.backup import verify  # noqa: PLC0415 (after the paint)

        journal, parent = self._host.journal, self._host.widget()
        try:
            verify(source, journal.key)
        except UserError as exc:
            messages.user_error(parent, self.tr("Cannot restore"), exc)
            return False
        question = self.tr(
            "Replace your journal with the backup {name}? Your current journal is kept as a "
            "backup first."
        ).format(name=source.name)
        if ask and not messages.confirm(
            parent, self.tr("Restore a backup"), question, self.tr("Restore")
        ):
            return False
        self._host.flush_editors()
        self._host.tasks.wait()
        try:
            journal.restore(source)
        except UserError as exc:
            self._host.events.reloaded.emit()
            messages.user_error(parent, self.tr("Cannot restore"), exc)
            return False
        self._host.events.reloaded.emit()
        self._host.show_status(self.tr("Journal restored from {name}.").format(name=source.name))
        return True

    def _integrity_checked(self, problems: list[str]) -> None:
        if not problems:
            log.info("Integrity check passed")
            return
        log.error("Integrity check failed: %s", "; ".join(problems[:5]))
        parent = self._host.widget()
        newest = self._host.journal.backups.newest_healthy()
        if newest is None:
            messages.error(
                parent,
                self.tr("Journal damaged"),
                self.tr(
                    "CoachApp found damage in your journal ({details}) and has no healthy "
                    "backup to restore. Copy the data folder somewhere safe before going on."
                ).format(details=problems[0]),
            )
            return
        if messages.confirm(
            parent,
            self.tr("Journal damaged"),
            self.tr(
                "CoachApp found damage in your journal ({details}). Restore the newest "
                "healthy backup, taken {date}? The damaged journal is kept aside."
            ).format(details=problems[0], date=format_datetime(newest.created_at)),
            self.tr("Restore"),
        ):
            self.restore_from(newest.path, ask=False)
