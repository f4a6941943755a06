"""Small widgets shared by several views."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QGuiApplication,
    QHelpEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coachapp.ui.common.dates import pydate, qdate
from coachapp.ui.common.icons import icon
from coachapp.ui.common.naming import name_choice
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import ToneName, tone


class ToneLabel(QLabel):
    """A label whose colour carries meaning (error, warning, muted) in light and dark themes."""

    def __init__(self, tone_name: ToneName, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = tone_name
        self._tinting = False
        self.setWordWrap(True)
        self._apply()

    def set_tone(self, tone_name: ToneName) -> None:
        if tone_name != self._tone:
            self._tone = tone_name
            self._apply()

    def _apply(self) -> None:
        palette = QPalette(QGuiApplication.palette())
        palette.setColor(QPalette.ColorRole.WindowText, tone(palette, self._tone))
        self.setPalette(palette)

    def event(self, event: QEvent) -> bool:
        # The theme changed (Qt tells top-level widgets one way, children the other): tint
        # against the new palette. Our own setPalette sends a PaletteChange too: skip that one.
        kinds = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in kinds and not self._tinting:
            self._tinting = True
            try:
                self._apply()
            finally:
                self._tinting = False
        return super().event(event)


def focused_row(table: QTableWidget) -> int:
    """The row whose cell widget has the focus (clicking a cell widget does not select its
    row), else the current row; -1 when neither."""
    widget = QApplication.focusWidget()
    while widget is not None and widget.parentWidget() is not table.viewport():
        widget = widget.parentWidget()
    if widget is not None:
        row = table.indexAt(widget.pos()).row()
        if row >= 0:
            return row
    return table.currentRow()


class OptionalDate(QWidget):
    """A day that may be left unset: a tick to set it, then the date."""

    def __init__(self, parent: QWidget | None, default: date) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(qdate(default))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def set_day(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(qdate(day))

    def day(self) -> date | None:
        return pydate(self.edit.date()) if self.check.isChecked() else None


class MarkedCalendar(QCalendarWidget):
    """A month calendar whose days with something on them stand out: bold, in the warning
    colour (a colour of the palette: mark them again when it changes)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._marked: set[date] = set()

    def mark(self, days: set[date]) -> None:
        """Make `days` the marked ones."""
        plain = QTextCharFormat()
        for day in self._marked:
            self.setDateTextFormat(qdate(day), plain)
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setForeground(tone(QGuiApplication.palette(), "warning"))
        for day in days:
            self.setDateTextFormat(qdate(day), marked)
        self._marked = days


ONE_LINE = 1 << 24  # wider than any screen
DEFAULT_GAP = 6  # pixels between two widgets of a line when the style does not say
SEARCH_CHARS = 24  # what a search field shows at least, beside its icon and clear button


class PeriodChoice(Retranslatable, QComboBox):
    """How far back to look: the last 3 months, 12 months or 5 years (`days()`)."""

    DAYS = (90, 365, 5 * 366)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("period")
        for days in self.DAYS:
            self.addItem("", days)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name_choice(self, self.tr("Period"))
        names = {
            90: self.tr("The last 3 months"),
            365: self.tr("The last 12 months"),
            5 * 366: self.tr("The last 5 years"),
        }
        for row in range(self.count()):
            self.setItemText(row, names[self.itemData(row)])

    def days(self) -> int:
        return int(self.currentData())


class SearchField(Retranslatable, QLineEdit):
    """An area's search: a magnifier before the text, a clear button, room for a few words,
    and `searched` once typing pauses for `delay_ms` rather than at every key. The magnifier
    and the clear button are named for screen readers."""

    searched = Signal()

    def __init__(self, delay_ms: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.setClearButtonEnabled(True)
        # Never squeezed by a layout to its icon: room for a few words, at any font size.
        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.horizontalAdvance("x" * SEARCH_CHARS) + 3 * metrics.height())
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(delay_ms)
        self._pause.timeout.connect(self.searched)
        self.textChanged.connect(self._pause.start)
        self._icon: QAction | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        clear = self.findChild(QAction, "_q_qlineeditclearaction")  # Qt's own clear button
        if clear is not None:
            clear.setText(self.tr("Clear the search"))
        if self._icon is not None:
            self._icon.setText(self.tr("Search"))

    def settle(self) -> None:
        """The search runs now (with other filters): no need to run it again after the pause."""
        self._pause.stop()

    def refresh_icon(self) -> None:
        """The magnifier, drawn again in the current palette."""
        if self._icon is None:
            self._icon = self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
            self.retranslate_ui()
        else:
            self._icon.setIcon(icon("search"))


