"""A first start from an empty data folder, as a new manager goes through it: the first run
opens over the window, the example journal is explored in its sandbox and left, then the
protection offer (in its page), the context, a whole team pasted at once, and Today's first
steps. The real journal holds only what the manager typed."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from coachapp.clock import FixedClock
from coachapp.config import Paths, Settings
from coachapp.context import open_journal
from coachapp.services.onboarding.activity import is_empty
from coachapp.services.onboarding.context import Organisation, read_context
from coachapp.services.onboarding.example import EXAMPLE_FOLDER
from coachapp.services.onboarding.first_steps import FIRST_RUN_STATE, Step
from coachapp.services.people.people import PersonKind
from coachapp.ui.onboarding.first_run import FirstRunDialog
from coachapp.ui.shell.app import GuiSession
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.gui.conftest import Answers, start_app, type_text

TEAM = (
    "Hélène Dupont, agent d’accueil\n"
    "Karim Benali\tconseiller numérique\n"
    "Martine Roux; élue\n"
    "\n"
    "Paul Girard, partenaire, CAF\n"
)


def first_run(qtbot: QtBot) -> FirstRunDialog:
    """The first run, once it is on screen."""
    found: list[FirstRunDialog] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstRunDialog) and w.isVisible()
        ]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def start(qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings) -> GuiSession:
    session = start_app(qtbot, qapp, paths, settings)
    assert isinstance(session, GuiSession)
    return session


def test_a_first_start_goes_from_nothing_to_a_journal_ready_to_practise(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    session = start(qtbot, qapp, paths, settings)
    try:
        dialog = first_run(qtbot)
        assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
        assert dialog.pages.currentWidget() is dialog.welcome
        assert "two minutes" in dialog.welcome.text.text()
        real_window = session.window

        # Explore the example first: the same window's place, the example's journal.
        click(qtbot, dialog.example_button)
        qtbot.waitUntil(lambda: session.window is not real_window and session.window.isVisible())
        example = session.window
        assert example.onboarding.banner is not None and example.onboarding.banner.isVisible()
        assert session.journal.paths.data == paths.data / EXAMPLE_FOLDER
        assert session.journal.people.count() > 5 and session.journal.entries.count() > 20
        assert not example.onboarding.act_example.isEnabled()
        assert not example.guard.menu.menuAction().isVisible()  # nothing to protect there
        assert not example.today_view.first_steps.isVisible()
        example.show_area(1)  # look around the journal
        qtbot.waitUntil(lambda: example.journal_view.model.rowCount() > 0)

        # One click back: the real journal, and the setup waiting where it was left.
        click(qtbot, example.onboarding.banner.back_button)
        qtbot.waitUntil(lambda: session.window is not example and session.window.isVisible())
        window = session.window
        assert isinstance(window, MainWindow) and window.onboarding.banner is None
        assert session.journal.paths.data == paths.data
        assert session.journal.people.count() == 0 and session.journal.entries.count() == 0
        dialog = first_run(qtbot)
        assert dialog.pages.currentWidget() is dialog.welcome

        click(qtbot, dialog.next_button)  # welcome, in English as it is
        assert dialog.pages.currentWidget() is dialog.protection
        offer = dialog.protection.offer
        assert offer is not None and offer.isVisible()
        assert not dialog.next_button.isVisible()  # the offer's own buttons answer it
        not_now = next(
            b for b in offer.findChildren(QPushButton) if b.text() == "Not now"
        )  # the usual offer, in its page
        click(qtbot, not_now)
        assert dialog.pages.currentWidget() is dialog.context

        context = dialog.context
        context.organisation.setCurrentIndex(list(Organisation).index(Organisation.COMMUNE))
        type_text(qtbot, context.service, "Accueil et France Services")
        context.team_size.setValue(9)
        click(qtbot, dialog.next_button)
        assert dialog.pages.currentWidget() is dialog.team_page

        dialog.team.text.setFocus()
        QApplication.clipboard().setText(TEAM)
        qtbot.keyClick(dialog.team.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert dialog.team.summary.text() == "4 people will be added."
        assert dialog.next_button.text() == "Add 4 people and go on"
        click(qtbot, dialog.next_button)
        assert dialog.pages.currentWidget() is dialog.ready
        click(qtbot, dialog.next_button)  # Start
        assert not dialog.isVisible()

        journal = session.journal
        kinds = {p.name: p.kind for p in journal.people.search()}
        assert kinds == {
            "Hélène Dupont": PersonKind.AGENT,
            "Karim Benali": PersonKind.AGENT,
            "Martine Roux": PersonKind.ELECTED_OFFICIAL,
            "Paul Girard": PersonKind.PARTNER,
        }
        assert {p.role for p in journal.people.search()} == {
            "agent d’accueil", "conseiller numérique", "", "CAF"
        }  # fmt: skip
        assert read_context(journal.settings).organisation is Organisation.COMMUNE
        assert read_context(journal.settings).service == "Accueil et France Services"
        assert read_context(journal.settings).team_size == 9
        assert journal.settings.state(FIRST_RUN_STATE) == "done"
        card = window.today_view.first_steps
        qtbot.waitUntil(card.isVisible)
        assert card.done == {Step.TEAM}
        assert card.progress.text() == "1 of 6"
    finally:
        session.stop()

    # The real journal file holds nothing of the example's; the example has a folder of its own.
    journal = open_journal(paths, settings, FixedClock(NOW))
    try:
        assert journal.people.count() == 4
        assert journal.entries.count() == 0
        assert all(is_empty(area) for area in ("rituals", "delegations", "experiments"))
    finally:
        journal.close()
    assert (paths.data / EXAMPLE_FOLDER / "journal.db").is_file()
    assert Path(paths.database).read_bytes().find(b"Dupont") >= 0

    # Set up once: the next start opens straight on Today.
    session = start(qtbot, qapp, paths, settings)
    try:
        qtbot.waitUntil(session.window.today_view.first_steps.isVisible)
        assert not any(isinstance(w, FirstRunDialog) for w in QApplication.topLevelWidgets()
                       if w.isVisible())  # fmt: skip
    finally:
        session.stop()


def test_skipping_the_setup_leaves_a_plain_journal_and_every_choice_for_later(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    session = start(qtbot, qapp, paths, settings)
    try:
        dialog = first_run(qtbot)
        click(qtbot, dialog.skip_button)
        assert not dialog.isVisible()
        assert session.journal.settings.state(FIRST_RUN_STATE) == "skipped"
        window = session.window
        window.onboarding.act_setup.trigger()  # Help > Setup assistant: the same pages
        again = first_run(qtbot)
        click(qtbot, again.next_button)
        assert again.pages.currentWidget() is again.protection
        assert again.protection.offer is not None  # still offered, still in its page
        again.reject()
    finally:
        session.stop()
