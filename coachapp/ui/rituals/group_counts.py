"""How many of each stakeholder group, when they are not named one by one (usagers, élus…)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from coachapp.services.rituals.rituals import Stakeholder
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.words.labels import stakeholder_label


class GroupCounts(Retranslatable, QWidget):
    """A count for each group, `columns` to a row; `counts[group]` is the group's spin box."""

    changed = Signal()

    def __init__(self, parent: QWidget, *, prefix: str, columns: int) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self._spins: dict[Stakeholder, QSpinBox] = {}
        self._labels: dict[Stakeholder, QLabel] = {}
        for number, group in enumerate(Stakeholder):
            label = QLabel(self)
            spin = QSpinBox(self)
            spin.setObjectName(f"{prefix}{group.value}")
            spin.setRange(0, 10_000)
            spin.valueChanged.connect(lambda _value: self.changed.emit())
            label.setBuddy(spin)
            grid.addWidget(label, number // columns, (number % columns) * 2)
            grid.addWidget(spin, number // columns, (number % columns) * 2 + 1)
            self._spins[group] = spin
            self._labels[group] = label
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for group, label in self._labels.items():
            label.setText(stakeholder_label(group))

    def __getitem__(self, group: Stakeholder) -> QSpinBox:
        return self._spins[group]

    def counts(self) -> tuple[tuple[Stakeholder, int], ...]:
        return tuple((group, spin.value()) for group, spin in self._spins.items())

    def set_counts(self, groups: Iterable[tuple[Stakeholder, int]]) -> None:
        """Show these counts (the groups not given at 0), quietly."""
        counts = dict(groups)
        for group, spin in self._spins.items():
            spin.blockSignals(True)
            spin.setValue(counts.get(group, 0))
            spin.blockSignals(False)
