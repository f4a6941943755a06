"""Logging: a rotating file in the user's log folder, Qt's own warnings routed into it.

The log is what a manager sends with a bug report, so it records what the app did (paths,
versions, record ids, timings) and never the text of the journal.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from io import TextIOWrapper
from pathlib import Path

from coachapp import __version__
from coachapp.fileio import private_opener

FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

log = logging.getLogger("coachapp")


class PrivateLogHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files (the first, and each after a rotation) only the user reads:
    it records paths and people's record ids."""

    def _open(self) -> TextIOWrapper:
        return open(  # appending, as a rotating handler always does
            self.baseFilename,
            "a",
            encoding=self.encoding,
            errors=self.errors,
            opener=private_opener,
        )


def setup_logging(log_file: Path | None, *, console_level: int = logging.WARNING) -> Path | None:
    """Log to `log_file` (rotating) and, when there is a console, warnings to stderr.

    Returns the file actually used, or None when it could not be opened (the app still runs).
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_coachapp", False):
            root.removeHandler(handler)
            handler.close()
    if sys.stderr is not None:  # windowed builds have no stderr
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(console_level)
        console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        console._coachapp = True  # type: ignore[attr-defined]
        root.addHandler(console)
    used: Path | None = None
    if log_file is not None:
        try:
            log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            handler = PrivateLogHandler(
                log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
        except OSError as exc:
            log.warning("Cannot write the log file %s: %s", log_file, exc)
        else:
            handler.setFormatter(logging.Formatter(FORMAT))
            handler._coachapp = True  # type: ignore[attr-defined]
            root.addHandler(handler)
            used = log_file
    log.info("CoachApp %s, Python %s, on %s", __version__, sys.version.split()[0], sys.platform)
    return used


def route_qt_messages() -> None:
    """Send qDebug/qWarning/qCritical output to the `qt` logger instead of stderr."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: PLC0415

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
