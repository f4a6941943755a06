"""What a person has been part of: journal entries that mention them, meetings they attended."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.i18n import format_datetime
from coachapp.services.journal.journal import EntryFilter
from coachapp.ui.common.icons import icon
from coachapp.ui.common.naming import named_after
from coachapp.ui.common.record_list import Listing
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.words.experiment_labels import exp_status_label
from coachapp.words.labels import entry_kind_label

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 200


class PersonActivity(Retranslatable, QWidget):
    entry_requested = Signal(str)
    ritual_requested = Signal(str)
    experiment_requested = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._person: str | None = None
        self._entry_count = 0  # all of them; the list shows the latest LIMIT
        self.entries_label = QLabel(self)
        self.entries = Listing(self, "personEntries", 2, stretch=1)
        self.entries.itemActivated.connect(
            lambda item, _c: self.entry_requested.emit(item.data(0, UUID_ROLE))
        )
        self.rituals_label = QLabel(self)
        self.rituals = Listing(self, "personRituals", 2, stretch=1)
        self.rituals.itemActivated.connect(
            lambda item, _c: self.ritual_requested.emit(item.data(0, UUID_ROLE))
        )
        self.experiments_label = QLabel(self)
        self.experiments = Listing(self, "personExperiments", 2, stretch=1)
        self.experiments.itemActivated.connect(
            lambda item, _c: self.experiment_requested.emit(item.data(0, UUID_ROLE))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.entries_label)
        layout.addWidget(self.entries, 3)
        layout.addWidget(self.rituals_label)
        layout.addWidget(self.rituals, 2)
        layout.addWidget(self.experiments_label)
        layout.addWidget(self.experiments, 2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.entries.setHeaderLabels([self.tr("When"), self.tr("Entry")])
        self.rituals.setHeaderLabels([self.tr("When"), self.tr("Meeting")])
        self.experiments.setHeaderLabels([self.tr("Where it stands"), self.tr("Experiment")])
        self._count_labels()

    def _count_labels(self) -> None:
        entries, rituals = self._entry_count, self.rituals.topLevelItemCount()
        self.entries_label.setText(self.tr("<b>Journal entries about them</b> (%n)", "", entries))
        self.rituals_label.setText(self.tr("<b>Meetings they took part in</b> (%n)", "", rituals))
        self.experiments_label.setText(
            self.tr("<b>Experiments they lead or take part in</b> (%n)", "",
                    self.experiments.topLevelItemCount())
        )  # fmt: skip
        named_after(self.entries_label, self.entries)
        named_after(self.rituals_label, self.rituals)
        named_after(self.experiments_label, self.experiments)

    def show_person(self, person_uuid: str | None) -> None:
        self._person = person_uuid
        self.refresh()

    def refresh(self) -> None:
        self.entries.clear()
        self.rituals.clear()
        self.experiments.clear()
        self._entry_count = 0
        if self._person is not None:
            about = EntryFilter(person=self._person)
            rows = self._journal.entries.page(about, limit=LIMIT)
            self._entry_count = self._journal.entries.count(about)
            for row in rows:
                item = QTreeWidgetItem(
                    [format_datetime(row.occurred_at), row.title or entry_kind_label(row.kind)]
                )
                item.setData(0, UUID_ROLE, row.uuid)
                item.setIcon(1, icon("journal"))
                item.setToolTip(1, entry_kind_label(row.kind))
                self.entries.addTopLevelItem(item)
            for ritual_uuid, title, starts_at in self._journal.rituals.attended_by(self._person):
                item = QTreeWidgetItem([format_datetime(starts_at), title])
                item.setData(0, UUID_ROLE, ritual_uuid)
                item.setIcon(1, icon("rituals"))
                self.rituals.addTopLevelItem(item)
            for experiment in self._journal.experiments.find(person_uuid=self._person):
                item = QTreeWidgetItem([exp_status_label(experiment.status),
                                        experiment.draft.title])  # fmt: skip
                item.setData(0, UUID_ROLE, experiment.uuid)
                item.setIcon(1, icon("experiments"))
                self.experiments.addTopLevelItem(item)
        self._count_labels()
