"""The command line as IT, scripts and support use it: clear output, meaningful exit codes."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coachapp import __version__
from coachapp.exchange.feedback import Review
from coachapp.exchange.journal_json import schema_problems
from coachapp.storage.sqlite_file import LATEST_VERSION
from tests.e2e.conftest import ROOT, app_env, as_unprivileged, assert_no_traceback, run_app

pytestmark = pytest.mark.slow


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def read_only_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="coachapp-ro-"))
    folder.chmod(
        stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH
    )
    yield folder
    folder.chmod(stat.S_IRWXU)
    folder.rmdir()


def people(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT name FROM person WHERE deleted_at IS NULL")
        return sorted(name for (name,) in rows)


def test_version() -> None:
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"CoachApp {__version__}"


def test_main_py_is_the_same_program() -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "--version"],
        capture_output=True, text=True, cwd=ROOT, env=app_env(), check=False,
    )  # fmt: skip
    assert result.stdout.strip() == f"CoachApp {__version__}"


def test_large_demo_then_self_test(data: Path) -> None:
    demo = run_app("--data-dir", str(data), "demo", "--size", "large")
    assert demo.returncode == 0, demo.stderr
    # Some figures follow the day the demo is written for (check-ins, plans): not fixed here.
    assert re.search(
        r"Demo journal written: 210\d\d entries, 18 rituals, 14 delegations, \d+ skills in "
        r"plans, 18 experiments, 146 people\.",
        demo.stdout,
    ), demo.stdout
    check = run_app("self-test", "--data-dir", str(data))
    assert check.returncode == 0, check.stdout
    assert "All checks passed." in check.stdout
    assert f"OK    Journal: format {LATEST_VERSION}, healthy, writable" in check.stdout
    assert len(people(data / "journal.db")) > 100
    # In French, each check's name and result as French typography has them.
    french = run_app("self-test", "--data-dir", str(data), "--lang", "fr")
    assert "Toutes les vérifications ont réussi." in french.stdout
    assert f"OK    Journal\u00a0: format {LATEST_VERSION}, sain" in french.stdout, french.stdout
    prompts = run_app("--data-dir", str(data), "prompts", "--at", "2031-01-15")
    assert prompts.returncode == 0, prompts.stderr
    lines = prompts.stdout.splitlines()
    assert re.fullmatch(r"\d+ prompts on 15 January 2031", lines[0])
    assert "[MGR] MGR-5  What mattered this week? A few lines are enough." in lines
    assert any(line.startswith("Question of the day: ") for line in lines)
    exported = run_app("--data-dir", str(data), "export", "--format", "json",
                       "--out", str(data / "journal.json"))  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    document = json.loads((data / "journal.json").read_text("utf-8"))
    assert schema_problems(document) == []
    assert len(document["people"]) == 146 and len(document["entries"]) > 18_000


def test_data_dir_from_the_environment(data: Path) -> None:
    result = run_app("demo", COACHAPP_DATA_DIR=str(data))
    assert result.returncode == 0, result.stderr
    assert (data / "journal.db").exists()
    assert (data / "logs" / "coachapp.log").exists()


def test_demo_refuses_existing_data_and_force_backs_up(data: Path) -> None:
    assert run_app("--data-dir", str(data), "demo", "--seed", "3").returncode == 0
    again = run_app("--data-dir", str(data), "demo", "--seed", "4")
    assert again.returncode == 1
    assert "already holds data" in again.stderr
    assert_no_traceback(again)
    before = people(data / "journal.db")
    forced = run_app("--data-dir", str(data), "demo", "--seed", "4", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "Existing journal backed up to" in forced.stdout
    assert people(data / "journal.db") != before
    (backup,) = (data / "backups").glob("*-before-demo.db")
    assert people(backup) == before


def test_a_file_as_data_dir_is_refused_clearly(tmp_path: Path) -> None:
    file = tmp_path / "not-a-folder"
    file.write_text("x", encoding="utf-8")
    for args in (("demo",), ("backup",), ("self-test",)):
        result = run_app("--data-dir", str(file), *args)
        assert result.returncode != 0, args
        assert_no_traceback(result)
        assert "is a file, not a folder" in result.stdout + result.stderr
    assert file.read_text(encoding="utf-8") == "x"


def test_an_unwritable_data_dir_is_refused_clearly(read_only_folder: Path) -> None:
    prefix = as_unprivileged()
    demo = run_app("--data-dir", str(read_only_folder), "demo", prefix=prefix)
    assert demo.returncode == 2
    assert_no_traceback(demo)
    assert "is not writable" in demo.stderr
    check = run_app("self-test", "--data-dir", str(read_only_folder), prefix=prefix)
    assert check.returncode == 1
    assert_no_traceback(check)
    assert "FAIL  Data folder: The folder" in check.stdout
    assert "is not writable" in check.stdout
    assert "1 check failed." in check.stdout or "checks failed." in check.stdout
    assert list(read_only_folder.iterdir()) == []


def test_backup_and_restore(data: Path, tmp_path: Path) -> None:
    assert run_app("--data-dir", str(data), "demo", "--seed", "5").returncode == 0
    original = people(data / "journal.db")
    target = tmp_path / "copy.db"
    backup = run_app("--data-dir", str(data), "backup", "--out", str(target))
    assert backup.returncode == 0, backup.stderr
    assert f"Backup written to {target}" in backup.stdout
    assert run_app("--data-dir", str(data), "demo", "--seed", "6", "--force").returncode == 0
    assert people(data / "journal.db") != original
    restore = run_app("--data-dir", str(data), "restore", str(target))
    assert restore.returncode == 0, restore.stderr
    assert "The previous journal was kept as" in restore.stdout
    assert people(data / "journal.db") == original


def test_restore_of_a_bad_file_changes_nothing(data: Path, tmp_path: Path) -> None:
    assert run_app("--data-dir", str(data), "demo").returncode == 0
    before = people(data / "journal.db")
    bad = tmp_path / "holiday-photos.db"
    bad.write_bytes(os.urandom(8192))
    result = run_app("--data-dir", str(data), "restore", str(bad))
    assert result.returncode == 1
    assert "is not a CoachApp journal; nothing was changed." in result.stderr
    assert_no_traceback(result)
    assert people(data / "journal.db") == before
    missing = run_app("--data-dir", str(data), "restore", str(tmp_path / "nope.db"))
    assert missing.returncode == 1
    assert_no_traceback(missing)


def start_gui(data: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "coachapp", "--data-dir", str(data), "--no-crash-dialog"],
        env=app_env(), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def wait_for_lock(data: Path, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    lock = data / "coachapp.lock"
    while not (lock.exists() and f'"pid": {child.pid}' in lock.read_text(encoding="utf-8")):
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
        assert time.monotonic() < deadline, "the GUI did not start"
        time.sleep(0.1)


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")
def test_running_gui_blocks_writers_and_a_killed_one_does_not(data: Path) -> None:
    gui = start_gui(data)
    try:
        wait_for_lock(data, gui)
        refused = run_app("--data-dir", str(data), "demo")
        assert refused.returncode == 1
        assert f"CoachApp is already running with this data folder (process {gui.pid})" in (
            refused.stderr
        )
        assert run_app("--data-dir", str(data), "backup").returncode == 0
    finally:
        gui.send_signal(signal.SIGKILL)
        gui.wait(timeout=30)
        if gui.stderr is not None:
            gui.stderr.close()
    after = run_app("--data-dir", str(data), "demo")
    assert after.returncode == 0, after.stderr
    log = (data / "logs" / "coachapp.log").read_text(encoding="utf-8")
    assert f"Taking over the lock left by process {gui.pid}" in log


def test_gui_starts_and_quits_after_first_paint(data: Path) -> None:
    result = run_app("--data-dir", str(data), "--exit-after-first-paint", "--no-crash-dialog")
    assert result.returncode == 0, result.stderr
    assert (data / "journal.db").exists()
    assert "Traceback" not in result.stderr


def test_export_rituals_to_a_calendar_file(data: Path, tmp_path: Path) -> None:
    assert run_app("--data-dir", str(data), "demo").returncode == 0
    target = tmp_path / "rituals.ics"
    result = run_app("--data-dir", str(data), "export", "--format", "ics", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert "written to" in result.stdout
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") >= 1
    wrong = run_app("--data-dir", str(data), "export", "--format", "ics", "--out", str(target),
                    "--from", "2026-12-31", "--to", "2026-01-01")  # fmt: skip
    assert wrong.returncode == 1
    assert "The last day comes before the first day." in wrong.stderr
    bad_date = run_app("--data-dir", str(data), "export", "--format", "ics", "--out",
                       str(target), "--from", "31/12/2026")  # fmt: skip
    assert bad_date.returncode == 2
    assert "is not a date like 2026-12-31" in bad_date.stderr
    assert_no_traceback(bad_date)


def test_export_then_import_on_another_workstation(data: Path, tmp_path: Path) -> None:
    assert run_app("--data-dir", str(data), "demo").returncode == 0
    export = tmp_path / "journal.json"
    written = run_app("--data-dir", str(data), "export", "--format", "json", "--out", str(export),
                      "--include-private")  # fmt: skip
    assert written.returncode == 0, written.stderr
    other = tmp_path / "other"
    first = run_app("--data-dir", str(other), "import", str(export), "--mine")  # another journal
    assert first.returncode == 0, first.stderr
    assert re.search(r"Imported: \d+ records added, 0 updated, 0 unchanged", first.stdout)
    again = run_app("--data-dir", str(other), "import", str(export))  # now the same journal
    assert "Imported: 0 records added, 0 updated" in again.stdout
    foreign = tmp_path / "notes.json"
    foreign.write_text('{"hello": "world"}', encoding="utf-8")
    refused = run_app("--data-dir", str(other), "import", str(foreign))
    assert refused.returncode != 0
    assert (
        f"{foreign} is neither a CoachApp journal export nor a coach's feedback file."
        in refused.stderr
    )


def test_export_parts_then_bring_a_coachs_feedback_back(data: Path, tmp_path: Path) -> None:
    assert run_app("--data-dir", str(data), "demo").returncode == 0
    export = tmp_path / "entries.json"
    written = run_app("--data-dir", str(data), "export", "--format", "json", "--out", str(export),
                      "--sections", "entries,people")  # fmt: skip
    assert written.returncode == 0, written.stderr
    document = json.loads(export.read_text(encoding="utf-8"))
    assert {"entries", "people"} <= document.keys()
    assert not {"rituals", "delegations", "experiments"} & document.keys()
    wrong = run_app("--data-dir", str(data), "export", "--format", "json", "--out", str(export),
                    "--sections", "entries,budget")  # fmt: skip
    assert wrong.returncode == 2 and "unknown parts: budget" in wrong.stderr

    entry = document["entries"][0]
    review = Review.start(document, "Claire", datetime.now(UTC))
    review.set_comment(
        entry["uuid"], "entries", entry["title"], "Belle avancée.", datetime.now(UTC)
    )
    feedback = tmp_path / "feedback.json"
    review.save(feedback)
    first = run_app("--data-dir", str(data), "import", str(feedback))
    assert first.returncode == 0, first.stderr
    assert "Coach feedback: 1 new comment, 0 changed by the coach, 0 already here." in first.stdout
    again = run_app("--data-dir", str(data), "import", str(feedback))
    assert "Coach feedback: 0 new comments, 0 changed by the coach, 1 already here." in again.stdout
    with sqlite3.connect(data / "journal.db") as database:
        rows = database.execute("SELECT item_uuid, text FROM coach_comment").fetchall()
    assert rows == [(entry["uuid"], "Belle avancée.")]


def test_self_test_reports_the_machine_policy(data: Path, tmp_path: Path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({
        "format": "coachapp-policy", "schema_version": 1, "organisation": "Ville d'Exemple",
        "settings": {"backup.keep": {"value": 30, "locked": True}, "language": {"value": "fr"}},
    }), encoding="utf-8")  # fmt: skip
    good = run_app("--data-dir", str(data), "self-test", COACHAPP_POLICY=str(policy))
    assert good.returncode == 0, good.stdout
    assert f"OK    Machine policy: {policy}: defaults language; locked backup.keep" in good.stdout
    policy.write_text('{"format": "coachapp-policy", "schema_version": 1, "settings": '
                      '{"colour": {"value": "blue"}}}', encoding="utf-8")  # fmt: skip
    bad = run_app("--data-dir", str(data), "self-test", COACHAPP_POLICY=str(policy))
    assert bad.returncode == 1
    assert "FAIL  Machine policy" in bad.stdout and "settings.colour: unknown setting" in bad.stdout
    # The app itself still works under that policy.
    assert run_app("--data-dir", str(data), "prompts", COACHAPP_POLICY=str(policy)).returncode == 0


def test_a_coach_files_exports_lists_coachees_and_prepares_a_session(tmp_path: Path) -> None:
    """coachapp coaching add|list|prepare as the issue spells them, on two managers' journals
    (different seeds and languages); a pseudonymised export is never merged by accident."""
    coach = tmp_path / "coach"
    exports = []
    for seed, language in ((3, "fr"), (8, "en")):
        manager = tmp_path / f"manager-{seed}"
        made = run_app("--data-dir", str(manager), "demo", "--seed", str(seed), "--lang", language)
        assert made.returncode == 0, made.stderr
        export = tmp_path / f"journal-{seed}.json"
        written = run_app("--data-dir", str(manager), "export", "--format", "json",
                          "--out", str(export), "--pseudonymize")  # fmt: skip
        assert written.returncode == 0, written.stderr
        exports.append(export)
    refused = run_app("--data-dir", str(coach), "import", str(exports[0]))
    assert refused.returncode != 0
    assert "is pseudonymised (names replaced by aliases): it was not merged" in refused.stderr
    assert f"coachapp coaching add {exports[0]} --coachee NAME" in refused.stderr

    empty = run_app("--data-dir", str(coach), "coaching", "list")
    assert empty.returncode == 0 and "No coachee in the portfolio yet" in empty.stdout
    nameless = run_app("--data-dir", str(coach), "coaching", "add", str(exports[0]))
    assert nameless.returncode != 0 and "Give the coachee's name." in nameless.stderr
    for export, name in zip(exports, ("Claire Martin", "Sam Taylor"), strict=True):
        added = run_app("--data-dir", str(coach), "coaching", "add", str(export), "--coachee", name)
        assert added.returncode == 0, added.stderr
        assert f"{export.name} filed under {name} (1 export in their timeline)." in added.stdout
    twice = run_app("--data-dir", str(coach), "coaching", "add", str(exports[1]))
    assert twice.returncode != 0 and "in the portfolio already, under Sam Taylor" in twice.stderr

    listed = run_app("--data-dir", str(coach), "coaching", "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert sorted(line.split(" · ")[:2] for line in lines) == [
        ["Claire Martin", "1 export"], ["Sam Taylor", "1 export"],
    ]  # fmt: skip
    assert all(line.endswith("no session yet") for line in lines)

    for suffix in ("html", "pdf"):
        sheet = tmp_path / f"claire.{suffix}"
        prepared = run_app("--data-dir", str(coach), "coaching", "prepare", "claire martin",
                           "--out", str(sheet))  # fmt: skip
        assert prepared.returncode == 0, prepared.stderr
        assert f"Preparation sheet for Claire Martin written to {sheet}" in prepared.stdout
    assert "Preparing the session with Claire Martin" in (tmp_path / "claire.html").read_text(
        encoding="utf-8"
    )
    assert (tmp_path / "claire.pdf").read_bytes().startswith(b"%PDF")
    wrong = run_app("--data-dir", str(coach), "coaching", "prepare", "Claire Martin",
                    "--out", str(tmp_path / "claire.txt"))  # fmt: skip
    assert wrong.returncode != 0 and "ending in .html or .pdf" in wrong.stderr
    unknown = run_app("--data-dir", str(coach), "coaching", "prepare", "Nobody",
                      "--out", str(tmp_path / "x.html"))  # fmt: skip
    assert unknown.returncode != 0 and "No coachee called Nobody" in unknown.stderr
    assert not (coach / "journal.db").exists() or people(coach / "journal.db") == []


def test_self_test_reports_the_organisation_guide_pages(data: Path, tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "packaging" / "guide-pack-example"
    pack = tmp_path / "pack"
    shutil.copytree(example, pack)
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({
        "format": "coachapp-policy", "schema_version": 1,
        "settings": {"guide.folder": {"value": str(pack), "locked": True}},
    }), encoding="utf-8")  # fmt: skip
    good = run_app("--data-dir", str(data), "self-test", COACHAPP_POLICY=str(policy))
    assert good.returncode == 0, good.stdout
    assert f"OK    Organisation guide pages: 4 pages from {pack}" in good.stdout
    (pack / "en" / "training-contacts.md").unlink()
    bad = run_app("--data-dir", str(data), "self-test", COACHAPP_POLICY=str(policy))
    assert bad.returncode == 1
    assert (
        f"FAIL  Organisation guide pages: 3 pages from {pack}; left out: {pack / 'pack.json'}: "
        "pages[3].files.en: en/training-contacts.md: No such file or directory"
    ) in bad.stdout
    none = run_app("--data-dir", str(data), "self-test")
    assert "OK    Organisation guide pages: none" in none.stdout
