"""The commitments tab's list: what is delegated to whom, the level now and aimed at, the next
check-in (late ones said so in words), and the status when closed ones are shown too."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from coachapp.services.delegations.delegations import DelegationRecord
from coachapp.ui.common.dates import day_text
from coachapp.ui.common.record_list import Listing
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import tone
from coachapp.ui.common.wrapping import wrap_column
from coachapp.ui.delegations.level_style import level_icon
from coachapp.words.growth_labels import delegation_status_label, level_label

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_COLUMN = 4


class _Row(QTreeWidgetItem):
    """Sorts a column by its sort value when it has one (days, not their local spelling)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        # Not super().__lt__: PySide calls this override again from there, endlessly.
        return self.text(column).casefold() < other.text(column).casefold()


class CommitmentList(Retranslatable, Listing):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "delegations", 5, stretch=0)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        wrap_column(self, 0)  # what is delegated reads whole, on several lines if need be
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Delegations"))
        self.setHeaderLabels([self.tr("What"), self.tr("To"), self.tr("Level"),
                              self.tr("Next check-in"), self.tr("Status")])  # fmt: skip

    def show_records(self, records: list[DelegationRecord], today: date, *, closed: bool) -> None:
        """List `records`; their status only when `closed` ones are among them."""
        self.setSortingEnabled(False)
        self.clear()
        self.setColumnHidden(STATUS_COLUMN, not closed)
        for record in records:
            draft = record.draft
            nxt = day_text(draft.next_checkin) if draft.next_checkin else ""
            late = draft.next_checkin is not None and record.overdue(today)
            if late and draft.next_checkin is not None:  # said in words, not by colour alone
                nxt = self.tr("{date} (late)").format(date=nxt)
            # Levels as numbers (the icon and the panel name them), so the area has room.
            item = _Row([draft.area, record.delegate, f"{draft.level} → {draft.target_level}",
                         nxt, delegation_status_label(draft.status)])  # fmt: skip
            item.setIcon(2, level_icon(draft.level, self.palette()))
            item.setToolTip(2, f"{level_label(draft.level)} → {level_label(draft.target_level)}")
            item.setToolTip(0, draft.area)
            item.setData(0, UUID_ROLE, record.uuid)
            item.setData(2, SORT_ROLE, draft.level)
            item.setData(3, SORT_ROLE, draft.next_checkin.isoformat() if draft.next_checkin
                         else "9999")  # fmt: skip
            if late:
                item.setForeground(3, tone(self.palette(), "warning"))
                item.setToolTip(3, self.tr("Check-in overdue"))
            self.addTopLevelItem(item)
        self.setSortingEnabled(True)

    def current_uuid(self) -> str | None:
        item = self.currentItem()
        return item.data(0, UUID_ROLE) if item is not None else None

    def select(self, delegation_uuid: str | None) -> bool:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(0, UUID_ROLE) == delegation_uuid:
                self.setCurrentItem(item)
                return True
        return False
