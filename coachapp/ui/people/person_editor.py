"""Editing one person, saved as you type: there is no Save button to forget.

Edits are written a moment after typing pauses, when a field loses focus, and before another
person is shown or the window closes. A name cannot be emptied: the editor says so and keeps
the last saved name.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.errors import NotFoundError, ValidationError
from coachapp.i18n import format_datetime, render_error
from coachapp.services.people.people import PeopleService, PersonRecord
from coachapp.ui.common import messages
from coachapp.ui.common.autosave import Autosave
from coachapp.ui.common.coach_notes import CoachNotes
from coachapp.ui.common.form_dialog import ErrorLine
from coachapp.ui.common.icons import icon
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import enlarge
from coachapp.ui.common.widgets import ToneLabel, hint_or_page
from coachapp.ui.people.person_activity import PersonActivity
from coachapp.ui.people.person_form import PersonForm
from coachapp.ui.people.person_growth import PersonGrowth


class PersonEditor(Retranslatable, QWidget):
    """A person's page: their details (saved as typed), growth, and what they took part in."""

    saved = Signal(object)  # PersonRecord
    shown = Signal(bool)  # a person is shown (True) or the empty page (False)
    trashed = Signal(str)  # uuid
    status = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._people: PeopleService = journal.people
        self._record: PersonRecord | None = None
        self._tabs_stale = False
        self._icons_ready = False
        self.autosave = Autosave(self, self._save)
        page = QWidget(self)
        self.heading = QLabel(page)
        enlarge(self.heading, 1.4)
        self.heading.setWordWrap(True)
        self.meta = ToneLabel("muted", page)
        details = self._build_details(page)
        self.growth = PersonGrowth(journal, page)
        self.growth.status.connect(self.status)
        self.activity = PersonActivity(journal, page)
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("personTabs")
        for tab in (details, self.growth, self.activity):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())
        self.coach_notes = CoachNotes(journal.feedback, page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        layout.addWidget(self.coach_notes)
        layout.addWidget(self.tabs, 1)

        self.empty, self._stack = hint_or_page(self, page)
        self.empty.setObjectName("empty")
        self.retranslate_ui()

    def _build_details(self, page: QWidget) -> QWidget:
        """The first tab: the person's form, what is wrong with it, and what to do with them."""
        self.form = PersonForm(page, with_notes=True, today=self._people.today())
        self.form.edited.connect(self._on_edited)
        self.warning = ToneLabel("warning", page)
        self.warning.setObjectName("warning")
        self.warning.hide()
        self.error = ErrorLine(page)
        self.active_button = QPushButton(page)
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self._toggle_active)
        self.trash_button = QPushButton(page)
        self.trash_button.setObjectName("trash")
        self.trash_button.clicked.connect(self.move_to_trash)
        buttons = QHBoxLayout()
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.trash_button)
        buttons.addStretch(1)
        details = QWidget(page)
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(self.form.layout, 1)
        details_layout.addWidget(self.warning)
        details_layout.addWidget(self.error)
        details_layout.addLayout(buttons)
        return details

    # Showing

    @property
    def record(self) -> PersonRecord | None:
        return self._record

    def show_person(self, record: PersonRecord | None) -> None:
        """Show `record` (or the empty page), saving pending edits of the current one first."""
        self.flush(leaving=True)
        self._record = record
        self.autosave.discard()
        self.warning.hide()
        self.error.clear_error()
        self.shown.emit(record is not None)
        if record is None:
            self._stack.setCurrentIndex(0)
            return
        self.form.load(record.as_draft())
        self.form.set_teams(self._people.teams())
        self.coach_notes.show_for(record.uuid)
        self._refresh_header()
        self._show_tab()
        if self._icons_ready:
            self.refresh_icons()
        self._stack.setCurrentIndex(1)

    def refresh_tabs(self) -> None:
        """Another area changed delegations, skills, entries or meetings: re-read the open
        tab now if it is on screen, else when it next is."""
        if self.isVisible():
            self._show_tab()
        else:
            self._tabs_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._tabs_stale:
            self._tabs_stale = False
            self._show_tab()
        super().showEvent(event)

    def _show_tab(self) -> None:
        """Read the growth or activity tab only when it is the one on screen."""
        record = self._record
        if record is None:
            return
        if self.tabs.currentWidget() is self.growth:
            self.growth.show_person(record.uuid, record.name)
        elif self.tabs.currentWidget() is self.activity:
            self.activity.show_person(record.uuid)

    def _refresh_header(self) -> None:
        record = self._record
        if record is None:
            return
        self.heading.setText(record.name)
        self.meta.setText(
            self.tr("Added {created} · updated {updated}").format(
                created=format_datetime(record.created_at),
                updated=format_datetime(record.updated_at),
            )
        )
        self.active_button.setText(
            self.tr("Mark as inactive") if record.active else self.tr("Mark as active")
        )
        self.active_button.setToolTip(
            self.tr("Inactive people stay in your journal but leave the default list.")
        )

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("Select a person in the list, or add one with Ctrl+Shift+N."))
        self.trash_button.setText(self.tr("Move to trash"))
        for index, title in enumerate(
            (self.tr("&Details"), self.tr("&Growth"), self.tr("&Journal and meetings"))
        ):
            self.tabs.setTabText(index, title)
        self.form.retranslate_ui()
        QTimer.singleShot(0, self.refresh_tabs)  # their lists hold translated words
        self._refresh_header()

    def refresh_icons(self) -> None:
        self._icons_ready = True
        self.trash_button.setIcon(icon("trash"))
        self.growth.refresh_icons()
        active = self._record is None or self._record.active
        self.active_button.setIcon(icon("deactivate" if active else "activate"))

    # Saving

    def _on_edited(self) -> None:
        self._check_duplicates()
        self.autosave.edited()

    def _check_duplicates(self) -> None:
        if self._record is None:
            return
        others = self._people.find_duplicates(self.form.name.text(), exclude_uuid=self._record.uuid)
        if others:
            self.warning.setText(
                self.tr("Another person already has this name: {name}.").format(
                    name=", ".join(filter(None, (others[0].name, others[0].team)))
                )
            )
            self.warning.show()
        else:
            self.warning.hide()

    def flush(self, *, leaving: bool = False) -> bool:
        """Write pending edits now; return False when they could not be saved.

        When `leaving` (another person is about to be shown, or the window closes), an
        invalid name is put back and the rest saved, with a status message.
        """
        return self.autosave.flush(leaving)

    def _save(self, leaving: bool) -> bool:
        if self._record is None:
            return True
        draft = self.form.draft()
        notice = self.tr("Saved")
        try:
            record = self._people.update(self._record.uuid, draft)
        except NotFoundError:
            return True
        except ValidationError as exc:
            message = render_error(exc)
            if not leaving or exc.field != "name":
                self.error.show_error(message)
                return False
            # Leaving with an empty name: keep the saved name, save everything else.
            try:
                record = self._people.update(
                    self._record.uuid, replace(draft, name=self._record.name)
                )
            except ValidationError as other:
                self.status.emit(self.tr("Not saved: {reason}").format(reason=render_error(other)))
                return False
            notice = self.tr("{reason} The name “{name}” was kept.").format(
                reason=message, name=self._record.name
            )
        self.error.clear_error()
        changed = record != self._record
        self._record = record
        if changed:
            self._refresh_header()
            self.saved.emit(record)
            self.status.emit(notice)
        return True

    # Actions

    def _toggle_active(self) -> None:
        if self._record is None or not self.flush():
            return
        record = self._people.set_active(self._record.uuid, not self._record.active)
        self._record = record
        self._refresh_header()
        self.refresh_icons()
        self.saved.emit(record)

    def move_to_trash(self) -> None:
        if self._record is None:
            return
        self.flush(leaving=True)
        person_uuid, name = self._record.uuid, self._record.name
        delegations = self._journal.delegations.held_by(person_uuid)
        skills = self._journal.skills.count_for(person_uuid)
        if delegations or skills:
            held = ", ".join(
                part
                for part in (
                    self.tr("%n active delegation(s)", "", delegations) if delegations else "",
                    self.tr("%n skill(s) in their plan", "", skills) if skills else "",
                )
                if part
            )
            question = self.tr(
                "{name} has {held}. They go to the trash with {name} and come back if you "
                "restore them; deleting {name} for good from the trash deletes them too."
            ).format(name=name, held=held)
            if not messages.confirm(self, self.tr("Move to trash"), question,
                                    self.tr("Move to trash")):  # fmt: skip
                return
        self._people.trash(person_uuid)
        self._record = None
        self._stack.setCurrentIndex(0)
        self.trashed.emit(person_uuid)
        self.status.emit(self.tr("{name} moved to the trash.").format(name=name))
