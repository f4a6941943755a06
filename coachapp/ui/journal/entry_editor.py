"""Writing one journal entry, saved as you type (see coachapp.ui.common.autosave).

The body is Markdown, written in a plain editor with formatting shortcuts and shown rendered
in the Preview tab. A title cannot be emptied: the editor says so and keeps the last one.
When the workstation refuses a save (full disk, read-only file, busy database), the editor
says so and keeps what was typed, even after another entry is shown, until a retry saves it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedLayout,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import NotFoundError, UserError, ValidationError
from coachapp.i18n import format_datetime, render_error
from coachapp.services.common.pillars import Pillar
from coachapp.services.common.saving import brief_busy_wait, write_failure
from coachapp.services.exchange.feedback import FeedbackService
from coachapp.services.journal.journal import (
    MAX_TITLE,
    EntryDraft,
    EntryKind,
    EntryRecord,
    JournalService,
)
from coachapp.services.people.people import PeopleService
from coachapp.ui.common.autosave import RETRY_MS, Autosave
from coachapp.ui.common.coach_notes import CoachNotes
from coachapp.ui.common.form_dialog import ErrorLine
from coachapp.ui.common.icons import icon
from coachapp.ui.common.markdown_edit import MarkdownEdit
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel, scrolling
from coachapp.words.labels import entry_kind_label, pillar_label, scale_label

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", maxsplit=1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        done = widget.text().split(",")[:-1] if isinstance(widget, QLineEdit) else []
        return ", ".join([*(t.strip() for t in done if t.strip()), str(index.data())]) + ", "


class EntryEditor(Retranslatable, QWidget):
    saved = Signal(object)  # EntryRecord
    trashed = Signal(str, str)  # uuid, title
    status = Signal(str)

    def __init__(
        self,
        journal: JournalService,
        people: PeopleService,
        feedback: FeedbackService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._people = people
        self._record: EntryRecord | None = None
        self.autosave = Autosave(self, self._save)
        self.autosave.failed.connect(self._save_failed)
        # Edits of entries no longer shown that the workstation refused, by entry uuid.
        self._unsaved: dict[str, EntryDraft] = {}
        self._unsaved_timer = QTimer(self)
        self._unsaved_timer.setSingleShot(True)
        self._unsaved_timer.setInterval(RETRY_MS)
        self._unsaved_timer.timeout.connect(self._save_unsaved)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        page = QWidget(self)

        self.title = QLineEdit(page)
        self.title.setObjectName("title")
        self.title.setMaxLength(MAX_TITLE)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.when = QDateTimeEdit(page)
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.private = QCheckBox(page)  # beside the date, next in the Tab order
        self.private.setObjectName("private")
        self.kind = QComboBox(page)
        self.kind.setObjectName("kind")
        for kind in EntryKind:
            self.kind.addItem(entry_kind_label(kind), kind.value)
        self.mood = QComboBox(page)
        self.mood.setObjectName("mood")
        self.energy = QComboBox(page)
        self.energy.setObjectName("energy")
        for combo in (self.kind, self.mood, self.energy):  # their whole labels, in any language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.mood, self.energy):
            combo.addItem("—", None)
            for value in range(1, 6):
                combo.addItem(scale_label(value), value)
        self.tags = QLineEdit(page)
        self.tags.setObjectName("tags")
        self._tag_names = QStringListModel(self)
        completer = TagCompleter(self._tag_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)

        self.body = MarkdownEdit(page)
        self.body.setObjectName("body")
        self.toolbar = QToolBar(page)
        self.toolbar.setIconSize(QSize(16, 16))
        for name in ("bold", "italic", "heading", "list", "checklist", "link"):
            self.toolbar.addAction(self.body.actions_by_name[name])
        self.preview = QTextBrowser(page)
        self.preview.setObjectName("preview")
        self.preview.setOpenExternalLinks(True)
        write = QWidget(page)
        write_layout = QVBoxLayout(write)
        write_layout.setContentsMargins(0, 0, 0, 0)
        write_layout.addWidget(self.toolbar)
        write_layout.addWidget(self.body)

        links = QWidget(page)
        self.pillars_box = QGroupBox(links)
        grid = QGridLayout(self.pillars_box)
        self.pillar_checks: dict[Pillar, QCheckBox] = {}
        for number, pillar in enumerate(Pillar):
            check = QCheckBox(self.pillars_box)
            check.setObjectName(f"pillar_{pillar.value}")
            check.toggled.connect(self.autosave.edited)
            grid.addWidget(check, number, 0)
            self.pillar_checks[pillar] = check
        self.people_box = QGroupBox(links)
        self.linked = QListWidget(self.people_box)
        self.linked.setObjectName("linkedPeople")
        self.linked.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.person_picker = QComboBox(self.people_box)
        self.person_picker.setObjectName("personPicker")
        self.person_picker.setEditable(True)
        self.person_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        picker_completer = QCompleter(self.person_picker.model(), self.person_picker)
        picker_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        picker_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person_picker.setCompleter(picker_completer)
        self.person_picker.activated.connect(self._link_picked)
        self.unlink_button = QPushButton(self.people_box)
        self.unlink_button.setObjectName("unlink")
        self.unlink_button.clicked.connect(self._unlink_selected)
        people_layout = QVBoxLayout(self.people_box)
        people_layout.addWidget(self.person_picker)
        people_layout.addWidget(self.linked)
        people_layout.addWidget(self.unlink_button, 0, Qt.AlignmentFlag.AlignRight)
        links_layout = QVBoxLayout(links)
        links_layout.addWidget(self.pillars_box)
        links_layout.addWidget(self.people_box, 1)
        links_page = scrolling(links, page)  # eight pillars need not make the editor taller

        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(write, "")
        self.tabs.addTab(self.preview, "")
        self.tabs.addTab(links_page, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.error = ErrorLine(page)
        self.meta = ToneLabel("muted", page)
        self.trash_button = QPushButton(page)
        self.trash_button.setObjectName("trash")
        self.trash_button.clicked.connect(self.move_to_trash)

        self._labels = [QLabel(page) for _ in range(5)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if narrow
        when = QHBoxLayout()
        when.addWidget(self.when, 1)
        when.addWidget(self.private)
        form.addRow(self._labels[0], when)
        form.addRow(self._labels[1], self.kind)
        feelings = QHBoxLayout()
        feelings.addWidget(self.mood, 1)
        feelings.addWidget(self._labels[3])
        feelings.addWidget(self.energy, 1)
        form.addRow(self._labels[2], feelings)
        form.addRow(self._labels[4], self.tags)
        for label, buddy in zip(
            self._labels, (self.when, self.kind, self.mood, self.energy, self.tags), strict=True
        ):
            label.setBuddy(buddy)
        bottom = QHBoxLayout()
        bottom.addWidget(self.meta, 1)
        bottom.addWidget(self.trash_button)
        layout = QVBoxLayout(page)
        self.coach_notes = CoachNotes(feedback, page)
        layout.addWidget(self.title)
        layout.addWidget(self.coach_notes)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(page)

        self.title.textEdited.connect(self.autosave.edited)
        self.tags.textEdited.connect(self.autosave.edited)
        self.body.textChanged.connect(self._body_changed)
        self.when.dateTimeChanged.connect(self.autosave.edited)
        for combo in (self.kind, self.mood, self.energy):
            combo.activated.connect(self.autosave.edited)
        self.private.toggled.connect(self.autosave.edited)
        self._loading = False
        self.retranslate_ui()

    # Texts and icons

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("Select an entry in the list, or start a new one with Ctrl+N."))
        self.title.setPlaceholderText(self.tr("Title"))
        for label, text in zip(
            self._labels,
            (self.tr("Whe&n"), self.tr("T&ype"), self.tr("&Mood"), self.tr("Ene&rgy"),
             self.tr("Ta&gs")),
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        self.private.setText(self.tr("Private"))
        self.private.setToolTip(
            self.tr("Private entries stay out of exports unless you ask for them.")
        )
        self.tags.setPlaceholderText(self.tr("Separated by commas: front desk, digital"))
        for widget in (self.when,):
            widget.setLocale(QLocale())
        for row in range(self.kind.count()):
            self.kind.setItemText(row, entry_kind_label(EntryKind(self.kind.itemData(row))))
        for combo in (self.mood, self.energy):
            for row in range(1, combo.count()):
                combo.setItemText(row, scale_label(combo.itemData(row)))
        self.tabs.setTabText(0, self.tr("&Write"))
        self.tabs.setTabText(1, self.tr("&Preview"))
        self.tabs.setTabText(2, self.tr("Pillars and pe&ople"))
        self.pillars_box.setTitle(self.tr("Pillars of the management model"))
        for pillar, check in self.pillar_checks.items():
            check.setText(pillar_label(pillar))
        self.people_box.setTitle(self.tr("People concerned"))
        picker_line = self.person_picker.lineEdit()
        if picker_line is not None:
            picker_line.setPlaceholderText(self.tr("Link a person…"))
        self.unlink_button.setText(self.tr("Unlink"))
        self.trash_button.setText(self.tr("Move to trash"))
        tips = {
            "bold": self.tr("Bold (Ctrl+B)"),
            "italic": self.tr("Italic (Ctrl+I)"),
            "heading": self.tr("Heading (Ctrl+H)"),
            "list": self.tr("List (Ctrl+L)"),
            "checklist": self.tr("Checklist (Ctrl+Shift+L); tick with Ctrl+Enter"),
            "link": self.tr("Link (Ctrl+K)"),
            "tick": self.tr("Tick or untick"),
        }
        for name, action in self.body.actions_by_name.items():
            action.setText(tips[name])
        self._refresh_meta()

    def refresh_icons(self) -> None:
        icons = {
            "bold": "bold", "italic": "italic", "heading": "heading", "list": "list",
            "checklist": "checklist", "link": "link",
        }  # fmt: skip
        for name, icon_name in icons.items():
            self.body.actions_by_name[name].setIcon(icon(icon_name))
        self.trash_button.setIcon(icon("trash"))

    # Showing

    @property
    def record(self) -> EntryRecord | None:
        return self._record

    @property
    def has_unsaved_edits(self) -> bool:
        """Whether edits the workstation refused are still waiting to be saved."""
        return bool(self._unsaved) or (self.autosave.dirty and self.autosave.failing)

    def holds_unsaved(self, entry_uuid: str) -> bool:
        """Whether edits of `entry_uuid` that the workstation refused are still kept here."""
        if entry_uuid in self._unsaved:
            return True
        current = self._record is not None and self._record.uuid == entry_uuid
        return current and self.autosave.dirty and self.autosave.failing

    def show_entry(self, record: EntryRecord | None) -> None:
        """Show `record` (or the empty page), saving pending edits of the current one first.

        Edits that cannot be saved now are kept, shown again with their entry and retried.
        """
        if not self.flush(leaving=True) and self._record is not None:
            self._keep_unsaved(self._record)
        self._record = record
        self.autosave.discard()
        self.error.clear_error()
        if record is None:
            self._stack.setCurrentIndex(0)
            return
        pending = self._unsaved.pop(record.uuid, None)
        self._load(pending or record.draft)
        self._refresh_meta()
        self.coach_notes.show_for(record.uuid)
        self._stack.setCurrentIndex(1)
        if pending is not None:
            self.autosave.edited()

    def _load(self, draft: EntryDraft) -> None:
        self._loading = True
        widgets: list[QWidget] = [self.title, self.when, self.kind, self.mood, self.energy]
        widgets += [self.private, self.tags, *self.pillar_checks.values()]
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            self.title.setText(draft.title)
            self.title.setCursorPosition(0)
            self.when.setDateTime(
                QDateTime.fromSecsSinceEpoch(int(draft.occurred_at.timestamp())).toLocalTime()
            )
            self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind.value)))
            self.mood.setCurrentIndex(max(0, self.mood.findData(draft.mood)))
            self.energy.setCurrentIndex(max(0, self.energy.findData(draft.energy)))
            self.private.setChecked(draft.private)
            self.tags.setText(", ".join(draft.tags))
            for pillar, check in self.pillar_checks.items():
                check.setChecked(pillar in draft.pillars)
            self.body.setPlainText(draft.body)  # also starts a fresh undo history
            self._show_links(draft.people)
            self._tag_names.setStringList(self._journal.tags())
            self._fill_picker()
        finally:
            for widget, was in zip(widgets, blocked, strict=True):
                widget.blockSignals(was)
            self._loading = False
        if self.tabs.currentIndex() == 1:
            self.preview.setMarkdown(draft.body)

    def _refresh_meta(self) -> None:
        record = self._record
        if record is None:
            return
        self.meta.setText(
            self.tr("Written {created} · updated {updated}").format(
                created=format_datetime(record.created_at),
                updated=format_datetime(record.updated_at),
            )
        )

    def _show_links(self, people: tuple[str, ...]) -> None:
        self.linked.clear()
        for person_uuid in people:
            try:
                person = self._people.get(person_uuid)
            except NotFoundError:
                continue
            item = QListWidgetItem(person.name)
            item.setData(UUID_ROLE, person_uuid)
            if person.role or person.team:
                item.setToolTip(", ".join(filter(None, (person.role, person.team))))
            self.linked.addItem(item)

    def _fill_picker(self) -> None:
        self.person_picker.blockSignals(True)
        self.person_picker.clear()
        for person in self._people.search():
            self.person_picker.addItem(person.name, person.uuid)
        self.person_picker.setCurrentIndex(-1)
        self.person_picker.blockSignals(False)

    def _linked_uuids(self) -> tuple[str, ...]:
        return tuple(self.linked.item(i).data(UUID_ROLE) for i in range(self.linked.count()))

    def _link_picked(self, index: int) -> None:
        person_uuid = self.person_picker.itemData(index)
        if person_uuid and person_uuid not in self._linked_uuids():
            self._show_links((*self._linked_uuids(), person_uuid))
            self.autosave.edited()
        self.person_picker.setCurrentIndex(-1)
        self.person_picker.clearEditText()

    def _unlink_selected(self) -> None:
        for item in self.linked.selectedItems():
            self.linked.takeItem(self.linked.row(item))
        self.autosave.edited()

    def _body_changed(self) -> None:
        if self._loading:
            return
        if self.tabs.currentIndex() == 1:
            self.preview.setMarkdown(self.body.toPlainText())
        self.autosave.edited()

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.preview.setMarkdown(self.body.toPlainText())

    # Saving

    def draft(self) -> EntryDraft:
        when = self.when.dateTime().toSecsSinceEpoch()
        current = self._record.draft.occurred_at if self._record else None
        occurred = current if current and int(current.timestamp()) == when else None
        return EntryDraft(
            occurred_at=occurred or datetime.fromtimestamp(when, UTC),
            title=self.title.text(),
            body=self.body.toPlainText(),
            kind=EntryKind(self.kind.currentData()),
            mood=self.mood.currentData(),
            energy=self.energy.currentData(),
            private=self.private.isChecked(),
            tags=tuple(self.tags.text().split(",")),
            pillars=frozenset(p for p, check in self.pillar_checks.items() if check.isChecked()),
            people=self._linked_uuids(),
            links=self._record.draft.links if self._record else frozenset(),
        )

    def flush(self, *, leaving: bool = False) -> bool:
        return self.autosave.flush(leaving)

    def _save_failed(self, reason: str) -> None:
        text = self.tr(
            "Not saved: {reason} What you typed is kept; CoachApp tries again every few seconds."
        ).format(reason=reason)
        if self.error.isHidden() or self.error.text() != text:
            self.status.emit(text)
        self.error.show_error(text)

    def _keep_unsaved(self, record: EntryRecord) -> None:
        draft = self.draft()
        if not draft.title.strip():  # as when leaving with an empty title: the last one stays
            draft = replace(draft, title=record.draft.title)
        self._unsaved[record.uuid] = draft
        self._unsaved_timer.start()

    def _save_unsaved(self) -> None:
        """Retry the kept edits of entries no longer shown; stop at the first refusal."""
        for entry_uuid, draft in list(self._unsaved.items()):
            try:
                with brief_busy_wait():
                    record = self._journal.update(entry_uuid, draft)
            except UserError as exc:  # deleted meanwhile, or no longer valid: nothing to save
                del self._unsaved[entry_uuid]
                self.status.emit(self.tr("Not saved: {reason}").format(reason=render_error(exc)))
                continue
            except Exception as exc:
                if write_failure(exc) is None:
                    raise
                self._unsaved_timer.start()
                return
            del self._unsaved[entry_uuid]
            self.saved.emit(record)
            self.status.emit(self.tr("“{title}” is saved now.").format(title=record.draft.title))

    def _save(self, leaving: bool) -> bool:
        if self._record is None:
            return True
        draft = self.draft()
        notice = self.tr("Saved")
        try:
            record = self._journal.update(self._record.uuid, draft)
        except NotFoundError:
            self.status.emit(
                self.tr("This entry was deleted meanwhile; restore it from the trash to edit it.")
            )
            return True
        except ValidationError as exc:
            message = render_error(exc)
            if not leaving or exc.field != "title":
                self.error.show_error(message)
                if leaving:
                    self.status.emit(self.tr("Not saved: {reason}").format(reason=message))
                return False
            try:  # leaving with an empty title: keep the saved one, save everything else
                record = self._journal.update(
                    self._record.uuid, replace(draft, title=self._record.draft.title)
                )
            except ValidationError as other:
                self.status.emit(self.tr("Not saved: {reason}").format(reason=render_error(other)))
                return False
            notice = self.tr("{reason} The title “{title}” was kept.").format(
                reason=message, title=self._record.draft.title
            )
        self.error.clear_error()
        changed = record != self._record
        self._record = record
        if changed:
            self._refresh_meta()
            self.saved.emit(record)
            self.status.emit(notice)
        return True

    # Actions

    def move_to_trash(self) -> None:
        if self._record is None:
            return
        if not self.flush(leaving=True):
            return  # the workstation refused the save: the banner says why
        entry_uuid, title = self._record.uuid, self._record.draft.title
        try:
            self._journal.trash(entry_uuid)
        except Exception as exc:
            failure = write_failure(exc)
            if failure is None:
                raise
            self.status.emit(
                self.tr("Not moved to the trash: {reason}").format(reason=render_error(failure))
            )
            return
        self._record = None
        self._stack.setCurrentIndex(0)
        self.trashed.emit(entry_uuid, title)
