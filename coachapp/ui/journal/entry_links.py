"""What an entry is about beyond its text: the pillars it serves and the people it concerns.

The third tab of the entry editor; `edited` tells the editor to save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import NotFoundError
from coachapp.services.common.pillars import Pillar
from coachapp.services.people.people import PeopleService
from coachapp.ui.common.form_dialog import check_grid
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.words.labels import pillar_label

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class EntryLinks(Retranslatable, QWidget):
    edited = Signal()

    def __init__(self, people: PeopleService, parent: QWidget) -> None:
        super().__init__(parent)
        self._people = people
        self.pillars_box = QGroupBox(self)
        self.pillar_checks = check_grid(self.pillars_box, Pillar, columns=1, prefix="pillar_")
        for check in self.pillar_checks.values():
            check.toggled.connect(self.edited)
        self.people_box = QGroupBox(self)
        self.linked = QListWidget(self.people_box)
        self.linked.setObjectName("linkedPeople")
        self.linked.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.person_picker = QComboBox(self.people_box)
        self.person_picker.setObjectName("personPicker")
        self.person_picker.setEditable(True)
        self.person_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.person_picker.model(), self.person_picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person_picker.setCompleter(completer)
        self.person_picker.activated.connect(self._link_picked)
        self.unlink_button = QPushButton(self.people_box)
        self.unlink_button.setObjectName("unlink")
        self.unlink_button.clicked.connect(self._unlink_selected)
        people_layout = QVBoxLayout(self.people_box)
        people_layout.addWidget(self.person_picker)
        people_layout.addWidget(self.linked)
        people_layout.addWidget(self.unlink_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pillars_box)
        layout.addWidget(self.people_box, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.pillars_box.setTitle(self.tr("Pillars of the management model"))
        for pillar, check in self.pillar_checks.items():
            check.setText(pillar_label(pillar))
        self.people_box.setTitle(self.tr("People concerned"))
        picker_line = self.person_picker.lineEdit()
        if picker_line is not None:
            picker_line.setPlaceholderText(self.tr("Link a person…"))
        self.unlink_button.setText(self.tr("Unlink"))

    def show_links(self, pillars: frozenset[Pillar], people: tuple[str, ...]) -> None:
        """Show an entry's pillars and people, and offer the people listed now to link."""
        checks = self.pillar_checks.values()
        blocked = [check.blockSignals(True) for check in checks]
        for (pillar, check), was in zip(self.pillar_checks.items(), blocked, strict=True):
            check.setChecked(pillar in pillars)
            check.blockSignals(was)
        self._show_people(people)
        self._fill_picker()

    def pillars(self) -> frozenset[Pillar]:
        return frozenset(p for p, check in self.pillar_checks.items() if check.isChecked())

    def people(self) -> tuple[str, ...]:
        return tuple(self.linked.item(i).data(UUID_ROLE) for i in range(self.linked.count()))

    def _show_people(self, people: tuple[str, ...]) -> None:
        self.linked.clear()
        for person_uuid in people:
            try:
                person = self._people.get(person_uuid)
            except NotFoundError:
                continue
            item = QListWidgetItem(person.name)
            item.setData(UUID_ROLE, person_uuid)
            if person.role or person.team:
                item.setToolTip(", ".join(filter(None, (person.role, person.team))))
            self.linked.addItem(item)

    def _fill_picker(self) -> None:
        self.person_picker.blockSignals(True)
        self.person_picker.clear()
        for person in self._people.search():
            self.person_picker.addItem(person.name, person.uuid)
        self.person_picker.setCurrentIndex(-1)
        self.person_picker.blockSignals(False)

    def _link_picked(self, index: int) -> None:
        person_uuid = self.person_picker.itemData(index)
        if person_uuid and person_uuid not in self.people():
            self._show_people((*self.people(), person_uuid))
            self.edited.emit()
        self.person_picker.setCurrentIndex(-1)
        self.person_picker.clearEditText()

    def _unlink_selected(self) -> None:
        for item in self.linked.selectedItems():
            self.linked.takeItem(self.linked.row(item))
        self.edited.emit()
