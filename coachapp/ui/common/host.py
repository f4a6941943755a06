"""What the controllers of the areas need of the window they act in.

The main window provides it; the controllers (exchange, backups, protection) take a `Host`
and never import the window, so the window depends on them and not the other way round.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from coachapp.config import Settings
from coachapp.context import Journal
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.tasks import Tasks


class Host(Protocol):
    journal: Journal
    settings: Settings
    events: DataEvents
    tasks: Tasks

    def widget(self) -> QWidget:
        """The window, as the parent of the dialogs the controllers open."""
        ...

    def flush_editors(self) -> None:
        """Write what the editors hold (before an export, a backup, a lock...)."""
        ...

    def show_status(self, text: str) -> None: ...
