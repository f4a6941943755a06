"""Shared fixtures: every test gets its own data folder, journal and a fixed clock."""

from __future__ import annotations

import os
from pathlib import Path

# Offscreen, on a 1280x800 screen (a common laptop) rather than the platform's 800x800 default.
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).with_name('offscreen.json').resolve()}"
)
os.environ.setdefault("QT_API", "pyside6")
# Tests never read the machine's own policy (a workstation may have one in /etc).
os.environ["COACHAPP_POLICY"] = str(Path(__file__).with_name("no-machine-policy.json"))

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from hypothesis import settings as hypothesis_settings

from PySide6.QtCore import QCoreApplication, QEvent

from coachapp.clock import FixedClock
from coachapp.config import Paths, Settings, prepare_paths, resolve_paths
from coachapp.context import Journal, open_journal
from coachapp.i18n import set_language
from coachapp.storage.database import close_database

# CI runs the same examples every time (a red build must be about the change); developers'
# runs draw new ones, and `make soak` many more.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Tests read English texts unless they switch language themselves."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    resolved = resolve_paths(str(tmp_path / "data"))
    prepare_paths(resolved)
    return resolved


@pytest.fixture
def settings(paths: Paths) -> Settings:
    return Settings(paths.settings_file)


@pytest.fixture
def journal(paths: Paths, settings: Settings, clock: FixedClock) -> Iterator[Journal]:
    opened = open_journal(paths, settings, clock)
    yield opened
    # Widgets of the test (closed and handed to deleteLater by pytest-qt) go before their
    # journal: alive, a later language change would have them read a closed database.
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    close_database()
