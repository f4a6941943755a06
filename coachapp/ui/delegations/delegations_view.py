"""The delegations area: the board, the commitments with their history, the check-ins due,
and delegation poker."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
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
from coachapp.ui.common.form_dialog import open_dialog
from coachapp.ui.common.geometry import side_by_side
from coachapp.ui.common.icons import icon
from coachapp.ui.common.lazy_view import RefreshedWhenShown
from coachapp.ui.common.naming import name_choice, plain
from coachapp.ui.common.record_list import Listing
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import tone
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.delegations.checkin_dialog import CheckInDialog
from coachapp.ui.delegations.commitment_list import UUID_ROLE, CommitmentList
from coachapp.ui.delegations.delegation_board import DelegationBoard
from coachapp.ui.delegations.delegation_dialog import DelegationDialog
from coachapp.ui.delegations.delegation_panel import DelegationPanel
from coachapp.ui.delegations.last_move import LastMove
from coachapp.ui.delegations.level_reason_dialog import LevelReasonDialog
from coachapp.ui.delegations.level_style import level_icon
from coachapp.ui.delegations.poker_panel import PokerPanel
from coachapp.words.growth_labels import level_label

BOARD, LIST, DUE, POKER = range(4)
SPLITTER_KEY = "delegations.splitter"


class DelegationsView(RefreshedWhenShown, Retranslatable, QWidget):
    status = Signal(str)
    entry_requested = Signal(str)

    def __init__(self, journal: Journal, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._delegations = journal.delegations
        self._events = events

        tools = self._build_tools()
        self.last_move = LastMove(self._delegations, self)
        self.last_move.undo_button.clicked.connect(lambda _checked=False: self.undo_move())
        board_page = self._build_board()
        self.list = CommitmentList(self)
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
        due_page = self._build_due()
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
        layout.addWidget(self.last_move)
        layout.addWidget(self.tabs, 1)
        events.changed.connect(self._on_data_changed)
        events.reloaded.connect(self.refresh_when_shown)
        events.reloaded.connect(self.last_move.forget)
        self.retranslate_ui()

    def _build_tools(self) -> QHBoxLayout:
        """Whose delegations, whether the closed ones too, and a new one."""
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
        return tools

    def _build_board(self) -> QWidget:
        """The first tab: how to move a marker, over the board."""
        self.board = DelegationBoard(self)
        self.board.moved.connect(self.move_level)
        self.board.activated.connect(self.open_delegation)
        self.board.undo_requested.connect(self.undo_move)
        self.board_hint = ToneLabel("muted", self)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the board it scrolls
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.board_hint)
        layout.addWidget(scroll, 1)
        return page

    def _build_due(self) -> QWidget:
        """The third tab: the check-ins due, or a word that there are none."""
        self.due = Listing(self, "due", 4, stretch=1)
        self.due.setAlternatingRowColors(True)
        self.due.itemActivated.connect(lambda item, _c: self.check_in(item.data(0, UUID_ROLE)))
        self.due_empty = QLabel(self)
        self.due_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.due, 1)
        layout.addWidget(self.due_empty, 1)
        return page

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
        self.due.setAccessibleName(plain(titles[2]))
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
        self.due.setHeaderLabels([self.tr("Due"), self.tr("What"), self.tr("To"), self.tr("Level")])
        self.due_empty.setText(self.tr("No check-in is due. Well done."))
        name_choice(self.who, self.tr("Whose delegations"))
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
        self.list.show_records(
            self._records(), self._delegations.today(), closed=self.show_closed.isChecked()
        )
        selected = self.list.select(current)
        self.panel.show_delegation(current if selected else None)

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
        self.panel.show_delegation(self.list.current_uuid())

    def _on_data_changed(self, kind: str) -> None:
        if kind in ("person", "trash", "entry"):
            self.refresh_when_shown()
        if kind in ("person", "trash"):
            self.last_move.forget()

    # Actions

    def open_delegation(self, delegation_uuid: str) -> None:
        """Show the delegation in the commitments tab (widening the filters if needed)."""
        self.tabs.setCurrentIndex(LIST)
        if self.list.select(delegation_uuid):
            return
        self.who.setCurrentIndex(0)
        self.show_closed.setChecked(True)
        self.refresh()
        self.list.select(delegation_uuid)

    def new_delegation(self, person_uuid: str | None = None) -> DelegationDialog:
        dialog = DelegationDialog(
            self._delegations, self._journal.people, person_uuid=person_uuid, parent=self
        )
        return open_dialog(dialog, lambda done: self._saved(done, created=True))

    def _record(self, delegation_uuid: str) -> DelegationRecord | None:
        """The delegation, or None (the list read again) when it went meanwhile."""
        try:
            return self._delegations.get(delegation_uuid)
        except NotFoundError:
            self.refresh()
            return None

    def edit(self, delegation_uuid: str) -> DelegationDialog | None:
        record = self._record(delegation_uuid)
        if record is None:
            return None
        dialog = DelegationDialog(
            self._delegations, self._journal.people, record=record, parent=self
        )
        return open_dialog(dialog, lambda done: self._saved(done, created=False))

    def _saved(self, dialog: DelegationDialog, *, created: bool) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.last_move.forget()
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
        record = self._record(delegation_uuid)
        if record is None:
            return None
        dialog = LevelReasonDialog(self._delegations, record, level, self)
        dialog.rejected.connect(self.board.put_back)
        return open_dialog(dialog, lambda done: self._moved(done, record))

    def _moved(self, dialog: LevelReasonDialog, before: DelegationRecord) -> None:
        moved = dialog.saved
        if moved is None:
            return
        self._events.changed.emit("delegation")
        self.refresh()  # the board, and the count of check-ins due: the next one moved
        self.board.select(moved.uuid)
        self.last_move.moved(before, moved)

    def undo_move(self) -> None:
        """Take the last board move back: the history keeps the move and the way back."""
        try:
            back = self.last_move.undo()
        except (ValidationError, NotFoundError) as exc:
            messages.user_error(self, self.tr("Delegation board"), exc)
            self.refresh()
            return
        if back is None:
            return
        self._events.changed.emit("delegation")
        self.refresh()  # any tab: the button is there for all of them
        if self.tabs.currentIndex() == BOARD:
            self.board.select(back.uuid)
            self.board.setFocus()

    def check_in(self, delegation_uuid: str) -> CheckInDialog | None:
        record = self._record(delegation_uuid)
        if record is None:
            return None
        dialog = CheckInDialog(self._delegations, self._journal.entries, record, self)
        return open_dialog(dialog, lambda done: self._checked_in(done, record))

    def _checked_in(self, dialog: CheckInDialog, record: DelegationRecord) -> None:
        if dialog.saved is None:
            return
        self.last_move.forget()
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
            self.last_move.forget()
            self._events.changed.emit("delegation")
