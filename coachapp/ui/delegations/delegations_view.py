"""The delegations area: the board, the commitments with their history, the check-ins due,
and delegation poker."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.errors import NotFoundError, ValidationError
from coachapp.services.delegations.delegations import DelegationRecord, DelegationStatus
from coachapp.ui.common import messages
from coachapp.ui.common.dates import day_text
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.geometry import side_by_side
from coachapp.ui.common.icons import icon
from coachapp.ui.common.lazy_view import RefreshedWhenShown
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import tone
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.common.wrapping import wrap_column
from coachapp.ui.delegations.checkin_dialog import CheckInDialog
from coachapp.ui.delegations.delegation_board import DelegationBoard
from coachapp.ui.delegations.delegation_dialog import DelegationDialog
from coachapp.ui.delegations.delegation_panel import DelegationPanel
from coachapp.ui.delegations.level_reason_dialog import LevelReasonDialog
from coachapp.ui.delegations.level_style import level_icon
from coachapp.ui.delegations.poker_panel import PokerPanel
from coachapp.words.growth_labels import delegation_status_label, level_label

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
BOARD, LIST, DUE, POKER = range(4)
SPLITTER_KEY = "delegations.splitter"
STATUS_COLUMN = 4


class _Row(QTreeWidgetItem):
    """Sorts a column by its sort value when it has one (days, not their local spelling)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        # Not super().__lt__: PySide calls this override again from there, endlessly.
        return self.text(column).casefold() < other.text(column).casefold()


