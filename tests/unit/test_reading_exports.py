"""Markdown and HTML exports: every section, a working contents list, the entry's own
headings under the item's, and no real name when pseudonymised."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.exchange.html_report import html_report
from coachapp.exchange.markdown_report import markdown_report
from coachapp.exchange.pseudonymise import pseudonymise
from coachapp.exchange.reading import build_report
from coachapp.services.demo import DemoService, DemoSize
from coachapp.services.journal import EntryDraft
from coachapp.services.journal_export import ExportOptions, journal_document
from coachapp.services.people import PersonDraft, PersonKind
from coachapp.timezones import local_zone
from coachapp.ui.pdf_report import write_pdf
from coachapp.ui.report_words import ReportWords
from tests.unit.test_pseudonymise import label, leaks


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
