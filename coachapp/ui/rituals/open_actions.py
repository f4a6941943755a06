"""Every follow-up action still open, whatever the ritual: ticked here when done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from coachapp.context import Journal
from coachapp.timezones import local_zone
from coachapp.ui.common.dates import day_text
from coachapp.ui.common.record_list import Listing
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import tone
from coachapp.ui.rituals.meeting_actions import person_name

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class OpenActions(Retranslatable, Listing):
    done = Signal(str)  # the text of an action just ticked as done

    def __init__(self, journal: Journal, parent: QWidget) -> None:
        super().__init__(parent, "openActions", 4, stretch=0)
        self._journal = journal
        self.setAlternatingRowColors(True)
        self.itemChanged.connect(self._toggled)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Open follow-up actions"))
        self.setHeaderLabels([self.tr("Action"), self.tr("Ritual"), self.tr("Who"), self.tr("By")])

    def show_actions(self) -> None:
        today = self._journal.clock.now().astimezone(local_zone()).date()
        late = tone(QGuiApplication.palette(), "error")
        self.blockSignals(True)
        self.clear()
        for action in self._journal.rituals.actions():
            owner = person_name(self._journal.people, action.owner)
            due = day_text(action.due) if action.due else ""
            overdue = action.due is not None and action.due < today
            if overdue:  # said in words, not by colour alone
                due = self.tr("{date} (overdue)").format(date=due)
            item = QTreeWidgetItem([action.text, action.ritual_title, owner, due])
            item.setData(0, UUID_ROLE, action.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if overdue:
                item.setForeground(3, late)
                item.setToolTip(3, self.tr("Overdue"))
            self.addTopLevelItem(item)
        self.blockSignals(False)

    def _toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0 and item.checkState(0) == Qt.CheckState.Checked:
            text = item.text(0)  # the list is read again: the item goes
            self._journal.rituals.set_action(item.data(0, UUID_ROLE), done=True)
            self.show_actions()
            self.done.emit(text)
