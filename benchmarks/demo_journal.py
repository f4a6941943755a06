"""What the benchmarks share: the large demo journal in a folder of its own, and a median timer."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachapp.clock import SystemClock  # noqa: E402
from coachapp.config import Settings, prepare_paths, resolve_paths  # noqa: E402
from coachapp.context import Journal, open_journal  # noqa: E402


def median_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


@contextmanager
def large_demo() -> Iterator[Journal]:
    """The large demo journal (five years, 21,000 entries), written by `coachapp demo` in a
    temporary folder and opened; closed and removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="coachapp-bench-") as folder:
        data = Path(folder) / "data"
        subprocess.run(
            [sys.executable, "-m", "coachapp", "--data-dir", str(data), "demo", "--size", "large"],
            check=True, cwd=ROOT, capture_output=True,
        )  # fmt: skip
        paths = resolve_paths(str(data))
        prepare_paths(paths)
        journal = open_journal(paths, Settings(paths.settings_file), SystemClock())
        try:
            yield journal
        finally:
            journal.close()
