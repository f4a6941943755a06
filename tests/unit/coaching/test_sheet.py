"""The session preparation sheet is one page, in PDF too, with what the coach needs: the
changes since the last session, open commitments, questions, and the private notes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from coachapp.context import Journal
from coachapp.render.session_sheet import write_sheet
from coachapp.services.coaching.workspace import Coaching
from coachapp.services.exchange.journal_import import read_export
from tests.unit.coaching.conftest import Coachee


def test_the_pdf_sheet_is_one_page_with_the_notes_of_the_session_prepared(
    qapp: object, coaching: Coaching, coachees: list[Coachee], journal: Journal, tmp_path: Path
) -> None:
    claire = coachees[0]
    coaching.portfolio.add(read_export(claire.first), claire.first, claire.name)
    coaching.portfolio.add(read_export(claire.second), claire.second)
    uuid = coaching.portfolio.find(claire.name).uuid  # type: ignore[union-attr]
    today = journal.clock.now().date()
    coaching.sessions.add(uuid, today - timedelta(days=30), "La séance d’avant.")
    coaching.sessions.add(uuid, today, "Revenir sur l’atelier ouvert aux usagers.")
    coaching.portfolio.set_notes(uuid, "Très investie sur l’accueil. " * 12)
    prep = coaching.preparation.prepare(uuid)
    assert prep.day == today  # the session planned today is the one prepared
    assert prep.since == today - timedelta(days=30)
    assert prep.session_notes == "Revenir sur l’atelier ouvert aux usagers."
    out = tmp_path / "sheet.pdf"
    assert write_sheet(prep, out) == 1
    text = " ".join((PdfReader(out).pages[0].extract_text() or "").split())
    assert f"Preparing the session with {claire.name}" in text
    assert "Revenir sur l’atelier ouvert aux usagers." in text
