"""The window's side of protection: the menu actions, locking and unlocking, the idle lock.

Protecting, changing the passphrase or removing protection run through `coachapp.protection`
with the editors saved and background work finished first, then every view reloads. Backups the
change could not bring along are named, with a choice to try again or delete them; while a
protected journal has backups in clear, the Protection menu says so. Locking
hides the journal: the window shows the lock screen only, its actions are disabled, the other
windows are hidden, and the tray is told to say nothing until the journal is unlocked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from shiboken6 import isValid

from coachapp import protection
from coachapp.errors import UserError
from coachapp.protection import Unconverted
from coachapp.ui.common import messages
from coachapp.ui.common.actions import new_action
from coachapp.ui.common.host import Host
from coachapp.ui.protection.lock_screen import IdleWatch

if TYPE_CHECKING:  # the dialogs' module loads with the first of them, after the first paint
    from coachapp.ui.protection.protection_dialogs import ProtectDialog

log = logging.getLogger("coachapp.ui.guard")

REQUIRED = "security.require_protection"
OFFERED_STATE = "protection_offered"


class LockHost(Host, Protocol):
    def show_locked(self, locked: bool) -> None:
        """Show the lock screen alone (menus and status bar too hidden), or the areas again."""
        ...


class JournalGuard(QObject):
    """`locked_changed(bool)`: the window was locked or unlocked."""

    locked_changed = Signal(bool)

    def __init__(self, host: LockHost) -> None:
        window = host.widget()
        super().__init__(window)
        self.host = host
        self.locked = False
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        journal = host.journal
        self.idle = IdleWatch(
            journal.clock.now, lambda: int(journal.settings.get("security.lock_minutes")), self
        )
        self.idle.idle.connect(self.lock)
        self.idle.soon.connect(self._lock_soon)
        self.act_protect = self._action("protectJournal", self.protect)
        self.act_change = self._action("changePassphrase", self.change_passphrase)
        self.act_recovery = self._action("newRecoveryKey", self.new_recovery_key)
        self.act_unprotect = self._action("removeProtection", self.remove_protection)
        self.act_readable = self._action("readableBackups", self.readable_backups)
        self.act_lock = self._action("lockNow", self.lock)
        self.act_lock.setShortcut(QKeySequence("Ctrl+Shift+K"))
        window.addAction(self.act_lock)
        self.menu = QMenu(window)
        self.menu.addActions([self.act_protect, self.act_change, self.act_recovery])
        self.menu.addAction(self.act_unprotect)
        self.menu.addAction(self.act_readable)
        self.menu.addSeparator()
        self.menu.addAction(self.act_lock)
        self.menu.aboutToShow.connect(self._show_readable)
        self._readable: list[Path] = []
        self.update_actions()

    def _action(self, name: str, slot: Callable[[], object]) -> QAction:
        return new_action(self.host.widget(), name, slot)

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("P&rotection"))
        self.act_protect.setText(self.tr("&Protect my journal with a passphrase…"))
        self.act_change.setText(self.tr("&Change the passphrase…"))
        self.act_recovery.setText(self.tr("New &recovery key…"))
        self.act_unprotect.setText(self.tr("Remove the p&rotection…"))
        self.act_lock.setText(self.tr("&Lock now"))
        self._show_readable()

    def refresh_icons(self) -> None:
        from coachapp.ui.common.icons import icon  # noqa: PLC0415 (icons come after the first paint)

        self.act_protect.setIcon(icon("lock"))
        self.act_lock.setIcon(icon("lock"))
        self.act_recovery.setIcon(icon("key"))
        self.menu.setIcon(icon("lock"))

    def update_actions(self) -> None:
        protected = self.host.journal.protected
        required = bool(self.host.settings.get(REQUIRED))
        self.act_protect.setVisible(not protected)
        self.act_change.setVisible(protected)
        self.act_recovery.setVisible(protected)
        self.act_unprotect.setVisible(protected)
        self.act_unprotect.setEnabled(not required)
        self.act_unprotect.setToolTip(
            self.tr("Your organisation requires journals to be protected.") if required else ""
        )
        self.act_lock.setEnabled(protected)
        self._show_readable()
        if protected and not self.locked:
            self.idle.start()
        else:
            self.idle.stop()

    def _show_readable(self) -> None:
        """The menu line that says a protected journal has backups in clear, and how many."""
        journal = self.host.journal
        self._readable = (
            protection.readable_backups(journal.paths.backups) if journal.protected else []
        )
        count = len(self._readable)
        self.act_readable.setText(self.tr("Backups left &readable (%n)…", "", count))
        self.act_readable.setVisible(count > 0)

    # Start

    def required_at_start(self) -> bool:
        """Protect a plain journal that the policy wants protected; False if the user refused."""
        if self.host.journal.protected or not self.host.settings.get(REQUIRED):
            return True
        return self.protect(required=True)

    def offer_once(self) -> ProtectDialog | None:
        """On a new journal, offer protection once, without blocking the window."""
        if self.host.journal.protected or self.host.settings.state(OFFERED_STATE):
            return None
        dialog = self.protect_dialog()
        dialog.open()
        return dialog

    def protect_dialog(self) -> ProtectDialog:
        """The offer to protect, to open or to show in its place (the first run's page); it
        counts as made from now on."""
        self.host.settings.set_state(OFFERED_STATE, "yes")
        return self._protect_dialog(required=False)

    # Protection

    def _prepare(self) -> None:
        self.host.flush_editors()
        self.host.tasks.wait()

    def _reloaded(self, status: str) -> None:
        self.update_actions()
        self.host.events.reloaded.emit()
        self.host.show_status(status)

    def _protect_dialog(self, *, required: bool) -> ProtectDialog:
        from coachapp.ui.protection import protection_dialogs  # noqa: PLC0415

        journal = self.host.journal
        done: list[protection.Protected] = []

        def work(passphrase: str, confirmation: str) -> str:
            self._prepare()
            done.append(protection.protect(journal, passphrase, confirmation))
            return done[-1].recovery_key

        dialog = protection_dialogs.ProtectDialog(self.host.widget(), work, required=required)
        dialog.accepted.connect(lambda: self._protected(done[-1]))
        return dialog

    def _protected(self, done: protection.Protected) -> None:
        from coachapp.ui.protection import protection_dialogs  # noqa: PLC0415

        self._reloaded(self.tr("Your journal is protected."))
        now = self.host.journal.clock.now()
        protection_dialogs.show_recovery_key(self.host.widget(), done.recovery_key, now)
        self._settle_backups(done.unconverted, encrypting=True)

    def protect(self, _checked: bool = False, *, required: bool = False) -> bool:
        from coachapp.ui.protection import protection_dialogs  # noqa: PLC0415

        return protection_dialogs.run_dialog(self._protect_dialog(required=required))

    def change_passphrase(self) -> bool:
        from coachapp.ui.protection import protection_dialogs  # noqa: PLC0415

        journal = self.host.journal
        left: list[Unconverted] = []
        dialog = protection_dialogs.ChangePassphraseDialog(
            self.host.widget(),
            lambda *typed: left.extend(protection.change_passphrase(journal, *typed)),
        )
        if not protection_dialogs.run_dialog(dialog):
            return False
        self.host.show_status(self.tr("The passphrase was changed."))
        self._settle_backups(left, encrypting=False)
        return True

    def readable_backups(self) -> None:
        """The menu's line: the backups in clear beside the protected journal, to deal with."""
        self._show_readable()
        self._settle_backups([Unconverted(path) for path in self._readable], encrypting=True)

    def _settle_backups(self, left: list[Unconverted], *, encrypting: bool) -> None:
        """Name the backups left out (`encrypting`: in clear; else: with an outdated key file)
        until the user has them retried with success, deletes them, or keeps them."""
        from coachapp.ui.protection import protection_dialogs  # noqa: PLC0415

        parent = self.host.widget()
        while left:
            count = len(left)
            text = (
                self.tr(
                    "Your journal is protected, but %n backup(s) could not be encrypted: anyone "
                    "who can read your files can read them.",
                    "",
                    count,
                )
                if encrypting
                else self.tr(
                    "The passphrase was changed, but the key file of %n backup(s) could not be "
                    "updated: they may still open with the previous passphrase, or not at all.",
                    "",
                    count,
                )
            )
            choice = protection_dialogs.ask_about_backups(parent, text, left)
            if choice is protection_dialogs.BackupChoice.KEEP:
                break
            paths = [item.path for item in left]
            try:
                if choice is protection_dialogs.BackupChoice.RETRY:
                    left = protection.retry_backups(self.host.journal, paths)
                    if not left:
                        self.host.show_status(self.tr("Every backup is protected now."))
                    continue
                protection.delete_backups(paths)
            except UserError as exc:
                messages.user_error(parent, self.tr("Backups left out"), exc)
            else:
                self.host.show_status(self.tr("%n backup(s) deleted.", "", count))
            break
        self._show_readable()

    def new_recovery_key(self) -> bool:
        from coachapp.ui.protection import protection_dialogs  # noqa: PLC0415

        journal = self.host.journal
        made: list[str] = []
        dialog = protection_dialogs.ConfirmPassphraseDialog(
            self.host.widget(),
            self.tr("New recovery key"),
            self.tr("Your current recovery key will stop working. Type your passphrase to go on."),
            self.tr("Make a new key"),
            lambda secret: made.append(protection.new_recovery(journal, secret)),
        )
        if not protection_dialogs.run_dialog(dialog) or not made:
            return False
        protection_dialogs.show_recovery_key(self.host.widget(), made[0], journal.clock.now())
        return True

    def remove_protection(self) -> bool:
        from coachapp.ui.protection import protection_dialogs  # noqa: PLC0415

        if self.host.settings.get(REQUIRED):
            return False
        journal = self.host.journal

        def work(secret: str) -> None:
            self._prepare()
            protection.unprotect(journal, secret)

        dialog = protection_dialogs.ConfirmPassphraseDialog(
            self.host.widget(),
            self.tr("Remove the protection"),
            self.tr(
                "Your journal will be stored unencrypted on this workstation: anyone who can "
                "read your files can read it. Backups made until now stay protected by the "
                "current passphrase."
            ),
            self.tr("Remove the protection"),
            work,
        )
        if not protection_dialogs.run_dialog(dialog):
            return False
        self._reloaded(self.tr("Your journal is no longer protected."))
        return True

    # Lock

    def check_secret(self, secret: str) -> None:
        """Raise unless `secret` opens this journal (the lock screen's check)."""
        protection.confirm(self.host.journal, secret)

    def lock(self) -> None:
        if self.locked or not self.host.journal.protected:
            return
        log.info("Window locked")
        self.host.flush_editors()
        self.locked = True
        self.idle.stop()
        self._hidden = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self.host.widget() and widget.isVisible()
        ]
        for widget in self._hidden:
            # Hidden, not closed: a dialog opened from the window (a half-typed experiment, a
            # check-in) keeps what was typed and comes back once unlocked. A message box run
            # on its own ends as cancelled; editors have been saved.
            widget.hide()
        self._disabled = [a for a in self.host.widget().findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            if action is not self.act_lock:
                action.setEnabled(False)
        self.host.show_locked(True)
        self.locked_changed.emit(True)

    def _lock_soon(self, seconds: int) -> None:
        self.host.show_status(
            self.tr(
                "The journal locks in %n second(s) without activity: move the mouse or press a "
                "key to keep working.",
                "",
                seconds,
            )
        )

    def unlocked(self) -> None:
        if not self.locked:
            return
        log.info("Window unlocked")
        self.locked = False
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.host.show_locked(False)
        for widget in self._hidden:
            if isValid(widget) and widget.windowModality() != Qt.WindowModality.ApplicationModal:
                widget.show()  # as it was, with what was typed in it
        self._hidden = []
        self.update_actions()
        self.locked_changed.emit(False)
