"""A short report as one page of HTML: the sections one after the other, each item a line with
its facts, no table of contents; for a coach's session preparation sheet, on screen (Qt's rich
text reads it), in a file and printed."""

from __future__ import annotations

import html

from coachapp.exchange.markdown_html import markdown_html
from coachapp.exchange.reading import Report

STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; max-width: 46em;
       margin: 1.5em auto; padding: 0 1em; line-height: 1.4; color: #1d1d1f; }
body { font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 0.1em; }
h2 { font-size: 11.5pt; color: #147a5c; border-bottom: 2px solid #147a5c; margin: 0.8em 0 0.2em; }
p { margin: 0.2em 0; } .facts { color: #555; font-size: 8.5pt; }
ul { margin: 0.1em 0; padding-left: 1.2em; } li { margin: 0.1em 0; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
"""


def html_sheet(report: Report, language: str) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(language)}"><head><meta charset="utf-8">',
        f"<title>{e(report.title)}</title><style>{STYLE}</style></head><body>",
        f'<h1>{e(report.title)}</h1><p class="facts">{e(report.subtitle)}</p>',
    ]
    for section in report.sections:
        parts.append(f"<h2>{e(section.title)}</h2><ul>")
        for item in section.items:
            line = f"<li>{e(item.heading)}"
            if item.facts:
                line += f' <span class="facts">· {e(item.facts)}</span>'
            if item.body.strip():
                line += markdown_html(item.body)
            parts.append(line + "</li>")
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
