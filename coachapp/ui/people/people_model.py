"""The people list as a Qt table model over the records the service returns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.folding import fold
from coachapp.i18n import render
from coachapp.services.people.people import PersonRecord
from coachapp.ui.common.record_list import UUID_ROLE as UUID_ROLE  # one of this model's roles
from coachapp.ui.common.record_list import RecordTableModel
from coachapp.ui.common.theme import tone
from coachapp.words.labels import kind_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 2

NAME, ROLE, KIND, TEAM = range(4)
_HEADERS = (
    QT_TRANSLATE_NOOP("PeopleModel", "Name"),
    QT_TRANSLATE_NOOP("PeopleModel", "Role"),
    QT_TRANSLATE_NOOP("PeopleModel", "Kind"),
    QT_TRANSLATE_NOOP("PeopleModel", "Team"),
)
_INACTIVE = QT_TRANSLATE_NOOP("PeopleModel", "{name} (inactive)")


class PeopleModel(RecordTableModel[PersonRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_HEADERS, parent)

    def set_records(self, records: list[PersonRecord]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def cell(self, record: PersonRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == SORT_ROLE:
            return fold(self._text(record, column))
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
