"""Draws a cell's HTML (two lines, search matches in bold) instead of its plain text; with
`wrap`, the HTML wraps at the view's width and the row grows to hold it (the guide's search
results, whose snippets would otherwise run past a narrow list)."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from coachapp.ui.common.theme import tone

Index = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    def __init__(self, role: int, parent: object = None, *, wrap: bool = False) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._role = role
        self._wrap = wrap

    def _document(self, option: QStyleOptionViewItem, markup: str, width: float) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted = option.palette.color(role) if selected else tone(option.palette, "muted")
        document = QTextDocument()
        document.setDefaultStyleSheet(f".muted {{ color: {muted.name()}; }}")
        document.setDefaultFont(option.font)
        document.setDocumentMargin(3)
        text_option = QTextOption()
        if self._wrap:
            text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            document.setTextWidth(width)
        else:
            text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(text_option)
        document.setHtml(markup)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        markup = index.data(self._role)
        if not markup:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        document = self._document(option, markup, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        markup = index.data(self._role)
        view = option.widget
        if not (self._wrap and markup and isinstance(view, QAbstractScrollArea)):
            return QSize(size.width(), size.height() * 2 + 4)
        width = view.viewport().width()
        height = self._document(option, markup, width).size().height()
        return QSize(width, math.ceil(height) + 2)

    def displayText(self, value: object, locale: object) -> str:  # noqa: ARG002 (Qt signature)
        return str(value) if value is not None else ""
