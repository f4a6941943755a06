"""Tree columns whose text wraps at the column's width, so it is read whole, never cut."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget


class _Wrapped(QStyledItemDelegate):
    """Tree views measure a row on one line; this measures it at the column's width and asks
    for a new layout when the column is resized."""

    def __init__(self, view: QTreeWidget, column: int) -> None:
        super().__init__(view)
        self._view = view
        self._column = column
        view.setWordWrap(True)
        view.header().sectionResized.connect(self._resized)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        model = self._view.model()
        if column == self._column and model.rowCount():
            self.sizeHintChanged.emit(model.index(0, column))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        width = self._view.header().sectionSize(index.column())
        if width <= 0:
            return hint
        wrapped = QStyleOptionViewItem(option)
        self.initStyleOption(wrapped, index)
        wrapped.rect = QRect(0, 0, width, hint.height())
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        size = self._view.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, wrapped, QSize(), self._view
        )
        return QSize(hint.width(), max(hint.height(), size.height() + 4))  # air between rows


def wrap_column(view: QTreeWidget, column: int) -> None:
    """`column` of `view` wraps its text at its width."""
    view.setItemDelegateForColumn(column, _Wrapped(view, column))
