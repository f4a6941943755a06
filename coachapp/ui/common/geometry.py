"""Remembering window and splitter layout, and never restoring a window off every screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from coachapp.config import Settings


def _decode(value: str | None) -> QByteArray | None:
    if not value:
        return None
    return QByteArray.fromBase64(QByteArray(value.encode("ascii")))


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def clamp_to_screens(widget: QWidget) -> None:
    """Move and shrink `widget` so that it sits inside the available area of a real screen."""
    frame = widget.frameGeometry()
    screen = QGuiApplication.screenAt(frame.center()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area: QRect = screen.availableGeometry()
    width = min(widget.width(), area.width())
    height = min(widget.height(), area.height())
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    frame = widget.frameGeometry()
    x = min(max(frame.left(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.top(), area.top()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.left(), frame.top()):
        widget.move(x, y)


def restore_window(window: QMainWindow, settings: Settings, key: str) -> bool:
    geometry = _decode(settings.state(f"{key}.geometry"))
    restored = geometry is not None and window.restoreGeometry(geometry)
    state = _decode(settings.state(f"{key}.state"))
    if state is not None:
        window.restoreState(state)
    clamp_to_screens(window)
    return restored


def save_window(window: QMainWindow, settings: Settings, key: str) -> None:
    settings.set_state(f"{key}.geometry", _encode(window.saveGeometry()))
    settings.set_state(f"{key}.state", _encode(window.saveState()))


SPLITTER_SAVE_MS = 500


class _FirstSizes(QObject):
    def __init__(self, splitter: QSplitter, sizes: Callable[[int], list[int]]) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._sizes = sizes
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Its first show, not its first resize: rendering a hidden widget (a screenshot of
        # the window, say) resizes it at a made-up size.
        if watched is self._splitter and event.type() == QEvent.Type.Show:
            self._splitter.removeEventFilter(self)
            self._splitter.setSizes(self._sizes(self._splitter.width()))
            self.deleteLater()
        return False


def first_sizes(splitter: QSplitter, sizes: Callable[[int], list[int]]) -> None:
    """Size the panes with `sizes(width)` when the splitter is first shown, at its real
    width: a split in pixels given earlier would not fit every window."""
    _FirstSizes(splitter, sizes)


def restore_splitter(splitter: QSplitter, settings: Settings, key: str) -> bool:
    """Restore the sizes last saved. A remembered pane below its least size (collapsed to
    nothing, say) comes back at that size when the splitter does not collapse its panes;
    the state also holds whether panes collapse, and the splitter's own choice wins."""
    collapsible = splitter.childrenCollapsible()
    state = _decode(settings.state(key))
    restored = state is not None and splitter.restoreState(state)
    splitter.setChildrenCollapsible(collapsible)
    return restored


def save_splitter(splitter: QSplitter, settings: Settings, key: str) -> None:
    settings.set_state(key, _encode(splitter.saveState()))


def remember_splitter(splitter: QSplitter, settings: Settings, key: str) -> bool:
    """Restore the splitter (see restore_splitter), and save it shortly after the user moves
    one of its handles; whether a state was restored."""
    timer = QTimer(splitter)
    timer.setSingleShot(True)
    timer.setInterval(SPLITTER_SAVE_MS)
    timer.timeout.connect(lambda: save_splitter(splitter, settings, key))
    splitter.splitterMoved.connect(lambda _pos, _index: timer.start())
    return restore_splitter(splitter, settings, key)


def side_by_side(
    parent: QWidget,
    panes: Sequence[tuple[QWidget, int]],
    settings: Settings,
    key: str,
    first: Callable[[int], list[int]],
) -> QSplitter:
    """`panes` side by side, each with its stretch factor and never collapsed, split as the
    user last left them, else as `first(width)` says when first shown (see first_sizes)."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    for number, (pane, stretch) in enumerate(panes):
        splitter.addWidget(pane)
        splitter.setStretchFactor(number, stretch)
    splitter.setChildrenCollapsible(False)
    if not remember_splitter(splitter, settings, key):
        first_sizes(splitter, first)
    return splitter
