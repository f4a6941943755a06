"""Runs `coachapp` as `python -m coachapp` does, and prints at the window's first paint what
was loaded by then: the heavy modules, the areas' modules, whether the icon font was loaded,
whether the icons were already set (from the cache) and whether the journal was opened. Used
by test_first_paint.py."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from coachapp.cli import main
from coachapp.ui.common import icons
from coachapp.ui.shell import app as gui
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.shell.paint import AfterPaint

WATCHED = ("qtawesome", "qtpy", "PySide6.QtCharts", "PySide6.QtNetwork", "peewee", "playhouse",
           "coachapp.")  # fmt: skip


class Probe(AfterPaint):
    reported = False

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        def report() -> None:
            if not Probe.reported and isinstance(widget, MainWindow):
                Probe.reported = True
                loaded = sorted(m for m in sys.modules if m.startswith(WATCHED))
                state = {"modules": loaded, "icon_font": bool(icons._font),
                         "icons_set": widget._icons_set,
                         "journal_open": widget.journal.is_open}  # fmt: skip
                print(f"first-paint {json.dumps(state)}", flush=True)
            callback()

        super().__init__(widget, report)


setattr(gui, "AfterPaint", Probe)  # noqa: B010 (replacing what the module uses)
sys.exit(main(sys.argv[1:]))
