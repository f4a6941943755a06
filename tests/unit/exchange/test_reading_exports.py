"""Markdown, HTML and PDF exports: every section, a working contents list, the entry's own
Markdown rendered (headings under the item's), nothing an entry writes taken as markup, the
charts after the content, and no real name when pseudonymised."""

from __future__ import annotations

import base64
import html
import re
import unicodedata
from dataclasses import replace
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.exchange.html_report import html_report
from coachapp.exchange.markdown_report import markdown_report
from coachapp.exchange.pseudonymise import pseudonymise
from coachapp.exchange.reading import Figure, build_report
from coachapp.render.pdf import write_pdf
from coachapp.resources import resource_path
from coachapp.services.exchange.journal_export import ExportOptions, journal_document
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.journal.templates import Source, parse
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.timezones import local_zone
from coachapp.words.report_words import ReportWords
from tests.conftest import NOW
from tests.unit.exchange.test_pseudonymise import label, leaks

PIXEL = base64.b64decode(  # a 1x1 PNG: a chart's picture
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


class Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: set[str] = set()
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and str(values.get("href", "")).startswith("#"):
            self.links.add(str(values["href"])[1:])
        if tag not in ("meta", "br"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag, f"</{tag}> closes {self.open[-1:]}"


def test_the_demo_reads_in_markdown_and_html(journal: Journal, clock: FixedClock) -> None:
    DemoService(clock, journal.methods.library).fill(DemoSize.SMALL, seed=5, language="en")
    document = journal_document(clock, ExportOptions())
    words = ReportWords()
    report = build_report(document, words)
    assert [s.key for s in report.sections] == [
        "entries", "rituals", "delegations", "experiments", "skills", "people",
    ]  # fmt: skip
    assert report.entries == len([e for e in document["entries"] if not e["deleted_at"]])
    markdown = markdown_report(report, "Contents")
    assert markdown.startswith("# Management journal\n")
    assert "- [Journal](#s1-journal)" in markdown and '<a id="s1-journal"></a>' in markdown
    assert "\n## Context" not in markdown  # the entries' own headings sit under theirs
    page = html_report(report, "Contents", "en")
    parser = Anchors()
    parser.feed(page)
    assert parser.links and parser.links <= parser.ids and not parser.open
    assert page.count("<article>") == sum(len(s.items) for s in report.sections)


def test_no_name_in_pseudonymised_reading_exports(journal: Journal, clock: FixedClock) -> None:
    person = journal.people.create(PersonDraft("Élodie Ménard", kind=PersonKind.AGENT)).uuid
    journal.entries.create(EntryDraft(
        datetime(2026, 11, 20, 10, tzinfo=local_zone()), "Entretien avec élodie",
        body="## Ce qu'ELODIE MENARD a dit\n\nMénard veut <b>évoluer</b>.", people=(person,),
    ))  # fmt: skip
    masked, _key = pseudonymise(journal_document(clock, ExportOptions()), label)
    report = build_report(masked, ReportWords())
    for text in (markdown_report(report, "Contents"), html_report(report, "Contents", "fr")):
        assert leaks(text, ["Élodie Ménard"]) == []
        assert "Agent A" in text
    assert "&lt;b&gt;évoluer&lt;/b&gt;" in html_report(report, "Contents", "fr")  # escaped


def test_the_pdf_holds_every_item_and_no_name(
    qapp: object, journal: Journal, clock: FixedClock, tmp_path: Path
) -> None:
    DemoService(clock, journal.methods.library).fill(DemoSize.SMALL, seed=6, language="fr")
    masked, _key = pseudonymise(journal_document(clock, ExportOptions()), label)
    words = ReportWords()
    report = build_report(masked, words)
    target = tmp_path / "journal.pdf"
    result = write_pdf(report, target, "Sommaire")
    wanted = sum(len(s.items) for s in report.sections)
    assert result.items == wanted
    pages = PdfReader(target).pages
    assert len(pages) == result.pages
    # NFKC: the PDF's ligatures ("ﬃ") read back as the letters they join.
    text = unicodedata.normalize(
        "NFKC", " ".join(" ".join((page.extract_text() or "").split()) for page in pages)
    )
    headings = [item.heading for s in report.sections for item in s.items]
    squashed = "".join(text.split())  # a heading may wrap, even inside a word
    missing = [h for h in headings if "".join(h.split()) not in squashed]
    assert missing == []
    names = [p["name"] for p in journal_document(clock, ExportOptions())["people"]]
    assert leaks(text, names) == []


def pdf_text(target: Path) -> list[str]:
    """Each page's text, its words joined by single spaces (NFKC: ligatures as letters)."""
    pages = PdfReader(target).pages
    return [
        unicodedata.normalize("NFKC", " ".join((p.extract_text() or "").split())) for p in pages
    ]


def filled(body: str) -> str:
    """A template as a manager fills it in: text on the line right under each heading, and
    the checklist's empty item given a task."""
    body = re.sub(r"(?m)^(#+ .*)$", r"\1\nNoted *carefully* under it.", body)
    return re.sub(r"(?m)^- \[ \] *$", "- [ ] Call back", body)


def test_every_template_reads_rendered_in_html_and_pdf(
    qapp: object, journal: Journal, clock: FixedClock, tmp_path: Path
) -> None:
    templates = [
        parse(path.read_text(encoding="utf-8"), path.stem, Source.BUILT_IN)
        for language in ("fr", "en")
        for path in sorted(resource_path("templates", language).glob("*.md"))
    ]
    for number, template in enumerate(templates):
        journal.entries.create(EntryDraft(
            NOW - timedelta(hours=number), f"{template.name} {number}", filled(template.body),
            kind=template.kind,
        ))  # fmt: skip
    headings = [line[3:] for t in templates for line in t.body.splitlines() if line[:3] == "## "]
    report = build_report(journal_document(clock, ExportOptions()), ReportWords())

    page = html_report(report, "Contents", "en")
    assert "##" not in page
    missing = [h for h in headings if f"<h4>{html.escape(h, quote=False)}</h4>" not in page]
    assert missing == []  # each heading under its item's h3, as in the editor's preview
    assert page.count("<em>carefully</em>") == len(headings)
    checklists = sum("- [ ]" in t.body for t in templates)
    assert page.count("<li>\u2610 Call back</li>") == checklists  # a box, not "[ ]"

    target = tmp_path / "templates.pdf"
    write_pdf(report, target, "Contents")
    text = " ".join(pdf_text(target))
    assert "##" not in text and "[ ]" not in text and "*carefully*" not in text
    squashed = "".join(text.split())
    assert [h for h in headings if "".join(h.split()) not in squashed] == []


def test_an_entry_can_never_add_markup_to_an_export(
    qapp: object, journal: Journal, clock: FixedClock, tmp_path: Path
) -> None:
    journal.entries.create(EntryDraft(
        NOW, "<script>alert('title')</script>",
        "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
        "[click](javascript:alert(3)) and ![pixel](https://tracker.example/p.png)",
    ))  # fmt: skip
    report = build_report(journal_document(clock, ExportOptions()), ReportWords())
    page = html_report(report, "Contents", "en")
    assert "<script" not in page.casefold() and "<img" not in page
    assert page.count("&lt;script&gt;alert(") == 2  # the title and the body, as text
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert 'href="javascript' not in page and "tracker.example" not in page
    markdown = markdown_report(report, "Contents")  # a viewer that runs HTML shows it as text
    assert re.search(r"(?<!\\)<(script|img)", markdown) is None
    assert "### \\<script>alert('title')\\</script>" in markdown
    target = tmp_path / "journal.pdf"
    write_pdf(report, target, "Contents")
    assert "<script>alert(1)</script>" in " ".join(pdf_text(target))  # shown as written


def test_charts_come_after_the_content_and_an_empty_one_is_one_line(
    qapp: object, journal: Journal, clock: FixedClock, tmp_path: Path
) -> None:
    journal.entries.create(EntryDraft(NOW, "Atelier accueil", "## Ce qui en est sorti\nUn essai."))
    report = replace(
        build_report(journal_document(clock, ExportOptions()), ReportWords()),
        figures=(Figure("Entries per week", PIXEL, "1 entry in the period."),
                 Figure("Mood and energy", b"", "No mood or energy recorded in this period.")),
        figures_title="Insights",
    )  # fmt: skip

    page = html_report(report, "Contents", "en")
    assert page.index("Atelier accueil</h3>") < page.index("<h2>Insights</h2>")
    assert page.index('href="#s1-journal"') < page.index('href="#s0-insights"')
    assert page.count("<img") == 1
    assert "<li><b>Mood and energy</b> — No mood or energy recorded in this period.</li>" in page

    markdown = markdown_report(report, "Contents")
    assert markdown.index("### Atelier accueil") < markdown.index("## Insights")

    target = tmp_path / "journal.pdf"
    result = write_pdf(report, target, "Contents")
    pages = pdf_text(target)
    assert result.pages == len(pages) == 3  # the cover, the journal, then the charts
    assert "Atelier accueil" in pages[1] and "Ce qui en est sorti" in pages[1]
    assert "Insights" in pages[2] and "No mood or energy recorded in this period." in pages[2]
