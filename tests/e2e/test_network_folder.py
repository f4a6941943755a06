"""A data folder on a real network mount, when the machine has one to lend.

Set COACHAPP_TEST_NETWORK_DIR to a writable folder on an NFS, SMB/CIFS or sshfs mount (on a
development machine: `sshfs -p 2222 localhost:/srv/export /mnt/net`, see docs/deploy.md); the
tests are skipped otherwise. The detection and the mode are also tested on any machine with
injected mount tables (tests/unit/storage/test_network_folder.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachapp.clock import FixedClock
from coachapp.config import Settings, prepare_paths, resolve_paths
from coachapp.context import open_journal
from coachapp.storage.database import close_database
from coachapp.storage.filesystems import network_filesystem
from tests.conftest import NOW
from tests.e2e.conftest import assert_no_traceback, run_app

NETWORK_DIR = os.environ.get("COACHAPP_TEST_NETWORK_DIR", "")
pytestmark = pytest.mark.skipif(
    not NETWORK_DIR, reason="COACHAPP_TEST_NETWORK_DIR names no folder on a network mount"
)


@pytest.fixture
def data() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="coachapp-test-", dir=NETWORK_DIR))
    yield folder
    shutil.rmtree(folder)


def test_the_mount_is_seen_and_the_journal_opened_for_it(data: Path) -> None:
    assert network_filesystem(data) != ""
    paths = resolve_paths(str(data))
    prepare_paths(paths)
    journal = open_journal(paths, Settings(paths.settings_file), FixedClock(NOW))
    try:
        modes = [
            journal.database.execute_sql(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "locking_mode")
        ]
        assert modes == ["delete", "exclusive"]
        assert journal.backups.create("manual").exists()
    finally:
        close_database()
    assert sorted(p.name for p in data.glob("journal.db*")) == ["journal.db"]


def test_the_program_on_the_mount(data: Path) -> None:
    demo = run_app("--data-dir", str(data), "demo")
    assert demo.returncode == 0, demo.stderr
    assert (data / "journal.db").read_bytes()[18:20] == b"\x01\x01"  # no WAL recorded
    check = run_app("--data-dir", str(data), "self-test")
    assert_no_traceback(check)
    assert check.returncode == 0, check.stdout
    assert "OK    Journal storage: network file system (" in check.stdout
    backup = run_app("--data-dir", str(data), "backup")
    assert backup.returncode == 0, backup.stderr
    log = (data / "logs" / "coachapp.log").read_text(encoding="utf-8")
    assert "The journal is on a network file system" in log
