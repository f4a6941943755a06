"""Writing an experiment's test card: the hypothesis, how to test it, and why it is safe."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.services.experiments.experiments import (
    ExperimentDraft,
    ExperimentRecord,
    ExpStatus,
    Risk,
    SafeToFail,
    TestCard,
)
from coachapp.ui.common.form_dialog import FormDialog, field_row, text_field
from coachapp.ui.common.people_checklist import check, checked, people_checklist, stacked
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import OptionalDate, ToneLabel
from coachapp.words.experiment_labels import exp_status_label, risk_label, scale_label


class ExperimentDialog(Retranslatable, FormDialog):
    """Creates an experiment (or edits `record`); `saved` holds it once accepted.

    `previous` starts the next experiment of a chain; `draft` prefills the form.
    """

    def __init__(
        self,
        journal: Journal,
        *,
        record: ExperimentRecord | None = None,
        previous: ExperimentRecord | None = None,
        draft: ExperimentDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("experimentDialog")
        self._journal = journal
        self._record = record
        self._previous = previous
        self.saved: ExperimentRecord | None = None
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self._build_who(journal, record.draft if record else draft)
        line = self.fontMetrics().lineSpacing()
        self.believe, self.verify, self.measure, self.right_if = (
            text_field(self, name, height=line * 3 + 12)
            for name in ("believe", "verify", "measure", "rightIf")
        )
        self.criticality, self.cost, self.reliability = (
            self._scale(name) for name in ("criticality", "cost", "reliability")
        )
        self._build_safety(journal.experiments.today())
        self._labels: dict[str, QLabel] = {}
        self.tabs = self._build_tabs()
        self.heading = ToneLabel("muted", self)
        self._labels["title"] = QLabel(self)
        self._labels["title"].setBuddy(self.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        # The title above the tabs: it names the card whatever tab is open.
        layout.addWidget(field_row(self, self._labels["title"], (self.title, 1)), 0)
        layout.addWidget(self.tabs, 1)
        self.add_error_and_buttons(layout)
        self.resize(720, 600)
        self._load(record, draft)
        self.retranslate_ui()

    def _build_who(self, journal: Journal, shown: ExperimentDraft | None) -> None:
        """Where it stands, who leads it, who takes part, and the ritual it came from."""
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for status in (ExpStatus.IDEA, ExpStatus.PLANNED, ExpStatus.RUNNING):
            self.status.addItem("", status.value)
        self.owner = QComboBox(self)
        self.owner.setObjectName("owner")
        self.owner.addItem("", None)
        staff = journal.people.search()
        listed = {p.uuid for p in staff}
        # Who is already on the experiment stays listed, even inactive or in the trash.
        staff += [
            journal.people.get(uuid)
            for uuid in dict.fromkeys((shown.owner_uuid, *shown.people) if shown else ())
            if uuid and uuid not in listed
        ]
        for person in staff:
            self.owner.addItem(person.name, person.uuid)
        self.people, self.people_filter = people_checklist(self, staff)
        self.ritual = QComboBox(self)
        self.ritual.setObjectName("ritual")
        self.ritual.addItem("", None)
        for ritual in journal.rituals.all():
            self.ritual.addItem(ritual.draft.title, ritual.uuid)
        if shown and shown.ritual_uuid and self.ritual.findData(shown.ritual_uuid) < 0:
            self.ritual.addItem("", shown.ritual_uuid)  # in the trash: named in retranslate_ui

    def _build_safety(self, today: date) -> None:
        """When, and what makes failing cheap: the risk, the scope, how long, how to go back."""
        self.starts = OptionalDate(self, today)
        self.starts.setObjectName("startsOn")
        self.review = OptionalDate(self, today + timedelta(days=28))
        self.review.setObjectName("reviewOn")
        self.risk = QComboBox(self)
        self.risk.setObjectName("risk")
        for risk in Risk:
            self.risk.addItem("", risk.value)
        self.scope = QLineEdit(self)
        self.scope.setObjectName("scope")
        self.duration = QLineEdit(self)
        self.duration.setObjectName("duration")
        self.reversibility = QLineEdit(self)
        self.reversibility.setObjectName("reversibility")

    def _build_tabs(self) -> QTabWidget:
        """The test card, who, and safe to fail."""
        general = QWidget(self)
        self._form(general, [
            ("status", self.status), ("owner", self.owner),
            ("ritual", self.ritual), ("people", stacked(self.people, self.people_filter)),
        ])  # fmt: skip
        card = QWidget(self)
        self._form(card, [
            ("believe", self.believe), ("verify", self.verify), ("measure", self.measure),
            ("right_if", self.right_if), ("criticality", self.criticality),
            ("cost", self.cost), ("reliability", self.reliability),
        ])  # fmt: skip
        dates_box = field_row(self, self.starts, self.review, end=True)
        dates_box.setFocusProxy(self.starts)
        safety = QWidget(self)
        safety_form = self._form(safety, [
            ("dates", dates_box), ("risk", self.risk), ("scope", self.scope),
            ("duration", self.duration), ("reversibility", self.reversibility),
        ])  # fmt: skip
        self.safety_hint = ToneLabel("muted", safety)
        self.safety_hint.setObjectName("safetyHint")
        safety_form.addRow("", self.safety_hint)
        tabs = QTabWidget(self)
        for page in (card, general, safety):
            tabs.addTab(page, "")
        return tabs

    def _scale(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value in (1, 2, 3):
            combo.addItem("", value)
        return combo

    def _form(self, page: QWidget, rows: list[tuple[str, QWidget]]) -> QFormLayout:
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in rows:
            label = QLabel(page)
            label.setBuddy(field)
            self._labels[key] = label
            form.addRow(label, field)
        return form

    def _load(self, record: ExperimentRecord | None, prefill: ExperimentDraft | None) -> None:
        self.status.setVisible(record is None)
        if "status" in self._labels:
            self._labels["status"].setVisible(record is None)
        draft = record.draft if record else prefill
        self.criticality.setCurrentIndex(1)
        self.reliability.setCurrentIndex(1)
        if draft is None:
            return
        self.title.setText(draft.title)
        card = draft.card
        texts = (
            (self.believe, card.believe), (self.verify, card.verify),
            (self.measure, card.measure), (self.right_if, card.right_if),
        )  # fmt: skip
        for edit, text in texts:
            edit.setPlainText(text)
        for combo, value in ((self.criticality, card.criticality), (self.cost, card.cost),
                             (self.reliability, card.reliability)):  # fmt: skip
            combo.setCurrentIndex(value - 1)
        self.owner.setCurrentIndex(max(0, self.owner.findData(draft.owner_uuid)))
        self.ritual.setCurrentIndex(max(0, self.ritual.findData(draft.ritual_uuid)))
        check(self.people, draft.people)
        self.starts.set_day(draft.starts_on)
        self.review.set_day(draft.review_on)
        safety = draft.safety
        self.risk.setCurrentIndex(self.risk.findData(safety.risk.value))
        self.scope.setText(safety.scope)
        self.duration.setText(safety.duration)
        self.reversibility.setText(safety.reversibility)

    def retranslate_ui(self) -> None:
        if self._record is not None:
            self.setWindowTitle(self.tr("Edit the experiment"))
        else:
            self.setWindowTitle(self.tr("New experiment"))
        if self._previous is not None:
            self.heading.setText(
                self.tr("Follows “{title}”.").format(title=self._previous.draft.title)
            )
        self.heading.setVisible(self._previous is not None)
        texts = {
            "title": self.tr("&Title"), "status": self.tr("&Where it stands"),
            "owner": self.tr("&Led by"), "ritual": self.tr("Came from the &ritual"),
            "people": self.tr("&People involved"),
            "believe": self.tr("We &believe that"), "verify": self.tr("To &verify it, we will"),
            "measure": self.tr("And &measure"), "right_if": self.tr("We are &right if"),
            "criticality": self.tr("How &critical the hypothesis is"),
            "cost": self.tr("C&ost of the test"),
            "reliability": self.tr("How reliable the &data will be"),
            "dates": self.tr("&Dates"), "risk": self.tr("R&isk"),
            "scope": self.tr("Safe to fail: &scope"), "duration": self.tr("… d&uration"),
            "reversibility": self.tr("… how we &go back"),
        }  # fmt: skip
        for key, label in self._labels.items():
            label.setText(texts[key])
        for index, title in enumerate(
            (self.tr("Test c&ard"), self.tr("W&ho"), self.tr("Sa&fe to fail"))
        ):
            self.tabs.setTabText(index, title)
        for row in range(self.status.count()):
            self.status.setItemText(row, exp_status_label(ExpStatus(self.status.itemData(row))))
        self.owner.setItemText(0, self.tr("Me"))
        self.people_filter.setPlaceholderText(self.tr("Find a person"))
        self.ritual.setItemText(0, self.tr("None"))
        for combo in (self.criticality, self.cost, self.reliability):
            for row in range(combo.count()):
                combo.setItemText(row, scale_label(combo.itemData(row)))
        for row in range(self.risk.count()):
            self.risk.setItemText(row, risk_label(Risk(self.risk.itemData(row))))
        self.starts.check.setText(self.tr("from"))
        self.review.check.setText(self.tr("review on"))
        for row in range(self.ritual.count()):
            if row and not self.ritual.itemText(row):
                self.ritual.setItemText(row, self.tr("A ritual now in the trash"))
        self.believe.setPlaceholderText(
            self.tr("e.g. a walk-in slot on Thursday mornings will cut phone calls")
        )
        self.right_if.setPlaceholderText(self.tr("A threshold you can check, e.g. a quarter less"))
        self.scope.setPlaceholderText(self.tr("e.g. only the Thursday morning slot"))
        self.duration.setPlaceholderText(self.tr("e.g. four weeks"))
        self.reversibility.setPlaceholderText(self.tr("e.g. back to the usual rota at any time"))
        self.safety_hint.setText(
            self.tr(
                "A small, short, reversible test makes failing cheap and learning likely: "
                "that is what the right to error protects."
            )
        )

    # Saving

    def draft(self) -> ExperimentDraft:
        people = checked(self.people)
        return ExperimentDraft(
            title=self.title.text(),
            card=TestCard(
                believe=self.believe.toPlainText(),
                verify=self.verify.toPlainText(),
                measure=self.measure.toPlainText(),
                right_if=self.right_if.toPlainText(),
                criticality=int(self.criticality.currentData()),
                cost=int(self.cost.currentData()),
                reliability=int(self.reliability.currentData()),
            ),
            safety=SafeToFail(
                Risk(self.risk.currentData()),
                self.scope.text(),
                self.duration.text(),
                self.reversibility.text(),
            ),
            owner_uuid=self.owner.currentData(),
            people=people,
            ritual_uuid=self.ritual.currentData(),
            starts_on=self.starts.day(),
            review_on=self.review.day(),
        )

    def save(self) -> None:
        experiments = self._journal.experiments
        if self._record is None:
            self.saved = experiments.create(
                self.draft(),
                status=ExpStatus(self.status.currentData()),
                previous_uuid=self._previous.uuid if self._previous else None,
            )
        else:
            self.saved = experiments.update(self._record.uuid, self.draft())

    def field_for(self, name: str) -> QWidget | None:
        fields: dict[str, QWidget] = {
            "title": self.title, "believe": self.believe, "verify": self.verify,
            "measure": self.measure, "right_if": self.right_if,
            "criticality": self.criticality, "cost": self.cost, "reliability": self.reliability,
            "review_on": self.review, "people": self.people, "status": self.status,
        }  # fmt: skip
        return fields.get(name, self.title)
