"""One colour and one icon per delegation level, readable on light and dark palettes.

Warm colours while the manager decides (1-3), green when deciding together (4), cool colours
as the delegate decides more (5-7). The icon repeats the meaning for those who do not see the
colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPalette

from coachapp.ui.common.icons import tinted_icon

_LIGHT = {1: "#a8322a", 2: "#9e4a1b", 3: "#7a5a00", 4: "#366f1c", 5: "#147a5c", 6: "#17688a",
          7: "#3d4fa3"}  # fmt: skip
_DARK = {1: "#ff8a7a", 2: "#ffab6e", 3: "#f2cc55", 4: "#9fd86f", 5: "#5fd3a8", 6: "#6cc4ec",
         7: "#a9b5ff"}  # fmt: skip


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def level_color(level: int, palette: QPalette) -> QColor:
    return QColor((_DARK if is_dark(palette) else _LIGHT)[level])


def level_icon(level: int, palette: QPalette) -> QIcon:
    return tinted_icon(f"level-{level}", level_color(level, palette))
