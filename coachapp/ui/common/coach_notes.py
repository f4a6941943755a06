"""The coach's comments: on the record being shown, under its title (seen once shown), and as
cards on Today, each read in full, opened or marked read on its own."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachapp.i18n import format_value, translate
from coachapp.timezones import local_zone
from coachapp.ui.common.widgets import ToneLabel
from coachapp.words.labels import record_kind_label

if TYPE_CHECKING:  # its module loads after the first paint
    from coachapp.services.exchange.feedback import Comment, FeedbackService


def signature(comment: Comment) -> str:
    """Who wrote the comment, and the day they last changed it."""
    return translate("CoachNotes", "{author}, {day}").format(
        author=comment.author or translate("CoachNotes", "your coach"),
        day=format_value(comment.written_at.astimezone(local_zone()).date()),
    )


class CoachNotes(QLabel):
    """Hidden while the record has no comment from a coach."""

    def __init__(self, feedback: FeedbackService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachNotes")
        self._feedback = feedback
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(6)
        self.hide()

    def show_for(self, item_uuid: str | None) -> None:
        comments = self._feedback.on(item_uuid) if item_uuid else []
        if not comments:
            self.clear()
            self.hide()
            return
        title = self.tr("From your coach")
        parts = [f"<b>{html.escape(title)}</b>"]
        for comment in comments:
            text = html.escape(comment.text).replace("\n", "<br>")
            parts.append(f"<p><i>{html.escape(signature(comment))}</i><br>{text}</p>")
        self.setText("".join(parts))
        self.show()
        unseen = [comment.uuid for comment in comments if not comment.seen]
        if unseen:
            self._feedback.mark_seen(unseen)


class FeedbackCard(QFrame):
    """One comment: what it is about, the whole comment, who wrote it and when; open what it is
    about, or mark it read."""

    open_requested = Signal(object)  # the Comment
    read_requested = Signal(str)  # the comment's UUID

    def __init__(self, comment: Comment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comment = comment
        self.setObjectName("feedbackCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        if comment.item_uuid:
            kind = record_kind_label(comment.item_kind)
            about = self.tr("{kind}: {title}").format(kind=kind, title=comment.item_title)
            about = about if comment.item_title.strip() else kind
        else:
            about = self.tr("Overall note")
        self.about = QLabel(f"<b>{html.escape(about)}</b>", self)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setWordWrap(True)
        self.text = QLabel(comment.text, self)
        self.text.setObjectName("feedbackText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        signed = signature(comment)
        self.signed = ToneLabel("muted", self)
        self.signed.setText(self.tr("{signed} · read").format(signed=signed) if comment.seen
                            else signed)  # fmt: skip
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addWidget(self.signed, 1)
        if comment.item_uuid:
            self.open_button = QPushButton(self.tr("Open"), self)
            self.open_button.setObjectName("openFeedback")
            self.open_button.setToolTip(self.tr("Open what the comment is about"))
            self.open_button.clicked.connect(lambda: self.open_requested.emit(comment))
            self.buttons.append(self.open_button)
        if not comment.seen:
            self.read_button = QPushButton(self.tr("Mark as read"), self)
            self.read_button.setObjectName("markRead")
            self.read_button.clicked.connect(lambda: self.read_requested.emit(comment.uuid))
            self.buttons.append(self.read_button)
        for button in self.buttons:
            button.setAccessibleDescription(about)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        self.setAccessibleName(about)
        self.setAccessibleDescription(f"{comment.text}\n{self.signed.text()}")
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.about)
        layout.addWidget(self.text)
        layout.addLayout(row)


class FeedbackList(QScrollArea):
    """Cards of comments, one under the other, as tall as they are up to `cap` pixels, then
    scrolled: a long comment is read in full without pushing the rest of the page away."""

    open_requested = Signal(object)  # the Comment
    read_requested = Signal(str)  # the comment's UUID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachFeedback")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._cap = 240
        self._content = QWidget(self)
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self._content)
        self.viewport().installEventFilter(self)
        self._content.installEventFilter(self)  # cards shown, hidden or grown

    def show_comments(self, comments: list[Comment]) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        for comment in comments:
            card = FeedbackCard(comment, self._content)
            card.open_requested.connect(self.open_requested)
            card.read_requested.connect(self.read_requested)
            self._layout.addWidget(card)
            card.show()  # now, not at the next turn of the event loop: measured right away
        self._fit()

    def cards(self) -> list[FeedbackCard]:
        items = (self._layout.itemAt(i) for i in range(self._layout.count()))
        return [w for item in items if item and isinstance(w := item.widget(), FeedbackCard)]

    def set_cap(self, height: int) -> None:
        if height != self._cap:
            self._cap = height
            self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.viewport() and event.type() == QEvent.Type.Resize) or (
            watched is self._content and event.type() == QEvent.Type.LayoutRequest
        ):
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        needed = self._content.heightForWidth(self.viewport().width())
        if needed < 0:
            needed = self._content.sizeHint().height()
        self.setFixedHeight(min(needed + 2 * self.frameWidth(), self._cap))
