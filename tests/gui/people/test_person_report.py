"""A person's right of access: the report holds what is linked to them and every entry naming
them (any case, any accents), and nothing about anyone else."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from coachapp.context import Journal
from coachapp.services.journal.journal import EntryDraft
from coachapp.ui.common import messages
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW


def test_the_report_holds_what_concerns_the_person_only(
    window: MainWindow, qtbot: QtBot, journal: Journal, staff: dict[str, str], *,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    helene = staff["Hélène Dupont"]
    entries = journal.entries
    entries.create(EntryDraft(NOW, "Entretien annuel", "Objectifs fixés.", people=(helene,)))
    entries.create(EntryDraft(NOW - timedelta(days=1), "Accueil", "HELENE a repris le guichet."))
    entries.create(
        EntryDraft(NOW - timedelta(days=2), "Note perso", "dupont absente", private=True)
    )
    entries.create(EntryDraft(NOW - timedelta(days=3), "Budget", "Karim prépare les chiffres."))
    entries.create(EntryDraft(NOW - timedelta(days=4), "Hélènes", "Un mot qui n'est pas elle."))
    window.show_area(window.stack.indexOf(window.people_view))
    assert window.people_view.select(helene)
    monkeypatch.setattr(messages, "save_file", lambda *_a: tmp_path / "helene")
    qtbot.mouseClick(window.people_view.report_button, Qt.MouseButton.LeftButton)

    text = (tmp_path / "helene.html").read_text(encoding="utf-8")
    assert "What this journal holds about Hélène Dupont" in text
    for title in ("Entretien annuel", "Accueil", "Note perso"):  # linked, named, named privately
        assert title in text
    assert "Budget" not in text and "Hélènes" not in text and "Karim Benali" not in text
    assert "4 items about Hélène Dupont" in window.statusBar().currentMessage()  # + her card
