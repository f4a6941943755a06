"""Files that name people or say what the user did are readable by the user alone, whatever
the umask: the data folder, the journal and its backups, the logs and the lock file."""

from __future__ import annotations

import faulthandler
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachapp import protection
from coachapp.clock import FixedClock
from coachapp.config import Settings, prepare_paths, resolve_paths
from coachapp.context import open_journal
from coachapp.crash import CrashHandler
from coachapp.instance_lock import InstanceLock
from coachapp.logs import PrivateLogHandler, setup_logging
from coachapp.storage.database import close_database
from coachapp.storage.journal_key import key_file_for
from tests.conftest import NOW

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: ACLs)")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most desktops give: new files readable by everyone unless said otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def root_logging() -> Iterator[None]:
    """The test's log handlers are removed afterwards, and the root logger's level restored."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_data_folder_journal_backups_and_settings(tmp_path: Path) -> None:
    paths = resolve_paths(str(tmp_path / "data"))
    prepare_paths(paths)
    for folder in (paths.data, paths.logs, paths.backups):
        assert mode(folder) == 0o700, folder
    settings = Settings(paths.settings_file)
    settings.set("backup.keep", 12)
    journal = open_journal(paths, settings, FixedClock(NOW))
    try:
        backup = journal.backups.create("manual")
        protection.protect(journal, "trois mots simples", "trois mots simples")
        for path in (
            paths.database,
            backup,
            key_file_for(paths.database),
            key_file_for(backup),
            paths.settings_file,
        ):
            assert mode(path) == 0o600, path
    finally:
        close_database()


def test_log_files_first_and_after_a_rotation(tmp_path: Path, root_logging: None) -> None:
    log_file = tmp_path / "logs" / "coachapp.log"
    assert setup_logging(log_file) == log_file
    logging.getLogger("coachapp.test").info("Opened the journal")
    assert mode(log_file.parent) == 0o700
    assert mode(log_file) == 0o600
    (handler,) = [
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(log_file)
    ]
    assert isinstance(handler, PrivateLogHandler)
    handler.rotate()
    logging.getLogger("coachapp.test").info("After the rotation")
    assert mode(log_file) == 0o600
    assert mode(log_file.with_name("coachapp.log.1")) == 0o600


def test_a_log_an_earlier_version_left_readable_is_made_private(
    tmp_path: Path, root_logging: None
) -> None:
    log_file = tmp_path / "coachapp.log"
    log_file.write_text("2026-11-24 earlier lines\n", encoding="utf-8")
    log_file.chmod(0o644)
    setup_logging(log_file)
    assert mode(log_file) == 0o600
    assert log_file.read_text(encoding="utf-8").startswith("2026-11-24 earlier lines\n")


def test_the_native_crash_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faulthandler, "enable", lambda **_options: None)  # pytest keeps its own
    handler = CrashHandler()
    handler.enable_faulthandler(tmp_path)
    try:
        assert mode(tmp_path / "native-crash.log") == 0o600
    finally:
        assert handler._fault_file is not None
        handler._fault_file.close()


def test_the_lock_file(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "coachapp.lock")
    lock.acquire(NOW)
    try:
        assert mode(tmp_path / "coachapp.lock") == 0o600
    finally:
        lock.release()


def test_the_log_starts_a_new_file_at_its_size_limit_and_keeps_the_last_ones(
    tmp_path: Path,
) -> None:
    log_file = tmp_path / "coachapp.log"
    handler = PrivateLogHandler(log_file, max_bytes=300, keep=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("coachapp.test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(40):
            logger.warning("line %02d of what the app did, long enough to fill", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["coachapp.log", "coachapp.log.1", "coachapp.log.2"]
    for name in kept:
        assert (tmp_path / name).stat().st_size <= 300
        assert mode(tmp_path / name) == 0o600
    newest = log_file.read_text(encoding="utf-8").splitlines()
    assert newest[-1].startswith("line 39 ")
    older = (tmp_path / "coachapp.log.1").read_text(encoding="utf-8").splitlines()
    assert int(older[-1].split()[1]) + 1 == int(newest[0].split()[1])  # nothing lost between
