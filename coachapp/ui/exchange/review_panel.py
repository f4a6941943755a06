"""The review tools: an export's items in a tree, the one chosen read as the exports render it,
and the coach's comment on it (or the overall note) written under it and kept as typed.

The review window (File > Open a journal for review…) and a coachee's page in the Coaching area
both use this panel; each says where the draft goes (`keep`): a file in the reviewer's data
folder for the first, the portfolio for the second.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.clock import Clock
from coachapp.exchange.feedback import Review
from coachapp.exchange.markdown_html import markdown_html
from coachapp.exchange.reading import Item, build_report
from coachapp.i18n import Translatable
from coachapp.ui.common.autosave import Autosave
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import tone
from coachapp.words.report_words import ReportWords

AREA_ROLE = Qt.ItemDataRole.UserRole
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERALL = "overall"


class ReviewPanel(Retranslatable, QWidget):
    """`status`: a line for the status bar (how many comments, or why a draft was not kept)."""

    status = Signal(str)
    kept = Signal()  # the draft was written

    def __init__(
        self,
        export: dict[str, Any],
        review: Review,
        keep: Callable[[Review], str | None],
        *,
        clock: Clock,
        author_row: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """`keep(review)` writes the draft and returns None, or why it could not."""
        super().__init__(parent)
        self._clock = clock
        self._keep = keep
        self.review = review
        self.report = build_report(export, ReportWords())
        self._items: dict[str, tuple[str, Item]] = {}  # uuid -> (area, item)
        self._current: QTreeWidgetItem | None = None

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("reviewItems")
        self.tree.setHeaderHidden(True)
        self.reader = QTextBrowser(self)
        self.reader.setObjectName("reviewReader")
        self.reader.setOpenLinks(False)
        self.comment_label = QLabel(self)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("reviewComment")
        self.comment.setTabChangesFocus(True)
        self.comment_label.setBuddy(self.comment)
        self.author = QLineEdit(review.author, self)
        self.author.setObjectName("reviewAuthor")
        self.author_label = QLabel(self)
        self.author_label.setBuddy(self.author)
        self.autosave = Autosave(self, self._save_draft)
        self.comment.textChanged.connect(self._comment_edited)
        self.author.textEdited.connect(self.autosave.edited)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        if author_row:
            row = QHBoxLayout()
            row.addWidget(self.author_label)
            row.addWidget(self.author, 1)
            column.addLayout(row)
        column.addWidget(self.reader, 2)
        column.addWidget(self.comment_label)
        column.addWidget(self.comment, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._fill_tree()
        self.tree.currentItemChanged.connect(self._item_changed)
        self.tree.setCurrentItem(self.overall_item)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.author_label.setText(self.tr("&Reviewer:"))
        self.author.setPlaceholderText(self.tr("your name, as the manager will see it"))
        self.overall_item.setText(0, self.tr("Overall note"))
        self.tree.setAccessibleName(self.tr("Items of the export"))
        self.reader.setAccessibleName(self.tr("The item chosen"))
        current = self.tree.currentItem()
        if current is not None and current.data(0, AREA_ROLE) == OVERALL:
            self.comment_label.setText(self.tr("Your &overall note for the manager:"))
        else:
            self.comment_label.setText(self.tr("Your &comment on this item:"))

    def _fill_tree(self) -> None:
        overall = self.overall_item = QTreeWidgetItem()
        overall.setData(0, AREA_ROLE, OVERALL)
        self.tree.addTopLevelItem(overall)
        commented = self.review.commented()
        for section in self.report.sections:
            top = QTreeWidgetItem([section.title])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for item in section.items:
                self._items[item.uuid] = (section.key, item)
                child = QTreeWidgetItem([item.heading or "…"])
                child.setData(0, AREA_ROLE, section.key)
                child.setData(0, UUID_ROLE, item.uuid)
                child.setToolTip(0, item.facts)
                self._mark(child, item.uuid in commented)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self._mark(overall, bool(self.review.overall))

    def _mark(self, node: QTreeWidgetItem, commented: bool) -> None:
        """Commented items stand out in bold (and say so to screen readers)."""
        font = QFont(node.font(0))
        font.setBold(commented)
        node.setFont(0, font)
        node.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole,
                     self.tr("commented") if commented else "")  # fmt: skip

    # Reading and commenting

    def _item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.autosave.flush()
        self._current = None
        if current is None or current.data(0, AREA_ROLE) is None:
            self.reader.clear()
            self.comment.setEnabled(False)
            return
        uuid = current.data(0, UUID_ROLE)
        if current.data(0, AREA_ROLE) == OVERALL:
            self.reader.setHtml(self._overall_html())
            text = self.review.overall
            self.comment_label.setText(self.tr("Your &overall note for the manager:"))
        else:
            _area, item = self._items[uuid]
            self.reader.setHtml(_item_html(item, tone(self.palette(), "muted").name()))
            text = self.review.comment(uuid)
            self.comment_label.setText(self.tr("Your &comment on this item:"))
        self.comment.setEnabled(True)
        self.comment.blockSignals(True)
        self.comment.setPlainText(text)
        self.comment.blockSignals(False)
        self._current = current

    def _overall_html(self) -> str:
        lines = [f"<h2>{html.escape(self.report.title)}</h2>",
                 f"<p>{html.escape(self.report.subtitle)}</p><ul>"]  # fmt: skip
        for section in self.report.sections:
            line = self.tr("{section}: {count}").format(
                section=section.title, count=QLocale().toString(len(section.items))
            )
            lines.append(f"<li>{html.escape(line)}</li>")
        lines.append("</ul>")
        lines.append(f"<p>{html.escape(ReviewWords().how())}</p>")
        return "".join(lines)

    def _comment_edited(self) -> None:
        if self._current is not None:
            self.autosave.edited()

    def _save_draft(self, _leaving: bool) -> bool:
        """Put what is typed into the review and keep the draft."""
        now = self._clock.now()
        self.review.set_author(self.author.text().strip(), now)
        current = self._current
        if current is not None:
            text = self.comment.toPlainText()
            if current.data(0, AREA_ROLE) == OVERALL:
                self.review.set_overall(text, now)
            else:
                uuid = current.data(0, UUID_ROLE)
                area, item = self._items[uuid]
                self.review.set_comment(uuid, area, item.heading, text, now)
            self._mark(current, bool(text.strip()))
        refused = self._keep(self.review)
        if refused is not None:
            self.status.emit(
                self.tr("Your comments could not be kept: {reason}").format(reason=refused)
            )
            return False
        self.kept.emit()
        self.show_count()
        return True

    def show_count(self) -> None:
        count = len(self.review.commented()) + (1 if self.review.overall else 0)
        self.status.emit(ReviewWords().count(count))

    def has_feedback(self) -> bool:
        return bool(self.review.commented() or self.review.overall)


def _item_html(item: Item, muted: str) -> str:
    """The item as the exports show it: its Markdown rendered, headings under its own."""
    return (
        f"<h2>{html.escape(item.heading)}</h2>"
        f"<p style='color:{muted}'>{html.escape(item.facts)}</p>{markdown_html(item.body)}"
    )


class ReviewWords(Translatable):
    def count(self, n: int) -> str:
        return self.tr("%Ln comment(s) written; kept as you type.", "", n)

    def how(self) -> str:
        return self.tr(
            "Choose an item on the left to read it and write your comment under it. Your "
            "comments are kept as you type; save the feedback file to send them to the manager."
        )
