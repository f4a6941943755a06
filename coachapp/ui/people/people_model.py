"""The people list as a Qt table model over the records the service returns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.folding import fold
from coachapp.i18n import render
from coachapp.services.people.people import PersonRecord
from coachapp.ui.common.theme import tone
from coachapp.words.labels import kind_label

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

NAME, ROLE, KIND, TEAM = range(4)
_HEADERS = (
    QT_TRANSLATE_NOOP("PeopleModel", "Name"),
    QT_TRANSLATE_NOOP("PeopleModel", "Role"),
    QT_TRANSLATE_NOOP("PeopleModel", "Kind"),
    QT_TRANSLATE_NOOP("PeopleModel", "Team"),
)
_INACTIVE = QT_TRANSLATE_NOOP("PeopleModel", "{name} (inactive)")

Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[PersonRecord] = []

    def set_records(self, records: list[PersonRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> PersonRecord:
        return self._records[row]

    def row_of(self, person_uuid: str) -> int | None:
        for row, record in enumerate(self._records):
            if record.uuid == person_uuid:
                return row
        return None

    def update_record(self, record: PersonRecord) -> None:
        row = self.row_of(record.uuid)
        if row is not None:
            self._records[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(_HEADERS) - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        if self._records:
            last = self.index(len(self._records) - 1, len(_HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == SORT_ROLE:
            return fold(self._text(record, column))
        if role == UUID_ROLE:
            return record.uuid
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return tone(QGuiApplication.palette(), "muted")
        if role == Qt.ItemDataRole.FontRole and not record.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and record.notes:
            return record.notes[:300]
        return None

    @staticmethod
    def _text(record: PersonRecord, column: int) -> str:
        if column == NAME:
            return render(_INACTIVE, {"name": record.name}) if not record.active else record.name
        if column == ROLE:
            return record.role
        if column == KIND:
            return kind_label(record.kind)
        return record.team

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return render(_HEADERS[section])
        return None
