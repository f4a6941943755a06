"""The app's icons by meaning ("people", "trash"), drawn by qtawesome in the palette's colours.

qtawesome costs about 200 ms and 40 MB to load, so nothing here runs at import time: icons
are built on first use (after the first paint) and cached until the palette changes. Only the
one icon font the app uses (Font Awesome 5 solid) is loaded, not qtawesome's eleven: that alone
saves some 14 MB and 35 ms.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication, QIcon, QPalette

_SPECS = {
    "people": "fa5s.user-friends",
    "person-add": "fa5s.user-plus",
    "trash": "fa5s.trash-alt",
    "restore": "fa5s.trash-restore",
    "delete-forever": "fa5s.times-circle",
    "empty-trash": "fa5s.dumpster",
    "search": "fa5s.search",
    "backup": "fa5s.save",
    "restore-backup": "fa5s.history",
    "folder": "fa5s.folder-open",
    "settings": "fa5s.sliders-h",
    "about": "fa5s.info-circle",
    "quit": "fa5s.sign-out-alt",
    "deactivate": "fa5s.user-slash",
    "activate": "fa5s.user-check",
    "log": "fa5s.file-alt",
    "fullscreen": "fa5s.expand",
    "journal": "fa5s.book-open",
    "entry-add": "fa5s.pen",
    "bold": "fa5s.bold",
    "italic": "fa5s.italic",
    "heading": "fa5s.heading",
    "list": "fa5s.list-ul",
    "checklist": "fa5s.tasks",
    "link": "fa5s.link",
    "calendar": "fa5s.calendar-alt",
    "filter": "fa5s.filter",
    "templates": "fa5s.clone",
    "undo": "fa5s.undo",
    "redo": "fa5s.redo",
}

_cache: dict[tuple[str, str], QIcon] = {}
_fonts: list[Any] = []  # the qtawesome IconicFont, once loaded


def _font() -> Any:
    if not _fonts:
        os.environ.setdefault("QT_API", "pyside6")
        import qtawesome  # noqa: PLC0415 (deferred: expensive)
        from qtawesome.iconic_font import IconicFont  # noqa: PLC0415

        folder = Path(qtawesome.__file__).parent / "fonts"
        ttf = next(folder.glob("fontawesome5-solid-webfont-*.ttf"))
        charmap = next(folder.glob("fontawesome5-solid-webfont-charmap-*.json"))
        _fonts.append(IconicFont(("fa5s", ttf.name, charmap.name)))
    return _fonts[0]


def icon(name: str) -> QIcon:
    """The icon for `name`, coloured for the current palette."""
    palette = QGuiApplication.palette()
    color = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    key = (name, color)
    if key not in _cache:
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        _cache[key] = _font().icon(_SPECS[name], color=color, color_disabled=disabled.name())
    return _cache[key]


def clear_cache() -> None:
    """Forget drawn icons (the palette changed)."""
    _cache.clear()
