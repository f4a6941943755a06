"""A visible focus indicator on every focusable widget (EN 301 549 11.2.4.7).

Fusion shows the focus of fields and some buttons, but not of flat buttons, chart views,
scroll areas, painted boards or the sidebar. One ring, drawn by an overlay above each window's
widgets in the palette's Highlight (3:1 at least on every background, theme.PAIRS), follows
the focus wherever it goes, so no widget has to draw its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMetaObject, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea, QWidget
from shiboken6 import isValid

WIDTH = 2  # pixels of the ring, inside the widget's edge
_FOLLOWED = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide}


class FocusRing(QWidget):
    """The overlay of one window: clicks and keys go through it; it paints the ring only."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ring = QRect()

    def surround(self, target: QWidget | None) -> None:
        """Ring `target`'s visible part (nothing when None or hidden)."""
        window = self.parentWidget()
        old = QRect(self.ring)
        self.ring = QRect()
        if target is not None and window is not None and target.isVisible():
            self.ring = shown_part(target, window)
        if window is not None:
            self.setGeometry(window.rect())
        self.raise_()
        self.setVisible(not self.ring.isEmpty())
        self.update(old.adjusted(-1, -1, 1, 1))
        self.update(self.ring.adjusted(-1, -1, 1, 1))

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.ring.isEmpty():
            return
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = WIDTH / 2  # the pen is centred on the line: the ring stays inside the widget
        painter.drawRect(QRectF(self.ring).adjusted(inset, inset, -inset, -inset))


def shown_part(widget: QWidget, window: QWidget) -> QRect:
    """`widget`'s rectangle in `window`, less what its parents clip (a scroll area's)."""
    shown = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown = shown.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()),
                                        parent.size()))  # fmt: skip
        parent = parent.parentWidget()
    return shown


class FocusRings(QObject):
    """Moves the ring of the focused widget's window as the focus, or that widget, moves.

    The widget and its ring are let go when Qt deletes them (their `destroyed`), never
    touched afterwards: a widget deleted with its parent is not known deleted to PySide. One
    PySide deletes itself (a window of Python's collected) it says dead (`isValid`) but does
    not always signal.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._target: QWidget | None = None
        self._ring: FocusRing | None = None
        self._watched: list[QWidget] = []  # the target and its parents: deleted before them
        self._links: list[QMetaObject.Connection] = []
        app.focusChanged.connect(self._focus_changed)

    def _target_gone(self) -> None:
        self._target = None
        self._watched = []

    def _ring_gone(self) -> None:
        self._ring = None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for link in self._links:
            QObject.disconnect(link)
        for watched in self._watched:
            if isValid(watched):
                watched.removeEventFilter(self)
        self._links, self._watched = [], []
        self._target = new if _ringed(new) else None
        ring = self._ring_of(self._target)
        if self._ring is not None and self._ring is not ring and isValid(self._ring):
            self._ring.surround(None)
        self._ring = ring
        if ring is None or self._target is None:
            return
        self._links = [
            self._target.destroyed.connect(self._target_gone),
            ring.destroyed.connect(self._ring_gone),
        ]
        widget: QWidget | None = self._target
        while widget is not None and not widget.isWindow():
            widget.installEventFilter(self)
            self._watched.append(widget)
            parent = widget.parentWidget()
            area = parent.parentWidget() if parent is not None else None
            if isinstance(area, QScrollArea):  # Tab from outside leaves its child unseen
                area.ensureWidgetVisible(self._target)
            widget = parent
        ring.surround(self._target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        target, ring = self._target, self._ring
        followed = event.type() in _FOLLOWED and target is not None and ring is not None
        if followed and isValid(target) and isValid(ring):
            ring.surround(target)  # type: ignore[union-attr]
        return super().eventFilter(watched, event)

    @staticmethod
    def _ring_of(widget: QWidget | None) -> FocusRing | None:
        if widget is None:
            return None
        window = widget.window()
        ring = window.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
        return ring if isinstance(ring, FocusRing) else FocusRing(window)


_INSTALLED = "coachappFocusRings"


def _ringed(widget: QWidget | None) -> bool:
    """Widgets of ordinary windows: menus and pop-up lists show their current item already."""
    if widget is None or isinstance(widget, QMenu):
        return False
    popup = widget.window().windowFlags() & Qt.WindowType.Popup
    return popup != Qt.WindowType.Popup


def install_focus_rings(app: QApplication) -> None:
    """Once per application (known by a property: `findChild` would make PySide wrap each of
    the application's children, its QStyle among them, building QStyle's types before the
    window's first paint)."""
    if not app.property(_INSTALLED):
        FocusRings(app)
        app.setProperty(_INSTALLED, True)
