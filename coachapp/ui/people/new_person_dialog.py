"""Adding a person: a short form that refuses an empty name and warns about duplicates."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from coachapp.services.people.people import PeopleService, PersonRecord
from coachapp.ui.common import messages
from coachapp.ui.common.form_dialog import FormDialog
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.people.person_form import PersonForm


class NewPersonDialog(Retranslatable, FormDialog):
    def __init__(self, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self.created: PersonRecord | None = None
        self.form = PersonForm(self, with_notes=False, today=people.today())
        self.form.set_teams(people.teams())
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        self.add_error_and_buttons(layout)
        self.form.edited.connect(self.error.clear_error)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New person"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self.form.retranslate_ui()

    def confirm(self) -> bool:
        """A name already listed is most often the same person: ask before adding another."""
        name = self.form.draft().name
        duplicates = self._people.find_duplicates(name) if name.strip() else []
        if not duplicates:
            return True
        first = duplicates[0]
        where = ", ".join(part for part in (first.role, first.team) if part)
        text = self.tr(
            "{name} is already in your list of people{where}. Add another person?"
        ).format(name=first.name, where=f" ({where})" if where else "")
        return messages.confirm(self, self.tr("Same name"), text, self.tr("Add anyway"))

    def save(self) -> None:
        self.created = self._people.create(self.form.draft())

    def field_for(self, name: str) -> QWidget | None:
        return self.form.field(name)
