"""Review mode: a coach reads a manager's exported journal in a window of its own and writes
comments on items and an overall note, saved as a feedback file for the manager.

The export is only read: the reviewer's own journal is never touched. What the coach writes
is kept as a draft in the reviewer's data folder (one per export, written as they type), so
closing the window or the app loses nothing and opening the same export again goes on.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.clock import Clock
from coachapp.config import Settings
from coachapp.errors import UserError
from coachapp.exchange.feedback import Review, read_feedback
from coachapp.exchange.markdown_html import markdown_html
from coachapp.exchange.reading import Item, build_report
from coachapp.i18n import Translatable
from coachapp.ui.common import messages
from coachapp.ui.common.actions import new_action
from coachapp.ui.common.autosave import Autosave
from coachapp.ui.common.theme import tone
from coachapp.words.report_words import ReportWords

log = logging.getLogger("coachapp.ui")

AREA_ROLE = Qt.ItemDataRole.UserRole
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERALL = "overall"


class ReviewWindow(QMainWindow):
    def __init__(
        self,
        export: dict[str, Any],
        source: Path,
        drafts: Path,
        *,
        clock: Clock,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._clock = clock
        self._settings = settings
        self._source = source
        self.draft_path = drafts / f"{export['export_id'].lower()}.json"
        self.review = self._open_draft(export, settings.get("review.author"))
        words = ReportWords()
        self.report = build_report(export, words)
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
        self.author = QLineEdit(self.review.author, self)
        self.author.setObjectName("reviewAuthor")
        self.author_label = QLabel(self)
        self.author_label.setBuddy(self.author)
        self.autosave = Autosave(self, self._save_draft)
        self.comment.textChanged.connect(self._comment_edited)
        self.author.textEdited.connect(self.autosave.edited)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reader, 2)
        column.addWidget(self.comment_label)
        column.addWidget(self.comment, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        bar = QToolBar(self)
        bar.setObjectName("reviewBar")
        bar.setMovable(False)
        bar.addWidget(self.author_label)
        bar.addWidget(self.author)
        self.addToolBar(bar)
        self.act_save = new_action(
            self, "saveFeedback", self.save_feedback, QKeySequence(QKeySequence.StandardKey.Save)
        )
        self.act_close = new_action(
            self, "closeReview", self.close, QKeySequence(QKeySequence.StandardKey.Close)
        )
        self.menu = self.menuBar().addMenu("")
        self.menu.addActions([self.act_save, self.act_close])

        self._fill_tree()
        self.tree.currentItemChanged.connect(self._item_changed)
        self.tree.setCurrentItem(self.overall_item)
        self.resize(1000, 680)
        self._texts()

    def _texts(self) -> None:
        self.setWindowTitle(self.tr("Review: {name} (read only)").format(name=self._source.name))
        self.menu.setTitle(self.tr("Coach &feedback"))
        self.act_save.setText(self.tr("&Save the feedback file…"))
        self.act_close.setText(self.tr("&Close"))
        self.author_label.setText(self.tr("&Reviewer:"))
        self.author.setPlaceholderText(self.tr("your name, as the manager will see it"))
        self.overall_item.setText(0, self.tr("Overall note"))
        self._show_count()

    def _open_draft(self, export: dict[str, Any], author: str) -> Review:
        """The draft of an earlier session on this export, or a new review."""
        if self.draft_path.exists():
            try:
                draft = read_feedback(self.draft_path)
            except UserError as exc:
                log.warning("Review draft %s set aside: %s", self.draft_path.name, exc)
                self.draft_path.replace(self.draft_path.with_suffix(".damaged"))
            else:
                if draft["export_id"] == export["export_id"]:
                    return Review(draft)
        return Review.start(export, author, self._clock.now())

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
        words = ReviewWords()
        lines = [f"<h2>{html.escape(self.report.title)}</h2>",
                 f"<p>{html.escape(self.report.subtitle)}</p><ul>"]  # fmt: skip
        for section in self.report.sections:
            line = self.tr("{section}: {count}").format(
                section=section.title, count=QLocale().toString(len(section.items))
            )
            lines.append(f"<li>{html.escape(line)}</li>")
        lines.append("</ul>")
        lines.append(f"<p>{html.escape(words.how())}</p>")
        return "".join(lines)

    def _comment_edited(self) -> None:
        if self._current is not None:
            self.autosave.edited()

    def _save_draft(self, _leaving: bool) -> bool:
        """Put what is typed into the review and write the draft (atomically)."""
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
        try:
            self.review.save(self.draft_path)
        except OSError as exc:
            log.warning("Review draft not written: %s", exc)
            self.statusBar().showMessage(
                self.tr("Your comments could not be kept: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
            return False
        self._settings.set("review.author", self.review.author)
        self._show_count()
        return True

    def _show_count(self) -> None:
        count = len(self.review.commented()) + (1 if self.review.overall else 0)
        self.statusBar().showMessage(ReviewWords().count(count))

    # Saving for the manager

    def save_feedback(self) -> Path | None:
        self.autosave.flush_now()
        if not self.review.commented() and not self.review.overall:
            messages.information(
                self, self.tr("Nothing to send yet"),
                self.tr("Write a comment on an item, or an overall note, first."),
            )  # fmt: skip
            return None
        stem = re.sub(r"[^\w-]+", "-", self._source.stem).strip("-") or "journal"
        folder = self._settings.get("export.folder") or str(self._source.parent)
        suggested = Path(folder) / f"{stem}-feedback.json"
        out = messages.save_file(
            self, self.tr("Save the feedback file"), suggested,
            self.tr("Coach feedback files (*.json)"),
        )  # fmt: skip
        if out is None:
            return None
        if out.suffix.lower() != ".json":
            out = out.with_name(out.name + ".json")
        try:
            self.review.save(out)
        except OSError as exc:
            messages.error(
                self, self.tr("Cannot save the feedback"),
                self.tr("The file {path} could not be written: {reason}").format(
                    path=out, reason=exc.strerror or exc
                ),
            )  # fmt: skip
            return None
        self.statusBar().showMessage(
            self.tr("Feedback saved to {name}: send it to the manager.").format(name=out.name)
        )
        return out

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave.flush(leaving=True)
        super().closeEvent(event)


def _item_html(item: Item, muted: str) -> str:
    """The item as the exports show it: its Markdown rendered, headings under its own; its
    facts in `muted`, the theme's quieter text colour."""
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
