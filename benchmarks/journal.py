"""The journal on a large demo journal (21,000 entries), each figure beside a floor measured
in the same run: raw sqlite3 running the very same SQL, and a bare PySide6 window.

  list      window built -> first paint of the entry list (target < 150 ms)
  page      newest 200 rows through the app vs raw sqlite3
  search    full-text search, top 200 newest, for a rare, a medium and a common word
            (target median < 30 ms and <= 2x raw FTS5)
  open      reading an entry and showing it in the editor (target < 50 ms)
  autosave  saving a body edit with the index in step, p50 and p99, against the same UPDATE
  memory    peak RSS with the journal open, against a bare window plus what raw sqlite3 needs
            to read the same data (target <= 1.5x)

With --protected, the same journal encrypted with a passphrase (SQLCipher) is measured beside
the plain one, in the same run (target: list, page and search within 1.5x of the plain journal).

    python benchmarks/journal.py [--probes 5] [--protected]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def median_ms(work: Callable[[], object], repeat: int = 20) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def hwm_kb() -> int:
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


PASSPHRASE_VARIABLE = "BENCH_PASSPHRASE"


def journal_key(database: Path) -> bytes | None:
    """The key of the protected copy (its passphrase comes from the environment)."""
    from coachapp.protection import unlock  # noqa: PLC0415

    secret = os.environ.get(PASSPHRASE_VARIABLE)
    return unlock(database, secret) if secret else None


def connect_raw(database: Path) -> Any:
    from coachapp.storage.sqlite_file import connect_file  # noqa: PLC0415

    return connect_file(database, journal_key(database))


def pick_terms(database: Path) -> dict[str, str]:
    """Words found in about 0.3 %, 3 % and 19 % of entries (../shared/PERF.md section 2)."""
    raw = connect_raw(database)
    total = raw.execute("SELECT count(*) FROM entry").fetchone()[0]
    raw.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, entry_fts, 'row')")
    rows = raw.execute("SELECT term, doc FROM temp.vocab WHERE length(term) > 3").fetchall()
    raw.close()
    terms = {}
    for name, share in (("rare", 0.003), ("medium", 0.03), ("common", 0.19)):
        term, _doc = min(rows, key=lambda row: abs(row[1] / total - share))
        terms[name] = term
    return terms


def _highlight_sql(term: str, ids: list[int]) -> tuple[str, list[object]]:
    from coachapp.storage import journal_queries as q  # noqa: PLC0415
    from coachapp.storage.fts import match_expression  # noqa: PLC0415

    marks = f"'{q.MATCH_START}', '{q.MATCH_END}'"
    sql = (
        f"SELECT rowid, highlight(entry_fts, 0, {marks}), "
        f"snippet(entry_fts, 1, {marks}, '…', 14) FROM entry_fts "
        f"WHERE entry_fts MATCH ? AND rowid IN ({', '.join('?' * len(ids))})"
    )
    return sql, [match_expression(term), *ids]


def probe(data: Path) -> dict[str, object]:  # noqa: PLR0915 (one linear measurement script)
    """Child side: everything measured inside one fresh app process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from coachapp.clock import SystemClock  # noqa: PLC0415
    from coachapp.config import Settings, resolve_paths  # noqa: PLC0415
    from coachapp.context import open_journal  # noqa: PLC0415
    from coachapp.services.journal.journal import EntryFilter  # noqa: PLC0415
    from coachapp.storage import journal_queries  # noqa: PLC0415
    from coachapp.ui.shell.main_window import MainWindow  # noqa: PLC0415

    app = QApplication([])
    paths = resolve_paths(str(data))
    key = journal_key(paths.database)
    journal = open_journal(paths, Settings(paths.settings_file), SystemClock(), key)
    painted: list[float] = []

    class Painted(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    start = time.perf_counter()
    window = MainWindow(journal)
    window.show_area(window.areas.index("journal"))
    watcher = Painted()
    window.journal_view.table.viewport().installEventFilter(watcher)
    window.show()
    while not painted:
        app.processEvents()
        if time.perf_counter() - start > 60:
            raise RuntimeError("the entry list was never painted")
    result: dict[str, object] = {"list_ms": (painted[0] - start) * 1000}
    window.refresh_icons()  # as the app does right after the first paint

    raw = connect_raw(paths.database)
    # (name, what the app does, the same SQL through raw sqlite3, repetitions)
    pairs: list[tuple[str, Callable[[], object], Callable[[], object], int]] = []
    everything = EntryFilter()
    page_sql, page_params = journal_queries.page_sql(everything._criteria, None, 200)
    pairs.append(
        (
            "page",
            lambda: journal.entries.page(everything),
            lambda: raw.execute(page_sql, page_params).fetchall(),
            20,
        )
    )
    terms = pick_terms(paths.database)
    result["terms"] = terms
    for name, term in terms.items():
        where = EntryFilter(text=term)
        search_sql, params = journal_queries.page_sql(where._criteria, None, 200)

        def search(w: EntryFilter = where) -> None:
            rows = journal.entries.page(w)
            journal.entries.highlights(w, rows[:40])  # the rows a screen shows

        def search_raw(s: str = search_sql, p: list[object] = params, t: str = term) -> None:
            ids = [row[0] for row in raw.execute(s, p).fetchall()]
            sql, marked = _highlight_sql(t, ids[:40])
            raw.execute(sql, marked).fetchall()

        pairs.append((f"search_{name}", search, search_raw, 20))
        result[f"search_{name}_hits"] = journal.entries.count(where)

    uuids = [row[0] for row in raw.execute("SELECT uuid FROM entry WHERE deleted_at IS NULL")]
    chosen = random.Random(3).sample(uuids, 30)
    editor = window.journal_view.editor
    cycle = iter(chosen * 3)

    def open_one() -> None:
        editor.show_entry(journal.entries.get(next(cycle)))
        app.processEvents()

    def open_raw() -> None:
        entry_uuid = next(cycle)
        (entry_id,) = raw.execute("SELECT id FROM entry WHERE uuid = ?", [entry_uuid]).fetchone()
        raw.execute("SELECT * FROM entry WHERE id = ?", [entry_id]).fetchall()
        raw.execute("SELECT pillar FROM entry_pillar WHERE entry_id = ?", [entry_id]).fetchall()
        raw.execute("SELECT target_uuid FROM link WHERE entry_id = ?", [entry_id]).fetchall()

    pairs.append(("open", open_one, open_raw, 30))
    for name, app_work, _raw_work, repeat in pairs:
        result[f"{name}_ms"] = median_ms(app_work, repeat)
    result["hwm_kb"] = hwm_kb()  # the app's peak, before the raw floors run beside it
    for name, _app_work, raw_work, repeat in pairs:
        result[f"{name}_raw_ms"] = median_ms(raw_work, repeat)
    result.update(autosave_latency(journal, raw, chosen[0]))
    window.close()
    journal.close()
    return result


def autosave_latency(journal: Any, raw: Any, entry_uuid: str) -> dict[str, float]:
    """One autosave (a body edit, committed, index kept in step): p50 and p99 over 300 saves,
    against the same UPDATE committed through raw sqlite3 (the index triggers fire for both)."""
    from coachapp.services.journal.journal import EntryDraft  # noqa: PLC0415

    record = journal.entries.get(entry_uuid)
    (entry_id,) = raw.execute("SELECT id FROM entry WHERE uuid = ?", [entry_uuid]).fetchone()
    app_times, raw_times = [], []
    body = record.draft.body
    for i in range(300):
        body += "a" if i % 2 else " "
        draft: EntryDraft = replace(record.draft, body=body)
        start = time.perf_counter()
        journal.entries.update(entry_uuid, draft)
        app_times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        raw.execute("UPDATE entry SET body = ? WHERE id = ?", [body + "b", entry_id])
        raw.commit()
        raw_times.append((time.perf_counter() - start) * 1000)
    journal.entries.update(entry_uuid, record.draft)

    def p99(values: list[float]) -> float:
        return sorted(values)[int(len(values) * 0.99) - 1]

    return {
        "autosave_p50_ms": statistics.median(app_times),
        "autosave_p50_raw_ms": statistics.median(raw_times),
        "autosave_p99_ms": p99(app_times),
        "autosave_p99_raw_ms": p99(raw_times),
    }


def data_floor(database: Path) -> dict[str, object]:
    """Child side: what raw sqlite3 needs in memory to read the same data."""
    before = hwm_kb()
    raw = sqlite3.connect(database)
    raw.execute("SELECT * FROM entry WHERE deleted_at IS NULL ORDER BY occurred_at DESC LIMIT 200")
    for term in pick_terms(database).values():
        raw.execute(
            "SELECT e.* FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid "
            "WHERE entry_fts MATCH ? ORDER BY e.occurred_at DESC LIMIT 200",
            [f'"{term}"*'],
        ).fetchall()
    return {"data_kb": hwm_kb() - before}


def run_child(*args: str, **extra: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **extra}
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if lines and lines[-1].startswith("{"):
        return dict(json.loads(lines[-1]))
    return {k: float(v) for k, v in (line.split(" ", 1) for line in lines)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--probes", type=int, default=5)
    parser.add_argument("--protected", action="store_true", help="also measure it encrypted")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--data-floor", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe(args.probe)))
        return 0
    if args.data_floor:
        print(json.dumps(data_floor(args.data_floor)))
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="coachapp-bench-") as folder:
        data = Path(folder) / "data"
        subprocess.run(
            [sys.executable, "-m", "coachapp", "--data-dir", str(data), "--lang", "fr", "demo",
             "--size", "large"],
            check=True, env=env, cwd=ROOT, capture_output=True,
        )  # fmt: skip
        me = str(Path(__file__).resolve())
        floors = str(ROOT / "benchmarks" / "floors.py")
        database = str(data / "journal.db")
        probes, bare, data_cost = [], [], []
        for _ in range(args.probes):
            probes.append(run_child(me, "--probe", str(data)))
            bare.append(run_child(floors, "bare", "--database", database, "--idle", "0.2"))
            data_cost.append(run_child(me, "--data-floor", database))
        if args.protected:
            protected = protect_copy(data, Path(folder) / "protected")
            secret = {PASSPHRASE_VARIABLE: PASSPHRASE}
            locked = [run_child(me, "--probe", str(protected), **secret) for _ in probes]
    keys = [k for k, v in probes[0].items() if isinstance(v, int | float)]
    figures = {k: statistics.median(float(str(p[k])) for p in probes) for k in keys}
    bare_kb = statistics.median(float(str(b["hwm-kb"])) for b in bare)
    data_kb = statistics.median(float(str(d["data_kb"])) for d in data_cost)
    print(f"{args.probes} fresh processes each; medians. Terms: {probes[0]['terms']}")
    print(f"{'figure':<22} {'app':>10} {'floor':>10} {'ratio':>7}")
    rows = [
        ("list first paint ms", figures["list_ms"], None),
        ("newest page ms", figures["page_ms"], figures["page_raw_ms"]),
    ]
    for name in ("rare", "medium", "common"):
        rows.append(
            (f"search {name} ms", figures[f"search_{name}_ms"], figures[f"search_{name}_raw_ms"])
        )
    rows.append(("open entry ms", figures["open_ms"], figures["open_raw_ms"]))
    for quantile in ("p50", "p99"):
        rows.append(
            (
                f"autosave {quantile} ms",
                figures[f"autosave_{quantile}_ms"],
                figures[f"autosave_{quantile}_raw_ms"],
            )
        )
    memory_floor = (float(bare_kb) + float(data_kb)) / 1024
    rows.append(("peak RSS MB", figures["hwm_kb"] / 1024, memory_floor))
    for label, value, floor in rows:
        ratio = f"{value / floor:.2f}" if floor else ""
        floor_text = f"{floor:.3f}" if floor is not None else "-"
        print(f"{label:<22} {value:>10.3f} {floor_text:>10} {ratio:>7}")
    print()
    checks = [
        ("list first paint < 150 ms", figures["list_ms"] < 150),
        *(
            (
                f"search {n} < 30 ms and <= 2x raw",
                figures[f"search_{n}_ms"] < 30
                and figures[f"search_{n}_ms"] <= 2 * figures[f"search_{n}_raw_ms"],
            )
            for n in ("rare", "medium", "common")
        ),
        ("open entry < 50 ms", figures["open_ms"] < 50),
        ("peak RSS <= 1.5x (bare window + data)", figures["hwm_kb"] / 1024 <= 1.5 * memory_floor),
    ]
    if args.protected:
        checks += compare_protected(figures, locked)
    for label, ok in checks:
        print(f"{label}: {'ok' if ok else 'MISSED'}")
    return 0


PASSPHRASE = "benchmark passphrase"


def protect_copy(data: Path, target: Path) -> Path:
    """A copy of the journal folder, encrypted as "Protect my journal" does; prints how long."""
    from coachapp import protection  # noqa: PLC0415
    from coachapp.clock import SystemClock  # noqa: PLC0415
    from coachapp.config import Settings, resolve_paths  # noqa: PLC0415
    from coachapp.context import open_journal  # noqa: PLC0415

    shutil.copytree(data, target)
    paths = resolve_paths(str(target))
    journal = open_journal(paths, Settings(paths.settings_file), SystemClock())
    start = time.perf_counter()
    protection.protect(journal, PASSPHRASE, PASSPHRASE)
    took = time.perf_counter() - start
    journal.close()
    size = paths.database.stat().st_size / 1e6
    print(f"Protecting the journal ({size:.1f} MB, its backups too): {took:.2f} s")
    return target


def compare_protected(
    plain: dict[str, float], locked: list[dict[str, object]]
) -> list[tuple[str, bool]]:
    """The protected journal's medians beside the plain one's; the checks on their ratio."""
    names = ["list", "page", "search_rare", "search_medium", "search_common", "open",
             "autosave_p50"]  # fmt: skip
    protected = {
        f"{n}_ms": statistics.median(float(str(p[f"{n}_ms"])) for p in locked) for n in names
    }
    print()
    print(f"{'protected journal':<22} {'encrypted':>10} {'plain':>10} {'ratio':>7}")
    for name in names:
        key = f"{name}_ms"
        ratio = protected[key] / plain[key]
        print(f"{name + ' ms':<22} {protected[key]:>10.3f} {plain[key]:>10.3f} {ratio:>7.2f}")
    print()
    return [
        (f"protected {n} <= 1.5x plain", protected[f"{n}_ms"] <= 1.5 * plain[f"{n}_ms"])
        for n in ("list", "page", "search_rare", "search_medium", "search_common")
    ]


if __name__ == "__main__":
    sys.exit(main())
