"""The report as one Markdown file: a contents list, a section per area, then the charts'
readings."""

from __future__ import annotations

import re

from coachapp.exchange.reading import Report


def anchor(text: str, number: int) -> str:
    """A stable, unique anchor for a section heading."""
    return f"s{number}-" + re.sub(r"[^\w]+", "-", text.casefold()).strip("-")


def demoted(body: str) -> str:
    """An entry's own headings, moved under the item's (### Item > #### its headings)."""
    return re.sub(r"(?m)^(#{1,6})(?=\s)", lambda m: "#" * min(6, len(m.group(1)) + 2), body)


def inert(text: str) -> str:
    """`text` with no HTML tag a Markdown viewer would run: `<` before a tag's first letter is
    escaped (`\\<script>` reads as `<script>`); links written `<https://…>` stay links."""
    return re.sub(r"<(?=[A-Za-z/!?])(?!https?://|mailto:)", r"\\<", text)


def markdown_report(report: Report, contents: str) -> str:
    lines = [f"# {report.title}", "", f"*{report.subtitle}*", "", f"## {contents}", ""]
    for number, section in enumerate(report.sections, start=1):
        lines.append(
            f"- [{section.title}](#{anchor(section.title, number)}) ({len(section.items)})"
        )
    if report.figures:
        lines.append(f"- [{report.figures_title}](#{anchor(report.figures_title, 0)})")
    for number, section in enumerate(report.sections, start=1):
        lines += ["", f'<a id="{anchor(section.title, number)}"></a>', "", f"## {section.title}"]
        for item in section.items:
            facts = f"*{inert(item.facts)}*" if item.facts else ""
            lines += ["", f"### {inert(item.heading)}", "", facts]
            if item.body.strip():
                lines += ["", demoted(inert(item.body.strip()))]
    if report.figures:  # plain text carries the charts' readings, not their pictures
        lines += ["", f'<a id="{anchor(report.figures_title, 0)}"></a>', "",
                  f"## {report.figures_title}", ""]  # fmt: skip
        lines += [f"- **{figure.title}** — {figure.reading}" for figure in report.figures]
    return "\n".join(lines).rstrip() + "\n"
