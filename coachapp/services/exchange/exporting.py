"""Writing an export the way the manager asked for it, from the export dialog or the command
line: the document, every name replaced by an alias if asked (the key to the aliases kept in
the journal only), then the chosen format, written atomically, and what left the workstation
recorded. A PDF is checked complete.

What needs Qt (the words of the reader's language, the PDF writer, the charts) comes in as
`Writers`, so this use case is the same for the window and the command line, and is tested
without widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from coachapp.clock import Clock
from coachapp.exchange.html_report import html_report
from coachapp.exchange.journal_json import write_journal_json
from coachapp.exchange.markdown_report import markdown_report
from coachapp.exchange.person_report import held_since, person_document
from coachapp.exchange.pseudonymise import pseudonymise
from coachapp.exchange.reading import Figure, Report, Section, Words, build_report
from coachapp.fileio import write_text_atomic
from coachapp.services.exchange.export_keys import ExportKeys
from coachapp.services.exchange.journal_export import ExportOptions, journal_document, named_people
from coachapp.services.exchange.sharing import Shared, SharingLog

FORMATS = ("pdf", "html", "md", "json")
SUFFIXES = {"pdf": ".pdf", "html": ".html", "md": ".md", "json": ".json"}


class IncompleteExport(RuntimeError):
    """The writer drew fewer items than the report holds (a Qt limit met unexpectedly)."""


class PdfWritten(Protocol):
    @property
    def pages(self) -> int: ...
    @property
    def items(self) -> int: ...  # items drawn, checked against the items asked for


@dataclass(frozen=True)
class Writers:
    """The parts of an export written in the reader's language and drawn by Qt."""

    words: Words
    language: str
    alias_label: Callable[[str], str]  # a person's kind -> "Agent", "Élu"...
    pdf: Callable[[Report, Path, str], PdfWritten]  # the report, where, the contents' title
    figures: Callable[[ExportOptions], tuple[Figure, ...]]  # the period's charts, or none
    shared: Callable[[list[Shared], datetime, str], Section]  # a person report's last section


@dataclass(frozen=True)
class Written:
    path: Path
    entries: int
    pages: int | None  # for a PDF
    pseudonymised: bool  # names replaced by aliases, their key kept in the journal


class ExportService:
    def __init__(self, clock: Clock, export_keys: ExportKeys, sharing: SharingLog) -> None:
        self._clock = clock
        self._keys = export_keys
        self._sharing = sharing

    def export(
        self,
        form: str,
        out: Path,
        options: ExportOptions,
        writers: Writers,
        *,
        pseudonymised: bool,
    ) -> Written:
        document = journal_document(self._clock, options)
        if pseudonymised:
            document, key = pseudonymise(document, writers.alias_label, named_people())
            self._keys.keep(document["export_id"], key)  # first: no export without its key
        figures = writers.figures(options) if form != "json" else ()
        pages = write_document(document, form, out, writers, figures)
        entries = len(document.get("entries", []))
        self._sharing.exported(
            form, out.name, options, pseudonymised=pseudonymised, entries=entries,
            export_id=document["export_id"],
        )  # fmt: skip
        return Written(out, entries, pages, pseudonymised)

    def person_report(self, person_uuid: str, out: Path, writers: Writers) -> int:
        """Everything the journal holds about one person (private entries too: it is theirs
        to read), then what was shared while it held it, as one HTML file; the number of
        items about them in it."""
        document = journal_document(self._clock, ExportOptions(include_private=True))
        narrowed = person_document(document, person_uuid)
        words = writers.words
        report = build_report(narrowed, words)
        name = narrowed["people"][0]["name"]
        since = held_since(narrowed)
        shared = writers.shared(self._sharing.since(since), since, name)
        report = replace(
            report,
            title=words.text("person_title").format(name=name),
            sections=(*report.sections, shared),
        )
        write_text_atomic(out, html_report(report, words.text("contents"), writers.language))
        return sum(len(section.items) for section in report.sections if section is not shared)


def write_document(
    document: dict[str, Any],
    form: str,
    out: Path,
    writers: Writers,
    figures: tuple[Figure, ...] = (),
) -> int | None:
    """`document` written to `out` in `form` (a reading form with `figures` after the sections);
    the number of pages for a PDF."""
    if form == "json":
        write_journal_json(out, document)
        return None
    words = writers.words
    report = build_report(document, words)
    if figures:
        report = replace(report, figures=figures, figures_title=words.text("section.insights"))
    if form == "pdf":
        result = writers.pdf(report, out, words.text("contents"))
        wanted = sum(len(section.items) for section in report.sections)
        if result.items != wanted:
            out.unlink(missing_ok=True)
            raise IncompleteExport(f"the PDF holds {result.items} items of {wanted}")
        return result.pages
    if form == "md":
        write_text_atomic(out, markdown_report(report, words.text("contents")))
    else:
        write_text_atomic(out, html_report(report, words.text("contents"), writers.language))
    return None
