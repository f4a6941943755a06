"""The window's side of protection: the menu actions, locking and unlocking, the idle lock.

Protecting, changing the passphrase or removing protection run through `coachapp.protection`
with the editors saved and background work finished first, then every view reloads. Locking
hides the journal: the window shows the lock screen only, its actions are disabled, the other
windows are hidden, and the tray is told to say nothing until the journal is unlocked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from coachapp import protection
from coachapp.ui.common.actions import new_action
from coachapp.ui.common.host import Host
from coachapp.ui.protection import protection_dialogs
from coachapp.ui.protection.lock_screen import IdleWatch
from coachapp.ui.protection.protection_dialogs import (
    ChangePassphraseDialog,
    ConfirmPassphraseDialog,
    ProtectDialog,
)

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
        self.act_protect = self._action("protectJournal", self.protect)
        self.act_change = self._action("changePassphrase", self.change_passphrase)
        self.act_recovery = self._action("newRecoveryKey", self.new_recovery_key)
        self.act_unprotect = self._action("removeProtection", self.remove_protection)
        self.act_lock = self._action("lockNow", self.lock)
        self.act_lock.setShortcut(QKeySequence("Ctrl+Shift+K"))
        window.addAction(self.act_lock)
        self.menu = QMenu(window)
        self.menu.addActions([self.act_protect, self.act_change, self.act_recovery])
        self.menu.addAction(self.act_unprotect)
        self.menu.addSeparator()
        self.menu.addAction(self.act_lock)
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
        if protected and not self.locked:
            self.idle.start()
        else:
            self.idle.stop()

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
        journal = self.host.journal

        def work(passphrase: str, confirmation: str) -> str:
            self._prepare()
            return protection.protect(journal, passphrase, confirmation)

        dialog = ProtectDialog(self.host.widget(), work, required=required)
        dialog.accepted.connect(lambda: self._protected(dialog.recovery_key))
        return dialog

    def _protected(self, recovery_key: str) -> None:
        self._reloaded(self.tr("Your journal is protected."))
        now = self.host.journal.clock.now()
        protection_dialogs.show_recovery_key(self.host.widget(), recovery_key, now)

    def protect(self, _checked: bool = False, *, required: bool = False) -> bool:
        return protection_dialogs.run_dialog(self._protect_dialog(required=required))

    def change_passphrase(self) -> bool:
        journal = self.host.journal
        dialog = ChangePassphraseDialog(
            self.host.widget(), lambda *typed: protection.change_passphrase(journal, *typed)
        )
        if not protection_dialogs.run_dialog(dialog):
            return False
        self.host.show_status(self.tr("The passphrase was changed."))
        return True

    def new_recovery_key(self) -> bool:
        journal = self.host.journal
        made: list[str] = []
        dialog = ConfirmPassphraseDialog(
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
        if self.host.settings.get(REQUIRED):
            return False
        journal = self.host.journal

        def work(secret: str) -> None:
            self._prepare()
            protection.unprotect(journal, secret)

        dialog = ConfirmPassphraseDialog(
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
            widget.hide()  # a modal dialog ends as cancelled; editors have been saved
        self._disabled = [a for a in self.host.widget().findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            if action is not self.act_lock:
                action.setEnabled(False)
        self.host.show_locked(True)
        self.locked_changed.emit(True)

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
            if not widget.isModal():
                widget.show()
        self._hidden = []
        self.update_actions()
        self.locked_changed.emit(False)
