"""The Help menu and the guides: F1 at the page of the area in use, the management model, links
both ways between the app and the pillars' pages, search, a PDF to print, the shortcuts sheet,
what is new once after an upgrade, and the problem report."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QTableWidgetItem

from coachapp import __version__
from coachapp.context import Journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.ui.guide.guide_window import GuideWindow
from coachapp.ui.guide.help_actions import WHATS_NEW_STATE, _menu_actions
from coachapp.ui.guide.shortcuts_dialog import ShortcutsDialog
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.today.self_assessment_dialog import SelfAssessmentDialog
from tests.gui.conftest import Answers
from tests.gui.doors import Dialogs, choose_file

F1_PAGES = {
    "today": ("today", "Today"),
    "journal": ("journal", "Journal"),
    "rituals": ("rituals", "Rituals"),
    "delegations": ("delegations", "Delegations"),
    "experiments": ("experiments", "Experiments"),
    "people": ("people", "People"),
    "insights": ("insights", "Insights"),
    "trash": ("trash", "Trash"),
    "coaching": ("coaching", "Coaching"),
}


def guide_shown() -> GuideWindow:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideWindow)]
    assert len(found) == 1 and found[0].isVisible()
    return found[0]


def title_of(guide: GuideWindow) -> str:
    return guide.browser.document().findBlockByNumber(0).text()


@pytest.mark.parametrize("area", sorted(F1_PAGES))
def test_f1_opens_the_guide_at_the_page_of_the_area_in_use(
    area: str, qtbot: QtBot, window: MainWindow
) -> None:
    if area == "coaching":  # shown once switched on (or an export filed)
        preferences = window.show_preferences()
        preferences.coaching.setChecked(True)
        preferences.reject()
    row = window.areas.index(area)
    window.act_areas[row].trigger()
    assert window.stack.currentWidget() is window.stack.area(area)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_F1)
    guide = guide_shown()
    slug, title = F1_PAGES[area]
    assert guide.current_page() == slug
    assert title_of(guide) == title
    guide.close()


def test_the_model_page_by_page_and_back(qtbot: QtBot, window: MainWindow) -> None:
    window.help.act_model.trigger()
    guide = guide_shown()
    assert guide.current_page() == "model-overview"
    assert "From applying procedures to accompanying service users" in guide.browser.toPlainText()
    guide.follow(QUrl("coachapp:guide/right-to-error"))  # a link of the page, as clicked
    assert title_of(guide) == "Right to error"
    assert "good faith" in guide.browser.toPlainText()
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert guide.current_page() == "model-overview"
    current = guide.contents.currentItem()
    assert current is not None and current.text(0) == "The management model in short"
    tree, metrics = guide.contents, guide.contents.fontMetrics()
    for item in guide._items():  # every title whole in the contents, none elided
        right = tree.visualItemRect(item).left() + metrics.horizontalAdvance(item.text(0))
        assert right <= tree.viewport().width(), item.text(0)


def test_a_pillars_page_opens_its_methods_questions_and_self_assessment(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    guide = window.help.show_page("co-construction")
    text = guide.browser.toPlainText()
    assert "World Café" in text and "1-2-4-All" in text  # the library's methods for it
    assert "who spoke the most" in text  # one of its reflection questions
    guide.follow(QUrl("coachapp:method/world-cafe"))
    assert window.rituals_view.isVisible()
    assert window.rituals_view.tabs.currentWidget() is window.rituals_view.methods
    assert "World Café" in window.rituals_view.methods.detail.toPlainText()
    guide.follow(QUrl("coachapp:question/COC-Q2"))
    assert window.journal_view.isVisible()
    assert window.journal_view.editor.title.text().startswith("In your last meeting, who spoke")
    guide.follow(QUrl("coachapp:assessment"))
    dialog = next(w for w in QApplication.allWidgets() if isinstance(w, SelfAssessmentDialog))
    assert dialog.isVisible()
    dialog.reject()


def test_a_suggestion_a_method_a_question_and_a_dimension_lead_to_their_pillar(
    qtbot: QtBot, journal: Journal, window: MainWindow
) -> None:
    DemoService(journal.clock, journal.methods.library).fill(DemoSize.SMALL, language="en")
    window.events.reloaded.emit()
    today = window.today_view
    qtbot.waitUntil(lambda: bool(today.cards_shown()))
    card = today.cards_shown()[0]
    assert card.pillar.openExternalLinks() and "coachapp:guide/" in card.pillar.text()
    assert "coachapp:guide/" in today.question_pillar.text()
    window.rituals_view.methods.show_method("world-cafe")
    assert "coachapp:guide/co-construction" in window.rituals_view.methods.describe(
        journal.methods.library.get("world-cafe")  # type: ignore[arg-type]
    )
    dialog = window.today_actions.self_assessment()
    names = [label.text() for label in dialog.findChildren(QLabel) if "coachapp:guide" in
             label.text()]  # fmt: skip
    assert len(names) == len(journal.self_assessment.dimensions)  # each to its pillar
    dialog.reject()
    # A link clicked anywhere goes through Qt to the guide, at that pillar's page.
    QDesktopServices.openUrl(QUrl("coachapp:guide/experimentation"))
    assert guide_shown().current_page() == "experimentation"


def test_search_the_guides_and_save_a_page_as_pdf(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    guide = window.help.show_user_guide()
    qtbot.keyClicks(guide.search, "delegation poker")
    qtbot.waitUntil(lambda: guide.left.currentWidget() is guide.results)
    first = guide.results.item(0)
    assert first is not None and "Delegations" in first.text()
    width = guide.results.viewport().width()  # snippets wrap: read whole, never cut at the edge
    rows = [
        guide.results.visualItemRect(guide.results.item(n)) for n in range(guide.results.count())
    ]
    assert all(0 < row.width() <= width and row.height() > 2 * guide.fontMetrics().height()
               for row in rows)  # fmt: skip
    qtbot.mouseClick(guide.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=guide.results.visualItemRect(first).center())  # fmt: skip
    assert guide.current_page() == "delegations"
    assert guide.browser.textCursor().selectedText().lower() == "delegation"
    target = tmp_path / "delegations.pdf"
    with dialogs.expecting(choose_file(target)):
        qtbot.mouseClick(guide.pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join("".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Delegations" in text and "seven levels" in text
    guide.search.clear()
    qtbot.waitUntil(lambda: guide.left.currentWidget() is guide.contents)


def test_the_shortcuts_sheet_lists_every_key_of_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.help.act_shortcuts.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    cells = [
        [(dialog.table.item(row, column) or QTableWidgetItem()).text() for column in (0, 1)]
        for row in range(dialog.table.rowCount())
    ]
    rows = dict(cells)
    assert rows["New entry"] == "Ctrl+N"
    assert rows["CoachApp guide"] == "F1"
    assert rows["Plan a ritual"] == "Ctrl+R"
    keys = {k.toString() for a in _menu_actions(window) for k in a.shortcuts() if a.text()}
    assert keys <= {key for shown in rows.values() for key in shown.split(", ")}
    dialog.reject()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_guides_shortcuts_page_names_every_key_of_the_window(
    language: str, window: MainWindow
) -> None:
    from coachapp.i18n import set_language  # noqa: PLC0415

    set_language(language)
    text = window.help.guide().page("shortcuts").markdown
    for action in _menu_actions(window):
        named = []
        for key in action.shortcuts():  # one of them is enough (Ctrl+Z, not Alt+Backspace)
            shown = key.toString()
            if language == "fr":
                shown = shown.replace("Shift", "Maj").replace("Del", "Suppr")
            if shown.startswith("Ctrl+") and shown[5:].isdigit():
                shown = "Ctrl+1"  # the areas, as one line
            named.append(shown in text)
        assert not named or any(named), (language, action.objectName(), action.shortcuts())


def test_whats_new_shows_once_after_an_upgrade_and_never_on_a_first_start(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    assert window.help.whats_new_once(new_journal=True) is None  # nothing is "new" at first
    assert journal.settings.state(WHATS_NEW_STATE) == __version__
    journal.settings.set_state(WHATS_NEW_STATE, "0.9")  # as an earlier version left it
    guide = window.help.whats_new_once(new_journal=False)
    assert guide is not None and guide.current_page() == "whats-new"
    assert "first run" in guide.browser.toPlainText()
    guide.close()
    assert window.help.whats_new_once(new_journal=False) is None  # once


def test_report_a_problem_copies_the_version_and_a_check_of_the_installation(
    qtbot: QtBot, window: MainWindow, journal: Journal, answers: Answers
) -> None:
    window.help.act_report.trigger()
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"CoachApp {__version__}: problem report")
    assert "Journal: format" in copied and "not protected" in copied
    for check in ("Fonts", "Resources", "Icons", "Translations", "Encryption", "Machine policy",
                  "Data folder", "Journal storage", "Backups"):  # fmt: skip
        assert f"  OK    {check}: " in copied
    assert "FAIL" not in copied
    assert "no text of your journal" in answers.seen[-1]
