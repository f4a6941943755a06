"""The prompt engine on a large demo journal (21,000 entries): every rule of the built-in pack
evaluated for one day, from the database to the ranked prompts, against a floor measured in
the same run: a plain `SELECT count(*)` over the entries through raw sqlite3.

  gather    reading the facts (the engine's few queries)
  evaluate  the rules over those facts
  total     both: what the Today view and `coachapp prompts` pay (target median < 100 ms)

    python benchmarks/prompts.py [--repeat 30]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from demo_journal import large_demo, median_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    from coachapp.coaching.engine import evaluate  # noqa: PLC0415
    from coachapp.services.today.prompts import gather_facts  # noqa: PLC0415

    with large_demo() as journal:
        service = journal.prompts
        rules = list(service.pack.rules.values())  # the pack is read once, not measured
        today = service.today()
        facts = gather_facts(today)
        raw = sqlite3.connect(journal.paths.database)
        floor = median_ms(lambda: raw.execute("SELECT count(*) FROM entry").fetchone(), args.repeat)
        gather = median_ms(lambda: gather_facts(today), args.repeat)
        rules_only = median_ms(lambda: evaluate(rules, facts), args.repeat)
        total = median_ms(lambda: evaluate(rules, gather_facts(today)), args.repeat)
        count = len(evaluate(rules, facts))
        raw.close()
    recent = sum(len(days) for days in facts.kind_days.values())
    print(f"{len(rules)} rules, {recent} entries in their window, {count} prompts on {today}")
    print(f"{'step':<10}{'median ms':>10}")
    for name, value in (("count(*)", floor), ("gather", gather), ("evaluate", rules_only),
                        ("total", total)):  # fmt: skip
        print(f"{name:<10}{value:>10.2f}")
    verdict = "ok" if total < 100 else "MISSED"
    print(f"total: {total:.1f} ms (target < 100 ms) {verdict}; {total / floor:.0f} x count(*)")
    return 0 if total < 100 else 1


if __name__ == "__main__":
    sys.exit(main())
