"""Light, dark and high-contrast palettes that follow the system, or the user's choice.

Every colour here meets EN 301 549's contrast (11.1.4.3 and 11.1.4.11: text 4.5:1, graphics
such as grid lines, card borders and the focus ring 3:1) against the backgrounds it is drawn
on; tests/gui/common/test_contrast.py checks each pair (`PAIRS`) in every theme.
"""

from __future__ import annotations

from typing import Literal, get_args

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessibilityHints, QColor, QFontDatabase, QPalette, QStyleHints
from PySide6.QtWidgets import QApplication, QWidget

from coachapp.ui.common.focus_ring import install_focus_rings

Role = QPalette.ColorRole
THEMES = ("light", "dark", "contrast-light", "contrast-dark")
_BASE = {
    Role.WindowText: "#000000", Role.Text: "#000000", Role.ButtonText: "#000000",
    Role.ToolTipText: "#000000", Role.BrightText: "#ffffff", Role.Shadow: "#000000",
}  # fmt: skip
_PALETTES: dict[str, dict[Role, str]] = {
    "light": {
        **_BASE,
        Role.Window: "#efefef",
        Role.Base: "#ffffff",
        Role.AlternateBase: "#f7f7f7",
        Role.ToolTipBase: "#ffffdc",
        Role.PlaceholderText: "#616161",
        Role.Button: "#efefef",
        Role.Light: "#ffffff",
        Role.Midlight: "#cacaca",
        Role.Mid: "#7f7f7f",
        Role.Dark: "#9f9f9f",
        Role.Highlight: "#12797a",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#0b6466",
        Role.LinkVisited: "#5b3a99",
    },
    "dark": {
        Role.Window: "#1f2225",
        Role.WindowText: "#e8eaed",
        Role.Base: "#2a2e32",
        Role.AlternateBase: "#31363b",
        Role.ToolTipBase: "#2d3134",
        Role.ToolTipText: "#e8eaed",
        Role.PlaceholderText: "#a3a9af",
        Role.Text: "#e8eaed",
        Role.Button: "#2a2e31",
        Role.ButtonText: "#e8eaed",
        Role.BrightText: "#ff6b6b",
        Role.Light: "#4a5056",
        Role.Midlight: "#3b4146",
        Role.Mid: "#80878e",
        Role.Dark: "#141617",
        Role.Shadow: "#000000",
        Role.Highlight: "#5cc8c8",
        Role.HighlightedText: "#0b1214",
        Role.Link: "#5cc8c8",
        Role.LinkVisited: "#b9a3f0",
    },
    "contrast-light": {
        **_BASE,
        Role.Window: "#ffffff",
        Role.Base: "#ffffff",
        Role.AlternateBase: "#f0f0f0",
        Role.ToolTipBase: "#ffffff",
        Role.PlaceholderText: "#3d3d3d",
        Role.Button: "#ffffff",
        Role.Light: "#ffffff",
        Role.Midlight: "#000000",
        Role.Mid: "#000000",
        Role.Dark: "#000000",
        Role.Highlight: "#00007a",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#00007a",
        Role.LinkVisited: "#5a0070",
    },
    "contrast-dark": {
        Role.Window: "#000000",
        Role.WindowText: "#ffffff",
        Role.Base: "#000000",
        Role.AlternateBase: "#141414",
        Role.ToolTipBase: "#000000",
        Role.ToolTipText: "#ffffff",
        Role.PlaceholderText: "#d0d0d0",
        Role.Text: "#ffffff",
        Role.Button: "#000000",
        Role.ButtonText: "#ffffff",
        Role.BrightText: "#ffff00",
        Role.Light: "#ffffff",
        Role.Midlight: "#ffffff",
        Role.Mid: "#ffffff",
        Role.Dark: "#ffffff",
        Role.Shadow: "#ffffff",
        Role.Highlight: "#ffff00",
        Role.HighlightedText: "#000000",
        Role.Link: "#00ffff",
        Role.LinkVisited: "#ff9cff",
    },
}
_DISABLED = {"light": "#6e6e6e", "dark": "#8d9399", "contrast-light": "#4d4d4d",
             "contrast-dark": "#bdbdbd"}  # fmt: skip
# Colours with a meaning, by theme: text ones readable on Window, Base and AlternateBase.
_TONES: dict[str, dict[str, str]] = {
    "light": {"error": "#b3261e", "warning": "#8a5300", "weekend": "#a8322a",
              "learning": "#147a5c"},
    "dark": {"error": "#ff8a80", "warning": "#ffcc66", "weekend": "#ff9d94",
             "learning": "#5fd3a8"},
    "contrast-light": {"error": "#9e0000", "warning": "#5c3700", "weekend": "#9e0000",
                       "learning": "#004d33"},
    "contrast-dark": {"error": "#ff9e9e", "warning": "#ffff00", "weekend": "#ff9e9e",
                      "learning": "#7dffc4"},
}  # fmt: skip
ToneName = Literal["error", "warning", "weekend", "learning", "muted"]
TEXT, GRAPHIC = 4.5, 3.0
# What is drawn on what: (foreground, background, minimum ratio); a role or a tone's name.
PAIRS: tuple[tuple[Role | ToneName, Role, float], ...] = (
    (Role.WindowText, Role.Window, TEXT), (Role.Text, Role.Base, TEXT),
    (Role.Text, Role.AlternateBase, TEXT), (Role.ButtonText, Role.Button, TEXT),
    (Role.HighlightedText, Role.Highlight, TEXT), (Role.PlaceholderText, Role.Base, TEXT),
    (Role.ToolTipText, Role.ToolTipBase, TEXT), (Role.Link, Role.Base, TEXT),
    (Role.Link, Role.Window, TEXT), (Role.LinkVisited, Role.Base, TEXT),
    (Role.Mid, Role.Base, GRAPHIC), (Role.Mid, Role.Window, GRAPHIC),
    (Role.Mid, Role.AlternateBase, GRAPHIC), (Role.Highlight, Role.Window, GRAPHIC),
    (Role.Highlight, Role.Base, GRAPHIC),
    *((name, background, TEXT)
      for name in get_args(ToneName)
      for background in (Role.Window, Role.Base, Role.AlternateBase)),
)  # fmt: skip


