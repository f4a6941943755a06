"""A suggestion of the management model on Today: the pillar, what to do, why, and the three
ways to answer it (do it, later, dismiss). A card that stands for several suggestions of one
kind ("5 check-ins are late") opens the list of them; each line opens what it is about, and
later or dismiss answer for all of them."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.i18n import current_language, format_value
from coachapp.services.common.pillars import Pillar
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.guide.links import linked, pillar_link

if TYPE_CHECKING:  # its module loads after the first paint
    from coachapp.coaching.engine import Prompt


class SnoozeDialog(QDialog):
    """Choose the day a prompt comes back."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remind me on…"))
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        tomorrow = today + timedelta(days=1)
        self.day.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day).addDays(6))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.day)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        return date.fromisoformat(self.day.date().toString(Qt.DateFormat.ISODate))


class PromptCard(QFrame):
    """One prompt, or one card for several: the pillar, what to do, why, and the three ways to
    answer it. `act` carries the prompt to open: the card's own, or the line chosen in its list."""

    act = Signal(object)
    snooze = Signal(object, object)  # prompt, day
    dismiss = Signal(object, bool)  # prompt, never again

    def __init__(self, prompt: Prompt, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = prompt
        self._today = today
        self.setObjectName("promptCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        language = current_language() or "en"
        self.pillar = linked(ToneLabel("muted", self))  # to the pillar's page of the guide
        self.pillar.setText(pillar_link(Pillar(prompt.rule.pillar)))
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setText(f"<b>{html.escape(prompt.text(language, format_value))}</b>")
        self.why = ToneLabel("muted", self)
        self.why.setWordWrap(True)
        self.why.setText(prompt.why(language, format_value))
        self.setAccessibleName(prompt.text(language, format_value))
        self.setAccessibleDescription(prompt.why(language, format_value))
        self.items = QWidget(self)
        self._list = QVBoxLayout(self.items)
        self._list.setContentsMargins(0, 0, 0, 0)
        self.item_buttons = [self._item_button(item, language) for item in prompt.items]
        self.items.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pillar)
        layout.addWidget(self.text)
        layout.addWidget(self.why)
        layout.addLayout(self._build_buttons(today))
        layout.addWidget(self.items)

    def _build_buttons(self, today: date) -> QHBoxLayout:
        """Do it (or show the list, on a card for several), later, dismiss."""
        self.do_button = QPushButton(self.tr("Do it"), self)
        self.do_button.setObjectName("act")
        if self.prompt.items:
            self.do_button.setObjectName("showList")
            self.do_button.setCheckable(True)
            self.do_button.toggled.connect(self._show_list)
            self._show_list(False)
        else:
            self.do_button.clicked.connect(lambda: self.act.emit(self.prompt))
        self.later_button = QToolButton(self)
        self.later_button.setObjectName("later")
        self.later_button.setText(self.tr("Later"))
        self.later_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        later = QMenu(self.later_button)
        for text, days in ((self.tr("Tomorrow"), 1), (self.tr("In a week"), 7),
                           (self.tr("In a month"), 30)):  # fmt: skip
            later.addAction(text, self._snoozer(today + timedelta(days=days)))
        later.addAction(self.tr("Choose a day…"), self._choose_day)
        self.later_button.setMenu(later)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setObjectName("dismiss")
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.dismiss_button.clicked.connect(lambda: self.dismiss.emit(self.prompt, False))
        never = QMenu(self.dismiss_button)
        never.addAction(
            self.tr("Don't show this kind again"), lambda: self.dismiss.emit(self.prompt, True)
        )
        self.dismiss_button.setMenu(never)
        buttons = QHBoxLayout()
        buttons.addWidget(self.do_button)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        return buttons

    def _item_button(self, item: Prompt, language: str) -> QPushButton:
        """One line of the card's list: it opens what that suggestion is about."""
        button = QPushButton(item.label(language, format_value), self.items)
        button.setObjectName("item")
        button.setFlat(True)
        button.setToolTip(
            f"{item.text(language, format_value)}\n{item.why(language, format_value)}"
        )
        button.setAccessibleDescription(item.why(language, format_value))
        button.clicked.connect(lambda: self.act.emit(item))
        self._list.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return button

    def _show_list(self, shown: bool) -> None:
        self.items.setVisible(shown)
        self.do_button.setText(self.tr("Hide the list") if shown else self.tr("Show the list"))

    def _snooze(self, day: date) -> None:
        self.snooze.emit(self.prompt, day)

    def _snoozer(self, day: date) -> Callable[[], None]:
        return lambda: self._snooze(day)

    def _choose_day(self) -> None:
        dialog = SnoozeDialog(self._today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._snooze(dialog.chosen())
