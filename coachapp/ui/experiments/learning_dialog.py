"""Concluding an experiment with its learning card, and stopping one with its reason."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.services.experiments.experiment_entries import conclude_with_entry
from coachapp.services.experiments.experiments import (
    ExperimentRecord,
    LearningCard,
    NextStep,
    Outcome,
)
from coachapp.ui.common.form_dialog import FormDialog, text_field
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel
from coachapp.words.experiment_labels import next_step_label, outcome_label


class LearningDialog(Retranslatable, FormDialog):
    """`saved` holds the concluded experiment; `entry_uuid` the journal entry, if written."""

    def __init__(
        self, journal: Journal, record: ExperimentRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("learningDialog")
        self._journal = journal
        self._record = record
        self.saved: ExperimentRecord | None = None
        self.entry_uuid: str | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.observed = text_field(self, "observed")
        self.learned = text_field(self, "learned")
        self.next_step = QComboBox(self)
        self.next_step.setObjectName("nextStep")
        for step in NextStep:
            self.next_step.addItem("", step.value)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        for outcome in Outcome:
            self.outcome.addItem("", outcome.value)
        self.confidence = QSpinBox(self)
        self.confidence.setObjectName("confidence")
        self.confidence.setRange(1, 5)
        self.confidence.setValue(3)
        self.keep_in_journal = QCheckBox(self)
        self.keep_in_journal.setObjectName("keepInJournal")
        self.keep_in_journal.setChecked(True)
        self.start_next = QCheckBox(self)
        self.start_next.setObjectName("startNext")
        self.hint = ToneLabel("muted", self)
        self._labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = (self.outcome, self.observed, self.learned, self.next_step, self.confidence)
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.keep_in_journal)
        form.addRow("", self.start_next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(form, 1)
        self.add_error_and_buttons(layout)
        self.resize(640, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Learning card"))
        self.heading.setText(
            self.tr("<b>{title}</b> — hypothesis: {believe}").format(
                title=html.escape(self._record.draft.title),
                believe=html.escape(self._record.draft.card.believe),
            )
        )
        self.hint.setText(
            self.tr(
                "An invalidated hypothesis is a result too: what it taught counts as much as "
                "a success."
            )
        )
        texts = (self.tr("&Outcome"), self.tr("We o&bserved"), self.tr("We &learned"),
                 self.tr("&Therefore we will"), self.tr("&Confidence (1 to 5)"))  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for row in range(self.next_step.count()):
            self.next_step.setItemText(row, next_step_label(NextStep(self.next_step.itemData(row))))
        for row in range(self.outcome.count()):
            self.outcome.setItemText(row, outcome_label(Outcome(self.outcome.itemData(row))))
        self.keep_in_journal.setText(self.tr("Also keep it in the journal (a learning entry)"))
        self.start_next.setText(self.tr("Start the next experiment from this one"))

    def card(self) -> LearningCard:
        return LearningCard(
            observed=self.observed.toPlainText(),
            learned=self.learned.toPlainText(),
            next_step=NextStep(self.next_step.currentData()),
            outcome=Outcome(self.outcome.currentData()),
            confidence=self.confidence.value(),
        )

    def save(self) -> None:
        card = self.card()
        if not self.keep_in_journal.isChecked():
            self.saved = self._journal.experiments.conclude(self._record.uuid, card)
            return
        headings = (self.tr("We observed"), self.tr("We learned"),
                    self.tr("Therefore we will"))  # fmt: skip
        texts = (card.observed.strip(), card.learned.strip(),
                 next_step_label(card.next_step))  # fmt: skip
        body = "\n\n".join(
            f"## {heading}\n\n{text}" for heading, text in zip(headings, texts, strict=True)
        )
        title = self.tr("What “{title}” taught us").format(title=self._record.draft.title)
        self.saved, self.entry_uuid = conclude_with_entry(
            self._journal.experiments, self._journal.entries, self._record.uuid, card,
            title=title, body=body,
        )  # fmt: skip

    def field_for(self, name: str) -> QWidget | None:
        fields = {"observed": self.observed, "learned": self.learned, "confidence": self.confidence}
        return fields.get(name)


class AbandonDialog(Retranslatable, FormDialog):
    """Stopping an experiment: the reason is asked for and kept with it."""

    def __init__(
        self, journal: Journal, record: ExperimentRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("abandonDialog")
        self._journal = journal
        self._record = record
        self.saved: ExperimentRecord | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reason = text_field(self, "reason")
        self.label.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.reason, 1)
        self.add_error_and_buttons(layout)
        self.resize(520, 260)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Abandon the experiment"))
        self.label.setText(
            self.tr("Why does “{title}” stop? The &reason stays with the experiment.").format(
                title=self._record.draft.title
            )
        )

    def save(self) -> None:
        self.saved = self._journal.experiments.abandon(self._record.uuid, self.reason.toPlainText())

    def field_for(self, _name: str, /) -> QWidget | None:
        return self.reason  # the only field: whatever the refusal, the reason is what to fix
