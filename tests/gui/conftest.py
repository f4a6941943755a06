"""GUI fixtures: a main window over the test's own journal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from coachapp.cli import build_parser
from coachapp.config import Paths, Settings
from coachapp.context import Journal
from coachapp.services.people.people import PersonDraft, PersonKind
from coachapp.ui.common import messages
from coachapp.ui.shell import app as gui_app
from coachapp.ui.shell.app import GuiSession
from coachapp.ui.shell.main_window import MainWindow
from tests.gui.doors import Dialogs


class Answers:
    """Stands in for the user in front of message boxes: records them, answers `confirm`."""

    def __init__(self) -> None:
        self.confirm = True
        self.seen: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    recorder = Answers()

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        recorder.seen.append(text)
        return recorder.confirm

    def record(_parent: object, _title: str, text: str) -> None:
        recorder.seen.append(text)

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "information", record)
    monkeypatch.setattr(messages, "error", record)
    return recorder


@pytest.fixture
def dialogs(qtbot: QtBot) -> Iterator[Dialogs]:
    """Answers the modal dialogs the app opens, as planned by the test; cancels the others."""
    watcher = Dialogs(qtbot)
    watcher.start()
    yield watcher
    watcher.stop()


def start_app(
    qtbot: QtBot, qapp: QApplication, paths: Paths, settings: Settings, *arguments: str
) -> GuiSession | int:
    """`coachapp` started in this process up to the work after its first paint (the journal
    opened, Today shown); the exit code when the start is refused before the paint."""
    args = build_parser().parse_args(["--lang", "en", *arguments])
    session = gui_app.start_gui(qapp, paths, settings, args)
    if not isinstance(session, int):
        qtbot.waitUntil(lambda: session.server is not None, timeout=10000)
    return session


def open_window(journal: Journal, qtbot: QtBot) -> MainWindow:
    """The window as the app shows it, after its first paint; real message boxes."""
    main = MainWindow(journal)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.after_first_paint()
    return main


@pytest.fixture
def window(qtbot: QtBot, journal: Journal, answers: Answers) -> Iterator[MainWindow]:
    main = MainWindow(journal)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.refresh_icons()
    main.show_home()  # as after the first paint in the app
    yield main
    main.close()


@pytest.fixture
def staff(journal: Journal) -> dict[str, str]:
    """A few people, by name -> uuid."""
    drafts = [
        PersonDraft("Hélène Dupont", "Agent d'accueil", PersonKind.AGENT, "Accueil"),
        PersonDraft("Karim Benali", "Conseiller numérique", PersonKind.AGENT, "France Services"),
        PersonDraft("Martine Roux", "Adjointe au maire", PersonKind.ELECTED_OFFICIAL),
    ]
    return {d.name: journal.people.create(d).uuid for d in drafts}


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` into `widget` key by key, accents included (QTest only knows ASCII keys)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
