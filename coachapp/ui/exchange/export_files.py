"""Writing an export the way the manager asked for it, from the export dialog or the command
line: the document, every name replaced by an alias if asked (the key to the aliases kept in
the journal only), then the chosen format, written atomically. A PDF is checked complete.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from coachapp.context import Journal
from coachapp.exchange.html_report import html_report
from coachapp.exchange.journal_json import write_journal_json
from coachapp.exchange.markdown_report import markdown_report
from coachapp.exchange.person_report import held_since, person_document
from coachapp.exchange.pseudonymise import pseudonymise
from coachapp.exchange.reading import Figure, build_report
from coachapp.fileio import write_text_atomic
from coachapp.i18n import current_language
from coachapp.services.exchange.journal_export import ExportOptions, journal_document, named_people
from coachapp.services.insights.insights import InsightsService
from coachapp.services.people.people import PersonKind
from coachapp.ui.exchange.pdf_report import write_pdf
from coachapp.words.labels import kind_label
from coachapp.words.report_words import ReportWords

FORMATS = ("pdf", "html", "md", "json")
SUFFIXES = {"pdf": ".pdf", "html": ".html", "md": ".md", "json": ".json"}


class IncompleteExport(RuntimeError):
    """The writer drew fewer items than the report holds (a Qt limit met unexpectedly)."""


@dataclass(frozen=True)
class Written:
    path: Path
    entries: int
    pages: int | None  # for a PDF
    pseudonymised: bool  # names replaced by aliases, their key kept in the journal


def alias_label(kind: str) -> str:
    """ "Agent", "Élu"...: the first half of an alias, in the manager's language."""
    return kind_label(PersonKind(kind))


def export(
    journal: Journal, form: str, out: Path, options: ExportOptions, *, pseudonymised: bool
) -> Written:
    document = journal_document(journal.clock, options)
    if pseudonymised:
        document, key = pseudonymise(document, alias_label, named_people())
        journal.export_keys.keep(document["export_id"], key)  # first: no export without its key
    figures = _figures(journal, options) if form != "json" else ()
    pages = write_document(document, form, out, figures)
    entries = len(document.get("entries", []))
    journal.sharing.exported(
        form, out.name, options, pseudonymised=pseudonymised, entries=entries,
        export_id=document["export_id"],
    )  # fmt: skip
    return Written(out, entries, pages, pseudonymised)


def _figures(journal: Journal, options: ExportOptions) -> tuple[Figure, ...]:
    """The Insights charts of the export's period, as images, those the period left empty as
    their reading alone (none without a QApplication: charts are drawn by widgets)."""
    if not isinstance(QApplication.instance(), QApplication):
        return ()
    from coachapp.ui.insights.insight_charts import (  # noqa: PLC0415  (QtCharts)
        InsightCharts,
        empty_charts,
        render_png,
    )

    service = InsightsService(journal.experiments, journal.entries)
    today = journal.prompts.today()
    last = options.last or today
    first = options.first or min(service.first_day() or last, last)
    found = service.compute(first, last, today)
    empty = empty_charts(found)
    drawn = InsightCharts(journal.self_assessment.dimensions).draw(found)
    return tuple(
        Figure(chart.title(), b"" if key in empty else render_png(chart), reading)
        for key, (chart, _headers, _rows, reading) in drawn.items()
    )


def person_report(journal: Journal, person_uuid: str, out: Path) -> int:
    """Everything the journal holds about one person (private entries too: it is theirs to
    read), then what was shared while it held it, as one HTML file; the number of items about
    them in it."""
    from coachapp.ui.people.person_shared import PersonSharedWords  # noqa: PLC0415  (a cycle)

    document = journal_document(journal.clock, ExportOptions(include_private=True))
    narrowed = person_document(document, person_uuid)
    words = ReportWords()
    report = build_report(narrowed, words)
    name = narrowed["people"][0]["name"]
    since = held_since(narrowed)
    shared = PersonSharedWords().section(journal.sharing.since(since), since, name)
    report = replace(
        report,
        title=words.text("person_title").format(name=name),
        sections=(*report.sections, shared),
    )
    write_text_atomic(out, html_report(report, words.text("contents"), current_language() or "en"))
    return sum(len(section.items) for section in report.sections if section is not shared)


def write_document(
    document: dict[str, Any], form: str, out: Path, figures: tuple[Figure, ...] = ()
) -> int | None:
    """`document` written to `out` in `form` (a reading form with `figures` after the sections);
    the number of pages for a PDF."""
    if form == "json":
        write_journal_json(out, document)
        return None
    words = ReportWords()
    report = build_report(document, words)
    if figures:
        report = replace(report, figures=figures, figures_title=words.text("section.insights"))
    if form == "pdf":
        result = write_pdf(report, out, words.text("contents"))
        wanted = sum(len(section.items) for section in report.sections)
        if result.items != wanted:
            out.unlink(missing_ok=True)
            raise IncompleteExport(f"the PDF holds {result.items} items of {wanted}")
        return result.pages
    if form == "md":
        write_text_atomic(out, markdown_report(report, words.text("contents")))
    else:
        write_text_atomic(
            out, html_report(report, words.text("contents"), current_language() or "en")
        )
    return None
