"""The app read the way a screen reader reads it: through AT-SPI, from another process.

Each class of finding fails the test unless `known_findings.json` lists it with its reason;
a listed finding the audit no longer sees fails too, so the list only shrinks.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.a11y.session import INSTALL, compare, describe, load_known, missing_tools, run_audit
from tests.a11y.session import summary as figures


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_a_screen_reader_finds_every_control_named_reachable_and_visible(tmp_path: Path) -> None:
    missing = missing_tools()
    if missing and not os.environ.get("CI"):
        pytest.skip(f"the AT-SPI audit needs {', '.join(missing)}: {INSTALL}")
    assert not missing, f"CI installs what the audit needs (.ci/run), yet lacks {missing}"
    report = run_audit(tmp_path)
    print(figures(report))
    new, stale = compare(report, load_known())
    assert not new, "findings not on tests/a11y/known_findings.json:\n" + describe(new)
    assert not stale, "fixed: remove from tests/a11y/known_findings.json:\n" + describe(stale)
    assert report["places"]["journal"]["tab_stops"] > 1, "Tab moves through the journal"


def test_every_known_finding_says_why_it_is_there() -> None:
    known = load_known()
    assert all(entry.get("reason", "").strip() for entry in known)
    keys = [(entry["kind"], entry["role"], entry["id"]) for entry in known]
    assert len(keys) == len(set(keys)), "each finding listed once"
