"""Actions made one way: a menu item or a shortcut calls its slot with no argument.

`QAction.triggered` carries a `checked` flag that PySide hands to any slot taking a parameter,
so a slot whose first parameter is optional (a path to open, say) would receive `False` from
the menu. Every action is made here, so no slot ever sees that flag.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def new_action(
    parent: QObject,
    name: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | str | None = None,
) -> QAction:
    action = QAction(parent)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action