def least_width(widget: QWidget) -> int:
    """The narrowest a layout makes `widget`: below its size hint only if it may shrink."""
    shrinks = widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ShrinkFlag.value
    hint = widget.minimumSizeHint() if shrinks else widget.sizeHint()
    return max(widget.minimumWidth(), hint.width())


class WrappingRow(QWidget):
    """Widgets on one line when there is room, else on as many lines as they need, none
    squeezed below its least width. The first may stretch (a search field, say); the others
    keep to the right."""

    def __init__(
        self, *widgets: QWidget, stretch_first: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._widgets = widgets
        self._stretch_first = stretch_first
        self._lines = QVBoxLayout(self)
        self._lines.setContentsMargins(0, 0, 0, 0)
        # The row may be as narrow as its widest widget (minimumSizeHint), not its one line.
        self._lines.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        # The room between two widgets of a line, the same where lines are split and laid out
        # (a layout's own spacing may be -1: "ask the style", which gives more).
        gap = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        self._gap = gap if gap >= 0 else DEFAULT_GAP
        self._shape: tuple[int, ...] = ()
        self._arrange(ONE_LINE)

    def _least(self, widget: QWidget) -> int:
        return 0 if widget.isHidden() else least_width(widget)

    def _split(self, width: int) -> list[list[QWidget]]:
        spacing = self._gap
        lines: list[list[QWidget]] = [[]]
        used = 0
        for widget in self._widgets:
            need = self._least(widget)
            if lines[-1] and need and used + spacing + need > width:
                lines.append([])
                used = 0
            used += need + (spacing if lines[-1] and need else 0)
            lines[-1].append(widget)
        return lines

    def _arrange(self, width: int) -> None:
        lines = self._split(width)
        shape = tuple(len(line) for line in lines)
        if shape == self._shape:
            return
        self._shape = shape
        while (item := self._lines.takeAt(0)) is not None:
            line = item.layout()
            while line is not None and line.takeAt(0) is not None:
                pass
            if line is not None:
                line.setParent(None)
        for widgets in lines:
            line = QHBoxLayout()
            line.setSpacing(self._gap)
            stretching = self._stretch_first and widgets[0] is self._widgets[0]
            if not stretching:
                line.addStretch(1)
            for widget in widgets:
                line.addWidget(widget, 1 if stretching and widget is widgets[0] else 0)
            self._lines.addLayout(line)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        widest = max(self._least(widget) for widget in self._widgets)
        return QSize(widest, self._lines.minimumSize().height())

    def sizeHint(self) -> QSize:
        shown = [self._least(widget) for widget in self._widgets if not widget.isHidden()]
        width = sum(shown) + self._gap * max(0, len(shown) - 1)
        return QSize(width, self._lines.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a text changed, and the room it needs
            self._arrange(self.width())
        return super().event(event)


class PageLayout(QVBoxLayout):
    """The layout of a page shown in a scroll area (see `scrolling`): the page fills the area
    and scrolls only when the area is smaller than the page's least size. A page that holds
    wrapping labels would otherwise get its preferred height, and scroll at any size."""

    def hasHeightForWidth(self) -> bool:
        return False


def hint_or_page(owner: QWidget, page: QWidget) -> tuple[QLabel, QStackedLayout]:
    """`owner` shows a centred hint (what to choose) until it has something to show in
    `page`: the stack's index 0 is the hint, 1 the page."""
    hint = QLabel(owner)
    hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    hint.setWordWrap(True)
    stack = QStackedLayout(owner)
    stack.addWidget(hint)
    stack.addWidget(page)
    return hint, stack


def scrolling(page: QWidget, parent: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area, so that what it needs never makes the window grow;
    Tab goes to what the page holds (the area scrolls it into view), not to the area."""
    area = QScrollArea(parent)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


class ElidingCombo(QComboBox):
    """A choice narrower than its longest item: the current text ends with "…" when it does
    not fit (rather than being cut mid-word), and its tooltip then says it whole."""

    def _field(self, option: QStyleOptionComboBox) -> int:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        icon = option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
        return field.width() - icon - 2

    def elided(self) -> bool:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.fontMetrics().horizontalAdvance(option.currentText) > self._field(option)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, self._field(option)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip() and self.elided():
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), self.currentText(), self)
            return True
        return super().event(event)
