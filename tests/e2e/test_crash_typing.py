"""A crash loses at most the last second of typing: kill a typing app and read what it saved."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, app_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals"),
]

TYPIST = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from coachapp.clock import SystemClock
from coachapp.config import Settings, prepare_paths, resolve_paths
from coachapp.context import open_journal
from coachapp.ui.shell.main_window import MainWindow

app = QApplication([])
paths = resolve_paths(sys.argv[1])
prepare_paths(paths)
journal = open_journal(paths, Settings(paths.settings_file), SystemClock())
window = MainWindow(journal)
window.show()
record = window.journal_view.new_entry()
body = window.journal_view.editor.body
body.moveCursor(QTextCursor.MoveOperation.End)
text = sys.argv[2]
print("ready", record.uuid, len(body.toPlainText()), flush=True)
typed = 0

def type_one():
    global typed
    QTest.keyClicks(body, text[typed])
    typed += 1
    print("typed", typed, time.monotonic(), flush=True)
    if typed == len(text):
        timer.stop()

timer = QTimer()
timer.timeout.connect(type_one)
timer.start(40)
app.exec()
"""

TEXT = "".join(random.Random(7).choice("abcdefghijklmnopqrstuvwxyz    ") for _ in range(400))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_while_typing_loses_at_most_a_second(tmp_path: Path, seed: int) -> None:
    kill_after = random.Random(seed).uniform(1.5, 4.0)
    child = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(tmp_path / "data"), TEXT],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=app_env(), cwd=ROOT,
    )  # fmt: skip
    assert child.stdout is not None
    typed_at: dict[int, float] = {}
    try:
        first = child.stdout.readline().split()
        assert first[0] == "ready", first
        entry_uuid, template_length = first[1], int(first[2])
        started = time.monotonic()
        for line in child.stdout:
            _word, count, when = line.split()
            typed_at[int(count)] = float(when)
            if time.monotonic() - started >= kill_after:
                break
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
    with sqlite3.connect(tmp_path / "data" / "journal.db") as database:
        (body,) = database.execute("SELECT body FROM entry WHERE uuid = ?", [entry_uuid]).fetchone()
    saved = body[template_length:]
    typed = max(typed_at)
    assert TEXT[: len(saved)] == saved, "what was saved is exactly what was typed, in order"
    typed_a_second_before = max(
        (count for count, when in typed_at.items() if when <= killed_at - 1.0), default=0
    )
    assert len(saved) >= typed_a_second_before, (len(saved), typed_a_second_before, typed)
