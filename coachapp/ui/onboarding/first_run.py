"""The first run: a few pages from "I just installed it" to a journal ready to practise the model.

Welcome and language, protection (the usual offer, shown in its page), the manager's context,
the team typed at once, and what comes next. Every page can be skipped and every choice changed
later (Help > Setup assistant opens it again). From the first page, "Explore an example first"
leaves it for the example journal; it comes back on return, since nothing was set up yet.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.errors import UserError
from coachapp.i18n import render_error
from coachapp.services.onboarding.first_steps import FIRST_RUN_STATE, FirstSteps
from coachapp.ui.common.form_dialog import ErrorLine
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.onboarding.first_run_pages import (
    ContextPage,
    ProtectionPage,
    ReadyPage,
    WelcomePage,
)
from coachapp.ui.onboarding.team_editor import TeamEditor
from coachapp.ui.protection.protection_dialogs import ProtectDialog

DONE = "done"
SKIPPED = "skipped"


class FirstRunDialog(Retranslatable, QDialog):
    """`example_requested`: open the example journal instead; `model_requested`: the guide;
    `language_chosen(code)`; `team_added`: people were added."""

    example_requested = Signal()
    model_requested = Signal()
    language_chosen = Signal(str)
    team_added = Signal()

    def __init__(
        self, journal: Journal, offer: Callable[[], ProtectDialog] | None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("firstRun")
        self._journal = journal
        self._exploring = False
        self.welcome = WelcomePage(journal.settings, self)
        self.welcome.language_chosen.connect(self.language_chosen)
        self.protection = ProtectionPage(offer, journal.protected, self)
        self.protection.finished.connect(self._protection_answered)
        self.context = ContextPage(journal.settings, self)
        self.team_page = QWidget(self)
        self.team_title = QLabel(self.team_page)
        self.team = TeamEditor(journal.people, self.team_page)
        self.team.changed.connect(self._show_buttons)
        team_layout = QVBoxLayout(self.team_page)
        team_layout.addWidget(self.team_title)
        team_layout.addWidget(self.team, 1)
        self.ready = ReadyPage(self)
        self.ready.guide_requested.connect(self.model_requested)
        self.pages = QStackedWidget(self)
        for page in (self.welcome, self.protection, self.context, self.team_page, self.ready):
            self.pages.addWidget(page)
        self.error = ErrorLine(self)
        buttons = self._build_buttons()
        self._chain_tabs()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.team_title.setObjectName("pageTitle")
        self.team_title.setFont(self.welcome.title.font())
        self.resize(680, 540)
        self.retranslate_ui()

    def _build_buttons(self) -> QHBoxLayout:
        """The way through: the example (first page), the step reached, skip, back, next."""
        self.step = ToneLabel("muted", self)
        self.step.setObjectName("stepOf")
        self.example_button = QPushButton(self)
        self.example_button.setObjectName("exploreExample")
        self.example_button.clicked.connect(self.explore)
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("skipSetup")
        self.skip_button.clicked.connect(self.skip)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.example_button)
        buttons.addWidget(self.step)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        return buttons

    def _chain_tabs(self) -> None:
        """Tab in reading order: the protection offer's fields and its buttons, then the way
        through (the offer, made as a window of its own, would come last); Ctrl+Enter goes on
        from anywhere, the team's lines included, where Enter starts a new line."""
        offer = self.protection.offer
        chain: list[QWidget] = []
        if offer is not None:
            row = offer.buttons.layout()  # the buttons as the platform orders them
            items = [row.itemAt(n) for n in range(row.count())] if row else []
            shown = [w for item in items if item and (w := item.widget())]
            chain += [offer.passphrase, offer.confirmation, *shown]
        chain += [self.example_button, self.skip_button, self.back_button, self.next_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        go_on = QShortcut(QKeySequence("Ctrl+Return"), self)
        go_on.activated.connect(self._go_on)

    def _go_on(self) -> None:
        if self.next_button.isVisible():  # on the protection offer, its own buttons answer
            self.next_button.click()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Setting up CoachApp"))
        self.team_title.setText(self.tr("Your team"))
        self.example_button.setText(self.tr("Explore an example first"))
        self.example_button.setToolTip(
            self.tr("A fictional service's journal, kept apart from yours; one click brings "
                    "you back here")
        )  # fmt: skip
        self.skip_button.setText(self.tr("Skip setup"))
        self.skip_button.setToolTip(self.tr("Everything can be set up later"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setToolTip(self.tr("Ctrl+Enter from anywhere on the page"))
        self._show_buttons()

    # Moving through the pages

    def _show_buttons(self) -> None:
        index = self.pages.currentIndex()
        last = index == self.pages.count() - 1
        count = self.pages.count()
        self.step.setText(self.tr("Step {n} of {count}").format(n=index + 1, count=count))
        self.example_button.setVisible(index == 0)
        self.back_button.setEnabled(index > 0)
        self.skip_button.setVisible(not last)
        waiting = self.pages.currentWidget() is self.protection and self._offer_pending()
        self.next_button.setVisible(not waiting)  # the offer's own buttons answer it
        if last:
            self.next_button.setText(self.tr("Start"))
        elif self.pages.currentWidget() is self.team_page and self.team.reading().people:
            count = len(self.team.reading().people)
            self.next_button.setText(self.tr("Add %n person(s) and go on", "", count))
        else:
            self.next_button.setText(self.tr("Next"))

    def _offer_pending(self) -> bool:
        offer = self.protection.offer
        return offer is not None and offer.isVisibleTo(self.protection)

    def go_to(self, index: int) -> None:
        self.error.clear_error()
        self.pages.setCurrentIndex(index)
        self._show_buttons()
        page = self.pages.currentWidget()
        target: QWidget = self.next_button
        if page is self.protection and self._offer_pending():
            assert self.protection.offer is not None
            target = self.protection.offer.passphrase
        elif page is self.team_page:
            target = self.team.text
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def next(self) -> None:
        page = self.pages.currentWidget()
        if page is self.context:
            self.context.keep()
        elif page is self.team_page and self.team.reading().people:
            try:
                self.team.add()
            except UserError as exc:
                self.error.show_error(render_error(exc), self.team.text)
                return
            self.team.text.clear()
            self.team_added.emit()
        if page is self.ready:
            self.finish()
            return
        self.go_to(self.pages.currentIndex() + 1)

    def back(self) -> None:
        self.go_to(max(0, self.pages.currentIndex() - 1))

    def _protection_answered(self) -> None:
        if self.pages.currentWidget() is self.protection:
            self.go_to(self.pages.currentIndex() + 1)

    # Leaving

    def finish(self) -> None:
        steps = FirstSteps(self._journal.settings)
        if self.ready.show_steps.isChecked():
            steps.show_again()
        else:
            steps.hide()
        self._journal.settings.set_state(FIRST_RUN_STATE, DONE)
        self.accept()

    def skip(self) -> None:
        if self.pages.currentWidget() is self.context:
            self.context.keep()
        self.reject()

    def explore(self) -> None:
        """To the example journal; the setup waits for the return."""
        self._exploring = True
        self.reject()
        self.example_requested.emit()

    def reject(self) -> None:
        if not self._exploring and self._journal.settings.state(FIRST_RUN_STATE) != DONE:
            self._journal.settings.set_state(FIRST_RUN_STATE, SKIPPED)
        super().reject()
