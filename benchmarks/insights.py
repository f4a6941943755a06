"""Every insight of the Insights view on a large demo journal (21,000 entries over five years),
for the last twelve months and since the start, against a floor measured in the same run: a
plain `SELECT count(*)` over the entries through raw sqlite3.

Target (issue #10): computing all insights under 300 ms (median).

    python benchmarks/insights.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET_MS = 300


def median_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    from coachapp.clock import SystemClock  # noqa: PLC0415
    from coachapp.config import Settings, prepare_paths, resolve_paths  # noqa: PLC0415
    from coachapp.context import open_journal  # noqa: PLC0415
    from coachapp.services.insights import InsightsService  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="coachapp-bench-") as folder:
        data = Path(folder) / "data"
        subprocess.run(
            [sys.executable, "-m", "coachapp", "--data-dir", str(data), "demo", "--size", "large"],
            check=True, cwd=ROOT, capture_output=True,
        )  # fmt: skip
        paths = resolve_paths(str(data))
        prepare_paths(paths)
        journal = open_journal(paths, Settings(paths.settings_file), SystemClock())
        service = InsightsService(journal.experiments, journal.entries)
        today = journal.prompts.today()
        start = service.first_day() or today
        raw = sqlite3.connect(paths.database)
        floor = median_ms(lambda: raw.execute("SELECT count(*) FROM entry").fetchone(), args.repeat)
        year = median_ms(lambda: service.compute(today - timedelta(days=364), today, today),
                         args.repeat)  # fmt: skip
        everything = median_ms(lambda: service.compute(start, today, today), args.repeat)
        entries = raw.execute("SELECT count(*) FROM entry").fetchone()[0]
        raw.close()
        journal.close()
    print(f"{entries} entries from {start} to {today}")
    print(f"{'work':<22}{'median ms':>10}")
    for name, value in (("count(*)", floor), ("insights, 12 months", year),
                        ("insights, since start", everything)):  # fmt: skip
        print(f"{name:<22}{value:>10.1f}")
    worst = max(year, everything)
    verdict = "ok" if worst < TARGET_MS else "MISSED"
    print(f"slowest: {worst:.0f} ms (target < {TARGET_MS} ms) {verdict}; "
          f"{worst / floor:.0f} x count(*)")  # fmt: skip
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
