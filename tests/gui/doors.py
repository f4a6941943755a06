"""Acting on the app through the doors people use, and answering its dialogs as they would.

A GUI test triggers a menu action, clicks a button or types a shortcut; whatever dialog then
opens (a file dialog, a message box, a form) is answered the way a person answers it: a file
chosen, a button clicked, or Cancel. Nothing here calls the method behind a menu.

`Dialogs` watches for modal dialogs, including those run with `exec()` inside the code under
test (the static file dialogs and message boxes), and answers each with the next planned
answer meant for its kind, or cancels it when none is planned (and records that it did). A
dialog opened with `open()` (window-modal, the forms of the areas) is left to the test to
fill in when no answer is planned for it, unless `cancel_all` is set.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from shiboken6 import isValid

Answer = Callable[[QDialog], None]


def meant_for(kind: type[QDialog], answer: Answer) -> Answer:
    """`answer` is given only to a dialog of that kind (a file dialog, say)."""
    answer.dialog_kind = kind  # type: ignore[attr-defined]
    return answer


def _fits(answer: Answer, dialog: QDialog) -> bool:
    return isinstance(dialog, getattr(answer, "dialog_kind", QDialog))


@dataclass
class Seen:
    """A dialog that opened: its class, window title and the text it showed."""

    kind: str
    title: str
    text: str = ""


def _describe(dialog: QDialog) -> Seen:
    text = dialog.text() if isinstance(dialog, QMessageBox) else ""
    return Seen(type(dialog).__name__, dialog.windowTitle(), text)


def choose_file(path: Path) -> Answer:
    """Pick `path` in a file dialog (to open, or to save under that name)."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog), f"expected a file dialog, got {dialog!r}"
        dialog.setDirectory(str(path.parent))  # as a person goes to the folder, then types
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # the name over any suggested one
        assert name is not None
        name.setText(path.name)
        dialog.accept()

    return meant_for(QFileDialog, answer)


def click(label: str) -> Answer:
    """Click the button whose text is `label` (mnemonic ampersands ignored)."""

    def answer(dialog: QDialog) -> None:
        for button in dialog.findChildren(QAbstractButton):
            if button.isVisible() and button.text().replace("&", "") == label:
                button.click()
                return
        names = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        raise AssertionError(f"no button {label!r} in {dialog.windowTitle()!r}: {names}")

    return answer


def cancel(dialog: QDialog) -> None:
    """What Escape or the window's close button does."""
    dialog.reject()


@dataclass
class Dialogs:
    """Answers modal dialogs as they open; unplanned ones are cancelled and recorded."""

    qtbot: QtBot
    planned: deque[Answer] = field(default_factory=deque)
    seen: list[Seen] = field(default_factory=list)
    unplanned: list[Seen] = field(default_factory=list)
    _timer: QTimer | None = None
    cancel_all: bool = False  # also the forms opened with open() (the action sweep)
    _answered: list[QDialog] = field(default_factory=list)

    def start(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(15)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def answer(self, *answers: Answer) -> None:
        """The next dialogs to open get these answers, in order."""
        self.planned.extend(answers)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            return
        # A dialog is answered once: it may stay open a while (a dialog that opens another
        # from its answer), and is answered again only if it is shown anew.
        self._answered = [d for d in self._answered if isValid(d) and d.isVisible()]
        if dialog in self._answered:
            return
        fits = bool(self.planned) and _fits(self.planned[0], dialog)
        driven = dialog.windowModality() == Qt.WindowModality.WindowModal
        if not fits and driven and not self.cancel_all:
            return  # a form opened with open(): the test fills it in
        self._answered.append(dialog)
        seen = _describe(dialog)
        self.seen.append(seen)
        answer = self.planned.popleft() if fits else cancel
        if not fits:
            self.unplanned.append(seen)
        # Answered from the event loop, not from this poll: what the answer opens in turn (a
        # message box after a file is chosen) is then polled and answered like the rest.
        QTimer.singleShot(0, lambda: answer(dialog))

    def settle(self, timeout_ms: int = 3000) -> None:
        """Wait until no modal dialog is open and every planned answer has been used."""
        self.qtbot.waitUntil(
            lambda: not self.planned and QApplication.activeModalWidget() is None,
            timeout=timeout_ms,
        )

    @contextmanager
    def expecting(self, *answers: Answer) -> Iterator[None]:
        """Plan answers for what the block opens; fail if any is left unused."""
        self.answer(*answers)
        yield
        self.settle()


def press_ok(qtbot: QtBot, dialog: QDialog) -> None:
    """Click the dialog's button that goes ahead (OK, Save, Export...), as a person would."""
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None, f"{dialog!r} has no button box"
    accept = QDialogButtonBox.ButtonRole.AcceptRole
    going = [b for b in buttons.buttons() if buttons.buttonRole(b) == accept]
    assert len(going) == 1, [b.text() for b in buttons.buttons()]
    assert going[0].isEnabled(), f"{going[0].text()!r} is disabled"
    qtbot.mouseClick(going[0], Qt.MouseButton.LeftButton)


def visible_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
