"""Running the AT-SPI audit from the test suite or `tools/a11y_audit.py`.

A small demo journal, Xvfb, a session D-Bus and, inside it, `auditor.py` under the
distribution's python3 (which has `pyatspi`); the app itself runs from the venv. Findings are
compared with `known_findings.json`, the shrinking list of what is known and why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
KNOWN = HERE / "known_findings.json"
SYSTEM_PYTHON = "/usr/bin/python3"
INSTALL = "sudo apt-get install -y xvfb at-spi2-core python3-pyatspi dbus-x11"
KINDS = {
    "unnamed": "interactive elements without a name",
    "trap": "keyboard traps",
    "opaque": "focusable boards or charts without children",
    "focus": "tab stops whose focus changes no pixel",
    "unvisited": "dialogs the audit could not open",
}

Finding = dict[str, str]


def missing_tools() -> list[str]:
    """What the audit needs and this machine lacks."""
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    if (
        not Path(SYSTEM_PYTHON).exists()
        or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
    ):
        missing.append("python3-pyatspi")
    return missing


def _demo(data: Path, lang: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data), "demo", "--size", "small",
         "--lang", lang],
        cwd=ROOT, env=env, check=True, capture_output=True, timeout=300,
    )  # fmt: skip


def run_audit(work: Path, lang: str = "fr") -> dict[str, Any]:
    """The auditor's report on the app showing a small demo journal in `lang`."""
    data, screen, out = work / "journal", work / "screen", work / "report.json"
    screen.mkdir(parents=True)
    _demo(data, lang)
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-fbdir",
         str(screen), "-nolisten", "tcp"],
        pass_fds=(write,), stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        env = {
            k: v for k, v in os.environ.items() if k not in {"WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
        }
        env["DISPLAY"] = f":{display}"
        subprocess.run(
            ["dbus-run-session", "--", SYSTEM_PYTHON, str(HERE / "auditor.py"),
             "--data-dir", str(data), "--python", sys.executable, "--root", str(ROOT),
             "--lang", lang, "--screen", str(screen / "Xvfb_screen0"), "--out", str(out)],
            env=env, check=True, capture_output=True, timeout=900,
        )  # fmt: skip
    finally:
        server.terminate()
        server.wait(30)
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report


def _key(finding: Finding) -> tuple[str, str, str]:
    return finding["kind"], finding["role"], finding["id"]


def load_known(path: Path = KNOWN) -> list[Finding]:
    entries: list[Finding] = json.loads(path.read_text(encoding="utf-8"))["known"]
    return entries


def compare(report: dict[str, Any], known: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """The findings not on the known list, and the known ones the audit no longer finds."""
    found = {_key(f) for f in report["findings"]}
    listed = {_key(f) for f in known}
    return (
        [f for f in report["findings"] if _key(f) not in listed],
        [f for f in known if _key(f) not in found],
    )


def summary(report: dict[str, Any]) -> str:
    """The figures, as the audit's note gives them."""
    places = report["places"]
    counts = Counter(f["kind"] for f in report["findings"])
    lines = [f"elements checked: {sum(p['checked'] for p in places.values())}"]
    lines += [f"{text}: {counts.get(kind, 0)}" for kind, text in KINDS.items()]
    lines.append("tab stops per place:")
    lines += [f"  {name}: {place['tab_stops']}" for name, place in places.items()]
    return "\n".join(lines)


def describe(findings: list[Finding]) -> str:
    return "\n".join(f"  {f['kind']} {f['role']} {f['id']} ({f['place']})" for f in findings)
