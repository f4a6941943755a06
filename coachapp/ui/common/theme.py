"""Light and dark palettes that follow the system, or the user's choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)


class AppStyle(QProxyStyle):
    """Fusion, with the labels of the tabs behind drawn where accents fit.

    Fusion lowers those labels by two pixels and clips the accent of a capital letter, so
    « Échouer » read « Echouer » on every tab not in front.
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def _dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colors = {
        role.Window: "#1f2225",
        role.WindowText: "#e8eaed",
        role.Base: "#2a2e32",  # fields lighter than the window, so their frames show
        role.AlternateBase: "#31363b",
        role.ToolTipBase: "#2d3134",
        role.ToolTipText: "#e8eaed",
        role.PlaceholderText: "#8a9096",
        role.Text: "#e8eaed",
        role.Button: "#2a2e31",
        role.ButtonText: "#e8eaed",
        role.BrightText: "#ff6b6b",
        role.Light: "#4a5056",
        role.Midlight: "#3b4146",
        role.Mid: "#2f3438",
        role.Dark: "#141617",
        role.Shadow: "#000000",
        role.Highlight: "#1f8a8a",
        role.HighlightedText: "#ffffff",
        role.Link: "#5cc8c8",
        role.LinkVisited: "#a58be0",
    }
    for key, value in colors.items():
        palette.setColor(key, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for key in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, key, QColor("#6b7075"))
    return palette


def _light_palette(app: QApplication) -> QPalette:
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#12797a"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0b6466"))
    return palette


def system_is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, mode: str) -> bool:
    """Apply "light", "dark" or "system"; return whether the result is dark."""
    if not isinstance(app.style(), AppStyle):
        app.setStyle(AppStyle())
    dark = mode == "dark" or (mode == "system" and system_is_dark(app))
    app.setPalette(_dark_palette() if dark else _light_palette(app))
    return dark


def tone(palette: QPalette, name: str) -> QColor:
    """Text colours with meaning ("error", "warning", "muted") readable on `palette`."""
    base = palette.color(QPalette.ColorRole.Window)
    dark = base.lightness() < 128
    if name == "error":
        return QColor("#ff8a80" if dark else "#b3261e")
    if name == "warning":
        return QColor("#ffcc66" if dark else "#8a5300")
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = QColor(text)
    muted.setRedF(0.7 * text.redF() + 0.3 * base.redF())
    muted.setGreenF(0.7 * text.greenF() + 0.3 * base.greenF())
    muted.setBlueF(0.7 * text.blueF() + 0.3 * base.blueF())
    return muted
