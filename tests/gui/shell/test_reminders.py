"""Reminders: announced once, never in quiet hours, only the kinds switched on, never for
what is already done; set in Preferences."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from coachapp.clock import FixedClock
from coachapp.config import Settings
from coachapp.context import Journal
from coachapp.services.delegations.delegations import DelegationDraft, Went
from coachapp.services.experiments.experiments import ExperimentDraft, ExpStatus
from coachapp.services.experiments.experiments import TestCard as Card
from coachapp.services.rituals.rituals import RitualDraft
from coachapp.services.today.reminders import quiet
from coachapp.timezones import local_zone
from coachapp.ui.settings.preferences import PreferencesDialog
from coachapp.ui.shell.main_window import MainWindow
from coachapp.ui.shell.reminders import TrayReminders

TODAY = date(2026, 11, 25)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 25, hour, minute, tzinfo=local_zone())


def tray(
    window: MainWindow, journal: Journal, settings: Settings
) -> tuple[TrayReminders, list[str]]:
    """Reminders whose notifications are collected rather than shown."""
    shown: list[str] = []

    def notify(title: str, text: str) -> None:
        shown.append(f"{title}|{text}")

    return TrayReminders(journal.reminders, settings, window, notify=notify), shown


def test_each_thing_is_announced_once_and_never_once_done(
    qtbot: QtBot, window: MainWindow, *, journal: Journal, settings: Settings,
    clock: FixedClock, staff: dict[str, str],
) -> None:  # fmt: skip
    clock.set(at(10))
    delegation = journal.delegations.create(
        DelegationDraft("Planning", 3, 5, TODAY - timedelta(days=30),
                        person_uuid=staff["Karim Benali"], next_checkin=TODAY)
    )  # fmt: skip
    journal.rituals.create(RitualDraft("Atelier accueil", at(10, 10), 60))
    journal.experiments.create(
        ExperimentDraft("Créneau", Card("x"), review_on=TODAY, starts_on=TODAY - timedelta(1)),
        status=ExpStatus.RUNNING,
    )
    reminders, shown = tray(window, journal, settings)
    found = reminders.check()
    assert sorted(r.kind for r in found) == ["checkin", "review", "ritual"]
    assert shown[0].startswith("CoachApp: 3 reminders|")
    assert "Planning — Karim Benali" in shown[0] and "Atelier accueil at " in shown[0]
    assert reminders.check() == []  # announced already
    journal.delegations.check_in(delegation.uuid, day=TODAY, level=3, went=Went.WELL)
    clock.set(at(10, 30))
    again, _ = tray(window, journal, settings)
    assert sorted(r.kind for r in again.check()) == ["review"]  # check-in done, meeting begun


def test_quiet_hours_and_kinds_switched_off_in_preferences(
    qtbot: QtBot, window: MainWindow, *, journal: Journal, settings: Settings,
    clock: FixedClock, staff: dict[str, str],
) -> None:  # fmt: skip
    journal.delegations.create(
        DelegationDraft("Planning", 3, 5, TODAY - timedelta(days=30),
                        person_uuid=staff["Karim Benali"], next_checkin=TODAY)
    )  # fmt: skip
    clock.set(at(20))
    reminders, shown = tray(window, journal, settings)
    assert reminders.check() == [] and shown == []  # 20:00 is within 19:00-08:00
    clock.set(at(9))
    dialog = PreferencesDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.remind["reminders.checkins"].setChecked(False)
    assert settings.get("reminders.checkins") is False
    assert reminders.check() == []
    dialog.quiet_from.setValue(8)
    dialog.quiet_until.setValue(12)
    dialog.remind["reminders.checkins"].setChecked(True)
    assert reminders.check() == []  # 9:00 is quiet now
    dialog.quiet_until.setValue(9)
    assert [r.kind for r in reminders.check()] == ["checkin"]


@given(st.integers(0, 23), st.integers(0, 23), st.integers(0, 23))
def test_quiet_hours_wrap_around_midnight(hour: int, start: int, end: int) -> None:
    moment = datetime(2026, 11, 25, hour, 30, tzinfo=local_zone()).astimezone(UTC)
    inside = (start <= hour < end) if start < end else (hour >= start or hour < end)
    assert quiet(moment, start, end) is (inside and start != end)
