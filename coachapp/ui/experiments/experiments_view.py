"""The experiments area: the board (with the selected card beside it) and the celebration grid."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.errors import NotFoundError, ValidationError
from coachapp.services.experiments.experiments import (
    ExperimentDraft,
    ExperimentRecord,
    ExpStatus,
    TestCard,
    can_move,
)
from coachapp.ui.common import messages
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.geometry import side_by_side
from coachapp.ui.common.icons import icon
from coachapp.ui.common.lazy_view import RefreshedWhenShown
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.experiments.celebration_view import CelebrationView
from coachapp.ui.experiments.experiment_board import ExperimentBoard
from coachapp.ui.experiments.experiment_dialog import ExperimentDialog
from coachapp.ui.experiments.experiment_panel import ExperimentPanel
from coachapp.ui.experiments.learning_dialog import AbandonDialog, LearningDialog
from coachapp.words.experiment_labels import column_label

BOARD, GRID = range(2)
SPLITTER_KEY = "experiments.splitter"


class ExperimentsView(RefreshedWhenShown, Retranslatable, QWidget):
    status = Signal(str)
    entry_requested = Signal(str)

    def __init__(self, journal: Journal, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._experiments = journal.experiments
        self._events = events
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newExperiment")
        self.new_button.clicked.connect(lambda _checked=False: self.new_experiment())
        self.hint = ToneLabel("muted", self)
        self.board = ExperimentBoard(self)
        self.board.move_requested.connect(lambda u, s: self.request_move(u, ExpStatus(s)))
        self.board.reorder_requested.connect(self.reorder)
        self.board.selected.connect(self.panel_show)
        self.board.activated.connect(self.edit)
        self.board_area = QScrollArea(self)
        self.board_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the board
        self.board_area.setWidgetResizable(True)
        self.board_area.setWidget(self.board)
        self.panel = ExperimentPanel(self._experiments, journal.feedback, self)
        self.panel.edit_requested.connect(self.edit)
        self.panel.move_requested.connect(lambda u, s: self.request_move(u, ExpStatus(s)))
        self.panel.next_requested.connect(self.next_experiment)
        self.panel.trash_requested.connect(self.trash)
        self.panel.open_requested.connect(self.open_experiment)
        self.splitter = side_by_side(
            self, [(self.board_area, 2), (self.panel, 1)], journal.settings, SPLITTER_KEY,
            self._first_sizes,
        )  # fmt: skip
        board_page = QWidget(self)
        board_layout = QVBoxLayout(board_page)
        board_layout.addWidget(self.hint)
        board_layout.addWidget(self.splitter, 1)
        self.celebration = CelebrationView(journal, self)
        self.celebration.entry_requested.connect(self.entry_requested)
        self.celebration.experiment_requested.connect(self.open_experiment)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("experimentTabs")
        self.tabs.addTab(board_page, "")
        self.tabs.addTab(self.celebration, "")
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.tabs, 1)
        events.changed.connect(self._on_data_changed)
        events.reloaded.connect(self.refresh_when_shown)
        self.retranslate_ui()

    def _first_sizes(self, width: int) -> list[int]:
        """The board as wide as it likes while the card keeps a third; narrower, it still
        shows every column whole if the card can keep its least width."""
        room = width - self.splitter.handleWidth()
        frame = (
            2 * self.board_area.frameWidth()
            + self.board_area.verticalScrollBar().sizeHint().width()
        )
        liked = min(self.board.sizeHint().width() + frame, room - room // 3)
        whole = min(
            self.board.minimumSizeHint().width() + frame,
            room - self.panel.minimumSizeHint().width(),
        )
        board = max(liked, whole)
        return [board, room - board]

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(BOARD, self.tr("B&oard"))
        self.tabs.setTabText(GRID, self.tr("Celebration &grid"))
        self.new_button.setText(self.tr("New experiment…"))
        self.new_button.setToolTip(self.tr("New experiment (Ctrl+Shift+E)"))
        self.hint.setText(
            self.tr(
                "Drag a card to another column, or select it and press Ctrl+Left or "
                "Ctrl+Right; Ctrl+Up and Ctrl+Down change its place in the column. Concluding "
                "asks for the learning card; abandoning asks why."
            )
        )
        self._stale = True
        QTimer.singleShot(0, self.refresh_when_shown)

    def refresh_icons(self) -> None:
        self.new_button.setIcon(icon("experiment-add"))
        self.panel.refresh_icons()
        self.tabs.setTabIcon(GRID, icon("celebrate"))

    def refresh(self) -> None:
        if self.tabs.currentIndex() == BOARD:
            self.board.set_records(self._experiments.find(), self._experiments.today())
            self.panel_show(self.board.current_uuid())
        else:
            self.celebration.refresh()

    def panel_show(self, experiment_uuid: str | None) -> None:
        self.panel.show_experiment(experiment_uuid)

    def _on_data_changed(self, kind: str) -> None:
        if kind in ("person", "trash", "entry", "ritual"):
            self.refresh_when_shown()

    def _changed(self, record: ExperimentRecord | None, text: str) -> None:
        self._events.changed.emit("experiment")
        self.refresh()
        if record is not None:
            self.board.select(record.uuid)
            self.panel_show(record.uuid)
        self.status.emit(text)

    # Opening and writing

    def open_experiment(self, experiment_uuid: str) -> None:
        self.tabs.setCurrentIndex(BOARD)
        if self.board.select(experiment_uuid):
            self.panel_show(experiment_uuid)

    def new_experiment(
        self,
        *,
        previous: ExperimentRecord | None = None,
        ritual_uuid: str | None = None,
        people: tuple[str, ...] = (),
    ) -> ExperimentDialog:
        """The dialog for a new experiment: blank, following `previous`, or from a ritual."""
        prefill = None
        if ritual_uuid is not None:
            prefill = ExperimentDraft("", TestCard(""), ritual_uuid=ritual_uuid, people=people)
        if previous is not None and previous.learning is not None:
            prefill = replace(
                previous.draft,
                title=self.tr("{title} (next test)").format(title=previous.draft.title),
                starts_on=None,
                review_on=None,
            )
        dialog = ExperimentDialog(self._journal, previous=previous, draft=prefill, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog, created=True))
        dialog.open()
        return dialog

    def _saved(self, dialog: ExperimentDialog, *, created: bool) -> None:
        if dialog.saved is None:
            return
        if created:
            text = self.tr("Experiment “{title}” added.")
        else:
            text = self.tr("Experiment “{title}” saved.")
        self._changed(dialog.saved, text.format(title=dialog.saved.draft.title))

    def next_experiment(self, experiment_uuid: str) -> ExperimentDialog | None:
        try:
            return self.new_experiment(previous=self._experiments.get(experiment_uuid))
        except NotFoundError:
            self.refresh()
            return None

    def edit(self, experiment_uuid: str) -> ExperimentDialog | None:
        try:
            record = self._experiments.get(experiment_uuid)
        except NotFoundError:
            self.refresh()
            return None
        dialog = ExperimentDialog(self._journal, record=record, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog, created=False))
        dialog.open()
        return dialog

    # Moving

    def request_move(self, experiment_uuid: str, target: ExpStatus) -> QDialog | None:
        """Move where the lifecycle allows: conclude and abandon ask for their card first
        (the dialog that asks is returned)."""
        try:
            record = self._experiments.get(experiment_uuid)
        except NotFoundError:
            self.refresh()
            return None
        if not can_move(record.status, target):
            messages.error(
                self,
                self.tr("Experiment board"),
                self.tr("“{title}” cannot go from “{source}” to “{target}”.").format(
                    title=record.draft.title,
                    source=column_label(record.status),
                    target=column_label(target),
                ),
            )
            return None
        if target is ExpStatus.CONCLUDED:
            return self._open_learning(record)
        if target is ExpStatus.ABANDONED:
            return self._open_abandon(record)
        try:
            moved = self._experiments.move(experiment_uuid, target)
        except ValidationError as exc:
            messages.user_error(self, self.tr("Experiment board"), exc)
            return None
        self._changed(
            moved,
            self.tr("“{title}” is now in “{status}”.").format(
                title=moved.draft.title, status=column_label(target)
            ),
        )
        return None

    def _open_learning(self, record: ExperimentRecord) -> LearningDialog:
        dialog = LearningDialog(self._journal, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._concluded(dialog))
        dialog.open()
        return dialog

    def _concluded(self, dialog: LearningDialog) -> None:
        if dialog.saved is None:
            return
        if dialog.entry_uuid:
            self._events.changed.emit("entry")
        self._changed(
            dialog.saved,
            self.tr("“{title}” concluded: what it taught is kept.").format(
                title=dialog.saved.draft.title
            ),
        )
        if dialog.start_next.isChecked():
            self.new_experiment(previous=dialog.saved)

    def _open_abandon(self, record: ExperimentRecord) -> AbandonDialog:
        dialog = AbandonDialog(self._journal, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._abandoned(dialog))
        dialog.open()
        return dialog

    def _abandoned(self, dialog: AbandonDialog) -> None:
        if dialog.saved is not None:
            self._changed(
                dialog.saved,
                self.tr("“{title}” abandoned; the reason is kept.").format(
                    title=dialog.saved.draft.title
                ),
            )

    def reorder(self, experiment_uuid: str, rank: int) -> None:
        """Put the experiment higher or lower in its column (the order is the priority)."""
        try:
            self._experiments.reorder(experiment_uuid, rank)
        except NotFoundError:
            self.refresh()
            return
        self._events.changed.emit("experiment")
        self.refresh()

    def trash(self, experiment_uuid: str) -> None:
        try:
            record = self._experiments.get(experiment_uuid)
        except NotFoundError:
            self.refresh()
            return
        question = self.tr("Move the experiment “{title}” to the trash?").format(
            title=record.draft.title
        )
        if not messages.confirm(self, self.tr("Move to trash"), question, self.tr("Move")):
            return
        try:
            self._experiments.trash(experiment_uuid)
        except NotFoundError:
            self.refresh()
            return
        self._events.changed.emit("trash")
        self.refresh()
        self.status.emit(self.tr("“{title}” moved to the trash.").format(title=record.draft.title))
