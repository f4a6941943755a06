"""Guard against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11).

With that binding every void Qt call removes a reference from None and every signal emit one
from True or False, and the process aborts after a few thousand calls. 100,000 of each here
would either abort the test run or show a drift of 100,000.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

CALLS = 100_000


class Emitter(QObject):
    number = Signal(int)
    flag = Signal(bool)


def test_void_calls_and_emits_keep_reference_counts(qapp: object) -> None:
    widget = QWidget()
    label = QLabel(widget)
    emitter = Emitter()
    received: list[int] = []
    emitter.number.connect(received.append)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for i in range(CALLS):
        widget.resize(10 + i % 5, 10)
        label.setText("x")
        emitter.setObjectName("e")
        emitter.number.emit(i)
        emitter.flag.emit(i % 2 == 0)
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    drift = [abs(b - a) for a, b in zip(before, after, strict=True)]
    assert max(drift) < CALLS // 100, drift
    assert len(received) == CALLS
