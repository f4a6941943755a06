"""Starting the GUI: application object, translators, theme, single instance, journal, window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from coachapp import APP_ID, APP_NAME, __version__
from coachapp.clock import SystemClock
from coachapp.config import Paths, Settings
from coachapp.context import Journal
from coachapp.errors import UserError
from coachapp.i18n import choose_language, current_language, render_error, set_language
from coachapp.instance_lock import AlreadyRunningError, InstanceLock
from coachapp.logs import route_qt_messages
from coachapp.protection import JournalState, journal_state, settle, unlock
from coachapp.resources import resource_path
from coachapp.services.protection.opening import file_stamp
from coachapp.ui.common import messages
from coachapp.ui.common.icons import cache_warm, clear_cache, save_cache, use_cache_folder
from coachapp.ui.common.theme import (
    accessibility_hints,
    apply_text_scale,
    apply_theme,
    use_proxy_style,
)
from coachapp.ui.protection.journal_guard import REQUIRED as PROTECTION_REQUIRED
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.shell.opening import CLOSED, checked
from coachapp.ui.shell.paint import AfterPaint

if TYPE_CHECKING:  # QtNetwork and the tray come after the first paint
    from coachapp.ui.shell.reminders import TrayReminders
    from coachapp.ui.shell.single_instance import InstanceServer

log = logging.getLogger("coachapp.ui.shell.app")


def app_icon() -> QIcon:
    icon = QIcon(str(resource_path("icons", "coachapp.svg")))
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"coachapp-{size}.png")))
    return icon


class Appearance(QObject):
    """Applies language and theme changes to the running application."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        super().__init__()
        self._app = app
        self.settings = settings  # the journal's in use (the example has its own)
        self.window: MainWindow | None = None
        app.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        accessibility_hints(app).contrastPreferenceChanged.connect(self._system_scheme_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The system's text size changed (Windows' ThemeChange): the scale applies anew."""
        if event.type() == QEvent.Type.ThemeChange:
            QTimer.singleShot(0, self.apply_theme)
        return super().eventFilter(watched, event)

    def _system_scheme_changed(self) -> None:
        if self.settings.get("theme") == "system":
            self.apply_theme()

    def apply_language(self, _value: str = "") -> None:
        set_language(choose_language(None, self.settings.get("language")))

    def apply_theme(self, _value: object = None, *, proxy: bool = True) -> None:
        """The colours and the text size the settings ask for (`proxy`: see `apply_theme`)."""
        apply_theme(self._app, self.settings.get("theme"), proxy=proxy)
        apply_text_scale(self._app, self.settings.get("text_scale"))
        clear_cache()
        if self.window is not None:
            self.window.refresh_icons()


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault("QT_API", "pyside6")
    # Fusion from the start, named to Qt here: Python asking for the style before the first
    # paint would make PySide build QStyle's types and enums (~6 ms). AppStyle comes after it.
    app = QApplication([sys.argv[0] if sys.argv else APP_ID, "-style", "fusion"])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def _unlock(paths: Paths) -> bytes | None:
    """Ask for the passphrase of a protected journal until it opens; None if the user quits."""
    from coachapp.ui.protection import protection_dialogs  # noqa: PLC0415

    keys: list[bytes] = []
    dialog = protection_dialogs.UnlockDialog(
        None, lambda secret: keys.append(unlock(paths.database, secret))
    )
    dialog.setWindowIcon(app_icon())
    return keys[-1] if protection_dialogs.run_dialog(dialog) and keys else None


def _reminders(window: MainWindow) -> TrayReminders:
    """The tray's reminders of what `window`'s journal has due (started after the first paint)."""
    from coachapp.ui.shell.reminders import TrayReminders  # noqa: PLC0415

    reminders = TrayReminders(window.journal.reminders, window.settings, window, icon=app_icon())
    reminders.opened.connect(window.nav.open_item)
    reminders.show_window.connect(window.bring_forward)
    reminders.quit_requested.connect(window.close)
    window.guard.locked_changed.connect(reminders.set_paused)
    return reminders


class GuiSession:
    """What a running GUI holds: the data folder's lock, the journal, the window; once the
    first window has painted, the socket a second start talks to.

    While the example journal is open, `journal` and `window` are the example's; the real
    journal is closed meanwhile (one journal is open at a time) and opened again on return.
    """

    def __init__(
        self,
        lock: InstanceLock,
        journal: Journal,
        window: MainWindow,
        appearance: Appearance,
        new_journal: bool,
    ) -> None:
        self.lock = lock
        self.server: InstanceServer | None = None
        self.journal = journal
        self.window = window
        self.appearance = appearance
        self.real: tuple[Paths, Settings, bytes | None] | None = None  # while in the example
        self._new_journal = new_journal
        self._connect(window)

    def _connect(self, window: MainWindow) -> None:
        self.appearance.window = window
        self.appearance.settings = window.settings
        window.language_requested.connect(self.appearance.apply_language)
        window.theme_requested.connect(self.appearance.apply_theme)
        window.text_scale_requested.connect(self.appearance.apply_theme)
        window.installEventFilter(self.appearance)
        window.onboarding.example_requested.connect(self.open_example)
        window.onboarding.example_left.connect(self.leave_example)

    def show_window(self, window: MainWindow, settled: Callable[[], object]) -> None:
        """Show `window` with its icons, then run `settled` once it has painted."""
        # On the first paint, so nothing moves when they come: read from the icon cache, or
        # drawn with the icon font on the first start in this theme (then kept in the cache).
        log.info("Icons %s", "from the cache" if cache_warm() else "drawn, then kept in the cache")
        window.refresh_icons()
        AfterPaint(window, settled)
        window.show()

    def _bring_forward(self) -> None:
        """A second start asked: the window on screen now (the example's, maybe) comes forward."""
        self.window.bring_forward()

    def after_first_paint(self) -> None:
        """What the first window's first paint does not need, started once it is on screen."""
        from coachapp.ui.shell.single_instance import InstanceServer, server_name  # noqa: PLC0415

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        use_proxy_style(app)  # before Today is built, so it is polished once
        if not self.open_journal():
            app.exit(1)
            return
        self.window.after_first_paint()
        self.server = InstanceServer(server_name(self.journal.paths))
        self.server.activation_requested.connect(self._bring_forward)
        _reminders(self.window).start()
        self.window.onboarding.at_start(new_journal=self._new_journal)

    def start_then_quit(self) -> None:
        """`after_first_paint`, then quit (with the exit code 1 it set if the journal stayed
        closed)."""
        self.after_first_paint()
        if self.journal.is_open:
            QApplication.quit()

    def open_journal(self) -> bool:
        """Open the journal whose window has painted; False if it stays closed.

        Its file was checked before the paint, so opening fails only if the file or the disk
        changed since: the same checks and offers as before the paint then run over the window.
        """
        if self.journal.is_open:
            return True
        return checked(self.journal) is not None

    def _close_window(self) -> bool:
        """Close the window (its editors saved); False if it stays open."""
        if not self.window.close():
            return False
        # What its background work finished with reaches it now, while its journal is open.
        QApplication.sendPostedEvents()
        self.window.deleteLater()
        return True

    def _close_journal(self) -> None:
        if not self.journal.is_open:
            return  # never opened (refused after the paint): nothing to close or to vouch for
        self.journal.close()
        try:
            self.journal.settings.set_state(CLOSED, file_stamp(self.journal.paths.database))
        except OSError:
            log.warning("Could not keep the journal's clean-close stamp", exc_info=True)

    def _swap(self, open_next: Callable[[], Journal | None]) -> MainWindow | None:
        """Close this window and its journal, then show the journal `open_next` opens; the
        new window, or None when this window refused to close (unsaved typing kept)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # between the two windows, none is shown
        try:
            if not self._close_window():
                return None
            self._close_journal()
            journal = open_next()
            if journal is None:
                app.quit()
                return None
            self.journal = journal
            window = self.window = MainWindow(journal)
            self._connect(window)
            reminders = None if self.real is not None else _reminders(window)  # none in the example

            def settled() -> None:
                window.after_first_paint()
                if reminders is not None:
                    reminders.start()

            self.show_window(window, settled)
            return window
        finally:
            app.setQuitOnLastWindowClosed(True)

    def open_example(self) -> MainWindow | None:
        """The example journal in place of the real one, from its sandbox folder."""
        if self.real is not None:
            return None
        journal = self.journal
        real = (journal.paths, journal.settings, journal.key)

        def example() -> Journal | None:
            from coachapp.demo.sandbox import open_example  # noqa: PLC0415 (not needed to start)

            try:
                opened = open_example(real[0], real[1], journal.clock, current_language() or "fr")
            except (UserError, OSError) as exc:
                log.error("Cannot open the example journal: %s", exc)
                messages.error(None, APP_NAME, str(exc))
                self.real = None
                return checked(Journal(real[0], real[1], journal.clock, real[2]))
            self.real = real
            return opened

        return self._swap(example)

    def leave_example(self) -> MainWindow | None:
        """Back to the real journal, as it was left."""
        if self.real is None:
            return None
        paths, settings, key = self.real
        clock = self.journal.clock
        self.real = None
        window = self._swap(lambda: checked(Journal(paths, settings, clock, key)))
        if window is not None:
            window.onboarding.at_start(new_journal=False)
        return window

    def stop(self) -> None:
        """Save and release everything, in the reverse order of `start_gui`."""
        self.window.close()
        QApplication.sendPostedEvents()  # what background work finished with, journal open
        save_cache()
        self.window.deleteLater()
        self.appearance.window = None
        if self.server is not None:
            self.server.close()
        self._close_journal()
        self.lock.release()


def start_gui(
    app: QApplication, paths: Paths, settings: Settings, args: argparse.Namespace
) -> GuiSession | int:
    """Everything up to the window on screen; an exit code when the start is refused."""
    set_language(choose_language(args.lang, settings.get("language")))
    appearance = Appearance(app, settings)
    appearance.apply_theme(proxy=False)
    use_cache_folder(paths.cache)
    clock = SystemClock()
    lock = InstanceLock(paths.lock_file)
    try:
        lock.acquire(clock.now())
    except AlreadyRunningError as exc:
        from coachapp.ui.shell.single_instance import request_activation, server_name  # noqa: PLC0415

        if request_activation(server_name(paths)):  # the running window comes forward
            log.info("Second start: the running instance was brought forward")
            return 0
        log.info("Second start refused, the running instance did not answer: %s", exc)
        messages.information(None, APP_NAME, render_error(exc))
        return 1
    settle(paths.database)  # what an interrupted change of protection left
    state = journal_state(paths.database)
    key = _unlock(paths) if state is JournalState.PROTECTED else None
    if state is JournalState.PROTECTED and key is None:
        lock.release()
        return 1
    # Opened after the first paint, unless protecting it (the policy's demand) comes first.
    now = key is None and bool(settings.get(PROTECTION_REQUIRED))
    journal = checked(Journal(paths, settings, clock, key), now=now)
    if journal is None:
        lock.release()
        return 1
    window = MainWindow(journal)
    session = GuiSession(lock, journal, window, appearance, state is JournalState.NEW)
    if not window.guard.required_at_start():
        window.deleteLater()
        journal.close()
        lock.release()
        return 1
    if args.exit_after_first_paint:  # a smoke test: the whole start (journal opened), then quit
        session.show_window(window, session.start_then_quit)
    elif args.bench_idle is not None:
        from coachapp.ui.shell.bench import BenchReport  # noqa: PLC0415

        session.show_window(window, lambda: BenchReport(app, session, args.bench_idle))
    else:
        session.show_window(window, session.after_first_paint)
    return session


def run_gui(paths: Paths, settings: Settings, args: argparse.Namespace) -> int:
    app = _application()
    route_qt_messages()
    session = start_gui(app, paths, settings, args)
    if isinstance(session, int):
        return session
    try:
        return app.exec()
    finally:
        session.stop()
