"""The pages of the first run: welcome and language, protection, the manager's context, ready.

(The team's page is the team editor, shared with the People area.)
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachapp.config import Settings
from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.i18n import current_language, render
from coachapp.services.onboarding.context import (
    MAX_TEAM_SIZE,
    ManagerContext,
    Organisation,
    keep_context,
    read_context,
)
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import enlarge
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.protection.protection_dialogs import ProtectDialog

ORGANISATIONS = {
    Organisation.UNSAID: QT_TRANSLATE_NOOP("ContextPage", "Rather not say"),
    Organisation.COMMUNE: QT_TRANSLATE_NOOP("ContextPage", "A commune"),
    Organisation.INTERCOMMUNALITY: QT_TRANSLATE_NOOP(
        "ContextPage", "An intercommunality (communauté, métropole…)"
    ),
    Organisation.DEPARTMENT: QT_TRANSLATE_NOOP("ContextPage", "A département"),
    Organisation.REGION: QT_TRANSLATE_NOOP("ContextPage", "A région"),
    Organisation.LOCAL_BODY: QT_TRANSLATE_NOOP(
        "ContextPage", "Another local public body (CCAS, management centre, syndicate…)"
    ),
    Organisation.STATE: QT_TRANSLATE_NOOP("ContextPage", "A State service"),
    Organisation.HEALTH_SOCIAL: QT_TRANSLATE_NOOP("ContextPage", "A hospital or social care body"),
    Organisation.OTHER: QT_TRANSLATE_NOOP("ContextPage", "Another organisation"),
}


def page_title(parent: QWidget) -> QLabel:
    title = QLabel(parent)
    title.setObjectName("pageTitle")
    enlarge(title, 1.3)
    title.setWordWrap(True)
    return title


def paragraph(parent: QWidget) -> QLabel:
    text = QLabel(parent)
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.RichText)
    return text


class WelcomePage(Retranslatable, QWidget):
    """What CoachApp is for, and the language it speaks. `language_chosen(code)`."""

    language_chosen = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = page_title(self)
        self.text = paragraph(self)
        self.language_label = QLabel(self)
        self.french = QRadioButton("Français", self)
        self.french.setObjectName("french")
        self.english = QRadioButton("English", self)
        self.english.setObjectName("english")
        self.languages = QButtonGroup(self)
        self.languages.addButton(self.french)
        self.languages.addButton(self.english)
        (self.french if current_language() == "fr" else self.english).setChecked(True)
        locked = settings.locked("language")
        for button, code in ((self.french, "fr"), (self.english, "en")):
            button.setEnabled(not locked)
            button.toggled.connect(lambda on, c=code: self._chosen(on, c))
        self.locked_note = ToneLabel("muted", self)
        self.locked_note.setObjectName("languageLocked")
        self.locked_note.setVisible(locked)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.french)
        row.addWidget(self.english)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.locked_note)
        layout.addStretch(1)
        self.retranslate_ui()

    def _chosen(self, on: bool, code: str) -> None:
        if on:
            self.language_chosen.emit(code)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome to CoachApp"))
        paragraphs = (
            self.tr(
                "CoachApp helps you practise a way of managing a public service in which "
                "agents move from applying procedures to accompanying service users, and the "
                "manager from control to trust: trying things out, giving everyone the right to "
                "error, building with the team, including service users, elected officials and "
                "partners."
            ),
            self.tr(
                "Keep a private journal, plan co-construction rituals from a library of "
                "methods, agree who decides what, run small experiments, and read the "
                "suggestions the model makes from what you record. Your coach can read an "
                "export when you choose to send one."
            ),
            self.tr(
                "Everything stays on this computer. These few steps take two minutes; each "
                "one can be skipped and changed later."
            ),
        )
        self.text.setText("".join(f"<p>{html.escape(p)}</p>" for p in paragraphs))
        self.language_label.setText(self.tr("Language:"))
        self.locked_note.setText(self.tr("Your organisation sets the language."))


class ProtectionPage(Retranslatable, QWidget):
    """The existing offer to protect the journal, in its place; `finished` once answered."""

    finished = Signal()

    def __init__(
        self, offer: Callable[[], ProtectDialog] | None, protected: bool,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.title = page_title(self)
        self.status = paragraph(self)
        self.offer: ProtectDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        if offer is not None and not protected:
            self.offer = offer()
            self.offer.setWindowFlags(Qt.WindowType.Widget)  # a part of the page, not a window
            self.offer.setSizeGripEnabled(False)
            self.offer.accepted.connect(self._answered)
            self.offer.rejected.connect(self._answered)
            layout.addWidget(self.offer)
        layout.addStretch(1)
        self._protected = protected
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Protect your journal"))
        if self.offer is not None and self.offer.isVisibleTo(self):
            text = self.tr(
                "Your journal names agents and tells what happens in your service: personal "
                "data. A passphrase keeps it unreadable to anyone who gets hold of the file."
            )
            cancel = self.offer.buttons.button(self.offer.buttons.StandardButton.Cancel)
            cancel.setText(self.tr("Not now"))
            cancel.setToolTip(self.tr("You can protect it later from File > Protection."))
        elif self._protected:
            text = self.tr("Your journal is protected by a passphrase.")
        else:
            text = self.tr("Protection can be set up at any time from File > Protection.")
        self.status.setText(f"<p>{html.escape(text)}</p>")

    def _answered(self) -> None:
        accepted = QDialog.DialogCode.Accepted.value
        self._protected = self.offer is not None and self.offer.result() == accepted
        self.retranslate_ui()
        self.finished.emit()


class ContextPage(Retranslatable, QWidget):
    """The manager's context, all optional, kept in the settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        context = read_context(settings)
        self.title = page_title(self)
        self.text = paragraph(self)
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("organisation")
        for kind in Organisation:
            self.organisation.addItem("", kind.value)
        self.organisation.setCurrentIndex(list(Organisation).index(context.organisation))
        self.service = QLineEdit(context.service, self)
        self.service.setObjectName("service")
        self.service.setMaxLength(200)
        self.team_size = QSpinBox(self)
        self.team_size.setObjectName("teamSize")
        self.team_size.setRange(0, MAX_TEAM_SIZE)
        self.team_size.setValue(context.team_size)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.organisation, self.service, self.team_size),
                                strict=True):  # fmt: skip
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Your context"))
        self.text.setText(
            "<p>"
            + html.escape(
                self.tr(
                    "Optional, and kept on this computer: it lets CoachApp speak of your "
                    "service as it is. Change it at any time from Help > Setup assistant."
                )
            )
            + "</p>"
        )
        for row in range(self.organisation.count()):
            kind = Organisation(self.organisation.itemData(row))
            self.organisation.setItemText(row, render(ORGANISATIONS[kind]))
        self.labels[0].setText(self.tr("&Organisation:"))
        self.labels[1].setText(self.tr("&Service:"))
        self.labels[2].setText(self.tr("Team si&ze (people):"))
        self.service.setPlaceholderText(self.tr("Front desk and France Services, say"))
        self.team_size.setSpecialValueText(self.tr("Rather not say"))

    def keep(self) -> None:
        keep_context(
            self._settings,
            ManagerContext(
                Organisation(self.organisation.currentData()),
                self.service.text(),
                self.team_size.value(),
            ),
        )


class ReadyPage(Retranslatable, QWidget):
    """What comes next. `guide_requested`: the guide to the model."""

    guide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = page_title(self)
        self.text = paragraph(self)
        self.guide_button = QPushButton(self)
        self.guide_button.setObjectName("readModel")
        self.guide_button.clicked.connect(self.guide_requested)
        self.show_steps = QCheckBox(self)
        self.show_steps.setObjectName("showFirstSteps")
        self.show_steps.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.guide_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(self.show_steps)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Ready"))
        paragraphs = (
            self.tr(
                "Today now shows your first steps: write an entry, add your team, plan a "
                "co-construction ritual, record a delegation, start an experiment, rate "
                "yourself on the model. Each opens where it is done, and is ticked once your "
                "journal shows it."
            ),
            self.tr(
                "The guide tells what each pillar of the model means for a public service, "
                "with first steps for this week; F1 opens the help of the area you are in."
            ),
        )
        self.text.setText("".join(f"<p>{html.escape(p)}</p>" for p in paragraphs))
        self.guide_button.setText(self.tr("Read about the management model"))
        self.show_steps.setText(self.tr("Show the first steps on Today"))
