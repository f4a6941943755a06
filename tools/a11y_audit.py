"""Print the accessibility audit's figures and findings (tests/a11y/): what a screen reader
finds in the app with a small demo journal, read through AT-SPI from another process.

    PYTHONPATH=. .venv/bin/python tools/a11y_audit.py [--lang fr|en] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.a11y.session import (
    INSTALL,
    compare,
    describe,
    load_known,
    missing_tools,
    run_audit,
    summary,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    parser.add_argument("--json", type=Path, help="also write the whole report there")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print(f"Missing: {', '.join(missing)}. Install them: {INSTALL}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="a11y-") as work:
        report = run_audit(Path(work), args.lang)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(summary(report))
    new, stale = compare(report, load_known())
    print(f"findings: {len(report['findings'])}\n{describe(report['findings'])}")
    print(f"not on the known list: {len(new)}\nknown but gone: {len(stale)}\n{describe(stale)}")
    return 1 if new or stale else 0


if __name__ == "__main__":
    sys.exit(main())
