"""Lists of records: the table model (the rows, finding one by uuid, updating one in place,
headers translated when shown), the table an area lists them in, and the flat lists in columns
the areas' other tabs use."""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeWidget, QWidget

from coachapp.errors import Message
from coachapp.i18n import render

UUID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record uuid: views select by it

Index = QModelIndex | QPersistentModelIndex


class Keyed(Protocol):
    @property
    def uuid(self) -> str: ...


R = TypeVar("R", bound=Keyed)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """One record a row, one column a header; a model says what a cell shows in `cell`."""

    def __init__(self, headers: tuple[Message, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[R] = []

    def cell(self, record: R, column: int, role: int) -> Any:
        """What `record` shows in `column` for `role` (None: nothing)."""
        raise NotImplementedError

    def row(self, number: int) -> R:
        return self._rows[number]

    def row_of(self, record_uuid: str) -> int | None:
        for number, record in enumerate(self._rows):
            if record.uuid == record_uuid:
                return number
        return None

    def replace_row(self, record: R) -> None:
        """Show changes to one record already listed (after a save) without a reset."""
        number = self.row_of(record.uuid)
        if number is not None:
            self._rows[number] = record
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(self._headers) - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # Qt model contract

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == UUID_ROLE:
            return record.uuid
        return self.cell(record, index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return render(self._headers[section])
        return None


def record_table(
    parent: QWidget, name: str, model: QAbstractItemModel, row_height: int
) -> QTableView:
    """The table an area lists its records in: whole rows chosen one at a time, nothing edited
    in place, rows of one height; arrows move in it and Tab leaves it."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return table


def selected_uuid(table: QTableView) -> str | None:
    """The uuid of the record in the selected row, if any."""
    rows = table.selectionModel().selectedRows()
    return rows[0].data(UUID_ROLE) if rows else None


class Listing(QTreeWidget):
    """A flat list in columns (a tree without branches): each column as wide as its texts,
    but `stretch`, which takes the room left."""

    def __init__(self, parent: QWidget, name: str, columns: int, *, stretch: int) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRootIsDecorated(False)
        self.setColumnCount(columns)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
