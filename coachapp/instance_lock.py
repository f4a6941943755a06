"""One CoachApp process per data folder, enforced with an OS file lock.

The operating system releases the lock when the process dies, however it dies, so a lock left
by a crashed or killed instance is simply taken over by the next start. The file also records
who holds it, for the message the second instance shows and for the log.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import IO

from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.fileio import private_opener

log = logging.getLogger("coachapp.lock")

# How long a refused start waits for the winner of a simultaneous start to say who it is.
HOLDER_WAIT_S = 1.0


def host_name() -> str:
    """This machine's name, as the lock file records it: from uname where there is one, which
    spares loading socket (~4 ms) before the window's first paint."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # noqa: PLC0415 (Windows)

    return socket.gethostname()


class AlreadyRunningError(UserError):
    def __init__(self, path: Path, holder: dict[str, object]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Lock",
                "CoachApp is already running with this data folder (process {pid}). "
                "Use that window, or close it first.",
            ),
            pid=str(holder.get("pid", "?")),  # an identifier, not a quantity
        )
        self.path = path
        self.holder = holder


def _try_lock(handle: IO[str]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt  # noqa: PLC0415 (Windows only)

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl  # noqa: PLC0415 (POSIX only)

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _read_holder(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _wait_for_holder(path: Path) -> dict[str, object]:
    """Who holds the lock: the winner of a simultaneous start writes it just after locking."""
    deadline = time.monotonic() + HOLDER_WAIT_S
    holder = _read_holder(path)
    while not holder.get("pid") and time.monotonic() < deadline:
        time.sleep(0.01)
        holder = _read_holder(path)
    return holder


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self, started_at: datetime) -> None:
        """Take the lock or raise AlreadyRunningError; take over a lock nobody holds any more."""
        previous = _read_holder(self.path)
        handle = open(  # noqa: SIM115 (held, locked, until release)
            self.path, "a+", encoding="utf-8", opener=private_opener
        )
        if not _try_lock(handle):
            handle.close()
            raise AlreadyRunningError(self.path, _wait_for_holder(self.path))
        if previous.get("pid"):
            log.warning(
                "Taking over the lock left by process %s (started %s), which is gone",
                previous.get("pid"),
                previous.get("started"),
            )
        handle.seek(0)
        handle.truncate()
        handle.write(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "host": host_name(),
                    "started": started_at.isoformat(),
                }
            )
        )
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self._handle.seek(0)
            self._handle.truncate()
        self._handle.close()  # closing releases the OS lock
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
