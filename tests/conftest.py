"""Shared fixtures: every test gets its own data folder, journal and a fixed clock."""

from __future__ import annotations

import os
import re
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

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)

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
QUIET = (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """pytest-qt fails a test on the Qt warnings of its setup and call (`qt_log_level_fail`);
    the test's widgets close and are deleted in its teardown, so warnings there fail it too
    (unless pytest-qt captures no Qt messages: `--no-qt-log`, or `-s`)."""
    capturing = item.config.pluginmanager.has_plugin("_qt_logging")
    if not capturing or item.config.getini("qt_log_level_fail") == "NO":
        return (yield)
    allowed = [re.compile(pattern) for pattern in item.config.getini("qt_log_ignore")]
    warnings: list[str] = []

    def record(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind not in QUIET and not any(pattern.search(message) for pattern in allowed):
            warnings.append(message)

    previous = qInstallMessageHandler(record)
    try:
        result = yield
    finally:
        qInstallMessageHandler(previous)
    if warnings:
        pytest.fail("Qt warnings in teardown:\n" + "\n".join(warnings), pytrace=False)
    return result


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
