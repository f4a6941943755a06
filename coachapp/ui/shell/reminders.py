"""Reminders from the tray icon: check-ins due, meetings about to start, experiment reviews due.

Checked every minute; each thing is announced once, never in the quiet hours, and only the
kinds switched on in Preferences. Where the desktop has no tray, nothing is shown (the Today
view lists the same things).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from coachapp.config import Settings
from coachapp.i18n import format_datetime
from coachapp.services.today.reminders import (
    CHECKIN,
    REVIEW,
    RITUAL,
    Reminder,
    ReminderService,
    quiet,
)

CHECK_EVERY_MS = 60_000
SETTINGS = {CHECKIN: "reminders.checkins", RITUAL: "reminders.rituals", REVIEW: "reminders.reviews"}


class TrayReminders(QObject):
    """`opened(kind, uuid)`: the manager clicked a reminder."""

    opened = Signal(str, str)
    show_window = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        service: ReminderService,
        settings: Settings,
        parent: QWidget,
        notify: Callable[[str, str], None] | None = None,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = settings
        self._announced: set[str] = set()
        self._last: Reminder | None = None
        self.paused = False
        self.tray: QSystemTrayIcon | None = None
        if notify is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon or QIcon(), parent)
            menu = QMenu(parent)
            menu.addAction(self.tr("Open CoachApp"), self.show_window.emit)
            menu.addAction(self.tr("Quit"), self.quit_requested.emit)
            self.tray.setContextMenu(menu)
            self.tray.setToolTip("CoachApp")
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(lambda _reason: self.show_window.emit())
            self.tray.show()
        self._notify = notify or self._show_message
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def set_paused(self, paused: bool) -> None:
        """While the journal is locked, announce nothing (what is due waits for the unlock)."""
        self.paused = paused

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self, self.check)

    def check(self) -> list[Reminder]:
        """Announce what is due and not announced yet; return it."""
        if self.paused:
            return []
        get = self._settings.get
        now = self._service.now()
        if quiet(now, get("reminders.quiet_from"), get("reminders.quiet_until")):
            return []
        kinds = {kind for kind, key in SETTINGS.items() if get(key)}
        fresh = [
            r
            for r in self._service.due(kinds, get("reminders.minutes_before"))
            if r.key not in self._announced
        ]
        for reminder in fresh:
            self._announced.add(reminder.key)
        if fresh:
            self._last = fresh[0]
            self._notify(self._title(fresh), self._text(fresh))
        return fresh

    def _title(self, fresh: list[Reminder]) -> str:
        if len(fresh) > 1:
            return self.tr("CoachApp: %n reminder(s)", "", len(fresh))
        titles = {
            CHECKIN: self.tr("Check-in due"),
            RITUAL: self.tr("Meeting soon"),
            REVIEW: self.tr("Experiment review due"),
        }
        return titles[fresh[0].kind]

    def _text(self, fresh: list[Reminder]) -> str:
        lines = []
        for reminder in fresh[:5]:
            if reminder.kind == RITUAL:
                lines.append(
                    self.tr("{title} at {time}").format(
                        title=reminder.subject, time=format_datetime(reminder.when)
                    )
                )
            else:
                lines.append(reminder.subject)
        return "\n".join(lines)

    def _show_message(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)

    def _clicked(self) -> None:
        self.show_window.emit()
        if self._last is not None and not self.paused:
            kind = {CHECKIN: "delegation", RITUAL: "ritual", REVIEW: "experiment"}
            self.opened.emit(kind[self._last.kind], self._last.uuid)
