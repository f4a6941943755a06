"""Logging: a rotating file in the user's log folder, Qt's own warnings routed into it.

The log is what a manager sends with a bug report, so it records what the app did (paths,
versions, record ids, timings) and never the text of the journal.
"""

from __future__ import annotations

import logging
import sys
from io import TextIOWrapper
from pathlib import Path

from coachapp import __version__
from coachapp.fileio import private_opener

FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

log = logging.getLogger("coachapp")


class PrivateLogHandler(logging.FileHandler):
    """The log file, readable by the user alone (it records paths and people's record ids),
    started anew when it would pass `max_bytes`, the `keep` previous ones kept (".1" the newest).

    What `logging.handlers.RotatingFileHandler` does; that module also loads socket, pickle and
    queue for handlers the app never uses (~8 ms at every start, before the first paint).
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, keep: int = BACKUP_COUNT) -> None:
        self.max_bytes = max_bytes
        self.keep = keep
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> TextIOWrapper:
        return open(  # appending: what the last start wrote stays
            self.baseFilename,
            "a",
            encoding=self.encoding,
            errors=self.errors,
            opener=private_opener,
        )

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_pass_limit(record):
                self.rotate()
        except Exception:  # as logging does: a failing log never stops the app
            self.handleError(record)
            return
        super().emit(record)

    def _would_pass_limit(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        written = self.stream.tell()
        return bool(written) and written + len(self.format(record)) + 1 >= self.max_bytes

    def rotate(self) -> None:
        """coachapp.log becomes coachapp.log.1, .1 becomes .2..., the oldest beyond `keep` goes."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        current = Path(self.baseFilename)
        for number in range(self.keep - 1, 0, -1):
            older = current.with_name(f"{current.name}.{number}")
            if older.exists():
                older.replace(current.with_name(f"{current.name}.{number + 1}"))
        if current.exists():
            current.replace(current.with_name(f"{current.name}.1"))
        self.stream = self._open()


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
            handler = PrivateLogHandler(log_file)
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
