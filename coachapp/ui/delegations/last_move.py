"""The last move on the delegation board, said in words, with a way back (also Ctrl+Z on the
board): the history keeps the move and the way back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coachapp.errors import NotFoundError, ValidationError
from coachapp.services.delegations.delegations import DelegationRecord, DelegationService
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.words.growth_labels import level_label


class LastMove(Retranslatable, QFrame):
    def __init__(self, delegations: DelegationService, parent: QWidget) -> None:
        super().__init__(parent)
        self._delegations = delegations
        self._undoable: tuple[DelegationRecord, DelegationRecord] | None = None  # before, after
        self.setObjectName("moveLine")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.move_message = QLabel(self)
        self.move_message.setObjectName("moveMessage")
        self.move_message.setWordWrap(True)
        self.move_message.setTextFormat(Qt.TextFormat.PlainText)  # areas are the user's words
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoMove")
        line = QHBoxLayout(self)
        line.addWidget(self.move_message, 1)
        line.addWidget(self.undo_button)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo this move (Ctrl+Z on the board)"))

    def moved(self, before: DelegationRecord, after: DelegationRecord) -> None:
        """Say where the delegation is now, and offer to take the move back."""
        self._undoable = (before, after)
        self.move_message.setText(
            self.tr("{delegate}: “{area}” is now at {level}.").format(
                delegate=after.delegate, area=after.draft.area, level=level_label(after.draft.level)
            )
        )
        self.undo_button.setAccessibleName(
            self.tr("Undo the move of “{area}”").format(area=after.draft.area)
        )
        self.undo_button.show()
        self.show()

    def undo(self) -> DelegationRecord | None:
        """Take the last move back: the delegation as it is again (None: no move to undo).

        The journal's refusal (the delegation changed since, or went) is raised, the line gone.
        """
        if self._undoable is None:
            return None
        before, after = self._undoable
        self._undoable = None
        self.undo_button.hide()
        try:
            back = self._delegations.undo_level_change(before, after, reason=self.tr("Move undone"))
        except (ValidationError, NotFoundError):
            self.hide()
            raise
        self.move_message.setText(
            self.tr("“{area}” is back at {level}.").format(
                area=back.draft.area, level=level_label(back.draft.level)
            )
        )
        return back

    def forget(self) -> None:
        """Something else changed: the last move is no longer the one to undo."""
        self._undoable = None
        self.hide()
