"""Application-wide notifications, so views stay in step without knowing each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """`changed(kind)`: records of `kind` ("person", "trash", "journal") changed somewhere."""

    changed = Signal(str)
    # The journal was closed and reopened (a restore): every view reloads everything.
    reloaded = Signal()