def palette_for(theme: str) -> QPalette:
    """The palette of a theme of `THEMES`."""
    palette = QPalette()
    for role, value in _PALETTES[theme].items():
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(disabled, role, QColor(_DISABLED[theme]))
    return palette


def system_is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


_KEPT: list[QStyleHints] = []


def accessibility_hints(app: QApplication) -> QAccessibilityHints:
    """Qt's accessibility hints. PySide invalidates their wrapper with the temporary wrapper
    of the style hints that gave it: one of those is kept for the app's lifetime."""
    _KEPT[:] = [app.styleHints()]
    return _KEPT[0].accessibility()


def system_wants_contrast(app: QApplication) -> bool:
    """Windows' high contrast (and desktops that say so, through Qt 6.10's hints)."""
    preference = accessibility_hints(app).contrastPreference()
    return preference == Qt.ContrastPreference.HighContrast


def theme_for(app: QApplication, mode: str) -> str:
    """The theme a setting of "system", "light", "dark" or "contrast" stands for here."""
    dark = system_is_dark(app)
    if mode == "contrast":
        return "contrast-dark" if dark else "contrast-light"
    if mode == "system":
        if system_wants_contrast(app):
            return "contrast-dark" if dark else "contrast-light"
        return "dark" if dark else "light"
    return mode


def use_proxy_style(app: QApplication) -> None:
    """Fusion with `AppStyle`'s corrections, from now on."""
    from coachapp.ui.common.app_style import AppStyle  # noqa: PLC0415 (after the first paint)

    if not isinstance(app.style(), AppStyle):
        app.setStyle(AppStyle(lambda palette: tone(palette, "weekend")))


def apply_theme(app: QApplication, mode: str, *, proxy: bool = True) -> bool:
    """Apply a setting of the "theme" key; return whether the result is dark.

    `proxy=False` (the window's frame, before its first paint) leaves the style alone: the
    application starts with plain Fusion (`ui.shell.app`), and `use_proxy_style` follows once
    the window has painted. The first call into AppStyle's Python overrides costs ~8 ms while
    PySide resolves every style option and widget type, and nothing the frame draws (no tab
    bar, table or calendar) differs.
    """
    if proxy:
        use_proxy_style(app)
    install_focus_rings(app)
    theme = theme_for(app, mode)
    palette = palette_for(theme)
    app.setPalette(palette)
    calendars = [widget for widget in app.allWidgets() if widget.inherits("QCalendarWidget")]
    if calendars:  # never before the first paint, which builds no calendar
        from coachapp.ui.common.app_style import mark_weekends  # noqa: PLC0415

        for calendar in calendars:
            mark_weekends(calendar, tone(palette, "weekend"))  # type: ignore[arg-type]
    return theme.endswith("dark")


def apply_text_scale(app: QApplication, percent: int) -> None:
    """The system's text size (followed, not fixed) times `percent` / 100, for every widget."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(round(font.pixelSize() * percent / 100))
    app.setFont(font)


def theme_of(palette: QPalette) -> str:
    """Which theme `palette` comes from, by its window colour (light or dark otherwise)."""
    window = palette.color(Role.Window).name()
    base = palette.color(Role.Base).name()
    for theme, colors in _PALETTES.items():
        if colors[Role.Window] == window and colors[Role.Base] == base:
            return theme
    return "dark" if palette.color(Role.Window).lightness() < 128 else "light"


def tone(palette: QPalette, name: ToneName) -> QColor:
    """Colours with meaning ("error", "warning", "weekend", "learning", "muted") readable on
    `palette`'s window and fields."""
    theme = theme_of(palette)
    if name != "muted":
        return QColor(_TONES[theme][name])
    text = palette.color(Role.WindowText)
    if theme.startswith("contrast"):
        return text
    base = palette.color(Role.AlternateBase)
    muted = QColor(text)
    muted.setRedF(0.75 * text.redF() + 0.25 * base.redF())
    muted.setGreenF(0.75 * text.greenF() + 0.25 * base.greenF())
    muted.setBlueF(0.75 * text.blueF() + 0.25 * base.blueF())
    return muted


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio (1 to 21) between two colours."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(v) for v in (color.redF(), color.greenF(), color.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def enlarge(widget: QWidget, scale: float) -> None:
    """Give `widget` a title's font: bold, `scale` times the usual size."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
