"""Kill the app at random moments while it writes through the services, again and again on the
same journal: the file stays whole, every committed write is there as it was committed, the
write in flight is there whole or not at all, and the app starts normally after every kill.

The child (tests/e2e/crash_writer.py) announces each write before it starts and confirms it
once the service returned. After each kill a copy of the crashed files is checked with plain
sqlite3, so that the next child, the app itself, is the first to open the originals after the
crash (and recovers their write-ahead log). `COACHAPP_SOAK_KILLS` sets the number of kills
(`make soak` asks for hundreds), `COACHAPP_SOAK_SEED` the random moments.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from tests.e2e.conftest import ROOT, app_env, assert_no_traceback, run_app
from tests.e2e.crash_writer import ERASED, entry_digest, person_digest, titled_digest

KILLS = int(os.environ.get("COACHAPP_SOAK_KILLS", "12"))
SEED = int(os.environ.get("COACHAPP_SOAK_SEED", "20261125"))
# Most kills land while the child writes; some while it opens (and recovers) the journal.
KILL_WHILE_OPENING = 0.15

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals"),
    pytest.mark.timeout(60 + 3 * KILLS),
]

Key = tuple[str, str]  # (area, UUID)


@dataclass
class Ledger:
    """What the child said: each record's last committed digest, and the write in flight."""

    committed: dict[Key, str] = field(default_factory=dict)  # ERASED once erased for good
    pending: tuple[Key, str] | None = None
    writes: int = 0

    def read(self, lines: Iterable[str]) -> None:
        for line in lines:
            if not line.endswith("\n"):
                break  # cut short by the kill
            word, *rest = line.split()
            if word == "begin":
                assert self.pending is None, f"two writes at once: {line}"
                area, record, digest = rest
                self.pending = ((area, record), digest)
            elif word == "commit":
                assert self.pending is not None, "a commit nobody began"
                key, digest = self.pending
                self.committed[key] = digest
                self.pending = None
                self.writes += 1

    def problems(self, found: dict[Key, str]) -> tuple[list[str], int]:
        """What `found` (the journal's digests) gets wrong; and how many records were checked."""
        flying = {self.pending[0]: self.pending[1]} if self.pending else {}
        keys = self.committed.keys() | found.keys() | flying.keys()
        problems = []
        for key in sorted(keys):
            allowed = {self.committed.get(key, ERASED)}
            if key in flying:
                allowed.add(flying[key])
            actual = found.get(key, ERASED)
            if actual not in allowed:
                problems.append(f"{key}: {actual} is none of {sorted(allowed)}")
        return problems, len(keys)

    def settle(self, found: dict[Key, str]) -> bool | None:
        """Take the in-flight write as the journal holds it; whether it had landed (None: no
        write was in flight)."""
        if self.pending is None:
            return None
        key, digest = self.pending
        self.pending = None
        self.committed[key] = found.get(key, ERASED)
        return self.committed[key] == digest


def stored_digests(connection: sqlite3.Connection) -> dict[Key, str]:
    """The digest of every record in the file, as the child computes them."""
    people: dict[int, list[str]] = defaultdict(list)
    for entry_id, target in connection.execute(
        "SELECT entry_id, target_uuid FROM link WHERE target_kind = 'person'"
    ):
        people[entry_id].append(target)
    found: dict[Key, str] = {}
    for entry_id, record, title, body, tags, deleted in connection.execute(
        "SELECT id, uuid, title, body, tags, deleted_at FROM entry"
    ):
        tag_list = tags.split("\n") if tags else []
        trashed = deleted is not None
        found["entry", record] = entry_digest(title, body, tag_list, people[entry_id], trashed)
    for record, name, role, team, notes, deleted in connection.execute(
        "SELECT uuid, name, role, team, notes, deleted_at FROM person"
    ):
        found["person", record] = person_digest(name, role, team, notes, deleted is not None)
    for area, column in (("ritual", "title"), ("delegation", "area"), ("experiment", "title")):
        for record, title, deleted in connection.execute(
            f"SELECT uuid, {column}, deleted_at FROM {area}"
        ):
            found[area, record] = titled_digest(area, title, deleted is not None)
    return found


