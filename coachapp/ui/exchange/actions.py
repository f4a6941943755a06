"""The journal's exchanges with the outside, as the File menu offers them: export, import (a
journal to merge or a coach's feedback), open an export for review, what was shared, and a
person's report. The work is done by the export and import use cases; this asks, confirms and
tells.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow

from coachapp.errors import UserError
from coachapp.ui.common import messages
from coachapp.ui.common.host import Host

if TYPE_CHECKING:
    from coachapp.ui.exchange.export_dialog import ExportDialog
    from coachapp.ui.exchange.sharing_dialog import SharingDialog

INCOMING_FOLDER = "incoming_folder"  # where the last file imported or reviewed was


class ExchangeActions(QObject):
    reviewed = Signal()  # an export was opened for review: the user coaches someone

    def __init__(self, host: Host, show_today: Callable[[], None]) -> None:
        super().__init__(host.widget())
        self._host = host
        self._show_today = show_today
        # Where a coachee's export goes when the coach says so (the Coaching area).
        self.file_for_coaching: Callable[[Path, dict[str, object]], object] | None = None

    def export_journal(self) -> ExportDialog:
        # The exporters load late: they weigh on start-up.
        from coachapp.ui.exchange.export_dialog import ExportDialog  # noqa: PLC0415

        self._host.flush_editors()
        dialog = ExportDialog(self._host.journal, self._host.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._host.show_status(dialog.summary()))
        dialog.open()
        return dialog

    def import_file(self, source: Path | None = None) -> bool:
        """Bring in a journal export (merged after a backup) or a coach's feedback."""
        from coachapp.exchange.feedback import FORMAT as FEEDBACK  # noqa: PLC0415
        from coachapp.services.exchange.importing import read_incoming  # noqa: PLC0415

        if source is None:
            source = self._choose_incoming(
                self.tr("Import a journal or a coach's feedback"),
                self.tr("CoachApp files (*.json);;All files (*)"),
            )
            if source is None:
                return False
        try:
            kind, document = read_incoming(source)
        except UserError as exc:
            messages.user_error(self._host.widget(), self.tr("Cannot import"), exc)
            return False
        if kind == FEEDBACK:
            return self._import_feedback(document, source.name)
        return self._merge_journal(source, document)

    def _choose_incoming(self, title: str, filters: str) -> Path | None:
        """A file someone sent, looked for where the last one was found."""
        settings = self._host.settings
        last = settings.state(INCOMING_FOLDER)
        chosen = messages.open_file(
            self._host.widget(), title, filters, Path(last) if last else None
        )
        if chosen is not None:
            settings.set_state(INCOMING_FOLDER, str(chosen.parent))
        return chosen

    def _import_feedback(self, document: dict[str, object], file_name: str) -> bool:
        from coachapp.words.import_summary import ImportSummary  # noqa: PLC0415

        report = self._host.journal.feedback.import_feedback(document, file_name)
        summary = ImportSummary()
        lines = [summary.feedback(report.added, report.updated, report.unchanged)]
        lines += [summary.unknown(area, title).strip() for area, title in report.unknown]
        self._host.events.changed.emit("feedback")
        messages.information(self._host.widget(), self.tr("Coach feedback"), "\n".join(lines))
        if report.added or report.updated:
            self._show_today()
        return True

    def _merge_journal(self, source: Path, document: dict[str, object]) -> bool:
        from coachapp.services.exchange.importing import OWN  # noqa: PLC0415
        from coachapp.ui.coaching.import_question import whose  # noqa: PLC0415
        from coachapp.words.import_summary import ImportSummary  # noqa: PLC0415

        parent = self._host.widget()
        found = self._host.journal.imports.ownership(document)
        if found != OWN:
            answer = whose(parent, source, found, coaching=self.file_for_coaching is not None)
            if answer == "coachee" and self.file_for_coaching is not None:
                self.file_for_coaching(source, document)
                return False
            if answer != "mine":
                return False
        else:
            question = self.tr(
                "Merge the journal export {name} into your journal? Records you do not have "
                "are added and newer ones replace yours; your journal is backed up first."
            ).format(name=source.name)
            if not messages.confirm(
                parent, self.tr("Import a journal"), question, self.tr("Merge")
            ):
                return False
        self._host.flush_editors()
        self._host.tasks.wait()
        try:
            report = self._host.journal.imports.merge(document).report
        except UserError as exc:
            messages.user_error(parent, self.tr("Cannot import"), exc)
            return False
        self._host.events.reloaded.emit()
        counts = ImportSummary().counts(
            sum(report.added.values()), sum(report.updated.values()),
            sum(report.unchanged.values()), len(report.kept),
        )  # fmt: skip
        messages.information(parent, self.tr("Import a journal"), counts)
        return True

    def open_for_review(self, source: Path | None = None) -> QMainWindow | None:
        """An export opened read-only in a window of its own, for a coach's comments."""
        from coachapp.services.exchange.journal_import import read_export  # noqa: PLC0415
        from coachapp.ui.exchange.review_window import ReviewWindow  # noqa: PLC0415

        if source is None:
            source = self._choose_incoming(
                self.tr("Open a journal for review"),
                self.tr("CoachApp journal exports (*.json);;All files (*)"),
            )
            if source is None:
                return None
        parent = self._host.widget()
        try:
            document = read_export(source)
        except UserError as exc:
            messages.user_error(parent, self.tr("Cannot open for review"), exc)
            return None
        journal = self._host.journal
        window = ReviewWindow(
            document, source, journal.paths.reviews, clock=journal.clock,
            settings=self._host.settings, parent=parent,
        )  # fmt: skip
        window.show()
        self.reviewed.emit()
        return window

    def person_report(self, person_uuid: str) -> Path | None:
        """The person's right of access: what the journal holds about them, as an HTML file."""
        from coachapp.render.writers import writers_for  # noqa: PLC0415  (exporters load late)

        self._host.flush_editors()
        journal = self._host.journal
        name = journal.people.get(person_uuid).name
        folder = self._host.settings.get("export.folder") or str(Path.home())
        safe = "".join(c if c.isalnum() else "-" for c in name).strip("-") or "person"
        parent = self._host.widget()
        out = messages.save_file(
            parent, self.tr("What the journal holds on {name}").format(name=name),
            Path(folder) / f"{safe}.html", self.tr("Web pages (*.html)"),
        )  # fmt: skip
        if out is None:
            return None
        if out.suffix.lower() != ".html":
            out = out.with_name(out.name + ".html")
        try:
            items = journal.exports.person_report(person_uuid, out, writers_for(journal))
        except OSError as exc:
            messages.error(parent, self.tr("Cannot write the report"), str(exc))
            return None
        self._host.show_status(
            self.tr("%n item(s) about {name} written to {file}.", "", items).format(
                name=name, file=out.name
            )
        )
        return out

    def show_shared(self) -> SharingDialog:
        from coachapp.ui.exchange.sharing_dialog import SharingDialog  # noqa: PLC0415

        journal = self._host.journal
        dialog = SharingDialog(
            journal.sharing, journal.export_keys, self._host.widget(),
            coaching=journal.coaching.erasure if journal.coaching.store.exists() else None,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
