"""A person's report ends with what left the workstation while the journal held something
about them: every export since then (the sharing record cannot tell whom an export named, and
the report says so), with whether names were replaced, and the coach feedback on them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from coachapp.clock import FixedClock
from coachapp.context import Journal
from coachapp.render.writers import writers_for
from coachapp.services.exchange.journal_export import ExportOptions
from coachapp.services.journal.journal import EntryDraft
from coachapp.services.people.people import PersonDraft
from coachapp.ui.common import messages
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW


def test_the_report_lists_the_exports_made_while_the_journal_held_them(
    window: MainWindow, qtbot: QtBot, journal: Journal, clock: FixedClock, *,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    clock.set(NOW - timedelta(days=20))
    journal.exports.export(
        "md", tmp_path / "avant.md", ExportOptions(), writers_for(journal), pseudonymised=False
    )
    clock.set(NOW - timedelta(days=10))
    helene = journal.people.create(PersonDraft("Hélène Dupont")).uuid
    journal.entries.create(EntryDraft(NOW - timedelta(days=10), "Accueil", "Hélène arrive."))
    clock.set(NOW - timedelta(days=5))
    written = journal.exports.export("json", tmp_path / "pour-coach.json", ExportOptions(),
                     writers_for(journal), pseudonymised=True)  # fmt: skip
    clock.set(NOW - timedelta(days=2))
    journal.sharing.feedback("retour-coach.json", 3, _export_id(journal, written.path))
    clock.set(NOW)

    window.show_area(window.stack.indexOf(window.people_view))
    window.people_view.refresh()
    assert window.people_view.select(helene)
    monkeypatch.setattr(messages, "save_file", lambda *_a: tmp_path / "helene.html")
    qtbot.mouseClick(window.people_view.report_button, Qt.MouseButton.LeftButton)

    text = (tmp_path / "helene.html").read_text(encoding="utf-8")
    shared = text.split("Shared outside this workstation", 2)[2]  # the section, not contents
    assert "not which people it named" in shared
    assert "pour-coach.json" in shared and "names replaced by aliases" in shared
    assert "retour-coach.json" in shared
    assert "avant.md" not in text  # written before the journal held anything about her
    assert "2 items about Hélène Dupont" in window.statusBar().currentMessage()  # as before


def test_a_person_nothing_was_shared_about_is_told_so(
    window: MainWindow, qtbot: QtBot, staff: dict[str, str], *,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window.show_area(window.stack.indexOf(window.people_view))
    assert window.people_view.select(staff["Karim Benali"])
    monkeypatch.setattr(messages, "save_file", lambda *_a: tmp_path / "karim.html")
    qtbot.mouseClick(window.people_view.report_button, Qt.MouseButton.LeftButton)
    text = (tmp_path / "karim.html").read_text(encoding="utf-8")
    assert "Nothing shared" in text and "No export since 25 November 2026." in text


def _export_id(journal: Journal, path: Path) -> str:
    [record] = [r for r in journal.sharing.records() if r.file_name == path.name]
    return record.export_id
