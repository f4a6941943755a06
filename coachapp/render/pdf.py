"""The report as a PDF, with Qt's own writer: a cover page with the contents, each section from
a new page (each text's Markdown rendered as the HTML export renders it), then the charts; a
header and a page number on every page.

Qt's writers silently stop a single long document short (about 8.6 million device pixels of
height: some 14,000 entries at 300 dpi; ../shared/PERF.md section 4), so the report is laid
out in chunks of CHUNK items, each its own QTextDocument drawn page by page on one painter; the
number of items drawn is counted and returned for the caller to check.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from coachapp.exchange.markdown_html import markdown_html
from coachapp.exchange.reading import Item, Report, Section
from coachapp.fileio import atomic_path

CHUNK = 200  # items per laid-out document: far below the height Qt can draw
DPI = 300
MARGIN_MM = 20
STYLE = """
h1 { font-size: 20pt; } h2 { font-size: 15pt; color: #147a5c; }
h3 { font-size: 11.5pt; margin-top: 10pt; margin-bottom: 0; }
h4, h5, h6 { font-size: 10pt; margin-bottom: 0; }
p { font-size: 10pt; margin-top: 2pt; } .facts { color: #555555; font-size: 9pt; }
"""


@dataclass(frozen=True)
class PdfResult:
    pages: int
    items: int  # items drawn: the caller checks it against the items asked for


def _chunk_html(section: Section, items: tuple[Item, ...], first: bool) -> str:
    parts = ["<html><body>"]
    if first:
        parts.append(f"<h2>{html.escape(section.title)}</h2>")
    for item in items:
        parts.append(f"<h3>{html.escape(item.heading)}</h3>")
        if item.facts:
            parts.append(f'<p class="facts">{html.escape(item.facts)}</p>')
        if item.body.strip():
            parts.append(markdown_html(item.body))
    parts.append("</body></html>")
    return "".join(parts)


def _figures_html(report: Report, width: float) -> tuple[str, dict[str, QImage]]:
    """The charts, one under the other at the page's width, each with its reading, then one line
    for each chart the period left empty. `width` is in the writer's pixels; the markup's are
    CSS pixels (96 per inch)."""
    e = html.escape
    images: dict[str, QImage] = {}
    parts = [f"<html><body><h2>{e(report.figures_title)}</h2>"]
    for number, figure in enumerate(report.figures):
        if not figure.png:
            continue
        name = f"figure-{number}.png"
        images[name] = QImage.fromData(figure.png)
        parts.append(f'<p><img src="{name}" width="{int(width * 96 / DPI)}"></p>'
                     f'<p class="facts">{e(figure.reading)}</p>')  # fmt: skip
    empty = [f"<li><b>{e(f.title)}</b> — {e(f.reading)}</li>" for f in report.figures if not f.png]
    if empty:
        parts.append("<ul>" + "".join(empty) + "</ul>")
    parts.append("</body></html>")
    return "".join(parts), images


class _Pages:
    """One painter over the writer; knows the page number and the current section."""

    def __init__(self, writer: QPdfWriter, title: str) -> None:
        self.writer = writer
        self.title = title
        self.painter = QPainter(writer)
        self.number = 1
        self.section = ""
        full = writer.pageLayout().paintRectPixels(writer.resolution())
        line = writer.resolution() // 4  # room for the header and the page number
        self.body = QRectF(0, line, full.width(), full.height() - 2 * line)
        self.full = QRectF(0, 0, full.width(), full.height())
        self.font = QFont("DejaVu Sans")
        self.font.setPointSizeF(8)
        self.text_font = QFont("DejaVu Sans", 10)

    def new_page(self) -> None:
        self.writer.newPage()
        self.number += 1

    def frame(self) -> None:
        """Header (the report and the section) and the page number."""
        painter = self.painter
        painter.setFont(self.font)
        painter.setPen(QColor("#595959"))  # 7:1 on paper
        header = f"{self.title} · {self.section}" if self.section else self.title
        painter.drawText(self.full, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                         header)  # fmt: skip
        painter.drawText(self.full, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                         str(self.number))  # fmt: skip

    def document(
        self, markup: str, images: dict[str, QImage] | None = None, *, shrink_to: float = 1.0
    ) -> int:
        """Lay out `markup` (its `images` by name) on the body area and draw it page by page;
        the pages used. Down to `shrink_to` times its size, it is drawn smaller to fit one page
        (a sheet meant to be one page, a little long)."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.writer)
        document.setDefaultFont(self.text_font)
        document.setDefaultStyleSheet(STYLE)
        for name, image in (images or {}).items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        document.setHtml(markup)
        scale = 1.0
        document.setPageSize(QSizeF(self.body.width(), self.body.height()))
        while document.pageCount() > 1 and scale > shrink_to:
            scale = max(shrink_to, scale * 0.95)
            document.setPageSize(QSizeF(self.body.width() / scale, self.body.height() / scale))
        width, height = self.body.width() / scale, self.body.height() / scale
        pages = document.pageCount()
        for page in range(pages):
            if page:
                self.new_page()
            self.frame()
            painter = self.painter
            painter.save()
            painter.translate(self.body.left(), self.body.top())
            painter.scale(scale, scale)
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
        return pages


def _writer(path: Path, title: str) -> QPdfWriter:
    """An A4 writer at DPI with the report's margins and title."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                    QPageLayout.Unit.Millimeter)
    )  # fmt: skip
    writer.setTitle(title)
    writer.setCreator("CoachApp")
    return writer


def write_page_pdf(markup: str, title: str, target: Path) -> int:
    """A short HTML document (a session preparation sheet) as a PDF from its first page on,
    with no cover (atomically, readable by the user alone), drawn smaller (down to 70 %) when
    that keeps it to one page; the pages it took."""
    with atomic_path(target) as tmp:
        pages = _Pages(_writer(tmp, title), title)
        pages.document(markup, shrink_to=0.7)
        pages.painter.end()
        return pages.number


def write_pdf(report: Report, target: Path, contents: str) -> PdfResult:
    """Write `report` to `target` (atomically, readable by the user alone)."""
    with atomic_path(target) as tmp:
        writer = _writer(tmp, report.title)
        pages = _Pages(writer, report.title)
        cover = ["<html><body>",
                 f"<h1>{html.escape(report.title)}</h1>",
                 f'<p class="facts">{html.escape(report.subtitle)}</p>',
                 f"<h2>{html.escape(contents)}</h2>"]  # fmt: skip
        cover += [f"<p>{html.escape(s.title)} ({len(s.items)})</p>" for s in report.sections]
        if report.figures:
            cover.append(f"<p>{html.escape(report.figures_title)}</p>")
        pages.document("".join(cover) + "</body></html>")
        drawn = 0
        for section in report.sections:
            pages.section = section.title
            for start in range(0, len(section.items), CHUNK):
                chunk = section.items[start : start + CHUNK]
                pages.new_page()
                pages.document(_chunk_html(section, chunk, first=start == 0))
                drawn += len(chunk)
        if report.figures:
            pages.section = report.figures_title
            pages.new_page()
            pages.document(*_figures_html(report, pages.body.width()))
        pages.painter.end()
        total = pages.number
    return PdfResult(pages=total, items=drawn)
