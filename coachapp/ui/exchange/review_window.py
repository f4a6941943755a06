"""Review mode: a coach reads a manager's exported journal in a window of its own and writes
comments on items and an overall note, saved as a feedback file for the manager.

The export is only read: the reviewer's own journal is never touched. What the coach writes
is kept as a draft in the reviewer's data folder (one per export, written as they type), so
closing the window or the app loses nothing and opening the same export again goes on. The
reading and commenting are the review panel's, which the Coaching area uses too.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from coachapp.clock import Clock
from coachapp.config import Settings
from coachapp.errors import UserError
from coachapp.exchange.feedback import Review, read_feedback
from coachapp.ui.common import messages
from coachapp.ui.common.actions import new_action
from coachapp.ui.exchange.review_panel import UUID_ROLE as UUID_ROLE
from coachapp.ui.exchange.review_panel import ReviewPanel

log = logging.getLogger("coachapp.ui")


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
        self._settings = settings
        self._source = source
        self.draft_path = drafts / f"{export['export_id'].lower()}.json"
        review = self._open_draft(export, settings.get("review.author"), clock)
        self.panel = ReviewPanel(export, review, self._keep, clock=clock, author_row=False,
                                 parent=self)  # fmt: skip
        self.panel.status.connect(self.statusBar().showMessage)
        self.setCentralWidget(self.panel)
        bar = QToolBar(self)
        bar.setObjectName("reviewBar")
        bar.setMovable(False)
        bar.addWidget(self.panel.author_label)
        bar.addWidget(self.panel.author)
        self.addToolBar(bar)
        self.act_save = new_action(
            self, "saveFeedback", self.save_feedback, QKeySequence(QKeySequence.StandardKey.Save)
        )
        self.act_close = new_action(
            self, "closeReview", self.close, QKeySequence(QKeySequence.StandardKey.Close)
        )
        self.menu = self.menuBar().addMenu("")
        self.menu.addActions([self.act_save, self.act_close])
        self.resize(1000, 680)
        self._texts()

    # The panel's parts, as the window's (what people reach in it).

    @property
    def review(self) -> Review:
        return self.panel.review

    @property
    def tree(self) -> Any:
        return self.panel.tree

    @property
    def reader(self) -> Any:
        return self.panel.reader

    @property
    def comment(self) -> Any:
        return self.panel.comment

    @property
    def author(self) -> Any:
        return self.panel.author

    @property
    def overall_item(self) -> Any:
        return self.panel.overall_item

    def _texts(self) -> None:
        self.setWindowTitle(self.tr("Review: {name} (read only)").format(name=self._source.name))
        self.menu.setTitle(self.tr("Coach &feedback"))
        self.act_save.setText(self.tr("&Save the feedback file…"))
        self.act_close.setText(self.tr("&Close"))
        self.panel.show_count()

    def _open_draft(self, export: dict[str, Any], author: str, clock: Clock) -> Review:
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
        return Review.start(export, author, clock.now())

    def _keep(self, review: Review) -> str | None:
        """The draft, written atomically in the reviewer's data folder."""
        try:
            review.save(self.draft_path)
        except OSError as exc:
            log.warning("Review draft not written: %s", exc)
            return str(exc.strerror or exc)
        self._settings.set("review.author", review.author)
        return None

    # Saving for the manager

    def save_feedback(self) -> Path | None:
        self.panel.autosave.flush_now()
        if not self.panel.has_feedback():
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
        self.panel.autosave.flush(leaving=True)
        super().closeEvent(event)
