"""The app's icons by meaning ("people", "trash"), drawn from qtawesome's Font Awesome 5 font
in the palette's colours.

The glyphs come from the font file and character map that the qtawesome package ships; they
are drawn here by a small icon engine rather than through qtawesome's Python API, whose QtPy
layer star-imports Qt's modules: about 190 ms and 27 MB for nothing the app uses
(../shared/PERF.md section 1; benchmarks/journal.py measures the peak memory). Icons are built
on first use, after the first paint, and cached until the palette changes.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from coachapp.resources import resources_root

_NAMES = {
    "people": "user-friends",
    "person-add": "user-plus",
    "trash": "trash-alt",
    "restore": "trash-restore",
    "delete-forever": "times-circle",
    "empty-trash": "dumpster",
    "search": "search",
    "backup": "save",
    "restore-backup": "history",
    "lock": "lock",
    "unlock": "lock-open",
    "key": "key",
    "folder": "folder-open",
    "settings": "sliders-h",
    "about": "info-circle",
    "quit": "sign-out-alt",
    "deactivate": "user-slash",
    "activate": "user-check",
    "log": "file-alt",
    "fullscreen": "expand",
    "journal": "book-open",
    "entry-add": "pen",
    "bold": "bold",
    "italic": "italic",
    "heading": "heading",
    "list": "list-ul",
    "checklist": "tasks",
    "link": "link",
    "calendar": "calendar-alt",
    "filter": "filter",
    "templates": "clone",
    "undo": "undo",
    "redo": "redo",
    "rituals": "users",
    "ritual-add": "calendar-plus",
    "held": "check-circle",
    "cancelled": "ban",
    "debrief": "feather-alt",
    "export": "file-export",
    "method": "shapes",
    "edit": "edit",
    "method-add": "plus",
    "delegations": "people-arrows",
    "delegation-add": "user-tag",
    "checkin": "clipboard-check",
    "skill": "graduation-cap",
    "poker": "hand-paper",
    "level-1": "bullhorn",
    "level-2": "comment-dots",
    "level-3": "comments",
    "level-4": "handshake",
    "level-5": "hands-helping",
    "level-6": "info-circle",
    "level-7": "paper-plane",
    "experiments": "flask",
    "experiment-add": "vial",
    "experiment-forward": "arrow-right",
    "celebrate": "glass-cheers",
    "today": "sun",
    "insights": "chart-line",
    "guide": "question-circle",
    "model": "compass",
    "example": "theater-masks",
}

_cache: dict[tuple[str, str], QIcon] = {}
_font: list[tuple[str, dict[str, str]]] = []  # (family, glyph name -> character), once loaded


def _fonts_folder() -> Path:
    """qtawesome's fonts, found without importing the package (see the module docstring)."""
    bundled = resources_root().parent / "qtawesome" / "fonts"  # a PyInstaller bundle
    if bundled.is_dir():
        return bundled
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the qtawesome package (icon fonts) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def _glyphs() -> tuple[str, dict[str, str]]:
    if not _font:
        folder = _fonts_folder()
        ttf = next(folder.glob("fontawesome5-solid-webfont-*.ttf"))
        charmap = next(folder.glob("fontawesome5-solid-webfont-charmap-*.json"))
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        families = QFontDatabase.applicationFontFamilies(font_id)
        if not families:
            raise RuntimeError(f"cannot load the icon font {ttf}")
        codes = json.loads(charmap.read_text(encoding="utf-8"))
        _font.append((families[0], {name: chr(int(code, 16)) for name, code in codes.items()}))
    return _font[0]


class GlyphIconEngine(QIconEngine):
    """Draws one glyph of the icon font, in one colour when enabled and another when not."""

    def __init__(self, family: str, glyph: str, color: QColor, disabled: QColor) -> None:
        super().__init__()
        self._family = family
        self._glyph = glyph
        self._color = color
        self._disabled = disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        font = QFont(self._family)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        font.setPixelSize(max(1, round(rect.height() * 0.875)))
        painter.save()
        painter.setFont(font)
        painter.setPen(self._disabled if mode == QIcon.Mode.Disabled else self._color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self._family, self._glyph, self._color, self._disabled)


def icon(name: str) -> QIcon:
    """The icon for `name`, coloured for the current palette."""
    palette = QGuiApplication.palette()
    color = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    key = (name, color.name())
    if key not in _cache:
        family, codes = _glyphs()
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        _cache[key] = QIcon(GlyphIconEngine(family, codes[_NAMES[name]], color, disabled))
    return _cache[key]


def tinted_icon(name: str, color: QColor) -> QIcon:
    """The icon for `name` in `color` (colour carries meaning, e.g. a delegation level)."""
    key = (name, color.name())
    if key not in _cache:
        family, codes = _glyphs()
        disabled = QGuiApplication.palette().color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText
        )
        _cache[key] = QIcon(GlyphIconEngine(family, codes[_NAMES[name]], color, disabled))
    return _cache[key]


def clear_cache() -> None:
    """Forget drawn icons (the palette changed)."""
    _cache.clear()
