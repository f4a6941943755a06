"""One process per data folder, and a killed process's lock is taken over."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from coachapp.instance_lock import AlreadyRunningError, InstanceLock
from tests.conftest import NOW

HOLD_LOCK = """
import signal, sys
from datetime import datetime, UTC
from pathlib import Path
from coachapp.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire(datetime.now(UTC))
print("locked", flush=True)
signal.pause()  # holds the lock until killed
"""


def test_second_holder_is_refused_then_admitted(tmp_path: Path) -> None:
    path = tmp_path / "coachapp.lock"
    first = InstanceLock(path)
    first.acquire(NOW)
    with pytest.raises(AlreadyRunningError) as caught:
        InstanceLock(path).acquire(NOW)
    assert caught.value.holder["pid"] == os.getpid()
    assert f"process {os.getpid()}" in str(caught.value)
    first.release()
    with InstanceLock(path) as second:
        second.acquire(NOW)
        assert second.held


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")
def test_lock_of_a_killed_process_is_taken_over(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "coachapp.lock"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunningError):
            InstanceLock(path).acquire(NOW)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()
    lock = InstanceLock(path)
    with caplog.at_level(logging.WARNING, logger="coachapp.lock"):
        lock.acquire(NOW)  # the killed process is gone once waited for, and its lock with it
    assert f"left by process {child.pid}" in caplog.text
    lock.release()
