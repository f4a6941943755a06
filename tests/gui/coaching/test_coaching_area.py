"""The Coaching area as a coach walks it: a pseudonymised export brought in with File > Import
is filed under a coachee (never merged), the next one continues their timeline, the digest says
what changed, feedback and a preparation sheet are saved, the sharing record lists what is held,
and erasing the coachee takes everything of theirs."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QTreeWidget

from coachapp.context import Journal
from coachapp.i18n import set_language
from coachapp.services.exchange.journal_import import read_export
from coachapp.ui.coaching.add_export_dialog import AddExportDialog
from coachapp.ui.coaching.erase_dialog import EraseCoacheeDialog
from coachapp.ui.exchange.sharing_dialog import SharingDialog
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.access import tab_chain, unnamed
from tests.gui.conftest import open_window, type_text
from tests.gui.doors import Dialogs, choose_file, click, press_ok
from tests.unit.coaching.conftest import Coachee, make_coachee


@pytest.fixture(scope="module")
def managers(tmp_path_factory: pytest.TempPathFactory) -> list[Coachee]:
    """Two managers' journals (seeds and languages apart), each exported twice."""
    root = tmp_path_factory.mktemp("managers")
    return [make_coachee(root, "Claire Martin", 5, "fr"), make_coachee(root, "Sam Taylor", 9, "en")]


@pytest.fixture
def received(managers: list[Coachee], tmp_path: Path) -> list[Coachee]:
    """The exports as a coach received them (copies: erasing may delete them)."""
    folder = tmp_path / "received"
    folder.mkdir()
    copies = []
    for manager in managers:
        first, second = folder / manager.first.name, folder / manager.second.name
        shutil.copyfile(manager.first, first)
        shutil.copyfile(manager.second, second)
        copies.append(Coachee(manager.name, manager.seed, manager.language, manager.folder,
                              first, second, manager.changes, manager.texts,
                              manager.journal_id))  # fmt: skip
    return copies


@pytest.fixture
def window(qtbot: QtBot, journal: Journal) -> Iterator[MainWindow]:
    main = open_window(journal, qtbot)
    yield main
    main.close()


def coaching_row(window: MainWindow) -> int:
    return window.areas.index("coaching")


def name_field(dialog: AddExportDialog) -> QLineEdit:
    editor = dialog.coachee.lineEdit()
    assert editor is not None  # an editable combo box
    return editor


def texts(tree: QTreeWidget, column: int) -> list[str]:
    found = (tree.topLevelItem(n) for n in range(tree.topLevelItemCount()))
    return [item.text(column) for item in found if item is not None]


