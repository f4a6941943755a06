"""The report as one self-contained HTML file: styles inline, a table of contents, a section per
area with each text's Markdown rendered, then the charts as inline images; readable on screen
and printed (sections start on a new page)."""

from __future__ import annotations

import base64
import html

from coachapp.exchange.markdown_html import markdown_html
from coachapp.exchange.markdown_report import anchor
from coachapp.exchange.reading import Report

STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; max-width: 46em;
       margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #1d1d1f; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #147a5c; padding-bottom: 0.2em; margin-top: 2em; }
h3 { margin: 1.4em 0 0.1em; font-size: 1.1em; }
h4, h5, h6 { margin: 0.8em 0 0; font-size: 0.95em; color: #333; }
.facts { color: #555; font-size: 0.9em; margin: 0; }
.body p, .body ul, .body ol { margin: 0.3em 0 0; }
blockquote { margin: 0.4em 0 0 1em; padding-left: 0.6em; border-left: 3px solid #8c8c8c; }
table { border-collapse: collapse; } th, td { border: 1px solid #8c8c8c; padding: 0.2em 0.5em; }
nav li { margin: 0.2em 0; }
figure { margin: 1.2em 0; } figure img { max-width: 100%; height: auto; }
figcaption { color: #555; font-size: 0.9em; }
@media print {
  body { margin: 0; max-width: none; }
  section { break-before: page; }
  h3, h4 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def html_report(report: Report, contents: str, language: str) -> str:
    e = html.escape
    figures_anchor = anchor(report.figures_title, 0)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(language)}"><head><meta charset="utf-8">',
        f"<title>{e(report.title)}</title><style>{STYLE}</style></head><body>",
        f'<h1>{e(report.title)}</h1><p class="facts">{e(report.subtitle)}</p>',
        f"<nav><h2>{e(contents)}</h2><ul>",
    ]
    for number, section in enumerate(report.sections, start=1):
        parts.append(f'<li><a href="#{anchor(section.title, number)}">{e(section.title)}</a> '
                     f"({len(section.items)})</li>")  # fmt: skip
    if report.figures:
        parts.append(f'<li><a href="#{figures_anchor}">{e(report.figures_title)}</a></li>')
    parts.append("</ul></nav>")
    for number, section in enumerate(report.sections, start=1):
        parts.append(f'<section id="{anchor(section.title, number)}"><h2>{e(section.title)}</h2>')
        for item in section.items:
            parts.append(f"<article><h3>{e(item.heading)}</h3>")
            if item.facts:
                parts.append(f'<p class="facts">{e(item.facts)}</p>')
            if item.body.strip():
                parts.append(f'<div class="body">{markdown_html(item.body)}</div>')
            parts.append("</article>")
        parts.append("</section>")
    if report.figures:
        parts.append(f'<section id="{figures_anchor}"><h2>{e(report.figures_title)}</h2>')
        for figure in (f for f in report.figures if f.png):
            source = "data:image/png;base64," + base64.b64encode(figure.png).decode("ascii")
            parts.append(f'<figure><img alt="{e(figure.title)}" src="{source}">'
                         f"<figcaption>{e(figure.reading)}</figcaption></figure>")  # fmt: skip
        empty = [f"<li><b>{e(f.title)}</b> — {e(f.reading)}</li>"
                 for f in report.figures if not f.png]  # fmt: skip
        if empty:
            parts.append("<ul>" + "".join(empty) + "</ul>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
