"""One meeting of a ritual: whether it was held, who came, what came out, what follows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import NotFoundError, ValidationError
from coachapp.i18n import current_language, format_datetime, format_time, render_error
from coachapp.services.exchange.feedback import FeedbackService
from coachapp.services.people.people import PeopleService
from coachapp.services.rituals.methods import MethodLibrary
from coachapp.services.rituals.rituals import Occurrence, Report, RitualService, Status
from coachapp.ui.common.autosave import Autosave
from coachapp.ui.common.coach_notes import CoachNotes
from coachapp.ui.common.form_dialog import ErrorLine, text_field
from coachapp.ui.common.icons import icon
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import enlarge
from coachapp.ui.common.widgets import (
    PageLayout,
    ToneLabel,
    WrappingRow,
    hint_or_page,
    scrolling,
)
from coachapp.ui.rituals.group_counts import GroupCounts
from coachapp.ui.rituals.meeting_actions import MeetingActions
from coachapp.words.labels import status_label

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


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

        page = QWidget(self)
        self._build_heading(page)
        status_row = self._build_status(page)
        self._build_attendance(page)
        texts = self._build_texts(page)
        self.follow_up = MeetingActions(rituals, people, page)
        self.follow_up.action_text.returnPressed.connect(self.add_action)
        self.follow_up.add_button.clicked.connect(self.add_action)
        self.follow_up.changed.connect(self.changed)
        self._build_entries(page)
        self.error = ErrorLine(page)
        buttons = self._build_buttons(page)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._left = QVBoxLayout()
        self._left.addLayout(status_row)
        self._left.addWidget(self.attendance_box, 2)
        self._left.addLayout(texts, 3)
        self._right = QVBoxLayout()
        self._right.addWidget(self.follow_up, 3)
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
        for box in (self.present, self.outcomes, self.decisions, self.follow_up.action_list,
                    self.entries):  # fmt: skip
            box.setMinimumHeight(lines + 2 * box.frameWidth())
        self._page = page
        page.installEventFilter(self)
        self.empty, self._stack = hint_or_page(self, scrolling(page, self))  # narrow: it scrolls
        self._loading = False
        self.retranslate_ui()

    def _build_heading(self, page: QWidget) -> None:
        """The ritual's title, large, and the meeting's when, where and how."""
        self.heading = QLabel(page)
        enlarge(self.heading, 1.3)
        self.heading.setWordWrap(True)
        self.details = ToneLabel("muted", page)

    def _build_status(self, page: QWidget) -> QHBoxLayout:
        """Planned, held or cancelled: a click saves at once."""
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
        return status_row

    def _build_attendance(self, page: QWidget) -> None:
        """Who took part: the people invited, and the groups counted."""
        self.attendance_box = QGroupBox(page)
        self.present = QListWidget(self.attendance_box)
        self.present.setObjectName("present")
        self.present.itemChanged.connect(lambda _i: self.autosave.edited())
        self.group_counts = GroupCounts(self.attendance_box, prefix="present_", columns=2)
        self.group_counts.changed.connect(self.autosave.edited)
        attendance = QVBoxLayout(self.attendance_box)
        attendance.addWidget(self.present, 1)
        attendance.addWidget(self.group_counts)

    def _build_texts(self, page: QWidget) -> QFormLayout:
        self.outcomes = text_field(page, "outcomes")
        self.decisions = text_field(page, "decisions")
        for text in (self.outcomes, self.decisions):
            text.textChanged.connect(self.autosave.edited)
        self._text_labels = [QLabel(page), QLabel(page)]
        texts = QFormLayout()
        texts.addRow(self._text_labels[0], self.outcomes)
        texts.addRow(self._text_labels[1], self.decisions)
        for label, field in zip(self._text_labels, (self.outcomes, self.decisions), strict=True):
            label.setBuddy(field)
        return texts

    def _build_entries(self, page: QWidget) -> None:
        """The journal entries about the ritual, and what to write or start from the meeting."""
        self.entries_box = QGroupBox(page)
        self.entries = QListWidget(self.entries_box)
        self.entries.setObjectName("entries")
        self.entries.itemActivated.connect(lambda item: self.entry_requested.emit(
            item.data(UUID_ROLE)))  # fmt: skip
        self.debrief_button = QPushButton(self.entries_box)
        self.debrief_button.setObjectName("debrief")
        self.debrief_button.clicked.connect(lambda: self._pass_on(self.debrief_requested))
        self.experiment_button = QPushButton(self.entries_box)
        self.experiment_button.setObjectName("startExperiment")
        self.experiment_button.clicked.connect(lambda: self._pass_on(self.experiment_requested))
        entries_layout = QVBoxLayout(self.entries_box)
        entries_layout.addWidget(self.entries, 1)
        entries_layout.addWidget(
            WrappingRow(self.experiment_button, self.debrief_button, stretch_first=False,
                        parent=self.entries_box)
        )  # fmt: skip

    def _pass_on(self, request: SignalInstance) -> None:
        """Ask for something about the meeting shown (a debrief, an experiment)."""
        if self._occurrence is not None:
            request.emit(self._occurrence)

    def _build_buttons(self, page: QWidget) -> QHBoxLayout:
        """What to do with the whole ritual: edit it, export it, move it to the trash."""
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
        return buttons

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
        self._text_labels[0].setText(self.tr("Outcomes"))
        self._text_labels[1].setText(self.tr("Decisions"))
        self.entries_box.setTitle(self.tr("Journal entries about this ritual"))
        self.debrief_button.setText(self.tr("Write the debrief"))
        self.experiment_button.setText(self.tr("Start an experiment…"))
        self.experiment_button.setToolTip(
            self.tr("An experiment that came out of this meeting, with who took part")
        )
        self.edit_button.setText(self.tr("Edit the ritual…"))
        self.export_button.setText(self.tr("Calendar file…"))
        self.trash_button.setText(self.tr("Move the ritual to trash"))
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
        self.group_counts.set_counts(groups)
        for text, value in ((self.outcomes, occurrence.outcomes),
                            (self.decisions, occurrence.decisions)):  # fmt: skip
            text.blockSignals(True)
            text.setPlainText(value)
            text.blockSignals(False)
        self.follow_up.show_for(occurrence)
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
            + format_time(QTime(end.hour, end.minute)),
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
            groups=self.group_counts.counts(),
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
        self.flush()  # the meeting as it is on screen first: the action belongs to it
        try:
            self.follow_up.add(occurrence)
        except ValidationError as exc:
            field = self.follow_up.action_text if exc.field == "text" else None
            self.error.show_error(render_error(exc), field)
            return
        self.error.clear_error()
        self.changed.emit()
