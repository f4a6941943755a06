"""The report as one self-contained HTML file: styles inline, charts as inline images, a table
of contents, a section per area, readable on screen and printed (sections start on a new page)."""

from __future__ import annotations

import base64
import html
import re

from coachapp.exchange.markdown_report import anchor
from coachapp.exchange.reading import Report

STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; max-width: 46em;
       margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #1d1d1f; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #147a5c; padding-bottom: 0.2em; margin-top: 2em; }
h3 { margin: 1.4em 0 0.1em; font-size: 1.1em; }
h4 { margin: 0.8em 0 0; font-size: 0.95em; color: #333; }
.facts { color: #555; font-size: 0.9em; margin: 0; }
.body { white-space: pre-wrap; margin: 0.4em 0 0; }
nav li { margin: 0.2em 0; }
figure { margin: 1.2em 0; } figure img { max-width: 100%; height: auto; }
figcaption { color: #555; font-size: 0.9em; }
@media print {
  body { margin: 0; max-width: none; }
  section { break-before: page; }
  h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _body(text: str) -> str:
    """The text as written, its Markdown headings as subheadings, everything else escaped."""
    blocks, lines = [], []
    for line in text.splitlines():
        heading = re.match(r"#{1,6}\s+(.*)", line)
        if heading is None:
            lines.append(line)
            continue
        if "\n".join(lines).strip():
            blocks.append(f'<p class="body">{html.escape(chr(10).join(lines).strip())}</p>')
        lines = []
        blocks.append(f"<h4>{html.escape(heading.group(1))}</h4>")
    if "\n".join(lines).strip():
        blocks.append(f'<p class="body">{html.escape(chr(10).join(lines).strip())}</p>')
    return "".join(blocks)


def html_report(report: Report, contents: str, language: str) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(language)}"><head><meta charset="utf-8">',
        f"<title>{e(report.title)}</title><style>{STYLE}</style></head><body>",
        f'<h1>{e(report.title)}</h1><p class="facts">{e(report.subtitle)}</p>',
        f"<nav><h2>{e(contents)}</h2><ul>",
    ]
    if report.figures:
        parts.append(f'<li><a href="#{anchor(report.figures_title, 0)}">'
                     f"{e(report.figures_title)}</a></li>")  # fmt: skip
    for number, section in enumerate(report.sections, start=1):
        parts.append(f'<li><a href="#{anchor(section.title, number)}">{e(section.title)}</a> '
                     f"({len(section.items)})</li>")  # fmt: skip
    parts.append("</ul></nav>")
    if report.figures:
        parts.append(f'<section id="{anchor(report.figures_title, 0)}">'
                     f"<h2>{e(report.figures_title)}</h2>")  # fmt: skip
        for figure in report.figures:
            source = "data:image/png;base64," + base64.b64encode(figure.png).decode("ascii")
            parts.append(f'<figure><img alt="{e(figure.title)}" src="{source}">'
                         f"<figcaption>{e(figure.reading)}</figcaption></figure>")  # fmt: skip
        parts.append("</section>")
    for number, section in enumerate(report.sections, start=1):
        parts.append(f'<section id="{anchor(section.title, number)}"><h2>{e(section.title)}</h2>')
        for item in section.items:
            parts.append(f"<article><h3>{e(item.heading)}</h3>")
            if item.facts:
                parts.append(f'<p class="facts">{e(item.facts)}</p>')
            if item.body.strip():
                parts.append(_body(item.body.strip()))
            parts.append("</article>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
