"""The fields that describe a person, shared by the new-person dialog and the editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coachapp.services.people.people import MAX_SHORT_TEXT, PersonDraft, PersonKind
from coachapp.ui.common.dates import qdate
from coachapp.ui.common.form_dialog import text_field
from coachapp.ui.common.widgets import OptionalDate
from coachapp.words.labels import kind_label

UNKNOWN_DAY = QDate(1900, 1, 1)  # the bottom of the range, shown as "unknown"


class PersonForm(QObject):
    """Name, role, kind, team (with completion), arrival day and optionally notes, laid out in
    a form."""

    edited = Signal()

    def __init__(self, parent: QWidget, *, with_notes: bool, today: date) -> None:
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
        # Unknown unless ticked: the first-weeks prompts go by this day, so none is guessed.
        self.arrived = OptionalDate(parent, today)
        self.arrived.setObjectName("arrivedOn")
        self.arrived.check.setObjectName("arrivedKnown")
        self.arrived.edit.setMinimumDate(UNKNOWN_DAY)
        self._today = self._arrival_guess = qdate(today)
        self.arrived.check.toggled.connect(self._show_arrival)
        self._show_arrival(False)
        self.notes: QPlainTextEdit | None = None
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = [QLabel(parent) for _ in range(6 if with_notes else 5)]
        fields: list[QWidget] = [self.name, self.role, self.kind, self.team, self.arrived]
        if with_notes:
            self.notes = text_field(parent, "notes")
            fields.append(self.notes)
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(self.arrived.check if field is self.arrived else field)
            self.layout.addRow(label, field)
        for line in (self.name, self.role, self.team):
            line.textEdited.connect(self.edited)
        self.kind.activated.connect(lambda _index: self.edited.emit())
        self.arrived.check.clicked.connect(lambda _checked: self.edited.emit())
        self.arrived.edit.dateChanged.connect(lambda _day: self.edited.emit())
        if self.notes is not None:
            self.notes.textChanged.connect(self.edited)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = [self.tr("&Name"), self.tr("&Role"), self.tr("&Kind"), self.tr("&Team"),
                 self.tr("Arr&ived on")]  # fmt: skip
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
        self.arrived.check.setAccessibleName(self.tr("Arrival date known"))
        self.arrived.edit.setAccessibleName(self.tr("Arrival date"))
        explained = self.tr(
            "The day this person joined your team or took up their post. Leave it unticked if "
            "you do not know it: suggestions for someone's first weeks go by this day."
        )
        for widget in (self.arrived.check, self.arrived.edit):
            widget.setToolTip(explained)
        self._show_arrival(self.arrived.check.isChecked())
        for row in range(self.kind.count()):
            self.kind.setItemText(row, kind_label(PersonKind(self.kind.itemData(row))))

    def _show_arrival(self, known: bool) -> None:
        """An unknown day reads "unknown" rather than a greyed date that looks chosen; ticking
        brings back the last day shown (today at first)."""
        edit = self.arrived.edit
        blocked = edit.blockSignals(True)
        try:
            if known:
                edit.setSpecialValueText("")
                if edit.date() == UNKNOWN_DAY:
                    edit.setDate(self._arrival_guess)
            else:
                if edit.date() != UNKNOWN_DAY:
                    self._arrival_guess = edit.date()
                edit.setSpecialValueText(self.tr("unknown"))
                edit.setDate(UNKNOWN_DAY)
        finally:
            edit.blockSignals(blocked)

    def set_teams(self, teams: list[str]) -> None:
        self._teams.setStringList(teams)

    def draft(self) -> PersonDraft:
        return PersonDraft(
            name=self.name.text(),
            role=self.role.text(),
            kind=PersonKind(self.kind.currentData()),
            team=self.team.text(),
            notes=self.notes.toPlainText() if self.notes is not None else "",
            arrived_on=self.arrived.day(),
        )

    def load(self, draft: PersonDraft) -> None:
        """Show `draft` without emitting `edited`."""
        blockers = [
            self.name, self.role, self.kind, self.team, self.arrived.check, self.arrived.edit,
            self.notes,
        ]  # fmt: skip
        previous = [w.blockSignals(True) for w in blockers if w is not None]
        try:
            self.name.setText(draft.name)
            self.role.setText(draft.role)
            self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind.value)))
            self.team.setText(draft.team)
            known = draft.arrived_on is not None
            self.arrived.check.setChecked(known)
            self.arrived.edit.setEnabled(known)
            self.arrived.edit.setDate(qdate(draft.arrived_on) if draft.arrived_on else UNKNOWN_DAY)
            self._arrival_guess = self._today
            self._show_arrival(known)
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
