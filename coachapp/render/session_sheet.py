"""A session preparation sheet (services.coaching.preparation) as a report in the coach's
language, then one page of HTML (on screen and in a file) or PDF."""

from __future__ import annotations

from pathlib import Path

from coachapp.exchange.html_sheet import html_sheet
from coachapp.exchange.reading import Item, Report, Section
from coachapp.fileio import write_text_atomic
from coachapp.i18n import current_language, format_datetime
from coachapp.render.pdf import write_page_pdf
from coachapp.services.coaching.preparation import Preparation
from coachapp.words.coaching_words import CoachingWords, SheetWords


def sheet_report(prep: Preparation) -> Report:
    words, sheet = CoachingWords(), SheetWords()
    latest = format_datetime(prep.latest_export) if prep.latest_export else ""
    if prep.highlights:
        changed = [Item(words.change(c), words.area(c.area), "") for c in prep.highlights]
        if prep.left_out:
            changed.append(Item(sheet.more(prep.left_out), "", ""))
    else:
        changed = [Item(sheet.nothing_new(), "", "")]
    commitments = [Item(words.commitment(c), "", "") for c in prep.commitments] or [
        Item(sheet.no_commitments(), "", "")
    ]
    language = current_language() or "en"
    questions = [
        Item(q.text.get(language) or q.text["en"], sheet.question_facts(words.pillar(q.pillar)),
             "")
        for q in prep.questions
    ]  # fmt: skip
    notes = [
        Item(heading, "", text)
        for heading, text in ((sheet.about(), prep.coachee_notes),
                              (sheet.this_session(), prep.session_notes))
        if text.strip()
    ]  # fmt: skip
    sections = [
        Section("highlights", sheet.highlights(), tuple(changed)),
        Section("commitments", sheet.commitments(), tuple(commitments)),
        Section("questions", sheet.questions(), tuple(questions)),
    ]
    if notes:
        sections.append(Section("notes", sheet.notes(), tuple(notes)))
    return Report(
        sheet.title(prep.coachee), sheet.subtitle(prep.day, prep.since, latest), tuple(sections)
    )


def sheet_html(prep: Preparation) -> str:
    return html_sheet(sheet_report(prep), current_language() or "en")


def write_sheet(prep: Preparation, out: Path) -> int:
    """The sheet to `out`: a PDF for a .pdf name, else HTML; the pages of a PDF (else 1)."""
    markup = sheet_html(prep)
    if out.suffix.lower() == ".pdf":
        return write_page_pdf(markup, sheet_report(prep).title, out)
    write_text_atomic(out, markup)
    return 1
