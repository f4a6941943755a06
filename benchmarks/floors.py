"""Floor programs for benchmarks/startup.py, run as child processes.

`bare`: a 1000x700 QMainWindow with a label (../shared/PERF.md F_bare).
`deps`: the same plus what CoachApp loads: peewee with a database open and a query, qtawesome
with ten icons painted in a toolbar, and QtCharts (PERF.md F_deps).
Each prints the instant its first paint ended and, after idling, its resident memory, in the
same format as `coachapp --bench-idle`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def resident_kb(field: str = "VmRSS") -> int:
    """Resident memory now (VmRSS) or at its peak (VmHWM), in KiB."""
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    return 0


class FirstPaint(QObject):
    def __init__(self, app: QApplication, idle_s: float) -> None:
        super().__init__()
        self._app = app
        self._idle_s = idle_s
        self._done = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        print(f"first-paint-epoch {time.time():.6f}", flush=True)
        QTimer.singleShot(int(self._idle_s * 1000), self._finish)

    def _finish(self) -> None:
        print(f"rss-kb {resident_kb()}", flush=True)
        print(f"hwm-kb {resident_kb('VmHWM')}", flush=True)
        self._app.quit()


def add_dependencies(window: QMainWindow, database: Path) -> None:
    os.environ.setdefault("QT_API", "pyside6")
    import peewee  # noqa: PLC0415

    import qtawesome  # noqa: PLC0415
    from PySide6 import QtCharts  # noqa: F401, PLC0415

    db = peewee.SqliteDatabase(str(database), pragmas={"journal_mode": "wal"})
    db.connect()
    db.execute_sql("SELECT * FROM sqlite_master ORDER BY name LIMIT 100").fetchall()
    toolbar = window.addToolBar("tools")
    names = ("user-friends", "trash-alt", "search", "save", "history", "folder-open",
             "sliders-h", "info-circle", "sign-out-alt", "user-plus")  # fmt: skip
    for name in names:
        toolbar.addAction(qtawesome.icon(f"fa5s.{name}"), name)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("variant", choices=("bare", "deps"))
    parser.add_argument("--database", type=Path, required=True)
    parser.add_argument("--idle", type=float, default=2.0)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1000, 700)
    window.setCentralWidget(QLabel("CoachApp floor"))
    if args.variant == "deps":
        add_dependencies(window, args.database)
    watcher = FirstPaint(app, args.idle)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
