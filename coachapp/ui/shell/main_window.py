"""The main window: a sidebar of areas, the current area, menus, shortcuts and a status bar."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from coachapp import BUG_TRACKER, LICENSE_NAME, __version__
from coachapp.coaching.engine import Prompt
from coachapp.coaching.questions import Question
from coachapp.context import Journal
from coachapp.errors import UserError
from coachapp.i18n import current_language, format_datetime, render_error
from coachapp.services.experiments.experiments import EXPERIMENT, ExpStatus
from coachapp.services.journal.journal import EntryRecord
from coachapp.services.protection.backup import check_health, verify
from coachapp.services.rituals.rituals import RITUAL, Occurrence
from coachapp.ui.common import messages
from coachapp.ui.common.actions import new_action
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.geometry import restore_window, save_window
from coachapp.ui.common.icons import icon
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.tasks import Tasks
from coachapp.ui.delegations.delegations_view import BOARD, DelegationsView
from coachapp.ui.experiments.experiments_view import GRID, ExperimentsView
from coachapp.ui.insights.insights_area import InsightsArea
from coachapp.ui.journal.journal_view import JournalView
from coachapp.ui.journal.templates_dialog import TemplatesDialog
from coachapp.ui.people.people_view import PeopleView
from coachapp.ui.protection.journal_guard import JournalGuard
from coachapp.ui.protection.lock_screen import LockScreen
from coachapp.ui.protection.restore_dialog import RestoreDialog
from coachapp.ui.rituals.rituals_view import RitualsView
from coachapp.ui.settings.preferences import PreferencesDialog
from coachapp.ui.today.self_assessment_dialog import SelfAssessmentDialog
from coachapp.ui.today.today_view import TodayView
from coachapp.ui.today.weekly_review import WeeklyReview
from coachapp.ui.trash.trash_view import TrashView

if TYPE_CHECKING:
    from coachapp.ui.exchange.export_dialog import ExportDialog
    from coachapp.ui.exchange.sharing_dialog import SharingDialog

log = logging.getLogger("coachapp.ui")

WINDOW_KEY = "main_window"
INCOMING_FOLDER = "incoming_folder"  # where the last file imported or reviewed was
BACKUP_CHECK_MS = 30 * 60 * 1000
STATUS_TIMEOUT_MS = 5000
UNDO_MS = 10_000
DEBRIEF_TEMPLATE = "ritual-debrief"


class MainWindow(Retranslatable, QMainWindow):
    language_requested = Signal(str)
    theme_requested = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.settings = journal.settings
        self.events = DataEvents(self)
        self.tasks = Tasks(self)
        self.setObjectName("MainWindow")

        self.today_view = TodayView(journal, self.events, self)
        self.journal_view = JournalView(journal, self.events, self.settings, self)
        self.rituals_view = RitualsView(journal, self.events, self)
        self.delegations_view = DelegationsView(journal, self.events, self)
        self.experiments_view = ExperimentsView(journal, self.events, self)
        self.people_view = PeopleView(journal, self.events, self.settings, self)
        self.insights_area = InsightsArea(journal, self.events, self)
        self.trash_view = TrashView(journal.trash, self.events, self)
        self.areas: list[tuple[str, QWidget]] = [
            ("today", self.today_view),
            ("journal", self.journal_view),
            ("rituals", self.rituals_view),
            ("delegations", self.delegations_view),
            ("experiments", self.experiments_view),
            ("people", self.people_view),
            ("insights", self.insights_area),
            ("trash", self.trash_view),
        ]
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(self)
        for _name, view in self.areas:
            self.sidebar.addItem(QListWidgetItem())
            self.stack.addWidget(view)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        # The areas, or the lock screen alone while the journal is locked.
        self.guard = JournalGuard(self)
        self.lock_screen = LockScreen(self.guard.check_secret, self)
        self.lock_screen.unlocked.connect(self.guard.unlocked)
        self.shell = QStackedWidget(self)
        self.shell.addWidget(central)
        self.shell.addWidget(self.lock_screen)
        self.setCentralWidget(self.shell)

        self.count_label = QLabel(self)
        self.backup_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.backup_label)
        for _name, view in self.areas:
            view.status.connect(self.show_status)  # type: ignore[attr-defined]
        self.today_view.action_requested.connect(self.act_on_prompt)
        self.today_view.answer_requested.connect(self.answer_question)
        self.today_view.item_requested.connect(self.open_item)
        self.today_view.review_requested.connect(self.weekly_review)
        self.today_view.assessment_requested.connect(self.self_assessment)
        self.today_view.progress_requested.connect(self.show_progress)
        self.rituals_view.debrief_requested.connect(self.write_debrief)
        self.rituals_view.experiment_requested.connect(self.experiment_from_ritual)
        self.rituals_view.entry_requested.connect(self.show_entry)
        self.delegations_view.entry_requested.connect(self.show_entry)
        self.experiments_view.entry_requested.connect(self.show_entry)
        self.people_view.experiment_requested.connect(self.show_experiment)
        self.people_view.entry_requested.connect(self.show_entry)
        self.people_view.delegation_requested.connect(self.show_delegation)
        self.people_view.new_delegation_requested.connect(self._new_delegation_for)
        self.people_view.ritual_requested.connect(self.show_ritual)
        self.people_view.report_requested.connect(self.person_report)
        self.people_view.erasing.connect(self.flush_editors)
        self.journal_view.trashed.connect(self._offer_undo_trash)
        self._waiting_prompts: dict[str, Prompt] = {}  # new entry -> the prompt it answers
        self.journal_view.written.connect(self._entry_written)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoTrash")
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._undo_trash)
        self.statusBar().addWidget(self.undo_button)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(self.undo_button.hide)
        self._undoable: tuple[str, str] | None = None
        self.events.changed.connect(self._update_counts)
        self.events.reloaded.connect(self._update_counts)

        self._counts: tuple[int, int, int, datetime | None] = (0, 0, 0, None)
        self._create_actions()
        self._create_menus()
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.backup_if_due)
        self.resize(1100, 720)
        restore_window(self, self.settings, WINDOW_KEY)
        self.retranslate_ui()
        self._update_counts()

    # Building

    def _action(
        self,
        name: str,
        shortcut: QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
        fallback: str = "",
        shortcut_owners: tuple[QWidget, ...] = (),
    ) -> QAction:
        """An action of the window; a standard key the platform leaves empty uses `fallback`.

        With `shortcut_owners`, the shortcut works only while one of them has the focus.
        """
        if isinstance(shortcut, QKeySequence.StandardKey):
            action = new_action(self, name, slot)
            keys = QKeySequence.keyBindings(shortcut)
            action.setShortcuts(keys or [QKeySequence(fallback)])
        else:
            action = new_action(self, name, slot, shortcut)
        if not shortcut_owners:
            self.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for owner in shortcut_owners:
                owner.addAction(action)
        return action

    def _create_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.act_new_entry = self._action("newEntry", "Ctrl+N", self._new_entry)
        self.act_new_ritual = self._action("newRitual", "Ctrl+R", self._new_ritual)
        self.act_new_person = self._action("newPerson", "Ctrl+Shift+N", self._new_person)
        self.act_new_delegation = self._action(
            "newDelegation", "Ctrl+Shift+D", self._new_delegation
        )
        self.act_new_experiment = self._action(
            "newExperiment", "Ctrl+Shift+E", self._new_experiment
        )
        self.act_templates = self._action("templates", None, self.show_templates)
        self.act_undo = self._action("undo", standard.Undo, self._undo, "Ctrl+Z")
        self.act_redo = self._action("redo", standard.Redo, self._redo, "Ctrl+Shift+Z")
        self.act_export = self._action("exportJournal", "Ctrl+E", self.export_journal)
        self.act_import = self._action("importFile", None, self.import_file)
        self.act_review = self._action("openForReview", None, self.open_for_review)
        self.act_shared = self._action("showShared", None, self.show_shared)
        self.act_backup = self._action("backupNow", "Ctrl+Shift+B", self.backup_now)
        self.act_restore = self._action("restoreBackup", None, self.restore_backup)
        self.act_data_folder = self._action("openDataFolder", None, self._open_data_folder)
        self.act_quit = self._action("quit", standard.Quit, self.close, "Ctrl+Q")
        self.act_find = self._action("find", standard.Find, self._find, "Ctrl+F")
        self.act_trash = self._action(
            "moveToTrash",
            standard.Delete,
            self._trash,
            "Del",
            (self.people_view.table, self.journal_view.table),
        )
        self.act_preferences = self._action(
            "preferences", standard.Preferences, self.show_preferences, "Ctrl+,"
        )
        self.act_areas = [
            self._action(f"show_{name}", f"Ctrl+{row + 1}", partial(self.show_area, row))
            for row, (name, _view) in enumerate(self.areas)
        ]
        self.act_fullscreen = self._action(
            "fullScreen", standard.FullScreen, self._toggle_full_screen, "F11"
        )
        self.act_log_folder = self._action("openLogFolder", None, self._open_log_folder)
        self.act_about = self._action("about", None, self.show_about)
        self.act_about_qt = self._action("aboutQt", None, QApplication.aboutQt)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = QMenu(self)
        self.menu_file.addActions(
            [
                self.act_new_entry,
                self.act_new_ritual,
                self.act_new_delegation,
                self.act_new_experiment,
                self.act_new_person,
                self.act_templates,
            ]
        )
        self.menu_file.addSeparator()
        self.menu_file.addActions(
            [self.act_export, self.act_import, self.act_review, self.act_shared]
        )
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_backup, self.act_restore, self.act_data_folder])
        self.menu_file.addMenu(self.guard.menu)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = QMenu(self)
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.act_find, self.act_trash])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_preferences)
        self.menu_view = QMenu(self)
        self.menu_view.addActions(self.act_areas)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_fullscreen)
        self.menu_help = QMenu(self)
        self.menu_help.addActions([self.act_log_folder])
        self.menu_help.addSeparator()
        self.menu_help.addActions([self.act_about, self.act_about_qt])
        for menu in (self.menu_file, self.menu_edit, self.menu_view, self.menu_help):
            bar.addMenu(menu)

    def retranslate_ui(self) -> None:
        organisation = self.settings.policy.organisation
        self.setWindowTitle(
            self.tr("CoachApp · {organisation}").format(organisation=organisation)
            if organisation
            else self.tr("CoachApp")
        )
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new_entry.setText(self.tr("&New entry"))
        self.act_new_ritual.setText(self.tr("Plan a r&itual…"))
        self.act_new_person.setText(self.tr("New &person…"))
        self.act_new_delegation.setText(self.tr("New &delegation…"))
        self.act_new_experiment.setText(self.tr("New e&xperiment…"))
        self.act_templates.setText(self.tr("&Templates…"))
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.undo_button.setText(self.tr("Undo"))
        self.act_export.setText(self.tr("&Export…"))
        self.act_import.setText(self.tr("I&mport a journal or a coach's feedback…"))
        self.act_review.setText(self.tr("Open a journal for re&view…"))
        self.act_shared.setText(self.tr("What I have s&hared…"))
        self.act_backup.setText(self.tr("&Back up now"))
        self.act_restore.setText(self.tr("&Restore a backup…"))
        self.act_data_folder.setText(self.tr("Open the &data folder"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_find.setText(self.tr("&Find"))
        self.act_trash.setText(self.tr("Move to &trash"))
        self.act_preferences.setText(self.tr("&Preferences…"))
        self.act_fullscreen.setText(self.tr("&Full screen"))
        self.act_log_folder.setText(self.tr("Open the &log folder"))
        self.act_about.setText(self.tr("&About CoachApp"))
        self.act_about_qt.setText(self.tr("About &Qt"))
        self.guard.retranslate_ui()
        titles = {
            "journal": self.tr("Journal"),
            "today": self.tr("Today"),
            "rituals": self.tr("Rituals"),
            "delegations": self.tr("Delegations"),
            "experiments": self.tr("Experiments"),
            "people": self.tr("People"),
            "insights": self.tr("Insights"),
            "trash": self.tr("Trash"),
        }
        for row, (name, _view) in enumerate(self.areas):
            self.sidebar.item(row).setText(titles[name])
            self.act_areas[row].setText(titles[name])
        self._show_counts()

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest area name in the current language, never narrower."""
        metrics = self.sidebar.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(self.sidebar.item(row).text())
            for row in range(self.sidebar.count())
        )
        chrome = self.sidebar.iconSize().width() + 2 * self.sidebar.frameWidth() + 32
        width = max(metrics.averageCharWidth() * 16, longest + chrome)
        self.sidebar.setFixedWidth(width)

    def refresh_icons(self) -> None:
        """Set every icon; called after the first paint and when the palette changes."""
        for row, (name, view) in enumerate(self.areas):
            self.sidebar.item(row).setIcon(icon(name))
            self.act_areas[row].setIcon(icon(name))
            view.refresh_icons()  # type: ignore[attr-defined]
        for action, name in (
            (self.act_new_entry, "entry-add"),
            (self.act_new_ritual, "ritual-add"),
            (self.act_new_person, "person-add"),
            (self.act_new_delegation, "delegation-add"),
            (self.act_new_experiment, "experiment-add"),
            (self.act_templates, "templates"),
            (self.act_undo, "undo"),
            (self.act_redo, "redo"),
            (self.act_backup, "backup"),
            (self.act_restore, "restore-backup"),
            (self.act_data_folder, "folder"),
            (self.act_quit, "quit"),
            (self.act_find, "search"),
            (self.act_trash, "trash"),
            (self.act_preferences, "settings"),
            (self.act_fullscreen, "fullscreen"),
            (self.act_log_folder, "log"),
            (self.act_about, "about"),
        ):
            action.setIcon(icon(name))
        self.guard.refresh_icons()
        self.lock_screen.refresh_icons()

    # Status

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _update_counts(self) -> None:
        """Re-read the figures the status bar and sidebar show."""
        backups = self.journal.backups.backups()
        self._counts = (
            self.journal.entries.count(),
            self.journal.people.count(),
            self.journal.trash.count(),
            backups[0].created_at if backups else None,
        )
        self._show_counts()

    def _show_counts(self) -> None:
        entries, people, trashed, last_backup = self._counts
        self.count_label.setText(
            self.tr("%n entry(ies)", "", entries) + " · " + self.tr("%n person(s)", "", people)
        )
        trash_row = next(row for row, (name, _v) in enumerate(self.areas) if name == "trash")
        self.sidebar.item(trash_row).setText(
            self.tr("Trash ({count})").format(count=trashed) if trashed else self.tr("Trash")
        )
        self._fit_sidebar()
        self.backup_label.setText(
            self.tr("Last backup: {date}").format(date=format_datetime(last_backup))
            if last_backup
            else self.tr("No backup yet")
        )

    # Areas and actions

    def show_area(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)

    def _show(self, view: QWidget) -> None:
        self.stack.setCurrentWidget(view)
        self.sidebar.setCurrentRow(self.stack.currentIndex())

    def _new_entry(self) -> None:
        self._show(self.journal_view)
        self.journal_view.start_entry()

    def _new_ritual(self) -> None:
        self._show(self.rituals_view)
        self.rituals_view.plan()

    def write_debrief(self, occurrence: Occurrence) -> None:
        """Start the journal entry that tells how a ritual went, linked to it."""
        self.rituals_view.save_state()
        language = current_language() or "en"
        template = next(
            (t for t in self.journal.templates.templates(language) if t.key == DEBRIEF_TEMPLATE),
            None,
        )
        people, _groups = self.journal.rituals.attendance(
            occurrence.ritual_uuid, occurrence.starts_at
        )
        title = self.tr("Debrief: {title}, {date}").format(
            title=occurrence.title, date=format_datetime(occurrence.starts_at)
        )
        self._show(self.journal_view)
        self.journal_view.new_entry(
            template,
            title=title,
            people=people,
            links=frozenset({(RITUAL, occurrence.ritual_uuid)}),
        )

    def show_entry(self, entry_uuid: str) -> None:
        self._show(self.journal_view)
        self.journal_view.show_entry(entry_uuid)

    def show_delegation(self, delegation_uuid: str) -> None:
        self._show(self.delegations_view)
        self.delegations_view.open_delegation(delegation_uuid)

    def _new_delegation_for(self, person_uuid: str) -> None:
        self._show(self.delegations_view)
        self.delegations_view.new_delegation(person_uuid)

    def show_ritual(self, ritual_uuid: str) -> None:
        self._show(self.rituals_view)
        self.rituals_view.show_ritual(ritual_uuid)

    # Prompts from the Today view

    def _new_entry_of_kind(
        self, kind: str, *, title: str = "", people: tuple[str, ...] = (),
        links: frozenset[tuple[str, str]] = frozenset(),
    ) -> EntryRecord:  # fmt: skip
        language = current_language() or "en"
        template = next(
            (t for t in self.journal.templates.templates(language) if t.kind.value == kind), None
        )
        self._show(self.journal_view)
        return self.journal_view.new_entry(template, title=title, people=people, links=links)

    def act_on_prompt(self, prompt: Prompt) -> None:
        """Open what the prompt suggests, filled in from what it is about.

        It counts as done once that is done (the dialog accepted, something written in the
        new entry); a dialog cancelled or an entry left empty leaves it on Today. Opening an
        item or a board to look at it counts at once.
        """
        handlers: dict[str, Callable[[dict[str, str]], object]] = {
            "new_entry": self._prompt_entry,
            "plan_ritual": self._prompt_ritual,
            "open_ritual": lambda a: self.show_ritual(a["ritual"]),
            "new_experiment": lambda _a: self._new_experiment(),
            "open_experiment": lambda a: self.show_experiment(a["experiment"]),
            "conclude_experiment": self._prompt_conclusion,
            "open_grid": lambda _a: self._show_tab(self.experiments_view, GRID),
            "check_in": self._prompt_check_in,
            "open_delegation": lambda a: self.show_delegation(a["delegation"]),
            "delegation_board": lambda _a: self._show_tab(self.delegations_view, BOARD),
            "open_person": self._prompt_person,
            "open_entry": lambda a: self.show_entry(a["entry"]),
        }
        handler = handlers.get(prompt.action.get("kind", ""))
        if handler is None:
            return
        opened = handler(prompt.action)
        if isinstance(opened, QDialog):
            opened.accepted.connect(lambda: self._acted(prompt))
        elif isinstance(opened, EntryRecord):
            self._waiting_prompts[opened.uuid] = prompt
        else:
            self._acted(prompt)

    def _acted(self, prompt: Prompt) -> None:
        self.journal.prompts.act(prompt)
        self.events.changed.emit("prompt")

    def _entry_written(self, entry_uuid: str) -> None:
        prompt = self._waiting_prompts.pop(entry_uuid, None)
        if prompt is not None:
            self._acted(prompt)

    def _show_tab(self, view: ExperimentsView | DelegationsView, tab: int) -> None:
        self._show(view)
        view.tabs.setCurrentIndex(tab)

    def _prompt_entry(self, action: dict[str, str]) -> EntryRecord:
        person, experiment = action.get("person"), action.get("experiment")
        return self._new_entry_of_kind(
            action.get("entry_kind", "note"),
            people=(person,) if person else (),
            links=frozenset({(EXPERIMENT, experiment)}) if experiment else frozenset(),
        )

    def _prompt_ritual(self, action: dict[str, str]) -> QDialog:
        self._show(self.rituals_view)
        return self.rituals_view.plan(action.get("method", ""))

    def _prompt_conclusion(self, action: dict[str, str]) -> QDialog | None:
        self.show_experiment(action["experiment"])
        return self.experiments_view.request_move(action["experiment"], ExpStatus.CONCLUDED)

    def _prompt_check_in(self, action: dict[str, str]) -> QDialog | None:
        self.show_delegation(action["delegation"])
        return self.delegations_view.check_in(action["delegation"])

    def _prompt_person(self, action: dict[str, str]) -> None:
        self._show(self.people_view)
        if action.get("person") and self.people_view.select(action["person"]):
            self.people_view.editor.tabs.setCurrentIndex(1)  # growth: plans and delegations

    def answer_question(self, question: Question) -> None:
        """A journal entry titled with the question of the day, ready for the answer."""
        language = current_language() or "en"
        self._new_entry_of_kind("note", title=question.text.get(language, question.text["en"]))

    def weekly_review(self) -> WeeklyReview:
        """The guided weekly review; its entry opens in the journal once written."""
        review = WeeklyReview(self.journal, self)
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review.accepted.connect(lambda: self._reviewed(review))
        review.open()
        return review

    def _reviewed(self, review: WeeklyReview) -> None:
        if review.entry_uuid is not None:
            self.events.changed.emit("entry")
            self.show_entry(review.entry_uuid)
            self.show_status(self.tr("Weekly review kept in the journal."))

    def self_assessment(self) -> SelfAssessmentDialog:
        dialog = SelfAssessmentDialog(self.journal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.show_progress)
        dialog.open()
        return dialog

    def show_progress(self) -> QDialog:
        # QtCharts weighs on start-up: loaded when the chart is first asked for.
        from coachapp.ui.today.self_assessment_chart import SelfAssessmentChart  # noqa: PLC0415

        chart = SelfAssessmentChart(self.journal, self)
        chart.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chart.open()
        return chart

    def open_item(self, kind: str, item_uuid: str) -> None:
        show = {"ritual": self.show_ritual, "delegation": self.show_delegation,
                "experiment": self.show_experiment, "entry": self.show_entry,
                "person": self.show_person, "skill": self.show_skill}[kind]  # fmt: skip
        try:
            show(item_uuid)
        except UserError as exc:  # gone to the trash since
            self.show_status(render_error(exc))

    def show_person(self, person_uuid: str) -> None:
        self._show(self.people_view)
        self.people_view.select(person_uuid)

    def show_skill(self, skill_uuid: str) -> None:
        """A skill plan lives on its person's growth tab."""
        self._prompt_person({"person": self.journal.skills.get(skill_uuid).draft.person_uuid})

    def show_experiment(self, experiment_uuid: str) -> None:
        self._show(self.experiments_view)
        self.experiments_view.open_experiment(experiment_uuid)

    def experiment_from_ritual(self, occurrence: Occurrence) -> None:
        """A new experiment that came out of a meeting, involving who took part."""
        self.rituals_view.save_state()
        people, _groups = self.journal.rituals.attendance(
            occurrence.ritual_uuid, occurrence.starts_at
        )
        self._show(self.experiments_view)
        self.experiments_view.new_experiment(
            ritual_uuid=occurrence.ritual_uuid, people=tuple(people)
        )

    def _new_experiment(self) -> QDialog:
        self._show(self.experiments_view)
        return self.experiments_view.new_experiment()

    def _new_delegation(self) -> None:
        self._show(self.delegations_view)
        self.delegations_view.new_delegation()

    def _new_person(self) -> None:
        self._show(self.people_view)
        self.people_view.add_person()

    def _find(self) -> None:
        if self.stack.currentWidget() is self.people_view:
            self.people_view.focus_search()
        else:
            self._show(self.journal_view)
            self.journal_view.focus_search()

    def _trash(self) -> None:
        if self.stack.currentWidget() is self.people_view:
            self.people_view.trash_selected()
        elif self.stack.currentWidget() is self.journal_view:
            self.journal_view.trash_selected()

    def _undo(self) -> None:
        """Undo in the text field being edited (each has its own history)."""
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.undo()

    def _redo(self) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.redo()

    def _offer_undo_trash(self, entry_uuid: str, title: str) -> None:
        self._undoable = (entry_uuid, title)
        self.show_status(self.tr("“{title}” moved to the trash.").format(title=title))
        self.undo_button.show()
        self._undo_timer.start()

    def _undo_trash(self) -> None:
        self.undo_button.hide()
        if self._undoable is None:
            return
        entry_uuid, title = self._undoable
        self._undoable = None
        try:
            self.journal.entries.restore(entry_uuid)
        except UserError as exc:  # restored or erased in the Trash area since
            self.show_status(render_error(exc))
            return
        self.events.changed.emit("trash")
        self._show(self.journal_view)
        self.journal_view.select(entry_uuid)
        self.show_status(self.tr("“{title}” is back.").format(title=title))

    def show_templates(self) -> TemplatesDialog:
        dialog = TemplatesDialog(self.journal.templates, current_language() or "en", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.journal.paths.data)))

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.journal.paths.logs)))

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.settings, self, self.journal.prompts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_changed.connect(self.language_requested)
        dialog.theme_changed.connect(self.theme_requested)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        paths = self.journal.paths
        text = self.tr(
            "<h3>CoachApp {version}</h3>"
            "<p>A companion for managers who practise a new management model: "
            "experimentation, right to error, co-construction, delegation.</p>"
            "<p>Your journal stays on this computer. Nothing is sent anywhere.</p>"
            "<p>Data folder: <a href='{data_url}'>{data}</a><br>"
            "Log folder: <a href='{logs_url}'>{logs}</a></p>"
            "<p>To report a problem, describe what you did and attach the log file "
            "<tt>coachapp.log</tt> from the log folder: {tracker}</p>"
            "<p>Licence: {licence}. Qt {qt}, PySide6 {pyside}.</p>"
        ).format(
            version=__version__,
            data_url=html.escape(QUrl.fromLocalFile(str(paths.data)).toString()),
            data=html.escape(str(paths.data)),
            logs_url=html.escape(QUrl.fromLocalFile(str(paths.logs)).toString()),
            logs=html.escape(str(paths.logs)),
            tracker=f"<a href='{html.escape(BUG_TRACKER)}'>{html.escape(BUG_TRACKER)}</a>",
            licence=LICENSE_NAME,
            qt=qVersion(),
            pyside=pyside_version,
        )
        QMessageBox.about(self, self.tr("About CoachApp"), text)

    # Exchange

    def export_journal(self) -> ExportDialog:
        from coachapp.ui.exchange.export_dialog import ExportDialog  # noqa: PLC0415  (exporters load late)

        self.flush_editors()
        dialog = ExportDialog(self.journal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_status(dialog.summary()))
        dialog.open()
        return dialog

    def import_file(self, source: Path | None = None) -> bool:
        """Bring in a journal export (merged after a backup) or a coach's feedback."""
        from coachapp.exchange.feedback import FORMAT as FEEDBACK  # noqa: PLC0415
        from coachapp.exchange.incoming import read_incoming  # noqa: PLC0415

        if source is None:
            source = self._choose_incoming(
                self.tr("Import a journal or a coach's feedback"),
                self.tr("CoachApp files (*.json);;All files (*)"),
            )
            if source is None:
                return False
        try:
            kind, document = read_incoming(source)
        except UserError as exc:
            messages.user_error(self, self.tr("Cannot import"), exc)
            return False
        if kind == FEEDBACK:
            return self._import_feedback(document, source.name)
        return self._merge_journal(source, document)

    def _choose_incoming(self, title: str, filters: str) -> Path | None:
        """A file someone sent, looked for where the last one was found."""
        last = self.settings.state(INCOMING_FOLDER)
        chosen = messages.open_file(self, title, filters, Path(last) if last else None)
        if chosen is not None:
            self.settings.set_state(INCOMING_FOLDER, str(chosen.parent))
        return chosen

    def _import_feedback(self, document: dict[str, object], file_name: str) -> bool:
        from coachapp.words.import_summary import ImportSummary  # noqa: PLC0415

        report = self.journal.feedback.import_feedback(document, file_name)
        summary = ImportSummary()
        lines = [summary.feedback(report.added, report.updated, report.unchanged)]
        lines += [summary.unknown(area, title).strip() for area, title in report.unknown]
        self.events.changed.emit("feedback")
        messages.information(self, self.tr("Coach feedback"), "\n".join(lines))
        if report.added or report.updated:
            self.show_area(self.stack.indexOf(self.today_view))
        return True

    def _merge_journal(self, source: Path, document: dict[str, object]) -> bool:
        from coachapp.services.exchange.journal_import import JournalImport  # noqa: PLC0415
        from coachapp.words.import_summary import ImportSummary  # noqa: PLC0415

        question = self.tr(
            "Merge the journal export {name} into your journal? Records you do not have are "
            "added and newer ones replace yours; your journal is backed up first."
        ).format(name=source.name)
        if not messages.confirm(self, self.tr("Import a journal"), question, self.tr("Merge")):
            return False
        self.flush_editors()
        self.tasks.wait()
        try:
            self.journal.backups.create("before-import")
            report = JournalImport(self.journal.people, self.journal.entries).run(document)
        except UserError as exc:
            messages.user_error(self, self.tr("Cannot import"), exc)
            return False
        self.events.reloaded.emit()
        counts = ImportSummary().counts(
            sum(report.added.values()), sum(report.updated.values()),
            sum(report.unchanged.values()), len(report.kept),
        )  # fmt: skip
        messages.information(self, self.tr("Import a journal"), counts)
        return True

    def open_for_review(self, source: Path | None = None) -> QMainWindow | None:
        """An export opened read-only in a window of its own, for a coach's comments."""
        from coachapp.services.exchange.journal_import import read_export  # noqa: PLC0415
        from coachapp.ui.exchange.review_window import ReviewWindow  # noqa: PLC0415

        if source is None:
            source = self._choose_incoming(
                self.tr("Open a journal for review"),
                self.tr("CoachApp journal exports (*.json);;All files (*)"),
            )
            if source is None:
                return None
        try:
            document = read_export(source)
        except UserError as exc:
            messages.user_error(self, self.tr("Cannot open for review"), exc)
            return None
        window = ReviewWindow(
            document, source, self.journal.paths.reviews, clock=self.journal.clock,
            settings=self.settings, parent=self,
        )  # fmt: skip
        window.show()
        return window

    def person_report(self, person_uuid: str) -> Path | None:
        """The person's right of access: what the journal holds about them, as an HTML file."""
        from coachapp.ui.exchange.export_files import person_report  # noqa: PLC0415

        self.flush_editors()
        name = self.journal.people.get(person_uuid).name
        folder = self.settings.get("export.folder") or str(Path.home())
        safe = "".join(c if c.isalnum() else "-" for c in name).strip("-") or "person"
        out = messages.save_file(
            self, self.tr("What the journal holds on {name}").format(name=name),
            Path(folder) / f"{safe}.html", self.tr("Web pages (*.html)"),
        )  # fmt: skip
        if out is None:
            return None
        if out.suffix.lower() != ".html":
            out = out.with_name(out.name + ".html")
        try:
            items = person_report(self.journal, person_uuid, out)
        except OSError as exc:
            messages.error(self, self.tr("Cannot write the report"), str(exc))
            return None
        self.show_status(
            self.tr("%n item(s) about {name} written to {file}.", "", items).format(
                name=name, file=out.name
            )
        )
        return out

    def show_shared(self) -> SharingDialog:
        from coachapp.ui.exchange.sharing_dialog import SharingDialog  # noqa: PLC0415

        dialog = SharingDialog(self.journal.sharing, self.journal.export_keys, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def apply_retention(self) -> None:
        """The organisation's retention rules, if its policy sets any."""
        from coachapp.services.protection.retention import apply_retention  # noqa: PLC0415

        done = apply_retention(
            self.journal.entries, self.journal.trash, self.journal.clock.now(),
            entry_months=self.settings.get("retention.entry_months"),
            trash_months=self.settings.get("retention.trash_months"),
        )  # fmt: skip
        if done.trashed or done.purged:
            log.info("Retention: %d entries to the trash, %d records erased", done.trashed,
                     done.purged)  # fmt: skip
            self.events.reloaded.emit()
            moved = self.tr(
                "Retention rules: %n old entry(ies) moved to the trash.", "", done.trashed
            )
            erased = self.tr(
                "Retention rules: %n record(s) erased from the trash.", "", done.purged
            )
            self.show_status(moved if done.trashed else erased)

    # Backups

    def flush_editors(self) -> None:
        self.journal_view.save_state()
        self.rituals_view.save_state()
        self.people_view.save_state()

    def backup_now(self) -> None:
        self.flush_editors()
        self.show_status(self.tr("Backing up…"))
        self.tasks.run(
            self.journal.backups.create,
            lambda path: self._backup_done(path, manual=True),
            self._backup_failed,
        )

    def backup_if_due(self) -> None:
        interval = timedelta(hours=self.settings.get("backup.interval_hours"))
        self.journal.backups.keep = self.settings.get("backup.keep")
        self.tasks.run(
            lambda: self.journal.backups.run_if_due(interval),
            lambda path: self._backup_done(path, manual=False),
            self._backup_failed,
        )

    def _backup_done(self, path: Path | None, *, manual: bool) -> None:
        self._update_counts()
        if path is not None and manual:
            self.show_status(self.tr("Backup written: {name}").format(name=path.name))

    def _backup_failed(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            text = render_error(exc)
        else:
            text = self.tr("unexpected error, see the log file")
        log.warning("Backup failed: %s", exc, exc_info=exc)
        self.show_status(self.tr("Backup failed: {reason}").format(reason=text))

    def restore_backup(self) -> RestoreDialog:
        dialog = RestoreDialog(self.journal.backups.backups(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: dialog.chosen is not None and self.restore_from(dialog.chosen, ask=True)
        )
        dialog.open()
        return dialog

    def restore_from(self, source: Path, *, ask: bool) -> bool:
        """Replace the journal with `source` after checking it; the current one is kept aside."""
        try:
            verify(source, self.journal.key)
        except UserError as exc:
            messages.user_error(self, self.tr("Cannot restore"), exc)
            return False
        question = self.tr(
            "Replace your journal with the backup {name}? Your current journal is kept as a "
            "backup first."
        ).format(name=source.name)
        if ask and not messages.confirm(
            self, self.tr("Restore a backup"), question, self.tr("Restore")
        ):
            return False
        self.flush_editors()
        self.tasks.wait()
        try:
            self.journal.restore(source)
        except UserError as exc:
            self.events.reloaded.emit()
            messages.user_error(self, self.tr("Cannot restore"), exc)
            return False
        self.events.reloaded.emit()
        self.show_status(self.tr("Journal restored from {name}.").format(name=source.name))
        return True

    # Start and stop

    def after_first_paint(self) -> None:
        """Work that must not delay the window: icons, the integrity check, the first backup."""
        self.apply_retention()
        self.refresh_icons()
        self.today_view.window_painted()
        self.tasks.run(
            lambda: check_health(self.journal.paths.database, self.journal.key),
            self._integrity_checked,
            lambda exc: log.warning("Integrity check could not run: %s", exc),
        )
        self.backup_if_due()
        self._backup_timer.start()
        if self.settings.policy.problems:
            # IT's mistake, not the user's: said once, without stopping anyone from working.
            self.statusBar().showMessage(
                self.tr("Parts of the machine policy were skipped (see the log); the rest applies.")
            )

    def _integrity_checked(self, problems: list[str]) -> None:
        if not problems:
            log.info("Integrity check passed")
            return
        log.error("Integrity check failed: %s", "; ".join(problems[:5]))
        newest = self.journal.backups.newest_healthy()
        if newest is None:
            messages.error(
                self,
                self.tr("Journal damaged"),
                self.tr(
                    "CoachApp found damage in your journal ({details}) and has no healthy "
                    "backup to restore. Copy the data folder somewhere safe before going on."
                ).format(details=problems[0]),
            )
            return
        if messages.confirm(
            self,
            self.tr("Journal damaged"),
            self.tr(
                "CoachApp found damage in your journal ({details}). Restore the newest "
                "healthy backup, taken {date}? The damaged journal is kept aside."
            ).format(details=problems[0], date=format_datetime(newest.created_at)),
            self.tr("Restore"),
        ):
            self.restore_from(newest.path, ask=False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.journal_view.leave()
        self.flush_editors()
        if self.journal_view.editor.has_unsaved_edits and not messages.confirm(
            self,
            self.tr("Not saved"),
            self.tr(
                "Some of what you typed could not be saved yet (see the message above the "
                "entry). Quit anyway and lose it?"
            ),
            self.tr("Quit without saving"),
        ):
            event.ignore()
            return
        self._backup_timer.stop()
        save_window(self, self.settings, WINDOW_KEY)
        self.tasks.wait()
        super().closeEvent(event)
