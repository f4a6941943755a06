"""The locked window, and the idle watch that locks it.

While locked, the window shows this screen only: no area, no menu, no status bar, no other
window of the journal. The passphrase (or the recovery key) brings everything back as it was.
Idle time is read from the journal's clock, so tests move time instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import UserError
from coachapp.i18n import render_error
from coachapp.ui.common.icons import icon

IDLE_CHECK_MS = 15_000
WARNING_SECONDS = 45  # the warning comes at least one check (15 s) before the lock
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockScreen(QWidget):
    """`unlocked`: the secret typed opened the journal (checked by `check`, which raises)."""

    unlocked = Signal()

    def __init__(self, check: Callable[[str], None], parent: QWidget | None = None) -> None:
        # The dialogs' modules load with the first lock, not before the window's first paint.
        from coachapp.ui.common.form_dialog import ErrorLine  # noqa: PLC0415
        from coachapp.ui.protection.protection_dialogs import secret_field  # noqa: PLC0415

        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._check = check
        self.title = QLabel(self)
        self.title.setObjectName("lockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.problem = ErrorLine(self)
        self.secret = secret_field(self, "lockSecret")
        self.secret.setMinimumWidth(320)
        self.secret.returnPressed.connect(self.try_unlock)
        self.secret.textChanged.connect(lambda _text: self.problem.clear_error())
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.clicked.connect(self.try_unlock)
        self.badge = QLabel(self)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)

        column = QVBoxLayout()
        column.addWidget(self.badge)
        column.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.explanation)
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(self.unlock_button)
        column.addLayout(row)
        column.addWidget(self.problem)
        box = QWidget(self)
        box.setLayout(column)
        box.setMaximumWidth(520)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("CoachApp is locked"))
        self.explanation.setText(
            self.tr("Type your passphrase, or your recovery key, to open your journal again.")
        )
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.secret.setPlaceholderText(self.tr("Passphrase or recovery key"))
        self.unlock_button.setText(self.tr("Unlock"))

    def refresh_icons(self) -> None:
        """After the first paint, as every icon (loading the icon font costs 40 ms)."""
        self.badge.setPixmap(icon("lock").pixmap(64, 64))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: object) -> None:
        self.secret.clear()
        self.problem.clear_error()
        self.secret.setFocus()
        super().showEvent(event)  # type: ignore[arg-type]

    def try_unlock(self) -> None:
        try:
            self._check(self.secret.text())
        except UserError as exc:
            self.problem.show_error(render_error(exc), self.secret)
            self.secret.selectAll()
            return
        self.secret.clear()
        self.unlocked.emit()


class IdleWatch(QObject):
    """Emits `idle` once the user has done nothing in the app for `minutes()` minutes, and
    `soon` once, WARNING_SECONDS before, so a user who is still there can keep working."""

    idle = Signal()
    soon = Signal(int)  # seconds left before the lock

    def __init__(
        self, now: Callable[[], datetime], minutes: Callable[[], int], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._minutes = minutes
        self.last_activity = now()
        self._warned = False
        self.timer = QTimer(self)
        self.timer.setInterval(IDLE_CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Watch the user's activity (every event of the app passes here: only while needed)."""
        self.last_activity = self._now()
        self._warned = False
        if not self.timer.isActive():
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.last_activity = self._now()
            self._warned = False
        return False

    def check(self) -> bool:
        """Emit `idle` (and stop watching) when the limit has passed; whether it did. Emit
        `soon` once when the lock is less than WARNING_SECONDS away."""
        minutes = self._minutes()
        if not self.timer.isActive() or minutes <= 0:
            return False
        left = timedelta(minutes=minutes) - (self._now() - self.last_activity)
        if left > timedelta(0):
            if left <= timedelta(seconds=WARNING_SECONDS) and not self._warned:
                self._warned = True
                self.soon.emit(max(1, round(left.total_seconds())))
            return False
        self.stop()
        self.idle.emit()
        return True
