"""Running the real `coachapp` program in child processes, as IT and scripts do."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def app_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACHAPP_")}
    # Never the machine's own policy, unless a test gives one.
    env["COACHAPP_POLICY"] = str(ROOT / "tests" / "no-machine-policy.json")
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **extra)
    return env


def run_app(
    *args: str, prefix: Sequence[str] = (), timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """`python -m coachapp ARGS` in English, offscreen; output captured."""
    command = [*prefix, sys.executable, "-m", "coachapp", "--lang", "en", *args]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=app_env(**env),
        cwd=ROOT,
        check=False,
    )


def as_unprivileged() -> list[str]:
    """A command prefix that drops to an ordinary user when the tests run as root.

    Root may write anywhere, so "not writable" can only be shown by someone else.
    """
    if os.geteuid() != 0:
        return []
    prefix = ["setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups"]
    try:
        probe = subprocess.run(
            [*prefix, sys.executable, "-c", "import coachapp"],
            capture_output=True,
            env=app_env(),
            cwd=ROOT,
            check=False,
        )
    except FileNotFoundError:
        pytest.skip("setpriv is not available to drop root privileges")
    if probe.returncode != 0:
        pytest.skip("an unprivileged user cannot run this Python")
    return prefix


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
