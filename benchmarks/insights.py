"""Every insight of the Insights view on a large demo journal (21,000 entries over five years),
for the last twelve months and since the start, against a floor measured in the same run: a
plain `SELECT count(*)` over the entries through raw sqlite3.

Target (issue #10): computing all insights under 300 ms (median).

    python benchmarks/insights.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import timedelta

from demo_journal import large_demo, median_ms

TARGET_MS = 300


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    from coachapp.services.insights.insights import InsightsService  # noqa: PLC0415

    with large_demo() as journal:
        service = InsightsService(journal.experiments, journal.entries)
        today = journal.prompts.today()
        start = service.first_day() or today
        raw = sqlite3.connect(journal.paths.database)
        floor = median_ms(lambda: raw.execute("SELECT count(*) FROM entry").fetchone(), args.repeat)
        year = median_ms(lambda: service.compute(today - timedelta(days=364), today, today),
                         args.repeat)  # fmt: skip
        everything = median_ms(lambda: service.compute(start, today, today), args.repeat)
        entries = raw.execute("SELECT count(*) FROM entry").fetchone()[0]
        raw.close()
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
