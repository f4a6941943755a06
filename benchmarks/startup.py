"""Start-up time and idle memory of CoachApp against floors measured in the same run.

Three programs are started in turn, several times, offscreen:
  F_bare  a bare PySide6 window (benchmarks/floors.py bare)
  F_deps  the same window loading peewee (database open), qtawesome (10 icons) and QtCharts
  app     `coachapp` on a large demo journal
Each reports when its first paint ended (measured from just before the process was spawned)
and its resident memory after two seconds of idling. Medians are compared; the ratios come
last. Targets (issue #2): time <= 1.25 x F_deps, memory <= 1.15 x F_deps; stretch: time <=
1.4 x F_bare.

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
TARGETS = (("time", "F_deps", 1.25), ("rss", "F_deps", 1.15), ("time", "F_bare", 1.4))


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms from spawn to end of first paint, resident MB after idling)."""
    start = time.time()
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False
    )
    values = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    if done.returncode != 0 or "first-paint-epoch" not in values:
        raise RuntimeError(f"{command[2:]} failed:\n{done.stdout}\n{done.stderr}")
    painted = float(values["first-paint-epoch"])
    return (painted - start) * 1000, int(values["rss-kb"]) / 1024


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
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():  # interleaved, so drift hits all alike
                samples[name].append(measure(command, env))
    medians = {
        name: {
            "time": statistics.median(t for t, _ in runs),
            "rss": statistics.median(m for _, m in runs),
        }
        for name, runs in samples.items()
    }
    print(
        f"{'program':<8} {'first paint ms':>15} {'idle RSS MB':>12}   ({args.runs} runs, medians)"
    )
    for name, values in medians.items():
        print(f"{name:<8} {values['time']:>15.1f} {values['rss']:>12.1f}")
    results = ROOT / "benchmarks" / "results"
    results.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (results / f"startup-{stamp}.json").write_text(
        json.dumps({"runs": args.runs, "medians": medians, "samples": samples}, indent=2),
        encoding="utf-8",
    )
    print()
    for metric, floor, target in TARGETS:
        ratio = medians["app"][metric] / medians[floor][metric]
        verdict = "ok" if ratio <= target else "MISSED"
        print(f"app/{floor} {metric}: {ratio:.2f} (target <= {target}) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
