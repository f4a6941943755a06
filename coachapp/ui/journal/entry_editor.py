"""Writing one journal entry, saved as you type (see coachapp.ui.common.autosave).

The body is Markdown, written in a plain editor with formatting shortcuts and shown rendered
in the Preview tab. A title cannot be emptied: the editor says so and keeps the last one.
When the workstation refuses a save (full disk, read-only file, busy database), the editor
says so and keeps what was typed, even after another entry is shown, until a retry saves it.

Long because saving as you type ends in several ways (saved, refused by the journal, refused
by the workstation; while typing or when leaving the entry), each said where the fields are.
The third tab (EntryLinks), the edits kept for later (KeptEdits) and the formatting toolbar
(FormattingBar) live in their own modules.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import NotFoundError, ValidationError
from coachapp.i18n import format_datetime, render_error
from coachapp.services.common.saving import write_failure
from coachapp.services.exchange.feedback import FeedbackService
from coachapp.services.journal.journal import (
    MAX_TITLE,
    EntryDraft,
    EntryKind,
    EntryRecord,
    JournalService,
)
from coachapp.services.people.people import PeopleService
from coachapp.ui.common.autosave import Autosave
from coachapp.ui.common.coach_notes import CoachNotes
from coachapp.ui.common.form_dialog import ErrorLine
from coachapp.ui.common.icons import icon
from coachapp.ui.common.markdown_edit import FormattingBar, MarkdownEdit
from coachapp.ui.common.naming import plain
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import enlarge
from coachapp.ui.common.widgets import ToneLabel, hint_or_page, scrolling
from coachapp.ui.journal.entry_links import EntryLinks
from coachapp.ui.journal.kept_edits import KeptEdits
from coachapp.words.labels import entry_kind_label, scale_label


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
        self._kept = KeptEdits(journal, self)
        self._kept.saved.connect(self.saved)
        self._kept.status.connect(self.status)

        page = QWidget(self)
        self._build_fields(page)
        self._build_tabs(page, people)
        self.error = ErrorLine(page)
        self.meta = ToneLabel("muted", page)
        self.trash_button = QPushButton(page)
        self.trash_button.setObjectName("trash")
        self.trash_button.clicked.connect(self.move_to_trash)
        bottom = QHBoxLayout()
        bottom.addWidget(self.meta, 1)
        bottom.addWidget(self.trash_button)
        layout = QVBoxLayout(page)
        self.coach_notes = CoachNotes(feedback, page)
        layout.addWidget(self.title)
        layout.addWidget(self.coach_notes)
        layout.addLayout(self._form(page))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.empty, self._stack = hint_or_page(self, page)

        self.title.textEdited.connect(self.autosave.edited)
        self.tags.textEdited.connect(self.autosave.edited)
        self.body.textChanged.connect(self._body_changed)
        self.when.dateTimeChanged.connect(self.autosave.edited)
        for combo in (self.kind, self.mood, self.energy):
            combo.activated.connect(self.autosave.edited)
        self.private.toggled.connect(self.autosave.edited)
        self._loading = False
        self.retranslate_ui()

    def _build_fields(self, page: QWidget) -> None:
        """The title, and the fields above the text: when, private, type, feelings, tags."""
        self.title = QLineEdit(page)
        self.title.setObjectName("title")
        self.title.setMaxLength(MAX_TITLE)
        enlarge(self.title, 1.3)
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

    def _build_tabs(self, page: QWidget, people: PeopleService) -> None:
        """Writing (with its formatting toolbar), the preview, and the pillars and people."""
        self.body = MarkdownEdit(page)
        self.body.setObjectName("body")
        self.toolbar = FormattingBar(self.body, page)
        self.preview = QTextBrowser(page)
        self.preview.setObjectName("preview")
        self.preview.setOpenExternalLinks(True)
        write = QWidget(page)
        write_layout = QVBoxLayout(write)
        write_layout.setContentsMargins(0, 0, 0, 0)
        write_layout.addWidget(self.toolbar)
        write_layout.addWidget(self.body)
        self.links = EntryLinks(people, page)
        self.links.edited.connect(self.autosave.edited)
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(write, "")
        self.tabs.addTab(self.preview, "")
        self.tabs.addTab(scrolling(self.links, page), "")  # the pillars never make it taller
        self.tabs.currentChanged.connect(self._tab_changed)

    def _form(self, page: QWidget) -> QFormLayout:
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
        return form

    # Texts and icons

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("Select an entry in the list, or start a new one with Ctrl+N."))
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.title.placeholderText())
        self.body.setAccessibleName(self.tr("Text of the entry"))
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
        self.preview.setAccessibleName(plain(self.tabs.tabText(1)))
        self.trash_button.setText(self.tr("Move to trash"))
        self._refresh_meta()

    def refresh_icons(self) -> None:
        self.toolbar.refresh_icons()
        self.trash_button.setIcon(icon("trash"))

    # Showing

    @property
    def record(self) -> EntryRecord | None:
        return self._record

    @property
    def has_unsaved_edits(self) -> bool:
        """Whether edits the workstation refused are still waiting to be saved."""
        return bool(self._kept) or (self.autosave.dirty and self.autosave.failing)

    def holds_unsaved(self, entry_uuid: str) -> bool:
        """Whether edits of `entry_uuid` that the workstation refused are still kept here."""
        if entry_uuid in self._kept:
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
        pending = self._kept.take(record.uuid)
        self._load(pending or record.draft)
        self._refresh_meta()
        self.coach_notes.show_for(record.uuid)
        self._stack.setCurrentIndex(1)
        if pending is not None:
            self.autosave.edited()

    def _load(self, draft: EntryDraft) -> None:
        self._loading = True
        widgets: list[QWidget] = [self.title, self.when, self.kind, self.mood, self.energy]
        widgets += [self.private, self.tags]
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
            self.links.show_links(draft.pillars, draft.people)
            self.body.setPlainText(draft.body)  # also starts a fresh undo history
            self._tag_names.setStringList(self._journal.tags())
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
            pillars=self.links.pillars(),
            people=self.links.people(),
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
        self._kept.keep(record.uuid, draft)

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
