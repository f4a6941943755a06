"""The coach's comments on the record being shown, under its title; seen once shown."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from coachapp.i18n import format_value
from coachapp.services.feedback import FeedbackService
from coachapp.timezones import local_zone


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
            who = self.tr("{author}, {day}").format(
                author=comment.author or self.tr("your coach"),
                day=format_value(comment.written_at.astimezone(local_zone()).date()),
            )
            text = html.escape(comment.text).replace("\n", "<br>")
            parts.append(f"<p><i>{html.escape(who)}</i><br>{text}</p>")
        self.setText("".join(parts))
        self.show()
        unseen = [comment.uuid for comment in comments if not comment.seen]
        if unseen:
            self._feedback.mark_seen(unseen)
