"""The export dialog: the manager chooses, sees what will leave, and gets exactly that file."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from coachapp.context import Journal
from coachapp.services.journal.journal import EntryDraft
from coachapp.ui.common import messages
from coachapp.ui.exchange.export_dialog import ExportDialog
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW


@pytest.fixture
def written_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Answers the save dialog with a file in the test's folder; records what it suggested."""
    suggested: list[Path] = []

    def save_file(_parent: object, _title: str, proposal: Path, _filters: str) -> Path:
        suggested.append(proposal)
        return tmp_path / "out" / "for-the-coach"  # no suffix: the dialog adds it

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(messages, "save_file", save_file)
    return suggested


@pytest.fixture
def notes(journal: Journal, staff: dict[str, str]) -> None:
    entries = journal.entries
    entries.create(EntryDraft(NOW, "Point avec Hélène", "hélène a proposé un essai ; HELENE mène."))
    entries.create(EntryDraft(NOW - timedelta(days=40), "Ancienne note", "Karim au guichet."))
    entries.create(
        EntryDraft(NOW - timedelta(hours=2), "Doute personnel", "À garder.", private=True)
    )


def _dialog(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    dialog = window.exchange.export_journal()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(dialog: ExportDialog, form: str) -> None:
    dialog.form.setCurrentIndex(dialog.form.findData(form))
    dialog.refresh_preview()


def _save(qtbot: QtBot, dialog: ExportDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("notes")
def test_preview_says_what_leaves_and_the_file_holds_exactly_that(
    window: MainWindow, qtbot: QtBot, written_to: list[Path], tmp_path: Path, journal: Journal
) -> None:
    dialog = _dialog(window, qtbot)
    _choose(dialog, "html")
    preview = dialog.preview.toPlainText()
    assert "2 journal entries" in preview
    assert "1 private entry of the period stays here." in preview
    assert "Point avec Hélène" in preview  # the newest entry, as it will read

    qtbot.mouseClick(dialog.pseudonymise, Qt.MouseButton.LeftButton)
    dialog.refresh_preview()
    preview = dialog.preview.toPlainText()
    assert "The names of 3 people are replaced by aliases, in every text." in preview
    sample = preview.split("as they will read", 1)[1]
    assert "Hélène" not in sample and "Point avec Agent A" in sample

    _save(qtbot, dialog)
    out = tmp_path / "out" / "for-the-coach.html"
    assert written_to[0].name == "coachapp-2026-11-25.html"
    text = out.read_text(encoding="utf-8")
    for name in ("Hélène", "hélène", "HELENE", "Dupont", "Karim", "Benali"):
        assert name not in text
    assert "Agent A" in text and "Ancienne note" in text
    # The Insights charts come after the content; the period drew only the journal's rhythm,
    # the others say in one line that there was nothing to chart.
    assert text.count('src="data:image/png;base64,') == 1
    assert "<b>Share of meetings with each group</b> — No meeting held in this period." in text
    assert text.index("Ancienne note") < text.index("<h2>Insights</h2>")
    assert "Doute personnel" not in text  # private stays here by default
    assert not journal.paths.export_keys.exists()  # the key stays in the journal, no file
    assert journal.settings.get("export.format") == "html"
    assert journal.settings.get("export.folder") == str(out.parent)
    assert "for-the-coach.html" in window.statusBar().currentMessage()
    [record] = journal.sharing.records()  # the sharing record says what left, and how
    assert (record.action, record.form, record.file_name) == ("export", "html", out.name)
    assert record.pseudonymised and not record.include_private and record.items == 2
    assert journal.export_keys.aliases(record.export_id)["Agent A"] == "Hélène Dupont"
    assert "File > What I have shared" in window.statusBar().currentMessage()
    shared = window.exchange.show_shared()
    row = shared.records.topLevelItem(0)
    assert row is not None and row.text(2) == out.name and row.text(4) == "replaced by aliases"
    shared.records.setCurrentItem(row)
    assert shared.aliases_button.isEnabled()
    aliases = shared.show_aliases()
    assert aliases is not None
    assert aliases.table.model().index(0, 1).data() == "Hélène Dupont"
    shared.close()


@pytest.mark.usefixtures("notes")
def test_json_carries_the_chosen_period_and_parts_with_names_hidden_everywhere(
    window: MainWindow, qtbot: QtBot, written_to: list[Path], tmp_path: Path
) -> None:
    dialog = _dialog(window, qtbot)
    _choose(dialog, "json")
    assert dialog.sections["methods"].isEnabled()
    dialog.sections["people"].setChecked(False)
    dialog.first.check.setChecked(True)
    dialog.first.edit.setDate(QDate(2026, 11, 1))
    dialog.private.setChecked(True)
    dialog.pseudonymise.setChecked(True)
    dialog.refresh_preview()
    assert "2 journal entries" in dialog.preview.toPlainText()
    _save(qtbot, dialog)
    document = json.loads((tmp_path / "out" / "for-the-coach.json").read_text(encoding="utf-8"))
    assert "people" not in document
    assert sorted(e["title"] for e in document["entries"]) == [
        "Doute personnel",
        "Point avec Agent A",
    ]
    assert document["options"]["from"] == "2026-11-01"
    assert document["options"]["pseudonymised"] is True
    assert "hélène" not in json.dumps(document, ensure_ascii=False).casefold()


def test_reading_formats_leave_out_what_they_cannot_show(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _dialog(window, qtbot)
    _choose(dialog, "pdf")
    assert not dialog.sections["methods"].isEnabled()
    assert "methods" not in dialog.options().sections


@pytest.mark.usefixtures("notes")
def test_a_reversed_period_or_nothing_chosen_cannot_be_exported(
    window: MainWindow, qtbot: QtBot, written_to: list[Path]
) -> None:
    dialog = _dialog(window, qtbot)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.first.set_day(NOW.date())
    dialog.last.set_day(NOW.date() - timedelta(days=3))
    dialog.refresh_preview()
    assert not save.isEnabled()
    assert "The last day comes before the first day." in dialog.preview.toPlainText()
    dialog.last.set_day(None)
    for box in dialog.sections.values():
        box.setChecked(False)
    dialog.refresh_preview()
    assert not save.isEnabled()
    assert "Choose at least one part" in dialog.preview.toPlainText()
    dialog.choose_file()
    assert written_to == []  # nothing asked, nothing written


def test_the_coachs_format_comes_first_and_each_says_what_it_is_for(
    window: MainWindow, qtbot: QtBot, journal: Journal
) -> None:
    journal.entries.create(EntryDraft(NOW, "Point avec Hélène", "## Comment ça va ?\nBien."))
    dialog = _dialog(window, qtbot)
    assert dialog.form.itemText(0) == "For your coach: CoachApp file (.json)"
    assert [dialog.form.itemData(row) for row in range(dialog.form.count())] == [
        "json", None, "pdf", "html", "md",
    ]  # fmt: skip
    assert dialog.chosen_form() == "json"  # at first, the file a coach reviews
    dialog.form.setFocus()
    qtbot.keyClick(dialog.form, Qt.Key.Key_End)
    assert dialog.chosen_form() == "md"
    assert dialog.form_use.text() == (
        "To read or print. Your coach cannot comment on it in CoachApp: for a review, "
        "choose “For your coach”."
    )
    qtbot.keyClick(dialog.form, Qt.Key.Key_Home)
    assert dialog.chosen_form() == "json"
    use = dialog.form_use.text()
    assert "Your coach opens this file in CoachApp to review it" in use
    assert "feedback file" in use and dialog.form.accessibleDescription() == use
    assert dialog.sections["methods"].isEnabled()  # complete: every part
    dialog.refresh_preview()
    preview = dialog.preview.toPlainText()
    assert "Comment ça va ?" in preview and "##" not in preview  # as the coach will read it
