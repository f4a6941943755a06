"""The whole team in one screen: names typed or pasted one a line, each with what they are, and
a count of who will be added before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.services.onboarding.team import TeamReading, add_team, read_team
from coachapp.services.people.people import PeopleService, PersonKind
from coachapp.ui.common.form_dialog import FormDialog
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel
from coachapp.words.labels import kind_label

_NOBODY = QT_TRANSLATE_NOOP("TeamEditor", "Type at least one name, one person a line, or cancel.")


class TeamEditor(Retranslatable, QWidget):
    """`changed`: what the text gives changed (who would be added)."""

    changed = Signal()

    def __init__(self, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._existing = [p.name for p in people.search(include_inactive=True)]
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("teamText")
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._changed)
        self.kind = QComboBox(self)
        self.kind.setObjectName("teamKind")
        for kind in PersonKind:
            self.kind.addItem("", kind.value)
        self.kind.currentIndexChanged.connect(lambda _i: self._changed())
        self.team = QLineEdit(self)
        self.team.setObjectName("teamName")
        self.summary = ToneLabel("muted", self)
        self.summary.setObjectName("teamSummary")
        self.summary.setWordWrap(True)
        form = QFormLayout()
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.team_label = QLabel(self)
        self.team_label.setBuddy(self.team)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.team_label, self.team)
        self.text_label = QLabel(self)
        self.text_label.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "One person a line: a name, then after a comma what they do or are (front-desk "
                "agent, elected official, partner…). A column pasted from a spreadsheet works too."
            )
        )
        self.text_label.setText(self.tr("&Your team, one person a line:"))
        self.text.setPlaceholderText(
            self.tr("Helen Dupont, front-desk agent\nKarim Benali, digital adviser\n"
                    "Martine Roux, elected official")
        )  # fmt: skip
        for row in range(self.kind.count()):
            self.kind.setItemText(row, kind_label(PersonKind(self.kind.itemData(row))))
        self.kind_label.setText(self.tr("&When a line does not say:"))
        self.team_label.setText(self.tr("Tea&m name (optional):"))
        self.team.setPlaceholderText(self.tr("Front desk, France Services…"))
        self._changed()

    def default_kind(self) -> PersonKind:
        return PersonKind(self.kind.currentData())

    def reading(self) -> TeamReading:
        return read_team(self.text.toPlainText(), self.default_kind(), self._existing)

    def _changed(self) -> None:
        reading = self.reading()
        parts = []
        if reading.people:
            parts.append(self.tr("%n person(s) will be added.", "", len(reading.people)))
        if reading.already_there:
            parts.append(
                self.tr("Already in your people, left out: {names}.").format(
                    names=", ".join(reading.already_there)
                )
            )
        if reading.too_long:
            parts.append(
                self.tr("Too long for a name or a role, left out: {names}.").format(
                    names=", ".join(reading.too_long)
                )
            )
        self.summary.setText(" ".join(parts))
        self.summary.setVisible(bool(parts))
        self.changed.emit()

    def add(self) -> list[str]:
        """Add everyone the text gives, in one go; their UUIDs."""
        return add_team(self._people, self.reading().people, self.team.text())


class TeamDialog(FormDialog):
    """Add the team from People, Today's first steps or an empty People area."""

    def __init__(self, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Add your team"))
        self.editor = TeamEditor(people, self)
        self.added: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        self.add_error_and_buttons(layout)
        self.editor.changed.connect(self._count)
        self._count()
        self.resize(560, 480)

    def _count(self) -> None:
        count = len(self.editor.reading().people)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setText(self.tr("Add %n person(s)", "", count) if count else self.tr("Add"))

    def save(self) -> None:
        if not self.editor.reading().people:
            raise UserError(_NOBODY)
        self.added = self.editor.add()

    def field_for(self, _name: str, /) -> QWidget | None:
        return self.editor.text
