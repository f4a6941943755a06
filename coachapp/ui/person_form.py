"""The fields that describe a person, shared by the new-person dialog and the editor."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coachapp.services.people import MAX_SHORT_TEXT, PersonDraft, PersonKind
from coachapp.ui.labels import kind_label


class PersonForm(QObject):
    """Name, role, kind, team (with completion) and optionally notes, laid out in a form."""

    edited = Signal()

    def __init__(self, parent: QWidget, *, with_notes: bool) -> None:
        super().__init__(parent)
        self.name = QLineEdit(parent)
        self.name.setObjectName("name")
        self.name.setMaxLength(MAX_SHORT_TEXT)
        self.role = QLineEdit(parent)
        self.role.setObjectName("role")
        self.role.setMaxLength(MAX_SHORT_TEXT)
        self.kind = QComboBox(parent)
        self.kind.setObjectName("kind")
        for kind in PersonKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.team = QLineEdit(parent)
        self.team.setObjectName("team")
        self.team.setMaxLength(MAX_SHORT_TEXT)
        self._teams = QStringListModel(self)
        completer = QCompleter(self._teams, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.team.setCompleter(completer)
        self.notes: QPlainTextEdit | None = None
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = [QLabel(parent) for _ in range(5 if with_notes else 4)]
        fields: list[QWidget] = [self.name, self.role, self.kind, self.team]
        if with_notes:
            self.notes = QPlainTextEdit(parent)
            self.notes.setObjectName("notes")
            self.notes.setTabChangesFocus(True)
            fields.append(self.notes)
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            self.layout.addRow(label, field)
        for line in (self.name, self.role, self.team):
            line.textEdited.connect(self.edited)
        self.kind.activated.connect(lambda _index: self.edited.emit())
        if self.notes is not None:
            self.notes.textChanged.connect(self.edited)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = [self.tr("&Name"), self.tr("&Role"), self.tr("&Kind"), self.tr("&Team")]
        if self.notes is not None:
            texts.append(self.tr("N&otes"))
            self.notes.setPlaceholderText(
                self.tr("What matters in working with this person: strengths, wishes, context.")
            )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.role.setPlaceholderText(self.tr("For example: front-desk agent, deputy mayor"))
        self.team.setPlaceholderText(self.tr("Team or service"))
        for row in range(self.kind.count()):
            self.kind.setItemText(row, kind_label(PersonKind(self.kind.itemData(row))))

    def set_teams(self, teams: list[str]) -> None:
        self._teams.setStringList(teams)

    def draft(self) -> PersonDraft:
        return PersonDraft(
            name=self.name.text(),
            role=self.role.text(),
            kind=PersonKind(self.kind.currentData()),
            team=self.team.text(),
            notes=self.notes.toPlainText() if self.notes is not None else "",
        )

    def load(self, draft: PersonDraft) -> None:
        """Show `draft` without emitting `edited`."""
        blockers = [self.name, self.role, self.kind, self.team, self.notes]
        previous = [w.blockSignals(True) for w in blockers if w is not None]
        try:
            self.name.setText(draft.name)
            self.role.setText(draft.role)
            self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind.value)))
            self.team.setText(draft.team)
            if self.notes is not None and self.notes.toPlainText() != draft.notes:
                self.notes.setPlainText(draft.notes)
        finally:
            for widget, was in zip([w for w in blockers if w is not None], previous, strict=True):
                widget.blockSignals(was)

    def field(self, name: str) -> QWidget:
        widgets: dict[str, QWidget | None] = {
            "name": self.name, "role": self.role, "kind": self.kind,
            "team": self.team, "notes": self.notes,
        }  # fmt: skip
        return widgets.get(name) or self.name
