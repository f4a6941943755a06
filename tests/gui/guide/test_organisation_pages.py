"""An organisation's pages in the guide, as a manager meets them: Help > The management model
shows the organisation's section, a pillar's page links to the pages about it, and a click on
the link opens the page (the pack is the example IT gets in packaging/)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from coachapp.config import Policy
from coachapp.context import Journal
from coachapp.i18n import set_language
from coachapp.ui.guide.guide_window import GuideWindow
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.guide.test_help import guide_shown, title_of

EXAMPLE = Path(__file__).resolve().parents[3] / "packaging" / "guide-pack-example"


def click_link(qtbot: QtBot, guide: GuideWindow, words: str) -> None:
    """Click, in the page shown, the link whose text holds `words`."""
    found = guide.browser.document().find(words, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull(), words
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 1)
    guide.browser.setTextCursor(cursor)
    guide.browser.ensureCursorVisible()
    point = guide.browser.cursorRect(cursor).center()
    qtbot.mouseClick(guide.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_organisations_pages_show_in_the_guide_and_from_its_pillars(
    qtbot: QtBot, journal: Journal, window: MainWindow
) -> None:
    journal.settings.policy = Policy(locked={"guide.folder": str(EXAMPLE)})
    window.help.act_model.trigger()
    guide = guide_shown()
    sections = [guide.contents.topLevelItem(i) for i in range(guide.contents.topLevelItemCount())]
    assert [s.text(0) for s in sections if s is not None] == [
        "The management model", "City of Example", "Using CoachApp"
    ]  # fmt: skip
    own = sections[1]
    assert own is not None and own.childCount() == 4
    charter = own.child(0)
    assert charter is not None and charter.text(0) == "City of Example management charter"
    # From the pillar's page, the link to the charter opens it.
    guide.show_page("co-construction")
    assert "In your organisation" in guide.browser.toPlainText()
    click_link(qtbot, guide, "City of Example management charter")
    qtbot.waitUntil(lambda: guide.current_page() == "org-charte-manageriale")
    assert title_of(guide) == "City of Example management charter"
    assert "Allow trials" in guide.browser.toPlainText()
    guide.close()


def test_in_french_the_section_and_links_are_french(
    qtbot: QtBot, journal: Journal, window: MainWindow
) -> None:
    journal.settings.policy = Policy(defaults={"guide.folder": str(EXAMPLE)})
    set_language("fr")
    try:
        guide = window.help.show_page("right-to-error")
        assert "Dans votre organisation" in guide.browser.toPlainText()
        click_link(qtbot, guide, "Charte managériale de la Ville d’Exemple")
        qtbot.waitUntil(lambda: guide.current_page() == "org-charte-manageriale")
        assert "Reconnaître le droit à l’erreur" in guide.browser.toPlainText()
        guide.close()
    finally:
        set_language("en")
