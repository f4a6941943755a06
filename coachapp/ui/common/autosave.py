"""Saving an editor without a Save button: nothing typed is lost for more than a second.

An edit is written a moment after typing pauses, at the latest 0.8 s after the first
unsaved keystroke even while typing goes on (a deadline timer, so a slow machine still
keeps within the second), and whenever the focus leaves the editor. The
owner also flushes before showing another record and when the window closes.

When the workstation refuses a save (full disk, read-only file, database busy in another
program), the edits stay pending, `failed` says why, and a retry timer tries again until the
save goes through; meanwhile typing does not trigger saves that would fail the same way.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from coachapp.i18n import render_error
from coachapp.services.common.saving import brief_busy_wait, write_failure

log = logging.getLogger("coachapp.ui.common.autosave")

PAUSE_MS = 700  # after typing pauses
MAX_WAIT_MS = 800  # even while typing goes on
RETRY_MS = 3000  # after the workstation refused a save


class Autosave(QObject):
    failed = Signal(str)  # why the workstation refused the save; the edits are still pending

    def __init__(self, owner: QWidget, save: Callable[[bool], bool]) -> None:
        """`save(leaving)` writes the editor; it returns False when the input is refused."""
        super().__init__(owner)
        self._owner = owner
        self._save = save
        self._dirty_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self._failing = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # A focus signal rather than an event filter on the fields: a filter would also
            # see the focus events sent while the window is being destroyed.
            app.focusChanged.connect(self._focus_changed)

    @property
    def dirty(self) -> bool:
        return self._dirty_since is not None

    @property
    def failing(self) -> bool:
        """Whether the last save was refused by the workstation (and none succeeded since)."""
        return self._failing

    def edited(self) -> None:
        now = time.monotonic()
        if self._failing:
            # The retry timer saves: a save now would fail again, or wait for a busy database.
            self._dirty_since = self._dirty_since or now
            if not self._retry.isActive():
                self._retry.start()
            return
        if self._dirty_since is None:
            self._dirty_since = now
            self._deadline.start()
        if (now - self._dirty_since) * 1000 >= MAX_WAIT_MS:
            self.flush()
        else:
            self._timer.start()

    def flush_now(self) -> bool:
        """Save at once, as after a click that means "this is decided" (a status button)."""
        if self._dirty_since is None:
            self._dirty_since = time.monotonic()
        return self.flush()

    def discard(self) -> None:
        """Forget pending edits (the record they belonged to is gone)."""
        self._timer.stop()
        self._deadline.stop()
        self._retry.stop()
        self._dirty_since = None

    def flush(self, leaving: bool = False) -> bool:
        """Save pending edits now; False when they were refused (and are still pending).

        Input the owner refuses is dropped when `leaving` (the owner has said why); edits the
        workstation refused stay pending even then, for the owner to keep.
        """
        self._timer.stop()
        self._deadline.stop()
        self._retry.stop()
        if self._dirty_since is None:
            return True
        try:
            with brief_busy_wait() if self._failing else contextlib.nullcontext():
                saved = self._save(leaving)
        except Exception as exc:
            failure = write_failure(exc)
            if failure is None:
                raise
            log.warning("Could not save, will retry: %s", exc)
            self._failing = True
            self._dirty_since = time.monotonic()
            self._retry.start()
            self.failed.emit(render_error(failure))
            return False
        self._failing = False
        if saved or leaving:
            self._dirty_since = None
            return True
        self._dirty_since = time.monotonic()  # refused: wait for the next edit
        return False

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if self.dirty and old is not None and self._owner.isAncestorOf(old):
            self.flush()
