"""The Trash: everything deleted, from every area, until the manager restores or erases it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.i18n import format_datetime
from coachapp.services.trash.trash import TrashService
from coachapp.services.trash.trashable import TrashItem
from coachapp.ui.common import messages
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.icons import icon
from coachapp.ui.common.record_list import Listing
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.words.labels import record_kind_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
DELETED_COLUMN = 2


class _TrashRow(QTreeWidgetItem):
    """Sorts the "Deleted" column by instant, not by its localised text."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        if column == DELETED_COLUMN:
            mine: TrashItem = self.data(0, ITEM_ROLE)
            theirs: TrashItem = other.data(0, ITEM_ROLE)
            return mine.deleted_at < theirs.deleted_at
        # Not super().__lt__: PySide calls this override again from there, endlessly.
        return self.text(column).casefold() < other.text(column).casefold()


class TrashView(Retranslatable, QWidget):
    status = Signal(str)

    def __init__(
        self, trash: TrashService, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._trash = trash
        self._events = events
        self._items: list[TrashItem] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = Listing(self, "trashList", 3, stretch=1)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setSortingEnabled(True)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self)
        self.purge_button.setObjectName("purge")
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("emptyTrash")
        self.empty_button.clicked.connect(self.empty_trash)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        events.changed.connect(self._on_data_changed)
        events.reloaded.connect(self.refresh)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.list.setAccessibleName(self.tr("Deleted items"))
        self.intro.setText(
            self.tr(
                "Deleted items wait here. Restore them to put them back where they were, "
                "or delete them for good."
            )
        )
        self.list.setHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("Deleted")])
        self.empty.setText(self.tr("The trash is empty."))
        self.restore_button.setText(self.tr("&Restore"))
        self.purge_button.setText(self.tr("&Delete for good"))
        self.empty_button.setText(self.tr("E&mpty the trash"))
        self._show_items()

    def refresh_icons(self) -> None:
        self.restore_button.setIcon(icon("restore"))
        self.purge_button.setIcon(icon("delete-forever"))
        self.empty_button.setIcon(icon("empty-trash"))

    def refresh(self) -> None:
        self._items = self._trash.items()
        self._show_items()

    def _show_items(self) -> None:
        self.list.clear()
        for item in self._items:
            row = _TrashRow(
                [record_kind_label(item.kind), item.label, format_datetime(item.deleted_at)]
            )
            row.setData(0, ITEM_ROLE, item)
            self.list.addTopLevelItem(row)
        self.list.sortItems(DELETED_COLUMN, Qt.SortOrder.DescendingOrder)
        has_items = self.list.topLevelItemCount() > 0
        self.list.setVisible(has_items)
        self.empty.setVisible(not has_items)
        self._update_buttons()

    def _selected(self) -> list[TrashItem]:
        return [row.data(0, ITEM_ROLE) for row in self.list.selectedItems()]

    def _update_buttons(self) -> None:
        selected = bool(self.list.selectedItems())
        self.restore_button.setEnabled(selected)
        self.purge_button.setEnabled(selected)
        self.empty_button.setEnabled(self.list.topLevelItemCount() > 0)

    def _on_data_changed(self, kind: str) -> None:
        if kind != "trash":
            self.refresh()

    def _changed(self) -> None:
        self.refresh()
        self._events.changed.emit("trash")

    def restore_selected(self) -> None:
        items = self._selected()
        self._trash.restore(*items)
        if items:
            self._changed()
            self.status.emit(self.tr("%n item(s) restored.", "", len(items)))

    def purge_selected(self) -> None:
        items = self._selected()
        if not items:
            return
        text = self.tr("Delete %n item(s) for good? This cannot be undone.", "", len(items))
        if not messages.confirm(self, self.tr("Delete for good"), text, self.tr("Delete")):
            return
        self._trash.purge(*items)
        self._changed()
        self.status.emit(self.tr("%n item(s) deleted for good.", "", len(items)))

    def empty_trash(self) -> None:
        count = self._trash.count()
        if not count:
            return
        text = self.tr(
            "Delete all %n item(s) in the trash for good? This cannot be undone.", "", count
        )
        if not messages.confirm(self, self.tr("Empty the trash"), text, self.tr("Empty")):
            return
        removed = self._trash.empty()
        self._changed()
        self.status.emit(self.tr("%n item(s) deleted for good.", "", removed))
