"""The review tools on a coachee's export (the review window's panel), the feedback file written
from them for the manager, and the history of the feedback sent: when, on which export, and
whether the manager brought it in (a later export of their journal carries its comments)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.config import Settings
from coachapp.errors import UserError
from coachapp.exchange.feedback import Review
from coachapp.i18n import format_datetime, render_error
from coachapp.services.coaching.workspace import Coaching
from coachapp.ui.common import messages
from coachapp.ui.common.record_list import Listing
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.exchange.review_panel import ReviewPanel

EXPORT_ROLE = Qt.ItemDataRole.UserRole


class FeedbackTab(Retranslatable, QWidget):
    status = Signal(str)
    sent = Signal()  # a feedback file was written

    def __init__(
        self, coaching: Coaching, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._coaching = coaching
        self._settings = settings
        self._coachee = ""
        self.panel: ReviewPanel | None = None
        self.choice_label = QLabel(self)
        self.choice = QComboBox(self)
        self.choice.setObjectName("reviewedExport")
        self.choice_label.setBuddy(self.choice)
        self.choice.currentIndexChanged.connect(self._export_chosen)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCoacheeFeedback")
        self.save_button.clicked.connect(self.save_feedback)
        self.history_label = QLabel(self)
        self.history = Listing(self, "feedbackHistory", 5, stretch=1)
        self.history_label.setBuddy(self.history)
        self.history.setMaximumHeight(140)
        top = QHBoxLayout()
        top.addWidget(self.choice_label)
        top.addWidget(self.choice, 1)
        top.addWidget(self.save_button)
        self.holder = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.holder, 1)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.choice_label.setText(self.tr("&Export reviewed:"))
        self.save_button.setText(self.tr("&Save the feedback file…"))
        self.save_button.setToolTip(
            self.tr("Your comments and overall note on this export, as a file for the manager")
        )
        self.history_label.setText(self.tr("Feedback &sent:"))
        self.history.setHeaderLabels([
            self.tr("Written"), self.tr("File"), self.tr("On the export of"),
            self.tr("Comments"), self.tr("Brought in by the manager"),
        ])  # fmt: skip
        self.history.setAccessibleName(self.tr("Feedback sent"))
        if self._coachee:
            self._fill_history()

    def show_coachee(self, coachee_uuid: str) -> None:
        self.flush()
        self._coachee = coachee_uuid
        self.choice.blockSignals(True)
        self.choice.clear()
        exports = self._coaching.portfolio.exports(coachee_uuid) if coachee_uuid else []
        for export in reversed(exports):
            label = f"{format_datetime(export.exported_at)} · {export.file_name}"
            self.choice.addItem(label, export.export_id)
        self.choice.blockSignals(False)
        self._export_chosen()
        self.history.clear()
        if coachee_uuid:
            self._fill_history()

    def flush(self) -> None:
        if self.panel is not None:
            self.panel.autosave.flush(leaving=True)

    def _export_chosen(self) -> None:
        self.flush()
        if self.panel is not None:
            self.panel.hide()
            self.panel.deleteLater()
            self.panel = None
        export_id = self.choice.currentData()
        self.save_button.setEnabled(export_id is not None)
        if export_id is None:
            return
        coaching = self._coaching
        review = coaching.reviews.draft(export_id, self._settings.get("review.author"))
        self.panel = ReviewPanel(coaching.portfolio.document(export_id), review, self._keep,
                                 clock=coaching.store.clock, parent=self)  # fmt: skip
        self.panel.setObjectName("coacheeReview")
        self.panel.status.connect(self.status)
        self.holder.addWidget(self.panel)
        QWidget.setTabOrder(self.save_button, self.panel.author)

    def _keep(self, review: Review) -> str | None:
        try:
            self._coaching.reviews.keep(review)
        except UserError as exc:
            return render_error(exc)
        if review.author:
            self._settings.set("review.author", review.author)
        return None

    def save_feedback(self) -> Path | None:
        panel = self.panel
        if panel is None:
            return None
        panel.autosave.flush_now()
        if not panel.has_feedback():
            messages.information(
                self, self.tr("Nothing to send yet"),
                self.tr("Write a comment on an item, or an overall note, first."),
            )  # fmt: skip
            return None
        name = self._coaching.portfolio.coachee(self._coachee).name
        stem = re.sub(r"[^\w-]+", "-", name).strip("-") or "coachee"
        folder = self._settings.get("export.folder") or str(Path.home())
        out = messages.save_file(
            self, self.tr("Save the feedback file for {name}").format(name=name),
            Path(folder) / f"{stem}-feedback.json", self.tr("Coach feedback files (*.json)"),
        )  # fmt: skip
        if out is None:
            return None
        if out.suffix.lower() != ".json":
            out = out.with_name(out.name + ".json")
        try:
            self._coaching.reviews.write_feedback(panel.review, out)
        except OSError as exc:
            messages.error(
                self, self.tr("Cannot save the feedback"),
                self.tr("The file {path} could not be written: {reason}").format(
                    path=out, reason=exc.strerror or exc
                ),
            )  # fmt: skip
            return None
        self._fill_history()
        self.status.emit(
            self.tr("Feedback saved to {name}: send it to the manager.").format(name=out.name)
        )
        self.sent.emit()
        return out

    def _fill_history(self) -> None:
        self.history.clear()
        for sent in self._coaching.reviews.history(self._coachee):
            brought = (format_datetime(sent.brought_in) if sent.brought_in
                       else self.tr("not yet"))  # fmt: skip
            row = QTreeWidgetItem([
                format_datetime(sent.written_at), sent.path.name, format_datetime(sent.answered),
                str(sent.comments), brought,
            ])  # fmt: skip
            row.setToolTip(1, str(sent.path))
            self.history.addTopLevelItem(row)
        if self.history.topLevelItemCount() == 0:
            self.history.addTopLevelItem(QTreeWidgetItem([self.tr("None yet.")]))
