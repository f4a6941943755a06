"""A coachee's timeline of exports, and what changed from the export before to the one chosen,
read as a digest: a heading per area, a sentence per change."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coachapp.i18n import format_datetime
from coachapp.services.coaching.changes import AREAS, Digest
from coachapp.services.coaching.portfolio import ExportRef
from coachapp.services.coaching.workspace import Coaching
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.words.coaching_words import CoachingWords

EXPORT_ROLE = Qt.ItemDataRole.UserRole


def digest_html(digest: Digest) -> str:
    """The digest as rich text: a heading, then each area that changed with its sentences."""
    words = CoachingWords()
    parts = [f"<p><b>{html.escape(words.digest_heading(digest))}</b></p>"]
    for area in AREAS:
        changes = digest.of(area)
        if changes:
            parts.append(f"<h3>{html.escape(words.area(area))} ({len(changes)})</h3><ul>")
            parts += [f"<li>{html.escape(words.change(c))}</li>" for c in changes]
            parts.append("</ul>")
    return "".join(parts)


class ChangesTab(Retranslatable, QWidget):
    def __init__(self, coaching: Coaching, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._coaching = coaching
        self._coachee = ""
        self._exports: list[ExportRef] = []
        self.timeline_label = QLabel(self)
        self.timeline = QListWidget(self)
        self.timeline.setObjectName("exportTimeline")
        self.timeline_label.setBuddy(self.timeline)
        self.timeline.currentItemChanged.connect(self._chosen)
        self.digest_label = QLabel(self)
        self.digest = QTextBrowser(self)
        self.digest.setObjectName("digest")
        self.digest.setOpenLinks(False)
        self.digest_label.setBuddy(self.digest)
        left, right = QWidget(self), QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.timeline_label)
        column.addWidget(self.timeline)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.digest_label)
        column.addWidget(self.digest)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.timeline_label.setText(self.tr("&Exports received, the latest first:"))
        self.timeline.setAccessibleName(self.tr("Exports received"))
        self.digest.setAccessibleName(self.tr("What changed"))
        self._fill()

    def show_coachee(self, coachee_uuid: str) -> None:
        self._coachee = coachee_uuid
        self._exports = self._coaching.portfolio.exports(coachee_uuid)
        self._fill()

    def _fill(self) -> None:
        self.timeline.blockSignals(True)
        self.timeline.clear()
        for export in reversed(self._exports):
            line = self.tr("{day} · %n entry(ies)", "", export.entries).format(
                day=format_datetime(export.exported_at)
            )
            item = QListWidgetItem(f"{line}\n{export.file_name}", self.timeline)
            item.setData(EXPORT_ROLE, export.export_id)
            item.setToolTip(
                self.tr("Names replaced by aliases") if export.pseudonymised
                else self.tr("Names as written")
            )  # fmt: skip
        self.timeline.blockSignals(False)
        if self.timeline.count():
            self.timeline.setCurrentRow(0)
        else:
            self.digest.setHtml(html.escape(self.tr("No export yet.")))
            self.digest_label.setText(self.tr("What changed"))

    def _chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None or not self._coachee:
            return
        export_id = current.data(EXPORT_ROLE)
        made = next(e.exported_at for e in self._exports if e.export_id == export_id)
        self.digest_label.setText(
            self.tr("&What changed up to the export of {day}:").format(day=format_datetime(made))
        )
        self.digest.setHtml(digest_html(self._coaching.portfolio.digest(self._coachee, export_id)))
