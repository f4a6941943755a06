"""Two processes starting on one data folder at the same moment: exactly one owns it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, app_env

pytestmark = pytest.mark.slow

ROUNDS = 10

# Waits for the common start instant, then tries the lock; the winner keeps it until told.
CONTENDER = r"""
import sys, time
from datetime import UTC, datetime
from pathlib import Path
from coachapp.instance_lock import AlreadyRunningError, InstanceLock

lock = InstanceLock(Path(sys.argv[1]))
go = float(sys.argv[2])
print("ready", flush=True)
while time.time() < go:
    pass
try:
    lock.acquire(datetime.now(UTC))
except AlreadyRunningError as exc:
    print("refused", exc.holder.get("pid"), flush=True)
    sys.exit(0)
print("won", flush=True)
sys.stdin.readline()
lock.release()
"""


def contender(lock_file: Path, go: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CONTENDER, str(lock_file), repr(go)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=app_env(), cwd=ROOT,
    )  # fmt: skip


def test_two_processes_started_together_exactly_one_wins(tmp_path: Path) -> None:
    lock_file = tmp_path / "coachapp.lock"
    for round_number in range(ROUNDS):
        go = time.time() + 1.5  # both children are up and spinning before this instant
        children = [contender(lock_file, go), contender(lock_file, go)]
        outcomes: dict[int, list[str]] = {}
        try:
            for child in children:
                assert child.stdout is not None
                assert child.stdout.readline().split() == ["ready"]
            for child in children:
                assert child.stdout is not None
                outcomes[child.pid] = child.stdout.readline().split()
        finally:
            for child in children:
                child.communicate("\n", timeout=30)  # the winner releases; the loser is gone
        winners = [pid for pid, said in outcomes.items() if said == ["won"]]
        losers = [said for said in outcomes.values() if said and said[0] == "refused"]
        assert len(winners) == 1, f"round {round_number}: {outcomes}"
        assert len(losers) == 1, f"round {round_number}: {outcomes}"
        # The refusal names the process that won, even when both asked at the same instant.
        assert losers[0] == ["refused", str(winners[0])], f"round {round_number}: {outcomes}"
