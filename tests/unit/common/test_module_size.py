"""Modules stay short enough to read in one sitting, or say why they cannot.

A module of `coachapp` over LIMIT lines passes only when its docstring has a sentence starting
with MARKER ("Long because …") that gives the reason: the demo's text, the schema's whole
history. Anything else that grows past the limit is split into modules that each do one
thing.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
LIMIT = 400
MARKER = "Long because"
SENTENCE_START = re.compile(rf"(?:^|[.!?:]\s+){MARKER}\b")


def lines_of(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_a_long_module_says_why_it_is_long() -> None:
    unexplained = []
    for path in sorted((ROOT / "coachapp").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if lines_of(path) <= LIMIT:
            continue
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        if not SENTENCE_START.search(" ".join(docstring.split())):
            unexplained.append(f"{name} ({lines_of(path)} lines)")
    assert not unexplained, (
        f"over {LIMIT} lines with no sentence starting “{MARKER}” in the docstring: split "
        f"them, or say why they are long: {unexplained}"
    )
