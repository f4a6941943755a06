"""The main window: a sidebar of areas, the current area, menus, shortcuts and a status bar.

Long because the window declares every menu, action and shortcut of the app in one place;
the work behind them is in the areas, the navigator and the controllers.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer, QUrl, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
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
from coachapp.context import Journal
from coachapp.errors import UserError
from coachapp.i18n import current_language, format_datetime, render_error
from coachapp.services.coaching.presence import has_portfolio
from coachapp.ui.common import messages
from coachapp.ui.common.actions import new_action
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.geometry import restore_window, save_window
from coachapp.ui.common.icons import icon
from coachapp.ui.common.naming import announce
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.tasks import Tasks
from coachapp.ui.exchange.actions import ExchangeActions
from coachapp.ui.guide.help_actions import HelpActions
from coachapp.ui.onboarding.onboarding import Onboarding
from coachapp.ui.protection.backups import BackupActions
from coachapp.ui.protection.journal_guard import JournalGuard
from coachapp.ui.protection.lock_screen import LockScreen
from coachapp.ui.shell.areas import Area, area_stack
from coachapp.ui.shell.navigator import Areas, Navigator
from coachapp.ui.today.today_actions import TodayActions

if TYPE_CHECKING:  # each area's module is imported when the area is first built, and each
    # dialog's when it is first opened
    from coachapp.ui.coaching.coaching_area import CoachingArea
    from coachapp.ui.delegations.delegations_view import DelegationsView
    from coachapp.ui.experiments.experiments_view import ExperimentsView
    from coachapp.ui.insights.insights_view import InsightsView
    from coachapp.ui.journal.journal_view import JournalView
    from coachapp.ui.journal.templates_dialog import TemplatesDialog
    from coachapp.ui.people.people_view import PeopleView
    from coachapp.ui.rituals.rituals_view import RitualsView
    from coachapp.ui.settings.preferences import PreferencesDialog
    from coachapp.ui.today.today_view import TodayView
    from coachapp.ui.trash.trash_view import TrashView

log = logging.getLogger("coachapp.ui")

WINDOW_KEY = "main_window"
STATUS_TIMEOUT_MS = 5000
UNDO_MS = 10_000


class MainWindow(Retranslatable, QMainWindow):
    language_requested = Signal(str)
    theme_requested = Signal(str)
    text_scale_requested = Signal(int)
    # The areas, built when first shown or asked for (coachapp.ui.shell.areas).
    today_view: Area[TodayView] = Area("today")
    journal_view: Area[JournalView] = Area("journal")
    rituals_view: Area[RitualsView] = Area("rituals")
    delegations_view: Area[DelegationsView] = Area("delegations")
    experiments_view: Area[ExperimentsView] = Area("experiments")
    people_view: Area[PeopleView] = Area("people")
    insights_view: Area[InsightsView] = Area("insights")
    trash_view: Area[TrashView] = Area("trash")
    coaching_area: Area[CoachingArea] = Area("coaching")

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.settings = journal.settings
        self.events = DataEvents(self)
        self.tasks = Tasks(self)
        self.setObjectName("MainWindow")
        self._icons_set = False

        self.stack = area_stack(self)
        self.stack.built.connect(self._area_built)
        self.areas = self.stack.names
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        for _name in self.areas:
            self.sidebar.addItem(QListWidgetItem())
        self.sidebar.currentRowChanged.connect(self.stack.show_row)
        central = self.areas_page = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        # The areas, or the lock screen alone while the journal is locked.
        self.guard = JournalGuard(self)
        self._lock_screen: LockScreen | None = None
        self.shell = QStackedWidget(self)
        self.shell.addWidget(central)
        self.setCentralWidget(self.shell)

        self.count_label = QLabel(self)
        self.backup_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.backup_label)
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

        # Read once the window has painted (show_home); until then the status bar says nothing.
        self._counts: tuple[int, int, int, datetime | None] | None = None
        self.exchange = ExchangeActions(self, lambda: self._show(self.today_view))
        self.exchange.file_for_coaching = self._file_for_coaching
        self.exchange.reviewed.connect(self._coach_seen)
        self.backups = BackupActions(self)
        self.backups.backed_up.connect(self._update_counts)
        nav = self.nav = Navigator(self.journal, Areas(self.stack), self._show, self)
        nav.status.connect(self.show_status)
        self.today_actions = TodayActions(self, nav)
        self._create_actions()
        assess = self.today_actions.self_assessment
        self.help = HelpActions(self, self.nav, self.current_area, assess)
        self.onboarding = Onboarding(self)
        self.onboarding.language_chosen.connect(self.language_requested)
        self._create_menus()
        with QSignalBlocker(self.sidebar):  # the home, built once the window has painted
            self.sidebar.setCurrentRow(0)
        self.resize(1100, 720)
        restore_window(self, self.settings, WINDOW_KEY)
        self.retranslate_ui()
        self._show_coaching()

    def _area_built(self, name: str, view: QWidget) -> None:
        """Wire an area just built: what the areas ask of each other goes through the
        navigator; Today's requests through its actions."""
        nav, today = self.nav, self.today_actions
        view.status.connect(self.show_status)  # type: ignore[attr-defined]
        if name == "today":
            self.today_view.action_requested.connect(today.act_on_prompt)
            self.today_view.answer_requested.connect(today.answer_question)
            self.today_view.item_requested.connect(nav.open_item)
            self.today_view.review_requested.connect(today.weekly_review)
            self.today_view.assessment_requested.connect(today.self_assessment)
            self.today_view.progress_requested.connect(today.show_progress)
        if name == "journal":
            self.journal_view.written.connect(today.entry_written)
            self.journal_view.trashed.connect(self._offer_undo_trash)
            self.journal_view.table.addAction(self.act_trash)
        if name == "rituals":
            self.rituals_view.debrief_requested.connect(nav.write_debrief)
            self.rituals_view.experiment_requested.connect(nav.experiment_from_ritual)
        if name in ("rituals", "delegations", "experiments", "people"):
            view.entry_requested.connect(nav.show_entry)  # type: ignore[attr-defined]
        if name == "people":
            self.people_view.experiment_requested.connect(nav.show_experiment)
            self.people_view.delegation_requested.connect(nav.show_delegation)
            self.people_view.new_delegation_requested.connect(nav.new_delegation)
            self.people_view.ritual_requested.connect(nav.show_ritual)
            self.people_view.erasing.connect(self.flush_editors)
            self.people_view.report_requested.connect(self.exchange.person_report)
            self.people_view.table.addAction(self.act_trash)
        if name == "coaching":
            self.coaching_area.filed.connect(self._show_coaching)
        if self._icons_set:
            view.refresh_icons()  # type: ignore[attr-defined]

    # Building

    def _action(
        self,
        name: str,
        shortcut: QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
        fallback: str = "",
        *,
        owned: bool = False,
    ) -> QAction:
        """An action of the window; a standard key the platform leaves empty uses `fallback`.

        An `owned` action's shortcut works only while a widget it is added to has the focus.
        """
        if isinstance(shortcut, QKeySequence.StandardKey):
            action = new_action(self, name, slot)
            keys = QKeySequence.keyBindings(shortcut)
            action.setShortcuts(keys or [QKeySequence(fallback)])
        else:
            action = new_action(self, name, slot, shortcut)
        if owned:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        else:
            self.addAction(action)
        return action

    def _create_actions(self) -> None:
        standard = QKeySequence.StandardKey
        nav = self.nav
        self.act_new_entry = self._action("newEntry", "Ctrl+N", nav.new_entry)
        self.act_new_ritual = self._action("newRitual", "Ctrl+R", nav.plan_ritual)
        self.act_new_person = self._action("newPerson", "Ctrl+Shift+N", nav.new_person)
        self.act_new_delegation = self._action("newDelegation", "Ctrl+Shift+D", nav.new_delegation)
        self.act_new_experiment = self._action("newExperiment", "Ctrl+Shift+E", nav.new_experiment)
        self.act_templates = self._action("templates", None, self.show_templates)
        self.act_undo = self._action("undo", standard.Undo, self._undo, "Ctrl+Z")
        self.act_redo = self._action("redo", standard.Redo, self._redo, "Ctrl+Shift+Z")
        self.act_export = self._action("exportJournal", "Ctrl+E", self.exchange.export_journal)
        self.act_import = self._action("importFile", None, self.exchange.import_file)
        self.act_review = self._action("openForReview", None, self.exchange.open_for_review)
        self.act_shared = self._action("showShared", None, self.exchange.show_shared)
        self.act_backup = self._action("backupNow", "Ctrl+Shift+B", self.backups.backup_now)
        self.act_restore = self._action("restoreBackup", None, self.backups.restore_backup)
        self.act_data_folder = self._action("openDataFolder", None, self._open_data_folder)
        self.act_quit = self._action("quit", standard.Quit, self.close, "Ctrl+Q")
        self.act_find = self._action("find", standard.Find, self._find, "Ctrl+F")
        # Its shortcut works in the journal's and the people's lists, once they are built.
        self.act_trash = self._action(
            "moveToTrash", standard.Delete, self._trash, "Del", owned=True
        )
        self.act_preferences = self._action(
            "preferences", standard.Preferences, self.show_preferences, "Ctrl+,"
        )
        self.act_areas = [
            self._action(f"show_{name}", f"Ctrl+{row + 1}", partial(self.show_area, row))
            for row, name in enumerate(self.areas)
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
        self.help.add_to(self.menu_help)
        self.menu_help.addSeparator()
        self.menu_help.addActions([self.onboarding.act_setup, self.onboarding.act_example])
        self.menu_help.addSeparator()
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
        self.help.retranslate_ui()
        self.onboarding.retranslate_ui()
        titles = {
            "journal": self.tr("Journal"),
            "today": self.tr("Today"),
            "rituals": self.tr("Rituals"),
            "delegations": self.tr("Delegations"),
            "experiments": self.tr("Experiments"),
            "people": self.tr("People"),
            "insights": self.tr("Insights"),
            "trash": self.tr("Trash"),
            "coaching": self.tr("Coaching"),
        }
        self.sidebar.setAccessibleName(self.tr("Areas"))
        for row, name in enumerate(self.areas):
            self.sidebar.item(row).setText(titles[name])
            self.act_areas[row].setText(titles[name])
        self._fit_sidebar()  # from the first paint: the frame has the width Today will have
        self._show_counts()

    def _show_coaching(self) -> None:
        """The Coaching area in the sidebar once a coach has filed an export or opened one for
        review, or when switched on in the preferences."""
        on = bool(self.settings.get("coaching.area")) or has_portfolio(self.journal.paths)
        row = self.areas.index("coaching")
        self.sidebar.setRowHidden(row, not on)
        self._fit_sidebar()
        self.act_areas[row].setVisible(on)
        self.act_areas[row].setEnabled(on)
        shown = self.stack.currentWidget()
        if not on and self.stack.is_built("coaching") and shown is self.coaching_area:
            self._show(self.today_view)

    def _coach_seen(self) -> None:
        """A coach opened an export for review: the Coaching area is for them (Preferences
        take it away again)."""
        self.settings.set("coaching.area", True)
        self._show_coaching()

    def _file_for_coaching(self, source: Path, document: dict[str, object]) -> None:
        """A coachee's export brought in with File > Import: to the portfolio, not the journal."""
        self._show(self.coaching_area)
        self.coaching_area.add_export(source, document)

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest area name in the current language, never narrower."""
        metrics = self.sidebar.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(self.sidebar.item(row).text())
            for row in range(self.sidebar.count())
            if not self.sidebar.isRowHidden(row)
        )
        chrome = self.sidebar.iconSize().width() + 2 * self.sidebar.frameWidth() + 32
        width = max(metrics.averageCharWidth() * 16, longest + chrome)
        self.sidebar.setFixedWidth(width)

    def refresh_icons(self) -> None:
        """Set every icon; called after the first paint and when the palette changes."""
        self._icons_set = True
        for row, name in enumerate(self.areas):
            self.sidebar.item(row).setIcon(icon(name))
            self.act_areas[row].setIcon(icon(name))
        for _name, view in self.stack.built_areas():
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
        self.help.refresh_icons()
        self.onboarding.refresh_icons()
        if self._lock_screen is not None:
            self._lock_screen.refresh_icons()

    # Status

    @property
    def lock_screen(self) -> LockScreen:
        """The screen shown while the journal is locked, built the first time it is needed."""
        if self._lock_screen is None:
            screen = self._lock_screen = LockScreen(self.guard.check_secret, self)
            screen.unlocked.connect(self.guard.unlocked)
            self.shell.addWidget(screen)
            if self._icons_set:
                screen.refresh_icons()
        return self._lock_screen

    def widget(self) -> QWidget:
        return self

    def show_locked(self, locked: bool) -> None:
        self.menuBar().setVisible(not locked)
        self.statusBar().setVisible(not locked)
        self.shell.setCurrentWidget(self.lock_screen if locked else self.areas_page)

    def show_status(self, text: str) -> None:
        """Say what just happened in the status bar, and to a screen reader (politely: after
        what it is reading)."""
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)
        announce(self.statusBar(), text, urgent=False)

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
        if self._counts is None:
            return
        entries, people, trashed, last_backup = self._counts
        self.count_label.setText(
            self.tr("%n entry(ies)", "", entries) + " · " + self.tr("%n person(s)", "", people)
        )
        trash_row = self.areas.index("trash")
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

    def current_area(self) -> str:
        """The name of the area on screen ("today", "journal"...)."""
        return self.areas[self.stack.currentIndex()]

    def show_area(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)

    def _show(self, view: QWidget) -> None:
        self.stack.setCurrentWidget(view)
        self.sidebar.setCurrentRow(self.stack.currentIndex())

    def _find(self) -> None:
        if self.current_area() == "people":
            self.people_view.focus_search()
        else:
            self._show(self.journal_view)
            self.journal_view.focus_search()

    def _trash(self) -> None:
        if self.current_area() == "people":
            self.people_view.trash_selected()
        elif self.current_area() == "journal":
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
        from coachapp.ui.journal.templates_dialog import TemplatesDialog  # noqa: PLC0415

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
        from coachapp.ui.settings.preferences import PreferencesDialog  # noqa: PLC0415

        dialog = PreferencesDialog(self.settings, self, self.journal.prompts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_changed.connect(self.language_requested)
        dialog.theme_changed.connect(self.theme_requested)
        dialog.text_scale_changed.connect(self.text_scale_requested)
        dialog.coaching_changed.connect(self._show_coaching)
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

    # Backups

    def flush_editors(self) -> None:
        """Write what the editors of the areas built so far hold."""
        for name in ("journal", "rituals", "people"):
            if self.stack.is_built(name):
                self.stack.area(name).save_state()  # type: ignore[attr-defined]
        if self.stack.is_built("coaching"):
            self.coaching_area.leave()

    # Start and stop

    def show_home(self) -> None:
        """Once the window's frame has painted: Today, built and reading the journal, and the
        status bar's counts."""
        self.stack.build_shown()
        self.today_view.window_painted()
        self._update_counts()

    def after_first_paint(self) -> None:
        """Work that must not delay the window: Today's content, icons, retention, the
        integrity check, the first backup."""
        if not self._icons_set:  # not already set from the icon cache before the paint
            self.refresh_icons()
        self.show_home()
        self.backups.start()
        if self.settings.policy.problems:
            # IT's mistake, not the user's: said once, without stopping anyone from working.
            self.statusBar().showMessage(
                self.tr("Parts of the machine policy were skipped (see the log); the rest applies.")
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        journal_built = self.stack.is_built("journal")
        if journal_built:
            self.journal_view.leave()
        self.flush_editors()
        unsaved = journal_built and self.journal_view.editor.has_unsaved_edits
        if unsaved and not messages.confirm(
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
        self.backups.stop()
        save_window(self, self.settings, WINDOW_KEY)
        self.tasks.wait()
        super().closeEvent(event)
