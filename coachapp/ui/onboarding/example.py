"""The banner of the example journal: always in view, saying what this journal is, with the one
click that goes back to the manager's own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolBar,
    QWidget,
)

from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import enlarge


class ExampleBanner(Retranslatable, QFrame):
    """`back_requested`: return to the manager's own journal."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exampleBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        role = QPalette.ColorRole
        palette.setColor(role.Window, palette.color(role.ToolTipBase))
        palette.setColor(role.WindowText, palette.color(role.ToolTipText))
        self.setPalette(palette)
        self.title = QLabel(self)
        enlarge(self.title, 1.05)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backToMyJournal")
        self.back_button.clicked.connect(self.back_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.back_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Example journal"))
        self.text.setText(
            self.tr(
                "A fictional service, to explore freely. Nothing done here reaches your own "
                "journal, and the example starts afresh each time it is opened."
            )
        )
        self.back_button.setText(self.tr("Back to my journal"))
        self.setAccessibleName(self.tr("Example journal"))


def show_banner(window: QMainWindow) -> ExampleBanner:
    """The banner across the top of `window`, fixed there."""
    banner = ExampleBanner(window)
    bar = QToolBar(window)
    bar.setObjectName("exampleBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)  # never hidden from the toolbar's menu
    bar.addWidget(banner)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return banner