def form(qtbot: QtBot) -> AddExportDialog:
    """The add-export form, once it is open."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AddExportDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AddExportDialog)
    return dialog


def test_file_import_of_a_pseudonymised_export_files_it_under_a_coachee(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs, journal: Journal,
    received: list[Coachee],
) -> None:  # fmt: skip
    claire = received[0]
    journal_file = journal.paths.database
    people_before = journal.people.count()
    assert window.sidebar.isRowHidden(coaching_row(window))

    dialogs.answer(choose_file(claire.first), click("A coachee's: add it to Coaching"))
    window.act_import.trigger()
    added = form(qtbot)
    assert "names replaced by aliases" in added.facts.text()
    assert "does not know the journal it comes from yet" in added.where.text()
    added.coachee.setFocus()
    type_text(qtbot, name_field(added), "Claire Martin")
    press_ok(qtbot, added)
    dialogs.settle()
    [question] = [s for s in dialogs.seen if s.title == "Whose journal is this?"]
    assert "is pseudonymised" in question.text
    assert journal.people.count() == people_before  # nothing merged into the journal
    assert journal_file.exists()

    area = window.coaching_area
    assert not window.sidebar.isRowHidden(coaching_row(window))
    assert window.stack.currentWidget() is area
    assert area.stack.currentWidget() is area.coachee
    assert area.coachee.title.text() == "Claire Martin"

    # The next export, by the coachee page's button: recognised, it continues the timeline.
    dialogs.answer(choose_file(claire.second))
    qtbot.mouseClick(area.coachee.add_button, Qt.MouseButton.LeftButton)
    again = form(qtbot)
    assert "continues the timeline of Claire Martin" in again.where.text()
    assert not again.coachee.isVisible()
    press_ok(qtbot, again)
    dialogs.settle()
    changes = area.coachee.changes
    assert changes.timeline.count() == 2
    digest = changes.digest.toPlainText()
    for _area, _what, title in claire.changes - {("self_assessment", "rating", "")}:
        if _area != "self_assessment":
            assert title in digest, title

    # Back to the portfolio: one row, two exports.
    qtbot.mouseClick(area.coachee.back_button, Qt.MouseButton.LeftButton)
    assert area.stack.currentWidget() is area.overview
    rows = area.overview.model.rowCount()
    assert rows == 1


def test_another_journal_under_a_known_name_is_asked_about_never_mixed(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs, journal: Journal,
    received: list[Coachee],
) -> None:  # fmt: skip
    claire, sam = received
    portfolio = journal.coaching.portfolio
    portfolio.add(read_export(claire.first), claire.first, "Claire Martin")
    preferences = window.show_preferences()
    preferences.coaching.setChecked(True)  # the area in the sidebar
    preferences.reject()
    window.act_areas[coaching_row(window)].trigger()
    area = window.coaching_area
    dialogs.answer(choose_file(sam.first))
    qtbot.mouseClick(area.overview.add_button, Qt.MouseButton.LeftButton)
    added = form(qtbot)
    added.coachee.setFocus()
    type_text(qtbot, name_field(added), "claire martin")  # a slip: Sam's journal, Claire's name
    dialogs.answer(click("Cancel"))
    press_ok(qtbot, added)
    qtbot.waitUntil(lambda: not dialogs.planned and QApplication.activeModalWidget() is added)
    [question] = [s for s in dialogs.seen if s.title == "File it under Claire Martin?"]
    assert "not recognised as coming from their journal" in question.text
    assert added.isVisible()  # nothing filed: the form waits for another name
    assert [c.name for c in portfolio.coachees()] == ["Claire Martin"]
    assert len(portfolio.exports(portfolio.coachees()[0].uuid)) == 1
    name_field(added).clear()
    type_text(qtbot, name_field(added), "Sam Taylor")
    press_ok(qtbot, added)
    dialogs.settle()
    assert sorted(c.name for c in portfolio.coachees()) == ["Claire Martin", "Sam Taylor"]
    assert len(portfolio.exports(portfolio.find("Claire Martin").uuid)) == 1  # type: ignore[union-attr]


def test_feedback_sessions_sheet_sharing_and_erasure(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs, *, journal: Journal,
    received: list[Coachee], tmp_path: Path,
) -> None:  # fmt: skip
    preferences = window.show_preferences()  # the area switched on before any export
    preferences.coaching.setChecked(True)
    preferences.reject()
    assert not window.sidebar.isRowHidden(coaching_row(window))
    window.act_areas[coaching_row(window)].trigger()
    area = window.coaching_area
    assert window.stack.currentWidget() is area
    assert area.overview.empty.isVisible()  # says what to do first
    for coachee in received:
        for index, source in enumerate((coachee.first, coachee.second)):
            area.show_overview()
            dialogs.answer(choose_file(source))
            qtbot.mouseClick(area.overview.add_button, Qt.MouseButton.LeftButton)
            added = form(qtbot)
            if index == 0:
                type_text(qtbot, name_field(added), coachee.name)
            press_ok(qtbot, added)
            dialogs.settle()
    qtbot.mouseClick(area.coachee.back_button, Qt.MouseButton.LeftButton)
    assert area.overview.model.rowCount() == 2
    claire, sam = received
    page = area.coachee
    table = area.overview.table
    row = next(n for n in range(table.model().rowCount())
               if table.model().index(n, 0).data() == claire.name)  # fmt: skip
    table.setCurrentIndex(table.model().index(row, 0))
    qtbot.mouseClick(area.overview.open_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == claire.name

    # Feedback on the latest export, saved through the button and the file dialog.
    page.tabs.setCurrentWidget(page.feedback)
    panel = page.feedback.panel
    assert panel is not None
    panel.tree.setCurrentItem(panel.overall_item)
    panel.comment.setFocus()
    type_text(qtbot, panel.comment, "Un trimestre riche, Claire.")
    out = tmp_path / "claire-feedback.json"
    with dialogs.expecting(choose_file(out)):
        qtbot.mouseClick(page.feedback.save_button, Qt.MouseButton.LeftButton)
    sent = json.loads(out.read_text(encoding="utf-8"))
    assert sent["overall"]["text"] == "Un trimestre riche, Claire."
    assert sent["export_id"] == json.loads(claire.second.read_text(encoding="utf-8"))["export_id"]
    assert page.feedback.history.topLevelItemCount() == 1

    # A session with private notes; they reach the sheet, never a feedback file.
    page.tabs.setCurrentWidget(page.sessions)
    qtbot.mouseClick(page.sessions.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.sessions.session_notes, "Parler de la délégation, en privé.")
    page.tabs.setCurrentWidget(page.preparation)
    sheet = tmp_path / "claire-session.pdf"
    with dialogs.expecting(choose_file(sheet)):
        qtbot.mouseClick(page.preparation.pdf_button, Qt.MouseButton.LeftButton)
    assert sheet.read_bytes().startswith(b"%PDF")
    assert "Parler de la délégation" in page.preparation.sheet.toPlainText()
    assert "Parler de la délégation" not in out.read_text(encoding="utf-8")

    # The sharing record lists the feedback and the sheet, and what is held on each coachee.
    window.act_shared.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SharingDialog))
    shared = QApplication.activeModalWidget()
    assert isinstance(shared, SharingDialog)
    whats = texts(shared.records, 1)
    assert f"Preparation sheet for {claire.name}" in whats
    assert f"Feedback for {claire.name}, 1 comment" in whats
    held = dict(zip(texts(shared.held, 0), texts(shared.held, 1), strict=True))
    assert held == {claire.name: "2", sam.name: "2"}
    shared.reject()

    # Erasing Claire, her files too: nothing of hers is left, Sam stays.
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EraseCoacheeDialog))
    erase = QApplication.activeModalWidget()
    assert isinstance(erase, QDialog) and isinstance(erase, EraseCoacheeDialog)
    erase.delete_files.setChecked(True)
    press_ok(qtbot, erase)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.overview)
    assert area.overview.model.rowCount() == 1
    assert not out.exists() and not sheet.exists() and not claire.first.exists()
    assert sam.first.exists()
    assert [c.name for c in journal.coaching.portfolio.coachees()] == [sam.name]


def test_opening_an_export_for_review_brings_the_coaching_area(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs, received: list[Coachee], journal: Journal
) -> None:
    row = coaching_row(window)
    assert window.sidebar.isRowHidden(row) and not window.act_areas[row].isEnabled()
    with dialogs.expecting(choose_file(received[1].first)):
        window.act_review.trigger()
    qtbot.waitUntil(lambda: not window.sidebar.isRowHidden(row))
    assert window.act_areas[row].isEnabled()
    assert journal.settings.get("coaching.area") is True
    assert not journal.coaching.store.exists()  # nothing filed: only shown
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "reviewWindow":
            widget.close()


def test_a_file_that_is_not_an_export_is_refused_saying_why(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    window.act_areas[coaching_row(window)].setEnabled(True)
    window.act_areas[coaching_row(window)].trigger()
    report = tmp_path / "journal.pdf"
    report.write_bytes(b"%PDF-1.7 a report to read, not to file")
    with dialogs.expecting(choose_file(report), click("OK")):
        qtbot.mouseClick(window.coaching_area.overview.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(s.title == "Cannot add the export" for s in dialogs.seen))
    [refusal] = [s for s in dialogs.seen if s.title == "Cannot add the export"]
    assert "is not a CoachApp journal export" in refusal.text
    assert not window.coaching_area.coaching.store.exists()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_control_of_a_coachee_page_is_named_and_tab_goes_round(
    window: MainWindow, qtbot: QtBot, journal: Journal, received: list[Coachee], language: str
) -> None:
    set_language(language)
    for source, name in ((received[0].first, received[0].name), (received[0].second, None)):
        journal.coaching.portfolio.add(read_export(source), source, name)
    window.coaching_area.filed.emit()  # as after the form, so the area shows
    window.act_areas[coaching_row(window)].trigger()
    area = window.coaching_area
    assert unnamed(window) == []
    qtbot.mouseClick(area.overview.open_button, Qt.MouseButton.LeftButton)
    page = area.coachee
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(page.tabs.currentWidget().isVisible)
        assert unnamed(window) == [], page.tabs.tabText(index)
        chain = tab_chain(qtbot, window.sidebar)
        assert chain.closed, page.tabs.tabText(index)
