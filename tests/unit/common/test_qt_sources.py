"""PySide6's check of each new module for `from __feature__` keeps no copy of its source."""

from __future__ import annotations

import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import PySide6  # noqa: F401  (its feature check is what is replaced)

from coachapp.qt_sources import FEATURE_MODULE, keep_no_sources


@pytest.fixture
def modules(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "uses_qt_here.py").write_text("from PySide6.QtCore import QObject\n", "utf-8")
    (tmp_path / "plain_here.py").write_text("VALUE = 1\n", "utf-8")
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("uses_qt_here", "plain_here"):
        sys.modules.pop(name, None)


def test_modules_imported_afterwards_leave_no_source_in_linecache(modules: Path) -> None:
    assert keep_no_sources() is True  # PySide6 6.11 still has the check this replaces
    for name in ("uses_qt_here", "plain_here"):
        __import__(name)  # an import statement's way: PySide6 watches builtins.__import__
        assert str(modules / f"{name}.py") not in linecache.cache
    # PySide's own verdicts: a module naming PySide6 is followed (0), another ignored (-1).
    verdicts = sys.modules[FEATURE_MODULE].pyside_feature_dict
    assert verdicts["uses_qt_here"] == 0
    assert verdicts["plain_here"] == -1


def test_a_module_without_a_source_is_not_taken_for_a_pyside_one() -> None:
    from coachapp.qt_sources import uses_pyside  # noqa: PLC0415

    assert uses_pyside(sys) is False  # built in: no loader source
