"""A coach's portfolio of 20 coachees, each with 3 one-year exports of a large demo journal
(about 4,000 entries a year), each figure beside the time the standard library takes to parse
the same JSON in the same run:

  add       one more export: read and checked against the export schema (as File > Import
            does), then filed (its facts and catalogue worked out, stored compressed)
  overview  the portfolio overview, every coachee's row (target < 300 ms)
  digest    what changed between a coachee's last two exports (target < 500 ms)
  json      json.loads of one export's text, the floor each figure is read against

The exports come from four demo journals (seeds and languages apart); each coachee's three are
those of one journal under an id of their own, made four weeks apart, each covering the year
before it. Overview and digest are timed once the exports are read in (the portfolio open).

    python benchmarks/coaching.py [--coachees 20] [--probes 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from demo_journal import ROOT, median_ms

from coachapp.clock import FixedClock, SystemClock
from coachapp.config import Settings, prepare_paths, resolve_paths
from coachapp.context import open_journal
from coachapp.exchange.journal_json import write_journal_json
from coachapp.services.coaching.workspace import Coaching, coaching_workspace
from coachapp.services.exchange.journal_export import ExportOptions, journal_document
from coachapp.services.exchange.journal_import import read_export
from coachapp.storage.database import close_database

JOURNALS = ((1, "fr"), (2, "en"), (3, "fr"), (4, "en"))
EXPORTS = 3
APART = timedelta(weeks=4)


def demo_exports(folder: Path, seed: int, language: str) -> list[dict[str, Any]]:
    """Three one-year exports of a large demo journal, made four weeks apart, oldest first."""
    data = folder / f"demo-{seed}"
    subprocess.run(
        [sys.executable, "-m", "coachapp", "--data-dir", str(data), "demo", "--size", "large",
         "--seed", str(seed), "--lang", language],
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip
    paths = resolve_paths(str(data))
    prepare_paths(paths)
    journal = open_journal(paths, Settings(paths.settings_file), SystemClock())
    try:
        end = journal.clock.now()
        documents = []
        for back in range(EXPORTS - 1, -1, -1):
            made = end - back * APART
            window = ExportOptions(first=(made - timedelta(days=365)).date(), last=made.date())
            documents.append(journal_document(FixedClock(made), window))
        return documents
    finally:
        journal.close()
        close_database()


def as_coachee(document: dict[str, Any], journal_id: str) -> dict[str, Any]:
    """The export as another manager's journal would have written it: ids of its own."""
    return {**document, "journal_id": journal_id, "export_id": str(uuid.uuid4())}


def coachees_files(root: Path, count: int) -> list[list[Path]]:
    """Each coachee's three export files: one demo journal's, under ids of their own."""
    sources = [demo_exports(root, seed, language) for seed, language in JOURNALS]
    files = []
    for number in range(count):
        journal_id = str(uuid.uuid4())
        own = []
        for index, document in enumerate(sources[number % len(sources)]):
            path = root / f"coachee-{number:02}-{index}.json"
            write_journal_json(path, as_coachee(document, journal_id))
            own.append(path)
        files.append(own)
    return files


def timed_ms(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def measure(coaching: Coaching, files: list[list[Path]], probes: int) -> dict[str, float]:
    """Every export filed, the last ones of `probes` coachees while timed; then the overview
    and the digests of `probes` coachees, the portfolio open."""
    held_back = files[-probes:]
    for number, own in enumerate(files):
        for index, path in enumerate(own):
            if index < EXPORTS - 1 or own not in held_back:
                name = f"Coachee {number:02}" if index == 0 else None
                coaching.portfolio.add(read_export(path), path, name)
    read_ms, file_ms = [], []
    for own in held_back:
        start = time.perf_counter()
        document = read_export(own[-1])
        read_ms.append((time.perf_counter() - start) * 1000)
        file_ms.append(timed_ms(lambda: coaching.portfolio.add(document, own[-1])))  # noqa: B023
    text = files[0][-1].read_text(encoding="utf-8")
    rows = coaching.overview.rows()
    assert len(rows) == len(files) and all(row.exports == EXPORTS for row in rows)
    chosen = [row.uuid for row in rows[:probes]]
    return {
        "json": median_ms(lambda: json.loads(text), probes),
        "read": statistics.median(read_ms),
        "file": statistics.median(file_ms),
        "overview": median_ms(coaching.overview.rows, probes),
        "digest": statistics.median(timed_ms(lambda: coaching.portfolio.digest(u)) for u in chosen),  # noqa: B023
        "changes": statistics.median(len(coaching.portfolio.digest(u).changes) for u in chosen),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coachees", type=int, default=20)
    parser.add_argument("--probes", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coachapp-bench-coaching-") as folder:
        root = Path(folder)
        files = coachees_files(root, args.coachees)
        sizes = [round(path.stat().st_size / 1e6, 1) for path in files[0]]
        entries = [len(read_export(path)["entries"]) for path in files[0]]
        paths = resolve_paths(str(root / "coach"))
        prepare_paths(paths)
        coaching = coaching_workspace(paths, SystemClock(), None, lambda: None)
        try:
            ms = measure(coaching, files, args.probes)
            portfolio_mb = coaching.store.path.stat().st_size / 1e6
        finally:
            coaching.close()
    floor = ms["json"]
    add = ms["read"] + ms["file"]
    print(f"{args.coachees} coachees x {EXPORTS} one-year exports of {entries} entries, "
          f"{sizes} MB; the portfolio {portfolio_mb:.0f} MB")  # fmt: skip
    print(f"json      {floor:7.1f} ms  json.loads of one export (the floor)")
    print(f"add       {add:7.1f} ms  = {add / floor:.1f} x json: read and checked against the "
          f"schema {ms['read']:.0f} ms, then filed {ms['file']:.0f} ms "
          f"({ms['file'] / floor:.1f} x json)")  # fmt: skip
    overview_ok, digest_ok = ms["overview"] < 300, ms["digest"] < 500
    print(f"overview  {ms['overview']:7.1f} ms  = {ms['overview'] / floor:.2f} x json "
          f"(target < 300 ms) {'ok' if overview_ok else 'MISSED'}")  # fmt: skip
    print(f"digest    {ms['digest']:7.1f} ms  = {ms['digest'] / floor:.2f} x json "
          f"(target < 500 ms) {'ok' if digest_ok else 'MISSED'}; "
          f"{ms['changes']:.0f} changes")  # fmt: skip
    return 0 if overview_ok and digest_ok else 1


if __name__ == "__main__":
    sys.exit(main())
