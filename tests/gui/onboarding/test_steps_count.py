"""How much a new manager has to do, from the first start to a first entry, a team and a
planned co-construction ritual: every click and every key counted as the widgets receive them,
through the doors a person uses (the first run's buttons, Today's first steps, the planner);
then the same by keyboard alone."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from coachapp.config import Paths, Settings
from coachapp.services.onboarding.first_steps import Step
from coachapp.storage.models import Entry, Person, Ritual
from coachapp.ui.rituals.ritual_planner import RitualPlanner
from tests.gui.conftest import Answers, type_text
from tests.gui.onboarding.test_first_run import first_run, start

TEAM = ("Hélène Dupont, agent d’accueil", "Karim Benali, agent", "Martine Roux, élue")
ENTRY = "Premier jour : l’équipe veut revoir l’accueil du matin."
RITUAL = "Point d’équipe du lundi"
NO = Qt.KeyboardModifier.NoModifier


@dataclass
class Person_:
    """Does what a person does, through the widgets, and counts it: each click of the mouse
    and each key pressed (a character typed is one key; Enter and shortcuts too)."""

    qtbot: QtBot
    clicks: int = 0
    keys: int = 0
    typed: int = 0  # of `keys`, the characters of the text itself
    tabs: int = 0  # of `keys`, Tab pressed to move the focus

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.clicks += 1

    def type(self, widget: QWidget, text: str) -> None:
        type_text(self.qtbot, widget, text)
        self.keys += len(text)
        self.typed += len(text)

    def press(self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
        self.qtbot.keyClick(widget, key, modifier)
        self.keys += 1

    def enter(self, key: Qt.Key = Qt.Key.Key_Return, modifier: Qt.KeyboardModifier = NO) -> None:
        """A key pressed wherever the focus is."""
        focused = QApplication.focusWidget()
        assert focused is not None, "the focus went nowhere"
        self.press(focused, key, modifier)

    def tab_to(self, target: QWidget, most: int = 12) -> None:
        """Tab from wherever the focus is until `target` has it (Tab goes nowhere else)."""
        for _ in range(most):
            if target.hasFocus():
                return
            focused = QApplication.focusWidget()
            assert focused is not None, "the focus went nowhere"
            self.press(focused, Qt.Key.Key_Tab)
            self.tabs += 1
        assert target.hasFocus(), f"{target.objectName()} not reached with {most} Tabs"


def test_from_first_start_to_an_entry_a_team_and_a_planned_ritual(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    session = start(qtbot, qapp, paths, settings)
    me = Person_(qtbot)
    try:
        dialog = first_run(qtbot)
        me.click(dialog.next_button)  # welcome
        offer = dialog.protection.offer
        assert offer is not None
        me.click(next(b for b in offer.findChildren(QPushButton) if b.text() == "Not now"))
        me.click(dialog.next_button)  # context: optional, left as it is
        assert dialog.focusWidget() is dialog.team.text  # ready to type or paste into
        for number, line in enumerate(TEAM):
            if number:
                me.press(dialog.team.text, Qt.Key.Key_Return)
            me.type(dialog.team.text, line)
        me.click(dialog.next_button)  # Add 3 people and go on
        me.click(dialog.next_button)  # Start

        window = session.window
        window.activateWindow()  # as the desktop gives it back when the dialog closes
        qtbot.waitUntil(window.isActiveWindow)
        card = window.today_view.first_steps
        qtbot.waitUntil(card.isVisible)
        me.click(card.rows[list(Step).index(Step.ENTRY)].button)
        editor = window.journal_view.editor
        qtbot.waitUntil(lambda: window.focusWidget() is editor.body)
        me.type(editor.body, ENTRY)  # where the cursor already is
        me.press(editor.body, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # to Today
        qtbot.waitUntil(lambda: Step.ENTRY in card.done)
        me.click(card.rows[list(Step).index(Step.RITUAL)].button)
        planner = next(
            w for w in QApplication.allWidgets() if isinstance(w, RitualPlanner) and w.isVisible()
        )
        qtbot.waitUntil(lambda: planner.focusWidget() is not None)
        if planner.focusWidget() is not planner.title:
            me.click(planner.title)  # the title is not where the planner opens: one click more
        me.type(planner.title, RITUAL)
        me.click(planner.buttons.button(planner.buttons.StandardButton.Ok))
        qtbot.waitUntil(lambda: not planner.isVisible())

        assert Person.select().count() == 3
        assert ENTRY in Entry.get().body
        assert Ritual.get().title == RITUAL
        assert window.rituals_view.isVisible()  # the ritual, where it lives
        others = me.keys - me.typed
        print(
            f"\nFirst start to an entry, a team of {len(TEAM)} and a planned ritual: "
            f"{me.clicks} clicks and {me.keys} keys, of which {me.typed} are the text itself "
            f"and {others} are Enter or a shortcut."
        )
        assert me.clicks <= 8
        assert others <= 3  # two line breaks in the team, Ctrl+1 back to Today
    finally:
        session.stop()


def test_the_same_by_keyboard_alone(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, answers: Answers
) -> None:
    """Tab reaches every button on the way and Space presses it: no mouse needed."""
    session = start(qtbot, qapp, paths, settings)
    me = Person_(qtbot)
    try:
        dialog = first_run(qtbot)
        me.enter()  # welcome: Enter presses Next, the default button
        offer = dialog.protection.offer
        assert offer is not None
        not_now = next(b for b in offer.findChildren(QPushButton) if b.text() == "Not now")
        me.tab_to(not_now)  # past the passphrase, its confirmation and Protect
        me.press(not_now, Qt.Key.Key_Space)
        me.enter()  # context: left as it is
        for number, line in enumerate(TEAM):
            if number:
                me.press(dialog.team.text, Qt.Key.Key_Return)
            me.type(dialog.team.text, line)
        me.enter(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # add them and go on
        me.enter()  # Start

        window = session.window
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        card = window.today_view.first_steps
        qtbot.waitUntil(card.isVisible)
        write = card.rows[list(Step).index(Step.ENTRY)].button
        qtbot.waitUntil(write.hasFocus)  # the first step left to do, right after the first run
        me.press(write, Qt.Key.Key_Space)
        editor = window.journal_view.editor
        qtbot.waitUntil(lambda: window.focusWidget() is editor.body)
        me.type(editor.body, ENTRY)
        me.press(editor.body, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # to Today
        qtbot.waitUntil(lambda: Step.ENTRY in card.done)
        plan = card.rows[list(Step).index(Step.RITUAL)].button
        me.tab_to(plan)
        me.press(plan, Qt.Key.Key_Space)
        planner = next(
            w for w in QApplication.allWidgets() if isinstance(w, RitualPlanner) and w.isVisible()
        )
        qtbot.waitUntil(lambda: planner.focusWidget() is not None)
        me.tab_to(planner.title)
        me.type(planner.title, RITUAL)
        me.press(planner.title, Qt.Key.Key_Return)  # OK is the planner's default button
        qtbot.waitUntil(lambda: not planner.isVisible())

        assert Person.select().count() == 3
        assert ENTRY in Entry.get().body
        assert Ritual.get().title == RITUAL
        assert me.clicks == 0
        others = me.keys - me.typed
        print(
            f"\nThe same by keyboard alone: {me.keys} keys, of which {me.typed} are the text "
            f"itself and {others} are Tab, Space, Enter or a shortcut ({me.tabs} Tabs)."
        )
        assert others <= 14 and me.tabs <= 3  # Tab only past the passphrase to "Not now"
    finally:
        session.stop()