class DelegationsView(RefreshedWhenShown, Retranslatable, QWidget):
    status = Signal(str)
    entry_requested = Signal(str)

    def __init__(self, journal: Journal, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._delegations = journal.delegations
        self._events = events

        self.who = QComboBox(self)
        self.who.setObjectName("who")
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_closed = QCheckBox(self)
        self.show_closed.setObjectName("showClosed")
        self.show_closed.toggled.connect(lambda _on: self.refresh())
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newDelegation")
        self.new_button.clicked.connect(lambda _checked=False: self.new_delegation())
        tools = QHBoxLayout()
        tools.addWidget(self.who, 1)
        tools.addWidget(self.show_closed)
        tools.addWidget(self.new_button)

        # The last move on the board, with a way back: (before, after).
        self._undoable: tuple[DelegationRecord, DelegationRecord] | None = None
        self.move_line = QFrame(self)
        self.move_line.setObjectName("moveLine")
        self.move_line.setFrameShape(QFrame.Shape.StyledPanel)
        self.move_message = QLabel(self.move_line)
        self.move_message.setObjectName("moveMessage")
        self.move_message.setWordWrap(True)
        self.move_message.setTextFormat(Qt.TextFormat.PlainText)  # areas are the user's words
        self.undo_button = QPushButton(self.move_line)
        self.undo_button.setObjectName("undoMove")
        self.undo_button.clicked.connect(lambda _checked=False: self.undo_move())
        line = QHBoxLayout(self.move_line)
        line.addWidget(self.move_message, 1)
        line.addWidget(self.undo_button)
        self.move_line.hide()

        # Board
        self.board = DelegationBoard(self)
        self.board.moved.connect(self.move_level)
        self.board.activated.connect(self.open_delegation)
        self.board.undo_requested.connect(self.undo_move)
        self.board_hint = ToneLabel("muted", self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        board_page = QWidget(self)
        board_layout = QVBoxLayout(board_page)
        board_layout.addWidget(self.board_hint)
        board_layout.addWidget(scroll, 1)

        # Commitments
        self.list = QTreeWidget(self)
        self.list.setObjectName("delegations")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(5)
        self.list.setAlternatingRowColors(True)
        self.list.setSortingEnabled(True)
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        wrap_column(self.list, 0)  # what is delegated reads whole, on several lines if need be
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.panel = DelegationPanel(self._delegations, journal.feedback, self)
        self.panel.checkin_requested.connect(self.check_in)
        self.panel.edit_requested.connect(self.edit)
        self.panel.trash_requested.connect(self.trash)
        self.panel.entry_requested.connect(self.entry_requested)
        commitments = side_by_side(
            self, [(self.list, 1), (self.panel, 0)], journal.settings, SPLITTER_KEY,
            self._first_sizes,
        )  # fmt: skip

        # Check-ins due
        self.due = QTreeWidget(self)
        self.due.setObjectName("due")
        self.due.setRootIsDecorated(False)
        self.due.setColumnCount(4)
        self.due.setAlternatingRowColors(True)
        self.due.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.due.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.due.header().setStretchLastSection(False)
        self.due.itemActivated.connect(lambda item, _c: self.check_in(item.data(0, UUID_ROLE)))
        self.due_empty = QLabel(self)
        self.due_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        due_page = QWidget(self)
        due_layout = QVBoxLayout(due_page)
        due_layout.addWidget(self.due, 1)
        due_layout.addWidget(self.due_empty, 1)

        # Poker
        self.poker = PokerPanel(journal.poker, self._delegations, journal.people, self)
        self.poker.status.connect(self.status)
        self.poker.recorded.connect(self._poker_recorded)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("delegationTabs")
        for page in (board_page, commitments, due_page, self.poker):
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.move_line)
        layout.addWidget(self.tabs, 1)
        events.changed.connect(self._on_data_changed)
        events.reloaded.connect(self.refresh_when_shown)
        events.reloaded.connect(self._forget_move)
        self.retranslate_ui()

    # Texts and icons

    def _first_sizes(self, width: int) -> list[int]:
        """The list gets what the panel leaves: the panel at its least, the rest listed."""
        panel = min(max(self.panel.minimumSizeHint().width(), width * 9 // 20), width // 2)
        return [width - panel, panel]

    def retranslate_ui(self) -> None:
        titles = (self.tr("&Board"), self.tr("Co&mmitments"), self.tr("Check-ins &due"),
                  self.tr("Delegation &poker"))  # fmt: skip
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.show_closed.setText(self.tr("Show completed and withdrawn"))
        self.new_button.setText(self.tr("New delegation…"))
        self.new_button.setToolTip(self.tr("New delegation (Ctrl+Shift+D)"))
        self.board_hint.setText(
            self.tr(
                "Drag a marker along its row, or select it and press Left or Right, then say "
                "why: the move and its reason are kept in the delegation's history (Ctrl+Z "
                "undoes it). Enter opens it. A dotted outline shows the level you aim at."
            )
        )
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo this move (Ctrl+Z on the board)"))
        self.list.setHeaderLabels([self.tr("What"), self.tr("To"), self.tr("Level"),
                                   self.tr("Next check-in"), self.tr("Status")])  # fmt: skip
        self.due.setHeaderLabels([self.tr("Due"), self.tr("What"), self.tr("To"), self.tr("Level")])
        self.due_empty.setText(self.tr("No check-in is due. Well done."))
        if self.who.count():
            self.who.setItemText(0, self.tr("Everyone"))
        # Lists hold translated words: read them again, after this event, once on screen.
        self._stale = True
        QTimer.singleShot(0, self.refresh_when_shown)

    def refresh_icons(self) -> None:
        self.new_button.setIcon(icon("delegation-add"))
        self.panel.refresh_icons()
        self.poker.refresh_icons()
        self.tabs.setTabIcon(POKER, icon("poker"))
        self.tabs.setTabIcon(DUE, icon("checkin"))

    # Reading

    def _fill_who(self) -> None:
        current = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("Everyone"), None)
        for team in self._delegations.teams():
            self.who.addItem(self.tr("Team: {team}").format(team=team), f"team:{team}")
        for person in self._journal.people.search(include_inactive=True):
            self.who.addItem(person.name, f"person:{person.uuid}")
        self.who.setCurrentIndex(max(0, self.who.findData(current)))
        self.who.blockSignals(False)

    def _records(self) -> list[DelegationRecord]:
        statuses = tuple(DelegationStatus) if self.show_closed.isChecked() else (
            DelegationStatus.ACTIVE,
        )  # fmt: skip
        kind, _, value = (self.who.currentData() or "").partition(":")
        if kind == "team":
            return self._delegations.find(team=value, statuses=statuses)
        if kind == "person":
            return self._delegations.find(person_uuid=value, statuses=statuses)
        return self._delegations.find(statuses=statuses)

    def refresh(self) -> None:
        """Re-read what the visible tab shows."""
        self._fill_who()
        index = self.tabs.currentIndex()
        shown = {record.uuid for record in self._records()}
        due = [record for record in self._delegations.due() if record.uuid in shown]
        self.tabs.setTabText(
            DUE,
            self.tr("Check-ins &due ({count})").format(count=len(due))
            if due
            else self.tr("Check-ins &due"),
        )
        if index == BOARD:
            self.board.set_records(self._records())
        elif index == LIST:
            self._fill_list()
        elif index == DUE:
            self._fill_due(due)
        else:
            self.poker.refresh()

    def _fill_list(self) -> None:
        current = self.panel.record.uuid if self.panel.record else None
        self.list.setSortingEnabled(False)
        self.list.clear()
        # Only active ones are listed unless asked: their status says nothing then.
        self.list.setColumnHidden(STATUS_COLUMN, not self.show_closed.isChecked())
        today = self._delegations.today()
        selected = None
        for record in self._records():
            draft = record.draft
            nxt = day_text(draft.next_checkin) if draft.next_checkin else ""
            late = draft.next_checkin is not None and record.overdue(today)
            if late and draft.next_checkin is not None:  # said in words, not by colour alone
                nxt = self.tr("{date} (late)").format(date=nxt)
            # Levels as numbers (the icon and the panel name them), so the area has room.
            item = _Row([draft.area, record.delegate, f"{draft.level} → {draft.target_level}",
                         nxt, delegation_status_label(draft.status)])  # fmt: skip
            item.setIcon(2, level_icon(draft.level, self.palette()))
            item.setToolTip(2, f"{level_label(draft.level)} → {level_label(draft.target_level)}")
            item.setToolTip(0, draft.area)
            item.setData(0, UUID_ROLE, record.uuid)
            item.setData(2, SORT_ROLE, draft.level)
            item.setData(3, SORT_ROLE, draft.next_checkin.isoformat() if draft.next_checkin
                         else "9999")  # fmt: skip
            if late:
                item.setForeground(3, tone(self.palette(), "warning"))
                item.setToolTip(3, self.tr("Check-in overdue"))
            self.list.addTopLevelItem(item)
            if record.uuid == current:
                selected = item
        self.list.setSortingEnabled(True)
        if selected is not None:
            self.list.setCurrentItem(selected)
        self.panel.show_delegation(current if selected is not None else None)

    def _fill_due(self, due: list[DelegationRecord]) -> None:
        self.due.clear()
        today = self._delegations.today()
        for record in due:
            draft = record.draft
            assert draft.next_checkin is not None
            late = (today - draft.next_checkin).days
            when = day_text(draft.next_checkin)
            if late > 0:
                when = self.tr("{date} (%n day(s) late)", "", late).format(date=when)
            item = QTreeWidgetItem([when, draft.area, record.delegate, level_label(draft.level)])
            item.setIcon(3, level_icon(draft.level, self.palette()))
            item.setData(0, UUID_ROLE, record.uuid)
            if late > 0:
                item.setForeground(0, tone(self.palette(), "warning"))
            self.due.addTopLevelItem(item)
        self.due.setVisible(bool(due))
        self.due_empty.setVisible(not due)

    def _selected(self) -> None:
        item = self.list.currentItem()
        self.panel.show_delegation(item.data(0, UUID_ROLE) if item is not None else None)

    def _on_data_changed(self, kind: str) -> None:
        if kind in ("person", "trash", "entry"):
            self.refresh_when_shown()
        if kind in ("person", "trash"):
            self._forget_move()

    # Actions

    def open_delegation(self, delegation_uuid: str) -> None:
        """Show the delegation in the commitments tab (widening the filters if needed)."""
        self.tabs.setCurrentIndex(LIST)
        if self._select_in_list(delegation_uuid):
            return
        self.who.setCurrentIndex(0)
        self.show_closed.setChecked(True)
        self.refresh()
        self._select_in_list(delegation_uuid)

    def _select_in_list(self, delegation_uuid: str) -> bool:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, UUID_ROLE) == delegation_uuid:
                self.list.setCurrentItem(item)
                return True
        return False

    def new_delegation(self, person_uuid: str | None = None) -> DelegationDialog:
        dialog = DelegationDialog(
            self._delegations, self._journal.people, person_uuid=person_uuid, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog, created=True))
        dialog.open()
        return dialog

    def edit(self, delegation_uuid: str) -> DelegationDialog | None:
        try:
            record = self._delegations.get(delegation_uuid)
        except NotFoundError:
            self.refresh()
            return None
        dialog = DelegationDialog(
            self._delegations, self._journal.people, record=record, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog, created=False))
        dialog.open()
        return dialog

    def _saved(self, dialog: DelegationDialog, *, created: bool) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self._forget_move()
        self._events.changed.emit("delegation")
        self.refresh()
        if self.tabs.currentIndex() == LIST:
            self.open_delegation(saved.uuid)
        elif self.tabs.currentIndex() == BOARD:
            self.board.select(saved.uuid)
        text = self.tr("Delegation “{area}” added.") if created else self.tr(
            "Delegation “{area}” saved."
        )  # fmt: skip
        self.status.emit(text.format(area=saved.draft.area))

    def move_level(self, delegation_uuid: str, level: int) -> LevelReasonDialog | None:
        """Ask why the marker moved; record the move with its reason, or put it back."""
        try:
            record = self._delegations.get(delegation_uuid)
        except NotFoundError:
            self.refresh()
            return None
        dialog = LevelReasonDialog(self._delegations, record, level, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._moved(dialog, record))
        dialog.rejected.connect(self.board.put_back)
        dialog.open()
        return dialog

    def _moved(self, dialog: LevelReasonDialog, before: DelegationRecord) -> None:
        moved = dialog.saved
        if moved is None:
            return
        self._events.changed.emit("delegation")
        self.refresh()  # the board, and the count of check-ins due: the next one moved
        self.board.select(moved.uuid)
        self._undoable = (before, moved)
        self.move_message.setText(
            self.tr("{delegate}: “{area}” is now at {level}.").format(
                delegate=moved.delegate, area=moved.draft.area, level=level_label(moved.draft.level)
            )
        )
        self.undo_button.setAccessibleName(
            self.tr("Undo the move of “{area}”").format(area=moved.draft.area)
        )
        self.undo_button.show()
        self.move_line.show()

    def undo_move(self) -> None:
        """Take the last board move back: the history keeps the move and the way back."""
        if self._undoable is None:
            return
        before, after = self._undoable
        self._undoable = None
        self.undo_button.hide()
        try:
            back = self._delegations.undo_level_change(before, after, reason=self.tr("Move undone"))
        except (ValidationError, NotFoundError) as exc:
            self.move_line.hide()
            messages.user_error(self, self.tr("Delegation board"), exc)
            self.refresh()
            return
        self._events.changed.emit("delegation")
        self.refresh()  # any tab: the button is there for all of them
        if self.tabs.currentIndex() == BOARD:
            self.board.select(back.uuid)
            self.board.setFocus()
        self.move_message.setText(
            self.tr("“{area}” is back at {level}.").format(
                area=back.draft.area, level=level_label(back.draft.level)
            )
        )

    def _forget_move(self) -> None:
        """Something else changed: the last move is no longer the one to undo."""
        self._undoable = None
        self.move_line.hide()

    def check_in(self, delegation_uuid: str) -> CheckInDialog | None:
        try:
            record = self._delegations.get(delegation_uuid)
        except NotFoundError:
            self.refresh()
            return None
        dialog = CheckInDialog(self._delegations, self._journal.entries, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._checked_in(dialog, record))
        dialog.open()
        return dialog

    def _checked_in(self, dialog: CheckInDialog, record: DelegationRecord) -> None:
        if dialog.saved is None:
            return
        self._forget_move()
        self._events.changed.emit("delegation")
        if dialog.saved.entry_uuid:
            self._events.changed.emit("entry")
        self.refresh()
        self.panel.show_delegation(record.uuid if self.panel.record else None)
        after = self._delegations.get(record.uuid)
        following = after.draft.next_checkin
        self.status.emit(
            self.tr("Check-in recorded. Next one: {date}.").format(
                date=day_text(following) if following else "—"
            )
        )

    def trash(self, delegation_uuid: str) -> None:
        record = self._delegations.get(delegation_uuid)
        question = self.tr(
            "Move the delegation “{area}” ({delegate}), with its history and check-ins, to "
            "the trash?"
        ).format(area=record.draft.area, delegate=record.delegate)
        if not messages.confirm(self, self.tr("Move to trash"), question, self.tr("Move")):
            return
        self._delegations.trash(delegation_uuid)
        self.panel.show_delegation(None)
        self._events.changed.emit("trash")
        self.refresh()
        self.status.emit(self.tr("“{area}” moved to the trash.").format(area=record.draft.area))

    def _poker_recorded(self, delegation_uuid: str) -> None:
        if delegation_uuid:
            self._forget_move()
            self._events.changed.emit("delegation")
