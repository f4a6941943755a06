"""Why a delegation moves on the board: asked before the move is recorded, kept in its history.

A move is one key press or one drag away; the reason typed here is what makes it a decision
rather than a slip. Quick with the keyboard: the reason field has the focus, Enter records,
Escape leaves everything as it was.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from coachapp.services.delegations.delegation_levels import next_checkin
from coachapp.services.delegations.delegations import (
    MAX_REASON,
    DelegationRecord,
    DelegationService,
    Source,
)
from coachapp.ui.common.dates import day_text
from coachapp.ui.common.form_dialog import FormDialog
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel
from coachapp.words.growth_labels import level_label, level_meaning


class LevelReasonDialog(Retranslatable, FormDialog):
    """Moves `record` to `level` with the reason typed; `saved` holds it once accepted."""

    def __init__(
        self,
        delegations: DelegationService,
        record: DelegationRecord,
        level: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("levelReasonDialog")
        self._delegations = delegations
        self._record = record
        self._level = level
        self.saved: DelegationRecord | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.change = QLabel(self)
        self.change.setObjectName("change")
        self.change.setWordWrap(True)
        self.change.setTextFormat(Qt.TextFormat.PlainText)
        self.meaning = ToneLabel("muted", self)
        self.meaning.setObjectName("meaning")
        self.reason_label = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(MAX_REASON)
        self.reason_label.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.change)
        layout.addWidget(self.meaning)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        self.add_error_and_buttons(layout)
        layout.insertStretch(layout.indexOf(self.buttons), 1)  # the error stays by the reason
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.reason.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        record, level = self._record, self._level
        self.setWindowTitle(self.tr("Change the level"))
        self.heading.setText(
            self.tr("<b>{area}</b> — delegated to {delegate}").format(
                area=html.escape(record.draft.area), delegate=html.escape(record.delegate)
            )
        )
        self.change.setText(
            self.tr("From {old} to {new}").format(
                old=level_label(record.draft.level), new=level_label(level)
            )
        )
        following = next_checkin(
            self._delegations.today(), level, record.draft.cadence_days, level_changed=True
        )
        self.meaning.setText(
            self.tr("{meaning} Next check-in: {date}.").format(
                meaning=level_meaning(level), date=day_text(following)
            )
        )
        self.reason_label.setText(self.tr("&Why does the level change?"))
        self.reason.setPlaceholderText(self.tr("Required: it is kept in the delegation’s history"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Change level"))

    def save(self) -> None:
        self.saved = self._delegations.change_level(
            self._record.uuid, self._level, reason=self.reason.text(), source=Source.BOARD
        )

    def field_for(self, _name: str, /) -> QWidget | None:
        return self.reason  # the only field: whatever the refusal, the reason is what to fix
