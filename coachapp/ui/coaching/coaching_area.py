"""The Coaching area: the coach's portfolio (the overview) and one coachee at a time.

It reads the portfolio only when it is on screen, and the portfolio file is opened on its first
use: a manager who never coaches never has one. Exports come in through "Add a coachee's
export…" here, or from File > Import when the coach says the file is a coachee's.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from coachapp.config import Settings
from coachapp.context import Journal
from coachapp.errors import UserError
from coachapp.services.coaching.portfolio import CoacheeRef
from coachapp.ui.coaching.add_export_dialog import AddExportDialog
from coachapp.ui.coaching.coachee_page import CoacheePage
from coachapp.ui.coaching.overview_page import OverviewPage
from coachapp.ui.common import messages
from coachapp.ui.common.lazy_view import RefreshedWhenShown
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.tasks import Tasks

log = logging.getLogger("coachapp.ui")

INCOMING_FOLDER = "incoming_folder"  # as File > Import: where the last file sent was found


class CoachingArea(Retranslatable, RefreshedWhenShown, QWidget):
    status = Signal(str)
    filed = Signal()  # an export went into the portfolio (the sidebar shows the area then)

    def __init__(
        self, journal: Journal, settings: Settings, tasks: Tasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coachingArea")
        self._journal = journal
        self._settings = settings
        self._tasks = tasks
        self.coaching = journal.coaching
        self.overview = OverviewPage(self)
        self.coachee = CoacheePage(self.coaching, settings, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.coachee)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.overview.open_requested.connect(self.open_coachee)
        self.overview.add_requested.connect(self.add_export)
        self.coachee.add_requested.connect(self.add_export)
        self.coachee.back_requested.connect(self.show_overview)
        self.coachee.changed.connect(self.refresh_when_shown)
        self.coachee.erased.connect(self._erased)
        self.coachee.status.connect(self.status)
        self._backed_up = False

    def retranslate_ui(self) -> None:
        self.refresh_when_shown()

    def refresh_icons(self) -> None:
        self.overview.refresh_icons()
        self.coachee.refresh_icons()

    def refresh(self) -> None:
        if not self.coaching.store.exists():
            self.overview.show_rows([])
            return
        self._backup_if_due()
        self.overview.show_rows(self.coaching.overview.rows())

    def _backup_if_due(self) -> None:
        """Once a session, a copy of the portfolio if the last is older than the backup
        interval (on a worker, where it reads through a connection of its own)."""
        if self._backed_up:
            return
        self._backed_up = True
        store = self.coaching.store
        store.keep = self._settings.get("backup.keep")
        interval = timedelta(hours=self._settings.get("backup.interval_hours"))
        if not store.in_background():  # a network folder: through its connection, here
            try:
                store.backup_if_due(interval)
            except Exception as exc:  # a backup is never worth an error box at this point
                log.warning("Portfolio backup failed: %s", exc)
            return
        self._tasks.run(
            lambda: store.backup_if_due(interval),
            lambda _path: None,
            lambda exc: log.warning("Portfolio backup failed: %s", exc),
        )

    def show_overview(self) -> None:
        self.coachee.flush()
        self.stack.setCurrentWidget(self.overview)
        self.refresh_when_shown()
        if self.coachee.coachee_uuid:
            self.overview.select(self.coachee.coachee_uuid)
        self.overview.table.setFocus()

    def open_coachee(self, coachee_uuid: str) -> None:
        self.coachee.show_coachee(coachee_uuid)
        self.stack.setCurrentWidget(self.coachee)
        self.coachee.tabs.setFocus()

    def add_export(
        self, source: Path | None = None, document: dict[str, Any] | None = None
    ) -> AddExportDialog | None:
        """Ask for a coachee's export (unless given), read and check it on the worker, then ask
        under whom it goes; the form, when it opens at once (a document given)."""
        from coachapp.services.exchange.journal_import import read_export  # noqa: PLC0415

        if source is None:
            last = self._settings.state(INCOMING_FOLDER)
            source = messages.open_file(
                self, self.tr("Add a coachee's export"),
                self.tr("CoachApp journal exports (*.json);;All files (*)"),
                Path(last) if last else None,
            )  # fmt: skip
            if source is None:
                return None
            self._settings.set_state(INCOMING_FOLDER, str(source.parent))
        if document is None:  # a year's export takes a second or two to check: off this thread
            chosen = source

            def read_in(read: dict[str, Any]) -> None:
                self._ask(chosen, read)

            self._tasks.run(lambda: read_export(chosen), read_in, self._refused)
            return None
        return self._ask(source, document)

    def _ask(self, source: Path, document: dict[str, Any]) -> AddExportDialog | None:
        """Under whom the export goes (or that it goes with its journal's coachee)."""
        try:
            dialog = AddExportDialog(self.coaching.portfolio, document, source, self)
        except UserError as exc:
            self._refused(exc)
            return None
        dialog.accepted.connect(lambda: self._added(dialog.added))
        dialog.open()
        return dialog

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            messages.user_error(self, self.tr("Cannot add the export"), exc)
            return
        log.error("Reading a coachee's export failed", exc_info=exc)
        messages.error(self, self.tr("Cannot add the export"),
                       self.tr("Unexpected error; the log file says more."))  # fmt: skip

    def _added(self, coachee: CoacheeRef | None) -> None:
        if coachee is None:
            return
        self.filed.emit()
        self.status.emit(self.tr("Export filed under {name}.").format(name=coachee.name))
        self.refresh_when_shown()
        self.open_coachee(coachee.uuid)

    def _erased(self, said: str) -> None:
        self.status.emit(said)
        self.stack.setCurrentWidget(self.overview)
        self.refresh_when_shown()

    def leave(self) -> None:
        """Write what the editors hold (before the window closes)."""
        self.coachee.flush()
