"""The app's icons by meaning ("people", "trash"), drawn from qtawesome's Font Awesome 5 font
in the palette's colours.

The glyphs come from the font file and character map that the qtawesome package ships; they
are drawn here by a small icon engine rather than through qtawesome's Python API, whose QtPy
layer star-imports Qt's modules: about 190 ms and 27 MB for nothing the app uses
(../shared/PERF.md section 1; benchmarks/journal.py measures the peak memory). Each icon is
drawn once per theme and size and kept in the user's cache folder (coachapp.ui.common.icon_cache):
a start whose theme is in the cache paints its icons without loading the font at all.
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
from coachapp.ui.common.icon_cache import IconStore, font_stamp

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
    "coaching": "chalkboard-teacher",
    "guide": "question-circle",
    "model": "compass",
    "example": "theater-masks",
}

_cache: dict[tuple[str, str], QIcon] = {}
_font: list[tuple[str, dict[str, str]]] = []  # (family, glyph name -> character), once loaded
_store = IconStore()
_folder: list[Path] = []  # the cache folder, once the app has named it


def _fonts_folder() -> Path:
    """qtawesome's fonts, found without importing the package (see the module docstring)."""
    bundled = resources_root().parent / "qtawesome" / "fonts"  # a PyInstaller bundle
    if bundled.is_dir():
        return bundled
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the qtawesome package (icon fonts) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def _font_files() -> tuple[Path, Path]:
    """The solid Font Awesome 5 font and its character map."""
    folder = _fonts_folder()
    ttf = next(folder.glob("fontawesome5-solid-webfont-*.ttf"))
    return ttf, next(folder.glob("fontawesome5-solid-webfont-charmap-*.json"))


def _glyphs() -> tuple[str, dict[str, str]]:
    if not _font:
        ttf, charmap = _font_files()
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        families = QFontDatabase.applicationFontFamilies(font_id)
        if not families:
            raise RuntimeError(f"cannot load the icon font {ttf}")
        codes = json.loads(charmap.read_text(encoding="utf-8"))
        _font.append((families[0], {name: chr(int(code, 16)) for name, code in codes.items()}))
    return _font[0]


def _theme_colours() -> tuple[QColor, QColor]:
    palette = QGuiApplication.palette()
    return (
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
    )


class GlyphIconEngine(QIconEngine):
    """One glyph of the icon font, in one colour when enabled and another when not, drawn
    once per size into a picture the cache keeps."""

    def __init__(self, glyph: str, color: QColor, disabled: QColor) -> None:
        super().__init__()
        self._glyph = glyph
        self._color = color
        self._disabled = disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self._drawn(rect.size(), ratio, mode))

    def pixmap(self, size: QSize, mode: QIcon.Mode, _state: QIcon.State) -> QPixmap:
        return self._drawn(size, 1.0, mode)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, _state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._drawn(size, scale, mode)

    def _drawn(self, size: QSize, ratio: float, mode: QIcon.Mode) -> QPixmap:
        """The glyph at `size` (logical) on a screen of `ratio`: from the cache, or drawn."""
        disabled = mode == QIcon.Mode.Disabled
        color = self._disabled if disabled else self._color
        width, height = max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio))
        key = f"{self._glyph} {color.name(QColor.NameFormat.HexArgb)} {width}x{height}@{ratio:g}"
        pixmap = _store.get(key)
        if pixmap is None:
            family, codes = _glyphs()
            pixmap = QPixmap(width, height)
            pixmap.fill(Qt.GlobalColor.transparent)
            font = QFont(family)
            font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
            font.setPixelSize(max(1, round(height * 0.875)))
            painter = QPainter(pixmap)
            painter.setFont(font)
            painter.setPen(color)
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, codes[self._glyph])
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            _store.put(key, pixmap)
        elif pixmap.devicePixelRatio() != ratio:  # read from the file, which keeps pixels only
            pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self._glyph, self._color, self._disabled)


def icon(name: str) -> QIcon:
    """The icon for `name`, coloured for the current palette."""
    return tinted_icon(name, _theme_colours()[0])


def tinted_icon(name: str, color: QColor) -> QIcon:
    """The icon for `name` in `color` (colour carries meaning, e.g. a delegation level)."""
    key = (name, color.name())
    if key not in _cache:
        _cache[key] = QIcon(GlyphIconEngine(_NAMES[name], color, _theme_colours()[1]))
    return _cache[key]


def use_cache_folder(folder: Path) -> None:
    """Keep drawn icons in `folder` from now on (the app's start; tests keep them in memory)."""
    _folder[:] = [folder]
    clear_cache()


def clear_cache() -> None:
    """Forget drawn icons (the palette changed) and read the new theme's from the cache."""
    _cache.clear()
    active, disabled = _theme_colours()
    theme = f"{active.name(QColor.NameFormat.HexArgb)} {disabled.name(QColor.NameFormat.HexArgb)}"
    folder = _folder[0] if _folder else None
    _store.open(folder, theme, font_stamp(_font_files()[0]) if folder else "")


def cache_warm() -> bool:
    """Whether the cache held the current theme's icons: setting them costs no font then."""
    return _store.warm


def save_cache() -> None:
    """Write the icons drawn since the cache was last written (the app is closing)."""
    _store.save()
