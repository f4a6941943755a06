"""Adding a person: a short form that refuses an empty name and warns about duplicates."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from coachapp.errors import ValidationError
from coachapp.i18n import render_error
from coachapp.services.people.people import PeopleService, PersonRecord
from coachapp.ui.common import messages
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.people.person_form import PersonForm


class NewPersonDialog(Retranslatable, QDialog):
    def __init__(self, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self.created: PersonRecord | None = None
        self.form = PersonForm(self, with_notes=False, today=people.today())
        self.form.set_teams(people.teams())
        self.error = ToneLabel("error", self)
        self.error.setObjectName("error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.edited.connect(self.error.hide)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New person"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self.form.retranslate_ui()

    def accept(self) -> None:
        draft = self.form.draft()
        duplicates = self._people.find_duplicates(draft.name) if draft.name.strip() else []
        if duplicates:
            first = duplicates[0]
            where = ", ".join(part for part in (first.role, first.team) if part)
            text = self.tr(
                "{name} is already in your list of people{where}. Add another person?"
            ).format(name=first.name, where=f" ({where})" if where else "")
            if not messages.confirm(self, self.tr("Same name"), text, self.tr("Add anyway")):
                return
        try:
            self.created = self._people.create(draft)
        except ValidationError as exc:
            self.error.setText(render_error(exc))
            self.error.show()
            self.form.field(exc.field).setFocus()
            return
        super().accept()
