"""One meeting of a ritual: whether it was held, who came, what came out, what follows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import NotFoundError, ValidationError
from coachapp.i18n import current_language, format_datetime, render_error
from coachapp.services.exchange.feedback import FeedbackService
from coachapp.services.people.people import PeopleService
from coachapp.services.rituals.methods import MethodLibrary
from coachapp.services.rituals.rituals import Occurrence, Report, RitualService, Stakeholder, Status
from coachapp.ui.common.autosave import Autosave
from coachapp.ui.common.coach_notes import CoachNotes
from coachapp.ui.common.form_dialog import ErrorLine
from coachapp.ui.common.icons import icon
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import PageLayout, ToneLabel, WrappingRow, scrolling
from coachapp.words.labels import stakeholder_label, status_label

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class OccurrencePanel(Retranslatable, QWidget):
    changed = Signal()
    status = Signal(str)
    debrief_requested = Signal(object)  # Occurrence
    experiment_requested = Signal(object)  # Occurrence: an experiment it gave rise to
    edit_requested = Signal(str)  # ritual UUID
    export_requested = Signal(str)
    trash_requested = Signal(str)
    entry_requested = Signal(str)  # journal entry UUID

    def __init__(
        self,
        rituals: RitualService,
        people: PeopleService,
        library: MethodLibrary,
        feedback: FeedbackService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.coach_notes = CoachNotes(feedback, self)
        self._rituals = rituals
        self._people = people
        self._library = library
        self._occurrence: Occurrence | None = None
        self.autosave = Autosave(self, self._save)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        page = QWidget(self)
        self.heading = QLabel(page)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.details = ToneLabel("muted", page)

        self.status_buttons = QButtonGroup(self)
        status_row = QHBoxLayout()
        for status in Status:
            button = QRadioButton(page)
            button.setObjectName(f"status_{status.value}")
            self.status_buttons.addButton(button)
            button.setProperty("status", status.value)
            status_row.addWidget(button)
        status_row.addStretch(1)
        self.status_buttons.buttonClicked.connect(lambda _b: self.autosave.flush_now())

        self.attendance_box = QGroupBox(page)
        self.present = QListWidget(self.attendance_box)
        self.present.setObjectName("present")
        self.present.itemChanged.connect(lambda _i: self.autosave.edited())
        grid = QGridLayout()
        self.group_counts: dict[Stakeholder, QSpinBox] = {}
        self._group_labels: dict[Stakeholder, QLabel] = {}
        for number, group in enumerate(Stakeholder):
            label = QLabel(self.attendance_box)
            spin = QSpinBox(self.attendance_box)
            spin.setObjectName(f"present_{group.value}")
            spin.setRange(0, 10_000)
            spin.valueChanged.connect(lambda _v: self.autosave.edited())
            label.setBuddy(spin)
            grid.addWidget(label, number // 2, (number % 2) * 2)
            grid.addWidget(spin, number // 2, (number % 2) * 2 + 1)
            self.group_counts[group] = spin
            self._group_labels[group] = label
        attendance = QVBoxLayout(self.attendance_box)
        attendance.addWidget(self.present, 1)
        attendance.addLayout(grid)

        self.outcomes = QPlainTextEdit(page)
        self.outcomes.setObjectName("outcomes")
        self.decisions = QPlainTextEdit(page)
        self.decisions.setObjectName("decisions")
        for text in (self.outcomes, self.decisions):
            text.setTabChangesFocus(True)
            text.textChanged.connect(self.autosave.edited)
        self._text_labels = [QLabel(page), QLabel(page)]
        texts = QFormLayout()
        texts.addRow(self._text_labels[0], self.outcomes)
        texts.addRow(self._text_labels[1], self.decisions)
        for label, field in zip(self._text_labels, (self.outcomes, self.decisions), strict=True):
            label.setBuddy(field)

        self.actions_box = QGroupBox(page)
        self.action_list = QTreeWidget(self.actions_box)
        self.action_list.setObjectName("actions")
        self.action_list.setRootIsDecorated(False)
        self.action_list.setColumnCount(3)
        self.action_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.action_list.itemChanged.connect(self._action_toggled)
        self.action_text = QLineEdit(self.actions_box)
        self.action_text.setObjectName("actionText")
        self.action_text.returnPressed.connect(self.add_action)
        self.action_owner = QComboBox(self.actions_box)
        self.action_owner.setObjectName("actionOwner")
        self.action_owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action_due = QDateEdit(self.actions_box)
        self.action_due.setObjectName("actionDue")
        self.action_due.setCalendarPopup(True)
        self.add_button = QPushButton(self.actions_box)
        self.add_button.setObjectName("addAction")
        self.add_button.clicked.connect(self.add_action)
        header = self.action_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.addWidget(self.action_list, 1)
        actions_layout.addWidget(self.action_text)
        actions_layout.addWidget(
            WrappingRow(self.action_owner, self.action_due, self.add_button,
                        parent=self.actions_box)
        )  # fmt: skip

        self.entries_box = QGroupBox(page)
        self.entries = QListWidget(self.entries_box)
        self.entries.setObjectName("entries")
        self.entries.itemActivated.connect(lambda item: self.entry_requested.emit(
            item.data(UUID_ROLE)))  # fmt: skip
        self.debrief_button = QPushButton(self.entries_box)
        self.debrief_button.setObjectName("debrief")
        self.debrief_button.clicked.connect(
            lambda: self._occurrence and self.debrief_requested.emit(self._occurrence)
        )
        self.experiment_button = QPushButton(self.entries_box)
        self.experiment_button.setObjectName("startExperiment")
        self.experiment_button.clicked.connect(
            lambda: self._occurrence and self.experiment_requested.emit(self._occurrence)
        )
        entries_layout = QVBoxLayout(self.entries_box)
        entries_layout.addWidget(self.entries, 1)
        entries_layout.addWidget(
            WrappingRow(self.experiment_button, self.debrief_button, stretch_first=False,
                        parent=self.entries_box)
        )  # fmt: skip

        self.error = ErrorLine(page)
        self.edit_button = QPushButton(page)
        self.edit_button.setObjectName("editRitual")
        self.export_button = QPushButton(page)
        self.export_button.setObjectName("exportRitual")
        self.trash_button = QPushButton(page)
        self.trash_button.setObjectName("trashRitual")
        wiring = (
            (self.edit_button, self.edit_requested),
            (self.export_button, self.export_requested),
            (self.trash_button, self.trash_requested),
        )
        for push, signal in wiring:
            push.clicked.connect(
                lambda _c=False, s=signal: self._occurrence and s.emit(self._occurrence.ritual_uuid)
            )
        buttons = QHBoxLayout()
        buttons.addWidget(WrappingRow(self.edit_button, self.export_button, parent=page))
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button, 0, Qt.AlignmentFlag.AlignBottom)

        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._left = QVBoxLayout()
        self._left.addLayout(status_row)
        self._left.addWidget(self.attendance_box, 2)
        self._left.addLayout(texts, 3)
        self._right = QVBoxLayout()
        self._right.addWidget(self.actions_box, 3)
        self._right.addWidget(self.entries_box, 2)
        self._columns.addLayout(self._left, 1)
        self._columns.addLayout(self._right, 1)
        self._page_layout = PageLayout(page)
        for widget in (self.heading, self.coach_notes, self.details):
            self._page_layout.addWidget(widget)
        self._page_layout.addLayout(self._columns, 1)
        self._page_layout.addWidget(self.error)
        self._page_layout.addLayout(buttons)
        # One column above the other scrolls: each list and text keeps a few lines.
        lines = self.fontMetrics().lineSpacing() * 5
        for box in (self.present, self.outcomes, self.decisions, self.action_list, self.entries):
            box.setMinimumHeight(lines + 2 * box.frameWidth())
        self._page = page
        page.installEventFilter(self)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(scrolling(page, self))  # a narrow panel scrolls
        self._loading = False
        self.retranslate_ui()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.LayoutRequest:
            self._fit_columns()  # what the columns need changed
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Side by side when the panel is wide enough for both columns, else one above the
        other."""
        margins = self._page_layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        both = self._left.minimumSize().width() + self._right.minimumSize().width()
        wide = room >= both + self._columns.spacing()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    # Texts and icons

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("Choose a meeting in the list, or plan a ritual."))
        for button in self.status_buttons.buttons():
            button.setText(status_label(Status(button.property("status"))))
        self.attendance_box.setTitle(self.tr("Who took part"))
        for group, label in self._group_labels.items():
            label.setText(stakeholder_label(group))
        self._text_labels[0].setText(self.tr("Outcomes"))
        self._text_labels[1].setText(self.tr("Decisions"))
        self.actions_box.setTitle(self.tr("Follow-up actions (with those still open)"))
        self.action_list.setHeaderLabels([self.tr("Action"), self.tr("Who"), self.tr("By")])
        self.action_text.setPlaceholderText(self.tr("A new action, then Enter"))
        self.add_button.setText(self.tr("Add"))
        self.entries_box.setTitle(self.tr("Journal entries about this ritual"))
        self.debrief_button.setText(self.tr("Write the debrief"))
        self.experiment_button.setText(self.tr("Start an experiment…"))
        self.experiment_button.setToolTip(
            self.tr("An experiment that came out of this meeting, with who took part")
        )
        self.edit_button.setText(self.tr("Edit the ritual…"))
        self.export_button.setText(self.tr("Calendar file…"))
        self.trash_button.setText(self.tr("Move the ritual to trash"))
        self.action_due.setLocale(QLocale())
        if self.action_owner.count():
            self.action_owner.setItemText(0, self.tr("Nobody yet"))
        self._show_details()

    def refresh_icons(self) -> None:
        self.debrief_button.setIcon(icon("debrief"))
        self.experiment_button.setIcon(icon("experiment-add"))
        self.edit_button.setIcon(icon("edit"))
        self.export_button.setIcon(icon("export"))
        self.trash_button.setIcon(icon("trash"))

    # Showing

    @property
    def occurrence(self) -> Occurrence | None:
        return self._occurrence

    def show_occurrence(self, occurrence: Occurrence | None) -> None:
        self.autosave.flush(leaving=True)
        self._occurrence = occurrence
        self.autosave.discard()
        self.error.clear_error()
        if occurrence is None:
            self._stack.setCurrentIndex(0)
            return
        self._loading = True
        try:
            self._load(occurrence)
        finally:
            self._loading = False
        self.coach_notes.show_for(occurrence.ritual_uuid)
        self._stack.setCurrentIndex(1)

    def _load(self, occurrence: Occurrence) -> None:
        for button in self.status_buttons.buttons():
            button.setChecked(button.property("status") == occurrence.status.value)
        invited = self._rituals.get(occurrence.ritual_uuid).draft
        present, groups = self._rituals.attendance(occurrence.ritual_uuid, occurrence.starts_at)
        self.present.blockSignals(True)
        self.present.clear()
        for person_uuid in dict.fromkeys((*invited.people, *present)):
            try:
                person = self._people.get(person_uuid)
            except NotFoundError:
                continue
            item = QListWidgetItem(person.name)
            item.setData(UUID_ROLE, person_uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            came = person_uuid in present if occurrence.status is Status.HELD else True
            item.setCheckState(Qt.CheckState.Checked if came else Qt.CheckState.Unchecked)
            self.present.addItem(item)
        self.present.blockSignals(False)
        counts = dict(groups)
        for group, spin in self.group_counts.items():
            spin.blockSignals(True)
            spin.setValue(counts.get(group, 0))
            spin.blockSignals(False)
        for text, value in ((self.outcomes, occurrence.outcomes),
                            (self.decisions, occurrence.decisions)):  # fmt: skip
            text.blockSignals(True)
            text.setPlainText(value)
            text.blockSignals(False)
        self.action_owner.clear()
        self.action_owner.addItem(self.tr("Nobody yet"), "")
        for person in self._people.search():
            self.action_owner.addItem(person.name, person.uuid)
        self.action_due.setDate(QDate.currentDate().addDays(14))
        self.reload_actions()
        self._show_details()

    def _show_details(self) -> None:
        occurrence = self._occurrence
        if occurrence is None:
            return
        self.heading.setText(occurrence.title)
        method = self._library.get(occurrence.method_key)
        end = occurrence.ends_at
        parts = [
            format_datetime(occurrence.starts_at) + " – "
            + QLocale().toString(QTime(end.hour, end.minute), QLocale.FormatType.ShortFormat),
            occurrence.place,
            method.name(current_language() or "fr") if method else "",
            self.tr("repeats") if occurrence.recurring else "",
        ]  # fmt: skip
        self.details.setText(" · ".join(part for part in parts if part))

    def show_entries(self, entries: list[tuple[str, str]]) -> None:
        """The journal entries linked to the ritual: (UUID, title)."""
        self.entries.clear()
        for entry_uuid, title in entries:
            item = QListWidgetItem(title)
            item.setData(UUID_ROLE, entry_uuid)
            self.entries.addItem(item)

    def person_name(self, person_uuid: str | None) -> str:
        if not person_uuid:
            return ""
        try:
            return self._people.get(person_uuid).name
        except NotFoundError:
            return ""

    def reload_actions(self) -> None:
        occurrence = self._occurrence
        self.action_list.blockSignals(True)
        self.action_list.clear()
        if occurrence is not None:
            ritual_uuid = occurrence.ritual_uuid
            for action in self._rituals.actions(open_only=False, ritual_uuid=ritual_uuid):
                # This meeting's actions, and those still open from earlier meetings.
                mine = action.occurrence == occurrence.starts_at
                carried = not action.done and (
                    action.occurrence is None or action.occurrence < occurrence.starts_at
                )
                if not (mine or carried):
                    continue
                due = short_date(action.due) if action.due else ""
                item = QTreeWidgetItem([action.text, self.person_name(action.owner), due])
                item.setData(0, UUID_ROLE, action.uuid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                done = Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked
                item.setCheckState(0, done)
                if not mine and action.occurrence is not None:
                    item.setToolTip(
                        0,
                        self.tr("Still open from the meeting of {date}").format(
                            date=format_datetime(action.occurrence)
                        ),
                    )
                self.action_list.addTopLevelItem(item)
        self.action_list.blockSignals(False)

    # Saving

    def report(self) -> Report:
        checked = self.status_buttons.checkedButton()
        status = Status(checked.property("status")) if checked else Status.PLANNED
        return Report(
            status=status,
            outcomes=self.outcomes.toPlainText(),
            decisions=self.decisions.toPlainText(),
            people=tuple(
                self.present.item(row).data(UUID_ROLE)
                for row in range(self.present.count())
                if self.present.item(row).checkState() == Qt.CheckState.Checked
            ),
            groups=tuple((g, spin.value()) for g, spin in self.group_counts.items()),
        )

    def _save(self, leaving: bool) -> bool:
        occurrence = self._occurrence
        if occurrence is None or self._loading:
            return True
        try:
            self._occurrence = self._rituals.record(
                occurrence.ritual_uuid, occurrence.starts_at, self.report()
            )
        except NotFoundError:
            return True
        except ValidationError as exc:
            self.error.show_error(render_error(exc))
            if leaving:
                self.status.emit(self.tr("Not saved: {reason}").format(reason=render_error(exc)))
            return False
        self.error.clear_error()
        self.changed.emit()
        return True

    def flush(self, *, leaving: bool = False) -> bool:
        return self.autosave.flush(leaving)

    # Actions

    def add_action(self) -> None:
        occurrence = self._occurrence
        if occurrence is None:
            return
        self.flush()
        due = self.action_due.date()
        try:
            self._rituals.add_action(
                occurrence.ritual_uuid,
                self.action_text.text(),
                occurrence=occurrence.starts_at,
                owner=self.action_owner.currentData() or None,
                due=date(due.year(), due.month(), due.day()),
            )
        except ValidationError as exc:
            field = self.action_text if exc.field == "text" else None
            self.error.show_error(render_error(exc), field)
            return
        self.error.clear_error()
        self.action_text.clear()
        self.reload_actions()
        self.changed.emit()

    def _action_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        self._rituals.set_action(
            item.data(0, UUID_ROLE), done=item.checkState(0) == Qt.CheckState.Checked
        )
        self.changed.emit()
