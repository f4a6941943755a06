"""Exports of a large demo journal (21,000 entries): JSON, HTML and PDF, each timed, the PDF
against a floor measured in the same run: the bare chunked exporter of ../shared/PERF.md
section 4 (one QTextDocument per 200 entries drawn page by page on one QPdfWriter at 300 dpi,
no header, no page numbers), on the very same items. The PDF is then read back (pypdf) to
check that every item is in it.

  target: JSON < 5 s; PDF <= 1.2 x the chunked floor, and complete

    python benchmarks/export.py
"""

from __future__ import annotations

import os
import sys
import time
import unicodedata
from pathlib import Path

from demo_journal import large_demo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(work: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()  # type: ignore[operator]
    return time.perf_counter() - start, result


def floor_pdf(report: object, target: Path) -> None:
    """PERF.md's chunked exporter on the very same markup: one QTextDocument per 200 items,
    drawn page by page on one QPdfWriter at 300 dpi; no cover, header or page numbers."""
    from PySide6.QtCore import QRectF, QSizeF  # noqa: PLC0415
    from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument  # noqa: PLC0415

    from coachapp.render.pdf import STYLE, _chunk_html  # noqa: PLC0415

    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    painter = QPainter(writer)
    rect = writer.pageLayout().paintRectPixels(300)
    first = True
    for section in report.sections:  # type: ignore[attr-defined]
        for start in range(0, len(section.items), 200):
            document = QTextDocument()
            document.documentLayout().setPaintDevice(writer)
            document.setDefaultStyleSheet(STYLE)
            document.setHtml(_chunk_html(section, section.items[start : start + 200], start == 0))
            document.setPageSize(QSizeF(rect.width(), rect.height()))
            for page in range(document.pageCount()):
                if not first:
                    writer.newPage()
                first = False
                painter.save()
                painter.translate(0, -page * rect.height())
                document.drawContents(
                    painter, QRectF(0, page * rect.height(), rect.width(), rect.height())
                )
                painter.restore()
    painter.end()


def main() -> int:
    from pypdf import PdfReader  # noqa: PLC0415

    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    from coachapp.exchange.html_report import html_report  # noqa: PLC0415
    from coachapp.exchange.journal_json import write_journal_json  # noqa: PLC0415
    from coachapp.exchange.pseudonymise import pseudonymise  # noqa: PLC0415
    from coachapp.exchange.reading import build_report  # noqa: PLC0415
    from coachapp.render.pdf import write_pdf  # noqa: PLC0415
    from coachapp.services.exchange.journal_export import ExportOptions, journal_document  # noqa: PLC0415
    from coachapp.words.report_words import ReportWords  # noqa: PLC0415

    app = QGuiApplication([])
    with large_demo() as journal:
        out = journal.paths.data
        options = ExportOptions(include_private=True)
        json_s, document = timed(lambda: journal_document(journal.clock, options))
        write_s, _ = timed(lambda: write_journal_json(out / "j.json", document))  # type: ignore[arg-type]
        pseudo_s, _ = timed(lambda: pseudonymise(document, str.title))  # type: ignore[arg-type]
        words = ReportWords()
        report = build_report(document, words)  # type: ignore[arg-type]
        html_s, page = timed(lambda: html_report(report, "Contents", "en"))
        (out / "j.html").write_text(str(page), encoding="utf-8")
        pdf_s, result = timed(lambda: write_pdf(report, out / "j.pdf", "Contents"))
        items = [(i.heading, i.facts, i.body) for s in report.sections for i in s.items]
        floor_s, _ = timed(lambda: floor_pdf(report, out / "floor.pdf"))
        reader = PdfReader(out / "j.pdf")
        text = unicodedata.normalize("NFKC", " ".join(
            " ".join((p.extract_text() or "").split()) for p in reader.pages))  # fmt: skip
        squashed = "".join(text.split())  # a heading may wrap, even inside a word
        missing = sum(1 for h, _f, _b in items if "".join(h.split()) not in squashed)
    del app
    total_json = json_s + write_s
    ratio = pdf_s / floor_s
    print(f"{len(items)} items ({len(document['entries'])} entries)")  # type: ignore[index]
    print(f"JSON  {total_json:6.2f} s  (target < 5 s) {'ok' if total_json < 5 else 'MISSED'}")
    print(f"JSON pseudonymised: + {pseudo_s:.2f} s to replace the names")
    print(f"HTML  {html_s:6.2f} s")
    print(f"PDF   {pdf_s:6.2f} s, {result.pages} pages; floor {floor_s:.2f} s -> {ratio:.2f} x "  # type: ignore[attr-defined]
          f"(target <= 1.2) {'ok' if ratio <= 1.2 else 'MISSED'}")  # fmt: skip
    print(f"PDF complete: {len(items) - missing} of {len(items)} items read back "
          f"{'ok' if not missing else 'MISSED'}")  # fmt: skip
    return 0 if total_json < 5 and ratio <= 1.2 and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
