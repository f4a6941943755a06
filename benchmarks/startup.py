"""Start-up time and idle memory of CoachApp against floors measured in the same run.

Three programs are started in turn, several times, offscreen:
  F_bare  a bare PySide6 window (benchmarks/floors.py bare)
  F_deps  the same window loading peewee (database open), qtawesome (10 icons) and QtCharts
  app     `coachapp` on a large demo journal (its icon cache warmed by the first start)
Each reports when its first paint ended (measured from just before the process was spawned)
and its resident memory after two seconds of idling. The app also reports when Today's
content was on screen (the work after the first paint done: putting work off until after the
paint cannot hide a slower start there) and its memory after every area was shown (coachapp
--bench-idle: coachapp/ui/shell/bench.py). Medians are compared; the ratios come last.
Targets (issue #22): first paint <= 2 x F_bare; memory after every area <= 1.25 x F_deps.

    python benchmarks/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# (metric of the app, floor, metric of the floor, target ratio or None for "reported only")
TARGETS = (
    ("time", "F_bare", "time", 2.0),
    ("today", "F_bare", "time", None),
    ("time", "F_deps", "time", None),
    ("rss", "F_deps", "rss", None),
    ("visited", "F_deps", "rss", 1.25),
)
METRICS = {"time": "first paint ms", "today": "Today shown ms", "rss": "idle RSS MB",
           "visited": "all areas RSS MB"}  # fmt: skip


def measure(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """ms from spawn to the end of the first paint (and of Today's content), resident MB
    after idling (and after every area was shown)."""
    start = time.time()
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False
    )
    values = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    if done.returncode != 0 or "first-paint-epoch" not in values:
        raise RuntimeError(f"{command[2:]} failed:\n{done.stdout}\n{done.stderr}")
    found = {"time": (float(values["first-paint-epoch"]) - start) * 1000,
             "rss": int(values["rss-kb"]) / 1024}  # fmt: skip
    if "today-content-epoch" in values:
        found["today"] = (float(values["today-content-epoch"]) - start) * 1000
        found["visited"] = int(values["rss-visited-kb"]) / 1024
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--idle", type=float, default=2.0)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="coachapp-bench-") as folder:
        data = Path(folder) / "data"
        subprocess.run(
            [sys.executable, "-m", "coachapp", "--data-dir", str(data), "demo", "--size", "large"],
            check=True, env=env, cwd=ROOT, capture_output=True,
        )  # fmt: skip
        database = data / "journal.db"
        idle = ["--idle", str(args.idle)]
        floors = [sys.executable, str(ROOT / "benchmarks" / "floors.py")]
        commands = {
            "F_bare": [*floors, "bare", "--database", str(database), *idle],
            "F_deps": [*floors, "deps", "--database", str(database), *idle],
            "app": [sys.executable, "-m", "coachapp", "--data-dir", str(data), "--lang", "fr",
                    "--no-crash-dialog", "--bench-idle", str(args.idle)],
        }  # fmt: skip
        # An installed app (wheel or PyInstaller bundle) runs from bytecode, like the floors'
        # libraries: compile ours too, even where PYTHONDONTWRITEBYTECODE is set.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "coachapp")],
                       check=True, capture_output=True)  # fmt: skip
        for command in commands.values():  # warm the page cache
            measure(command, env)
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():  # interleaved, so drift hits all alike
                samples[name].append(measure(command, env))
    medians = {
        name: {metric: statistics.median(run[metric] for run in runs) for metric in runs[0]}
        for name, runs in samples.items()
    }
    print(f"{'program':<8}" + "".join(f"{title:>18}" for title in METRICS.values())
          + f"   ({args.runs} runs, medians)")  # fmt: skip
    for name, values in medians.items():
        print(f"{name:<8}" + "".join(
            f"{values[metric]:>18.1f}" if metric in values else f"{'-':>18}"
            for metric in METRICS))  # fmt: skip
    results = ROOT / "benchmarks" / "results"
    results.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (results / f"startup-{stamp}.json").write_text(
        json.dumps({"runs": args.runs, "medians": medians, "samples": samples}, indent=2),
        encoding="utf-8",
    )
    print()
    # On a shared machine a run can be slowed by others (or by the host paging files out): the
    # best of the runs of each program, compared, says what the program itself needs.
    best = {name: min(run["time"] for run in runs) for name, runs in samples.items()}
    print(f"best first paint ms: app {best['app']:.1f}, F_bare {best['F_bare']:.1f}, "
          f"F_deps {best['F_deps']:.1f}; app / F_bare {best['app'] / best['F_bare']:.2f} "
          "(reported only)")  # fmt: skip
    for metric, floor, floor_metric, target in TARGETS:
        ratio = medians["app"][metric] / medians[floor][floor_metric]
        verdict = "" if target is None else (
            f" (target <= {target}) " + ("ok" if ratio <= target else "MISSED"))  # fmt: skip
        print(f"app {METRICS[metric]} / {floor} {METRICS[floor_metric]}: {ratio:.2f}{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