def exported_digests(document: dict[str, Any]) -> dict[Key, str]:
    """The same digests, from a JSON export of the journal."""
    found: dict[Key, str] = {}
    for entry in document["entries"]:
        people = [link["uuid"] for link in entry["links"] if link["kind"] == "person"]
        found["entry", entry["uuid"]] = entry_digest(
            entry["title"], entry["body"], entry["tags"], people, entry["deleted_at"] is not None
        )
    for p in document["people"]:
        trashed = p["deleted_at"] is not None
        found["person", p["uuid"]] = person_digest(p["name"], p["role"], p["team"], p["notes"],
                                                   trashed)  # fmt: skip
    for area, section, column in (
        ("ritual", "rituals", "title"),
        ("delegation", "delegations", "area"),
        ("experiment", "experiments", "title"),
    ):
        for row in document[section]:
            trashed = row["deleted_at"] is not None
            found[area, row["uuid"]] = titled_digest(area, row[column], trashed)
    return found


def check_crashed_files(data: Path, scratch: Path) -> dict[Key, str] | None:
    """Integrity of a copy of the files as the kill left them, and the records they hold
    (None when the kill came before the journal was first created)."""
    if not (data / "journal.db").exists():
        return None
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    for name in ("journal.db", "journal.db-wal"):  # the -shm index is rebuilt from the log
        if (data / name).exists():
            shutil.copyfile(data / name, scratch / name)
    connection = sqlite3.connect(scratch / "journal.db")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # The full-text index agrees with the entries it indexes (raises when it does not).
        connection.execute("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if not version:  # killed while the very first start created the schema
            return {}
        return stored_digests(connection)
    finally:
        connection.close()


@dataclass
class Run:
    lines: list[str]
    while_opening: bool
    alive_at_kill: bool


def run_until_killed(data: Path, seed: int, rng: random.Random, log: BinaryIO) -> Run:
    """Start the writer on `data` and SIGKILL it at a random moment."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.crash_writer", str(data), str(seed)],
        stdout=subprocess.PIPE, stderr=log, text=True, encoding="utf-8", env=app_env(), cwd=ROOT,
    )  # fmt: skip
    assert child.stdout is not None
    stdout = child.stdout
    lines: list[str] = []
    reached = {"opening\n": threading.Event(), "ready\n": threading.Event()}

    def read() -> None:
        for line in stdout:
            lines.append(line)
            if line in reached:
                reached[line].set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    while_opening = rng.random() < KILL_WHILE_OPENING
    try:
        stage = reached["opening\n" if while_opening else "ready\n"]
        delay = rng.uniform(0, 0.02) if while_opening else rng.uniform(0, 0.5)
        stage.wait(timeout=30)
        time.sleep(delay)
        alive = child.poll() is None
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        reader.join(timeout=30)
        stdout.close()
    return Run(lines, while_opening, alive)


def test_sigkill_during_service_writes_loses_nothing_committed(tmp_path: Path) -> None:
    data, scratch = tmp_path / "data", tmp_path / "crashed"
    rng = random.Random(SEED)
    ledger = Ledger()
    checked = landed = lost = 0
    started = time.monotonic()
    with (tmp_path / "children.log").open("ab") as log:
        for kill in range(KILLS):
            log.write(f"--- run {kill}\n".encode())
            log.flush()
            run = run_until_killed(data, SEED * 1000 + kill, rng, log)
            log.flush()
            errors = (tmp_path / "children.log").read_text("utf-8", "replace")[-3000:]
            assert run.alive_at_kill, f"the writer stopped by itself (run {kill}):\n{errors}"
            assert run.while_opening or "ready\n" in run.lines, f"never ready:\n{errors}"
            ledger.read(run.lines)
            found = check_crashed_files(data, scratch)
            if found is None:
                assert not ledger.committed, "the journal vanished"
                continue
            problems, count = ledger.problems(found)
            assert not problems, f"after kill {kill}:\n" + "\n".join(problems[:20])
            checked += count
            in_flight = ledger.settle(found)
            landed += in_flight is True
            lost += in_flight is False

    # The app opens the journal the last kill left (recovering its log) and exports it whole.
    export = tmp_path / "after.json"
    result = run_app("--data-dir", str(data), "export", "--format", "json", "--out",
                     str(export), "--include-private")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert_no_traceback(result)
    problems, _count = ledger.problems(exported_digests(json.loads(export.read_text("utf-8"))))
    assert not problems, "the app's own export:\n" + "\n".join(problems[:20])
    selftest = run_app("--data-dir", str(data), "self-test")
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr

    live = sum(digest != ERASED for digest in ledger.committed.values())
    print(
        f"\n{KILLS} kills survived in {time.monotonic() - started:.1f} s: {ledger.writes} writes "
        f"confirmed, {live} records in the journal, {checked} record checks; writes in flight "
        f"at the kill: {landed} whole, {lost} not there"
    )
    assert ledger.writes > KILLS, "the writer hardly wrote: the kills proved little"
