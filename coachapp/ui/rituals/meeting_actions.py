"""A meeting's follow-up actions, with those still open from earlier meetings: ticked when
done, added with who does it and by when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import NotFoundError
from coachapp.i18n import format_datetime
from coachapp.services.people.people import PeopleService
from coachapp.services.rituals.rituals import Occurrence, RitualService
from coachapp.ui.common.dates import day_text
from coachapp.ui.common.naming import name_choice
from coachapp.ui.common.record_list import Listing
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import WrappingRow

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def person_name(people: PeopleService, person_uuid: str | None) -> str:
    """Who does an action ("" for nobody yet, or somebody no longer in the journal)."""
    if not person_uuid:
        return ""
    try:
        return people.get(person_uuid).name
    except NotFoundError:
        return ""


class MeetingActions(Retranslatable, QGroupBox):
    changed = Signal()  # an action was ticked or unticked

    def __init__(self, rituals: RitualService, people: PeopleService, parent: QWidget) -> None:
        super().__init__(parent)
        self._rituals = rituals
        self._people = people
        self._occurrence: Occurrence | None = None
        self.action_list = Listing(self, "actions", 3, stretch=0)
        self.action_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.action_list.itemChanged.connect(self._action_toggled)
        self.action_text = QLineEdit(self)
        self.action_text.setObjectName("actionText")
        self.action_owner = QComboBox(self)
        self.action_owner.setObjectName("actionOwner")
        self.action_owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action_due = QDateEdit(self)
        self.action_due.setObjectName("actionDue")
        self.action_due.setCalendarPopup(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addAction")
        layout = QVBoxLayout(self)
        layout.addWidget(self.action_list, 1)
        layout.addWidget(self.action_text)
        layout.addWidget(
            WrappingRow(self.action_owner, self.action_due, self.add_button, parent=self)
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Follow-up actions (with those still open)"))
        self.action_list.setHeaderLabels([self.tr("Action"), self.tr("Who"), self.tr("By")])
        self.action_text.setPlaceholderText(self.tr("A new action, then Enter"))
        self.action_text.setAccessibleName(self.tr("New action"))
        name_choice(self.action_owner, self.tr("Who does it"))
        self.action_due.setAccessibleName(self.tr("Due by"))
        self.action_list.setAccessibleName(self.title())
        self.add_button.setText(self.tr("Add"))
        self.action_due.setLocale(QLocale())
        if self.action_owner.count():
            self.action_owner.setItemText(0, self.tr("Nobody yet"))

    def show_for(self, occurrence: Occurrence) -> None:
        """The meeting's actions; a new one for nobody yet, due in a fortnight."""
        self._occurrence = occurrence
        self.action_owner.clear()
        self.action_owner.addItem(self.tr("Nobody yet"), "")
        for person in self._people.search():
            self.action_owner.addItem(person.name, person.uuid)
        self.action_due.setDate(QDate.currentDate().addDays(14))
        self.reload()

    def reload(self) -> None:
        occurrence = self._occurrence
        self.action_list.blockSignals(True)
        self.action_list.clear()
        if occurrence is not None:
            ritual_uuid = occurrence.ritual_uuid
            for action in self._rituals.actions(open_only=False, ritual_uuid=ritual_uuid):
                # This meeting's actions, and those still open from earlier meetings.
                mine = action.occurrence == occurrence.starts_at
                carried = not action.done and (
                    action.occurrence is None or action.occurrence < occurrence.starts_at
                )
                if not (mine or carried):
                    continue
                due = day_text(action.due) if action.due else ""
                item = QTreeWidgetItem([action.text, person_name(self._people, action.owner), due])
                item.setData(0, UUID_ROLE, action.uuid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                done = Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked
                item.setCheckState(0, done)
                if not mine and action.occurrence is not None:
                    item.setToolTip(
                        0,
                        self.tr("Still open from the meeting of {date}").format(
                            date=format_datetime(action.occurrence)
                        ),
                    )
                self.action_list.addTopLevelItem(item)
        self.action_list.blockSignals(False)

    def add(self, occurrence: Occurrence) -> None:
        """Record the action typed for this meeting (ValidationError "text" when it is none)."""
        due = self.action_due.date()
        self._rituals.add_action(
            occurrence.ritual_uuid,
            self.action_text.text(),
            occurrence=occurrence.starts_at,
            owner=self.action_owner.currentData() or None,
            due=date(due.year(), due.month(), due.day()),
        )
        self.action_text.clear()
        self.reload()

    def _action_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        self._rituals.set_action(
            item.data(0, UUID_ROLE), done=item.checkState(0) == Qt.CheckState.Checked
        )
        self.changed.emit()
