"""What `coachapp --bench-idle SECONDS` reports to benchmarks/startup.py, on standard output.

first-paint-epoch    the end of the window's first paint
today-content-epoch  the end of the first paint showing what Today read, the work after the
                     first paint done as in a real start (deferring work cannot hide there)
rss-kb               resident memory after idling
rss-visited-kb       the same after every area was shown (each built and painted), then
                     Today again, then idling
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.shell.paint import AfterPaint


class Session(Protocol):
    """The running GUI (coachapp.ui.shell.app.GuiSession)."""

    window: MainWindow

    def after_first_paint(self) -> None: ...


def resident_kb() -> int:
    """Resident memory of this process (Linux; 0 elsewhere)."""
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _say(name: str, value: object) -> None:
    print(f"{name} {value}", flush=True)


class BenchReport:
    """Started at the window's first paint; quits the application when all is said."""

    def __init__(self, app: QApplication, session: Session, idle_s: float) -> None:
        self._app = app
        self._session = session
        self._idle_ms = int(idle_s * 1000)
        self._rows = [*range(len(session.window.areas)), 0]  # every area, then Today
        _say("first-paint-epoch", f"{time.time():.6f}")
        today = session.window.today_view
        AfterPaint(today, self._today_shown)
        session.after_first_paint()
        today.update()  # painted even if what it read looks as before

    def _today_shown(self) -> None:
        _say("today-content-epoch", f"{time.time():.6f}")
        self._after_idle(self._idled)

    def _idled(self) -> None:
        _say("rss-kb", resident_kb())
        self._visit_next()

    def _after_idle(self, then: Callable[[], object]) -> None:
        QTimer.singleShot(self._idle_ms, then)

    def _visit_next(self) -> None:
        if not self._rows:
            self._after_idle(self._finish)
            return
        window = self._session.window
        row = self._rows.pop(0)
        window.show_area(row)
        view = window.stack.area(window.areas[row])
        AfterPaint(view, self._visit_next)
        view.update()

    def _finish(self) -> None:
        _say("rss-visited-kb", resident_kb())
        self._app.quit()
