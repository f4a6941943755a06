"""Nothing dies silently: uncaught exceptions go to the log and to a dialog naming the log.

Installed first at startup, before anything else can fail. Native crashes (a segfault in Qt)
are written by faulthandler to a file beside the log.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from coachapp.fileio import private_opener

log = logging.getLogger("coachapp.crash")


class CrashHandler:
    def __init__(self) -> None:
        self.log_file: Path | None = None
        self.show_dialogs = True
        self._busy = False
        self._fault_file: IO[str] | None = None

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def enable_faulthandler(self, folder: Path) -> None:
        try:
            self._fault_file = open(  # noqa: SIM115 (kept open for faulthandler)
                folder / "native-crash.log", "a", encoding="utf-8", opener=private_opener
            )
        except OSError:
            return
        faulthandler.enable(file=self._fault_file, all_threads=True)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        if sys.stderr is not None:
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        if self._busy:  # an error while reporting an error: the log has both
            return
        self._busy = True
        try:
            self._show_dialog()
        finally:
            self._busy = False

    def _show_dialog(self) -> None:
        if not self.show_dialogs or threading.current_thread() is not threading.main_thread():
            return
        from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: PLC0415

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        where = str(self.log_file) if self.log_file else app.translate("Crash", "(no log file)")
        box = QMessageBox(QMessageBox.Icon.Critical, app.translate("Crash", "Unexpected error"), "")
        box.setText(app.translate("Crash", "CoachApp ran into a problem it did not expect."))
        box.setInformativeText(
            app.translate(
                "Crash",
                "What you saved before is safe. The details were written to the log file:\n{path}"
                "\n\nPlease attach this file when you report the problem.",
            ).format(path=where)
        )
        quit_button = box.addButton(
            app.translate("Crash", "Quit CoachApp"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(app.translate("Crash", "Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is quit_button:
            app.exit(1)


crash_handler = CrashHandler()
