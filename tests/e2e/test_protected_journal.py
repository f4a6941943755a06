"""A protected journal from outside: commands ask for its passphrase, and a conversion killed at
any moment leaves a journal that opens, whole, in one form or the other."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachapp import protection
from coachapp.clock import FixedClock
from coachapp.config import Settings, prepare_paths, resolve_paths
from coachapp.context import open_journal
from coachapp.protection import JournalState, journal_state
from coachapp.storage.database import check_file, close_database
from tests.conftest import NOW
from tests.e2e.conftest import ROOT, app_env, assert_no_traceback, run_app

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals"),
]

PASSPHRASE = "une phrase de passe"
KILLS = int(os.environ.get("COACHAPP_CONVERSION_KILLS", "10"))

# Protects then unprotects the journal over and over, saying which form each finished in.
CONVERTER = r"""
import sys
from coachapp import protection
from coachapp.clock import SystemClock
from coachapp.config import Settings, resolve_paths
from coachapp.context import open_journal
paths = resolve_paths(sys.argv[1])
protection.settle(paths.database)
state = protection.journal_state(paths.database)
key = protection.unlock(paths.database, sys.argv[2]) if state.value == "protected" else None
journal = open_journal(paths, Settings(paths.settings_file), SystemClock(), key)
print("ready", flush=True)
while True:
    if journal.protected:
        protection.unprotect(journal, sys.argv[2])
    else:
        protection.protect(journal, sys.argv[2], sys.argv[2])
    print("converted", "protected" if journal.protected else "plain", flush=True)
"""


def demo(data: Path) -> int:
    result = run_app("--data-dir", str(data), "demo", "--size", "small", "--seed", "3")
    assert result.returncode == 0, result.stderr
    paths = resolve_paths(str(data))
    journal = open_journal(paths, Settings(paths.settings_file), FixedClock(NOW))
    try:
        return journal.entries.count()
    finally:
        journal.close()


def test_commands_ask_for_the_passphrase(tmp_path: Path) -> None:
    data = tmp_path / "data"
    entries = demo(data)
    paths = resolve_paths(str(data))
    journal = open_journal(paths, Settings(paths.settings_file), FixedClock(NOW))
    protection.protect(journal, PASSPHRASE, PASSPHRASE)
    journal.close()
    out = tmp_path / "out.json"
    refused = run_app("--data-dir", str(data), "export", "--format", "json", "--out", str(out))
    assert refused.returncode == 1
    assert "The journal is protected" in refused.stderr
    assert "COACHAPP_PASSPHRASE" in refused.stderr
    wrong = run_app(
        "--data-dir", str(data), "export", "--format", "json", "--out", str(out),
        COACHAPP_PASSPHRASE="pas celle-ci",
    )  # fmt: skip
    assert wrong.returncode == 1
    assert "does not open the journal" in wrong.stderr
    assert not out.exists()
    right = run_app(
        "--data-dir", str(data), "export", "--format", "json", "--out", str(out),
        COACHAPP_PASSPHRASE=PASSPHRASE,
    )  # fmt: skip
    assert right.returncode == 0, right.stderr
    assert out.read_text(encoding="utf-8").count('"title"') >= entries
    for result in (refused, wrong, right):
        assert_no_traceback(result)
    selftest = run_app("--data-dir", str(data), "self-test")
    assert "protected by a passphrase" in selftest.stdout
    assert "SQLCipher" in selftest.stdout


def open_whole(data: Path) -> tuple[JournalState, int]:
    """Open the journal as the app would after a crash: tidy, unlock if needed, count."""
    paths = resolve_paths(str(data))
    protection.settle(paths.database)
    state = journal_state(paths.database)
    key = protection.unlock(paths.database, PASSPHRASE) if state is JournalState.PROTECTED else None
    assert check_file(paths.database, key) == []
    journal = open_journal(paths, Settings(paths.settings_file), FixedClock(NOW), key)
    try:
        return state, journal.entries.count()
    finally:
        close_database()


def converter(data: Path) -> subprocess.Popen[str]:
    """A process that protects and unprotects the journal in turn until it is killed."""
    return subprocess.Popen(
        [sys.executable, "-c", CONVERTER, str(data), PASSPHRASE],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=app_env(), cwd=ROOT,
    )  # fmt: skip


def one_conversion(data: Path) -> float:
    """Seconds one conversion takes here now (the journal is left converted once)."""
    child = converter(data)
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready"
        started = time.monotonic()
        assert child.stdout.readline().startswith("converted")
        return time.monotonic() - started
    finally:
        child.kill()
        child.communicate(timeout=30)


def test_conversion_killed_at_any_moment_leaves_a_whole_journal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    entries = demo(data)
    prepare_paths(resolve_paths(str(data)))
    chance = random.Random(11)
    forms: set[JournalState] = set()
    conversions = 0
    # Kills fall anywhere in the first two conversions or so, however long one takes on this
    # machine now (half a second when idle, several when it is busy).
    window = 2.4 * one_conversion(data)
    for _kill in range(KILLS):
        child = converter(data)
        assert child.stdout is not None
        try:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(chance.uniform(0.0, window))
            child.send_signal(signal.SIGKILL)
            done = child.stdout.read()
        finally:
            child.kill()
            child.wait(timeout=30)
            child.stdout.close()
            assert child.stderr is not None
            errors = child.stderr.read()
            child.stderr.close()
        assert "Traceback" not in errors, errors
        conversions += done.count("converted")
        state, count = open_whole(data)
        forms.add(state)
        assert count == entries
    paths = resolve_paths(str(data))
    leftovers = [
        p.name for p in data.iterdir() if p.name.endswith((".converting", ".before-conversion"))
    ]
    assert leftovers == []
    assert not list(paths.backups.glob("*.converting"))
    print(f"{KILLS} kills during {conversions} conversions: journal whole every time")
    if KILLS >= 10:
        assert forms == {JournalState.PLAIN, JournalState.PROTECTED}
