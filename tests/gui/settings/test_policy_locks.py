"""What a machine policy locks shows greyed, with who set it, and cannot be changed."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from coachapp.config import Origin, Policy, PolicyLayer
from coachapp.context import Journal
from coachapp.policy import merged
from coachapp.services.journal.journal import EntryDraft
from coachapp.ui.settings.preferences import PreferencesDialog
from coachapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW


def test_locked_settings_are_greyed_with_the_reason(
    window: MainWindow, qtbot: QtBot, journal: Journal
) -> None:
    journal.settings.policy = Policy(
        organisation="Ville d'Exemple",
        locked={"backup.keep": 30, "export.pseudonymise": True},
        defaults={"theme": "dark"},
    )
    window.retranslate_ui()
    assert window.windowTitle() == "CoachApp · Ville d'Exemple"
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    assert not dialog.keep.isEnabled() and dialog.keep.value() == 30
    assert "Ville d'Exemple" in dialog.keep.toolTip()
    assert dialog.managed.isVisible()
    assert dialog.interval.isEnabled() and dialog.interval.toolTip() == ""
    assert dialog.theme.currentData() == "dark"  # the machine's default, still the user's to change
    dialog.close()

    export = window.exchange.export_journal()
    qtbot.waitExposed(export)
    assert export.pseudonymise.isChecked() and not export.pseudonymise.isEnabled()
    qtbot.mouseClick(export.pseudonymise, Qt.MouseButton.LeftButton)
    assert export.pseudonymise.isChecked()
    export.close()


def test_each_lock_says_where_it_comes_from(
    window: MainWindow, qtbot: QtBot, journal: Journal
) -> None:
    journal.settings.policy = merged(
        [
            PolicyLayer(Origin.MACHINE_REGISTRY, "HKLM", locked={"backup.keep": 30}),
            PolicyLayer(Origin.USER_REGISTRY, "HKCU", locked={"theme": "dark"}),
            PolicyLayer(Origin.FILE, "policy.json", "Ville d'Exemple", locked={"language": "fr"}),
        ],
        None,
    )
    window.act_preferences.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.keep.isEnabled() and dialog.keep.value() == 30
    assert dialog.keep.toolTip() == (
        "Set by Ville d'Exemple through this computer's Group Policy; it cannot be changed here."
    )
    assert not dialog.theme.isEnabled() and dialog.theme.currentData() == "dark"
    assert "your account's Group Policy" in dialog.theme.toolTip()
    assert not dialog.language.isEnabled()
    assert "this workstation's policy file" in dialog.language.toolTip()
    assert dialog.interval.isEnabled() and dialog.interval.toolTip() == ""
    dialog.close()


def test_a_skipped_policy_is_said_without_stopping_anyone(
    window: MainWindow, journal: Journal
) -> None:
    journal.settings.policy = Policy(problems=("settings.colour: unknown setting",))
    window.after_first_paint()
    assert "machine policy" in window.statusBar().currentMessage()


def test_the_retention_a_policy_sets_applies_at_start(window: MainWindow, journal: Journal) -> None:
    journal.entries.create(EntryDraft(NOW - timedelta(days=800), "Il y a deux ans"))
    journal.entries.create(EntryDraft(NOW, "Aujourd'hui"))
    journal.settings.policy = Policy(locked={"retention.entry_months": 24})
    window.after_first_paint()
    assert journal.entries.count() == 1
    assert "1 old entry moved to the trash" in window.statusBar().currentMessage()
