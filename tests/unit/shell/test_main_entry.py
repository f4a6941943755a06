"""main.py, the entry point of the bundle: a windowed build starts without stdout and stderr."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def test_missing_streams_are_replaced_by_the_null_device(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("coachapp_main", ROOT / "main.py")
    assert spec is not None and spec.loader is not None
    entry = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(entry)  # defines, does not run: __name__ is not "__main__"
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    entry._give_streams()
    replaced = (sys.stdout, sys.stderr)
    try:
        print("a windowed app may print")  # must not raise
        print("and report errors", file=sys.stderr)
    finally:
        for stream in replaced:
            if stream is not None:
                stream.close()
    assert all(stream is not None for stream in replaced)
