"""An unexpected error is logged and shown with the log's path; nothing dies silently."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox

from coachapp.crash import CrashHandler
from coachapp.logs import setup_logging


def raise_and_catch() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        return kind, value, tb


def test_uncaught_error_goes_to_the_log_and_a_dialog(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_file = setup_logging(tmp_path / "logs" / "coachapp.log")
    assert log_file is not None
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    handler = CrashHandler()
    handler.log_file = log_file
    kind, value, tb = raise_and_catch()
    handler.excepthook(kind, value, tb)  # type: ignore[arg-type]
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "Uncaught exception" in text
    assert "RuntimeError: boom in a slot" in text
    assert len(shown) == 1
    assert str(log_file) in shown[0]
    assert "did not expect" in shown[0]
    setup_logging(None)


def test_no_dialog_when_disabled(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: pytest.fail("dialog shown"))
    handler = CrashHandler()
    handler.show_dialogs = False
    kind, value, tb = raise_and_catch()
    handler.excepthook(kind, value, tb)  # type: ignore[arg-type]
