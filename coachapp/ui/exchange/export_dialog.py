"""Exporting the journal for a coach (or for another workstation): the manager chooses the
format, the period, the parts and whether names are replaced, and sees what will leave the
workstation before anything is written. The coach's format comes first and says what it is for:
a coach reviews the CoachApp file (JSON), the other formats are for reading and printing."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.errors import UserError
from coachapp.exchange.journal_json import SECTIONS
from coachapp.exchange.markdown_html import markdown_html
from coachapp.exchange.pseudonymise import Pseudonymiser, aliases
from coachapp.exchange.reading import SHOWN
from coachapp.i18n import format_value, render_error
from coachapp.render.writers import alias_label, writers_for
from coachapp.services.exchange.exporting import SUFFIXES, IncompleteExport, Written
from coachapp.services.exchange.journal_export import (
    ExportOptions,
    ExportPreview,
    export_preview,
    named_people,
)
from coachapp.ui.common import messages
from coachapp.ui.common.naming import named_after
from coachapp.ui.common.theme import tone
from coachapp.ui.common.widgets import OptionalDate, ToneLabel
from coachapp.words.exports import PreviewWords, section_label
from coachapp.words.report_words import ReportWords

log = logging.getLogger("coachapp.ui")

PREVIEW_DELAY_MS = 150  # options settle (a date being typed) before the preview is read again
COACH_FORMAT = "json"  # the file a coach opens for review in CoachApp
READING_FORMATS = ("pdf", "html", "md")


class ExportDialog(QDialog):
    """`written` holds what the last export wrote."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._journal = journal
        self.written: Written | None = None
        today = journal.prompts.today()
        self.form = QComboBox(self)
        self.form.setObjectName("exportFormat")
        self.form.addItem("", COACH_FORMAT)
        self.form.insertSeparator(1)
        for _form in READING_FORMATS:
            self.form.addItem("", _form)
        remembered = self.form.findData(journal.settings.get("export.format"))
        self.form.setCurrentIndex(max(0, remembered))
        self.first = OptionalDate(self, today.replace(day=1))
        self.first.setObjectName("exportFrom")
        self.last = OptionalDate(self, today)
        self.last.setObjectName("exportTo")
        self.sections: dict[str, QCheckBox] = {}
        self.parts = QGroupBox(self)
        grid = QGridLayout(self.parts)
        for number, section in enumerate(SECTIONS):
            box = QCheckBox(self.parts)
            box.setObjectName(f"section_{section}")
            box.setChecked(True)
            self.sections[section] = box
            grid.addWidget(box, number // 3, number % 3)
        self.private = QCheckBox(self)
        self.private.setObjectName("includePrivate")
        self.pseudonymise = QCheckBox(self)
        self.pseudonymise.setObjectName("pseudonymise")
        self.pseudonymise.setChecked(journal.settings.get("export.pseudonymise"))
        self.pseudonymise.setEnabled(not journal.settings.locked("export.pseudonymise"))
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setOpenLinks(False)
        self.preview_title = ToneLabel("muted", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)

        self.form_label = QLabel(self)
        self.form_label.setBuddy(self.form)
        self.form_use = ToneLabel("muted", self)  # what the chosen format is for
        self.form_use.setObjectName("exportFormatUse")
        self.period_label = QLabel(self)
        form_layout = QFormLayout()
        form_layout.addRow(self.form_label, self.form)
        form_layout.addRow("", self.form_use)
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(self.last)
        form_layout.addRow(self.period_label, period)
        options = QVBoxLayout()
        options.addLayout(form_layout)
        options.addWidget(self.parts)
        options.addWidget(self.private)
        options.addWidget(self.pseudonymise)
        options.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.preview_title)
        side.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        columns.addLayout(options, 2)
        columns.addLayout(side, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.form.currentIndexChanged.connect(self._form_changed)
        for toggled in (self.first.check, self.last.check, self.private, self.pseudonymise,
                        *self.sections.values()):  # fmt: skip
            toggled.toggled.connect(self._timer.start)
        for edit in (self.first.edit, self.last.edit):
            edit.dateChanged.connect(self._timer.start)
        self.resize(900, 560)
        self._texts()
        self._form_changed()
        self.refresh_preview()

    def _texts(self) -> None:
        self.setWindowTitle(self.tr("Export the journal"))
        names = {
            "json": self.tr("For your coach: CoachApp file (.json)"),
            "pdf": self.tr("PDF, to read and print"),
            "html": self.tr("Web page (HTML), to read in a browser"),
            "md": self.tr("Markdown, plain text"),
        }
        for row in range(self.form.count()):
            if self.form.itemData(row) is not None:  # not the separator
                self.form.setItemText(row, names[self.form.itemData(row)])
        self._form_use()
        self.form_label.setText(self.tr("&Format:"))
        self.period_label.setText(self.tr("Entries:"))
        self.first.check.setText(self.tr("From"))
        self.last.check.setText(self.tr("to"))
        self.parts.setTitle(self.tr("Parts of the journal"))
        for section, box in self.sections.items():
            box.setText(section_label(section))
        self.private.setText(self.tr("Include &private entries"))
        self.pseudonymise.setText(self.tr("Replace every person's &name by an alias"))
        self.pseudonymise.setToolTip(
            self.tr(
                "Names are replaced everywhere, inside what you wrote too (“Agent A”, “Élu B”). "
                "The key to the aliases is kept in the journal, never in the export."
            )
        )
        self.preview_title.setText(self.tr("What will leave this workstation"))
        named_after(self.preview_title, self.preview)
        self.first.edit.setAccessibleName(self.tr("First day exported"))
        self.last.edit.setAccessibleName(self.tr("Last day exported"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Export…"))

    # Options

    def chosen_form(self) -> str:
        return str(self.form.currentData())

    def options(self) -> ExportOptions:
        shown = self._shown_sections()
        return ExportOptions(
            first=self.first.day(),
            last=self.last.day(),
            sections=frozenset(
                s for s, box in self.sections.items() if box.isChecked() and s in shown
            ),
            include_private=self.private.isChecked(),
        )

    def _shown_sections(self) -> frozenset[str]:
        return frozenset(SECTIONS) if self.chosen_form() == "json" else frozenset(SHOWN)

    def _form_use(self) -> None:
        if self.chosen_form() == COACH_FORMAT:
            text = self.tr(
                "Your coach opens this file in CoachApp to review it, comments on each item and "
                "sends you back a feedback file to import (File > Import a journal or a coach's "
                "feedback…). It is complete: another CoachApp can also merge it."
            )
        else:
            text = self.tr(
                "To read or print. Your coach cannot comment on it in CoachApp: for a review, "
                "choose “For your coach”."
            )
        self.form_use.setText(text)
        self.form.setAccessibleDescription(text)

    def _form_changed(self) -> None:
        self._form_use()
        shown = self._shown_sections()
        for section, box in self.sections.items():
            box.setEnabled(section in shown)
            box.setToolTip("" if section in shown else self.tr("Only in a JSON export"))
        self._timer.start()

    def problem(self) -> str:
        """Why these options cannot be exported, or ""."""
        first, last = self.first.day(), self.last.day()
        if first is not None and last is not None and last < first:
            return self.tr("The last day comes before the first day.")
        if not self.options().sections:
            return self.tr("Choose at least one part of the journal.")
        return ""

    # Preview

    def refresh_preview(self) -> None:
        self._timer.stop()
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        if problem:
            self.preview.setHtml(f"<p><b>{html.escape(problem)}</b></p>")
            return
        options = self.options()
        self.preview.setHtml(self._preview_html(export_preview(options)))

    def _preview_html(self, preview: ExportPreview) -> str:
        words = PreviewWords()
        muted = tone(self.palette(), "muted").name()
        lines = [words.count(section, n) for section, n in preview.counts.items()]
        parts = ["<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"]
        if preview.private_left_out:
            parts.append(f"<p>{html.escape(words.private(preview.private_left_out))}</p>")
        first, last = self.first.day(), self.last.day()
        if "entries" in preview.counts and (first or last):
            parts.append(f"<p>{html.escape(self._period_text(first, last))}</p>")
        people = named_people()
        pseudonymiser = None
        if self.pseudonymise.isChecked():
            alias_of = aliases(people, alias_label)
            pseudonymiser = Pseudonymiser(people, alias_of)
            parts.append(f"<p>{html.escape(words.aliased(len(people)))}</p>")
            shown = [f"{html.escape(alias_of[p['uuid']])} ← {html.escape(p['name'])}"
                     for p in people[:5]]  # fmt: skip
            if shown:
                parts.append(f"<p style='color:{muted}'>" + "<br>".join(shown) + "</p>")
        elif people and ("people" in preview.counts or preview.counts.get("entries")):
            parts.append(f"<p>{html.escape(words.named(len(people)))}</p>")
        report_words = ReportWords()
        if preview.sample:
            sample_title = self.tr("The newest entries, as they will read")
            parts.append(f"<h4>{html.escape(sample_title)}</h4>")
        for entry in preview.sample:
            title, body = entry["title"], entry["body"]
            if pseudonymiser is not None:
                title, body = pseudonymiser.text(title), pseudonymiser.text(body)
            facts = f"{report_words.day(entry['occurred_at'])} · {report_words.kind(entry['kind'])}"
            excerpt = markdown_html(body if len(body) <= 400 else body[:400] + "…", below=3)
            parts.append(
                f"<p><b>{html.escape(title)}</b><br><span style='color:{muted}'>"
                f"{html.escape(facts)}</span></p>{excerpt}"
            )
        return "".join(parts)

    def _period_text(self, first: object, last: object) -> str:
        if first and last:
            return self.tr("Entries from {first} to {last}.").format(
                first=format_value(first), last=format_value(last)
            )
        if first:
            return self.tr("Entries from {first} on.").format(first=format_value(first))
        return self.tr("Entries up to {last}.").format(last=format_value(last))

    # Writing

    def choose_file(self) -> None:
        if self.problem():
            return
        form = self.chosen_form()
        folder = self._journal.settings.get("export.folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        day = self._journal.prompts.today().isoformat()
        suggested = Path(folder) / f"coachapp-{day}{SUFFIXES[form]}"
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "html": self.tr("Web pages (*.html)"),
            "md": self.tr("Markdown files (*.md)"),
            "json": self.tr("CoachApp journal exports (*.json)"),
        }[form]
        out = messages.save_file(self, self.tr("Export the journal"), suggested, filters)
        if out is None:
            return
        if out.suffix.lower() != SUFFIXES[form]:
            out = out.with_name(out.name + SUFFIXES[form])
        self.export_to(out)

    def export_to(self, out: Path) -> bool:
        """Write the export to `out`; a failure says why and leaves nothing half-written."""
        form = self.chosen_form()
        problem = ""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written = self._journal.exports.export(
                form, out, self.options(), writers_for(self._journal),
                pseudonymised=self.pseudonymise.isChecked(),
            )  # fmt: skip
        except UserError as exc:
            problem = render_error(exc)
        except OSError as exc:
            problem = self.tr("The file {path} could not be written: {reason}").format(
                path=out, reason=exc.strerror or exc
            )
        except IncompleteExport as exc:
            log.error("Export not complete: %s", exc)
            problem = self.tr("The PDF could not hold the whole journal; nothing was written.")
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem or self.written is None:
            messages.error(self, self.tr("Cannot export"), problem)
            return False
        settings = self._journal.settings
        settings.set("export.folder", str(out.parent))
        settings.set("export.format", form)
        settings.set("export.pseudonymise", self.pseudonymise.isChecked())
        log.info("Exported %s (%s, pseudonymised=%s)", out.name, form, self.written.pseudonymised)
        self.accept()
        return True

    def summary(self) -> str:
        """One sentence for the status bar about what the last export wrote."""
        written = self.written
        if written is None:
            return ""
        text = PreviewWords().written(written.entries, written.path.name)
        if written.pseudonymised:
            text += " " + self.tr(
                "The key to the aliases is kept in the journal: File > What I have shared…"
            )
        return text
