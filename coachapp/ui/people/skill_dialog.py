"""Adding or editing one skill of an agent's plan, with the actions that develop it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from coachapp.services.people.skills import (
    LEVELS,
    ActionKind,
    ActionStatus,
    PlanAction,
    Provider,
    SkillDraft,
    SkillKind,
    SkillRecord,
    SkillService,
)
from coachapp.ui.common.dates import pydate, qdate
from coachapp.ui.common.form_dialog import FormDialog, field_row, text_field
from coachapp.ui.common.icons import icon
from coachapp.ui.common.naming import named_after, plain
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import OptionalDate, focused_row
from coachapp.words.growth_labels import (
    action_kind_label,
    action_status_label,
    provider_label,
    skill_kind_label,
    skill_level_label,
)

KIND, DESCRIPTION, PROVIDER, PROVIDER_NAME, DUE, STATUS = range(6)
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class SkillDialog(Retranslatable, FormDialog):
    """`saved` holds the skill once the dialog is accepted."""

    def __init__(
        self,
        skills: SkillService,
        person_uuid: str,
        person_name: str,
        *,
        record: SkillRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("skillDialog")
        self._skills = skills
        self._person_uuid = person_uuid
        self._person_name = person_name
        self._record = record
        self.saved: SkillRecord | None = None
        self._build_fields(skills.today())
        self._build_actions()
        self.heading = QLabel(self)
        self._actions_label = QLabel(self)
        action_tools = QHBoxLayout()
        action_tools.addWidget(self._actions_label, 1)
        action_tools.addWidget(self.add_action)
        action_tools.addWidget(self.remove_action)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self._form())
        layout.addLayout(action_tools)
        layout.addWidget(self.action_table, 1)
        self.add_error_and_buttons(layout)
        self.resize(860, 620)
        self._load(record)
        self.retranslate_ui()

    def _build_fields(self, today: date) -> None:
        """The skill, its kind, the level now and aimed at, by when, and notes."""
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in SkillKind:
            self.kind.addItem("", kind.value)
        self.level = QComboBox(self)
        self.level.setObjectName("level")
        self.target = QComboBox(self)
        self.target.setObjectName("targetLevel")
        for combo in (self.level, self.target):
            for level in LEVELS:
                combo.addItem("", level)
        self.has_due = QCheckBox(self)
        self.has_due.setObjectName("hasDue")
        self.due = QDateEdit(self)
        self.due.setObjectName("due")
        self.due.setCalendarPopup(True)
        self.due.setDate(qdate(today).addMonths(6))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.notes = text_field(self, "notes", height=self.fontMetrics().lineSpacing() * 4)

    def _build_actions(self) -> None:
        """The actions that develop the skill, one a row, and the buttons to add or remove."""
        self.action_table = QTableWidget(0, 6, self)
        self.action_table.setTabKeyNavigation(False)  # arrows move in it, Tab leaves it
        self.action_table.setObjectName("actions")
        self.action_table.verticalHeader().hide()
        header = self.action_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.add_action = QPushButton(self)
        self.add_action.setObjectName("addAction")
        self.add_action.clicked.connect(lambda: self.add_row(None))
        self.remove_action = QPushButton(self)
        self.remove_action.setObjectName("removeAction")
        self.remove_action.clicked.connect(self._remove_row)
        self.add_action.setIcon(icon("method-add"))
        self.remove_action.setIcon(icon("trash"))

    def _form(self) -> QFormLayout:
        due_box = field_row(self, self.has_due, self.due, end=True)
        self._labels = [QLabel(self) for _ in range(6)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields: list[QWidget] = [self.name, self.kind, self.level, self.target, due_box,
                                 self.notes]  # fmt: skip
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field if field is not due_box else self.has_due)
            form.addRow(label, field)
        return form

    def _load(self, record: SkillRecord | None) -> None:
        if record is None:
            self.level.setCurrentIndex(0)
            self.target.setCurrentIndex(2)
            self.due.setEnabled(False)
            return
        draft = record.draft
        self.name.setText(draft.name)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.level.setCurrentIndex(draft.level - 1)
        self.target.setCurrentIndex(draft.target_level - 1)
        self.has_due.setChecked(draft.due_on is not None)
        self.due.setEnabled(draft.due_on is not None)
        if draft.due_on is not None:
            self.due.setDate(qdate(draft.due_on))
        self.notes.setPlainText(draft.notes)
        for action in draft.actions:
            self.add_row(action)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit the skill") if self._record else self.tr("New skill"))
        self.heading.setText(self.tr("Skill plan of {name}").format(name=self._person_name))
        texts = (self.tr("&Skill"), self.tr("&Kind"), self.tr("&Level now"),
                 self.tr("&Aiming at"), self.tr("&By"), self.tr("N&otes"))  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.due.setAccessibleName(plain(texts[4]))  # its label names the tick before it
        self.name.setPlaceholderText(
            self.tr("e.g. Guiding a service user through an online procedure")
        )
        self.has_due.setText(self.tr("a date to aim for"))
        for row in range(self.kind.count()):
            self.kind.setItemText(row, skill_kind_label(SkillKind(self.kind.itemData(row))))
        for combo in (self.level, self.target):
            for row in range(combo.count()):
                combo.setItemText(row, skill_level_label(combo.itemData(row)))
        self._actions_label.setText(self.tr("<b>Actions</b> (training, pairing, immersion…)"))
        named_after(self._actions_label, self.action_table)
        self.add_action.setText(self.tr("Add an a&ction"))
        self.remove_action.setText(self.tr("&Remove"))
        self.action_table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("What"), self.tr("With"), self.tr("Provider's name"),
             self.tr("By"), self.tr("Progress")]
        )  # fmt: skip
        for row in range(self.action_table.rowCount()):
            self._label_row(row)

    # Actions table

    def add_row(self, action: PlanAction | None) -> int:
        row = self.action_table.rowCount()
        self.action_table.insertRow(row)
        kind, provider, status = (QComboBox(self.action_table) for _ in range(3))
        for combo, values in ((kind, ActionKind), (provider, Provider), (status, ActionStatus)):
            for member in values:
                combo.addItem("", member.value)
        description = QLineEdit(self.action_table)
        description.setFrame(False)
        provider_name = QLineEdit(self.action_table)
        provider_name.setFrame(False)
        due = OptionalDate(self.action_table, self._skills.today())
        if action is not None:
            kind.setCurrentIndex(kind.findData(action.kind.value))
            provider.setCurrentIndex(provider.findData(action.provider.value))
            status.setCurrentIndex(status.findData(action.status.value))
            description.setText(action.description)
            provider_name.setText(action.provider_name)
            due.set_day(action.due_on)
        description.setProperty("uuid", action.uuid if action else "")
        cells: tuple[tuple[int, QWidget], ...] = (
            (KIND, kind), (DESCRIPTION, description), (PROVIDER, provider),
            (PROVIDER_NAME, provider_name), (DUE, due), (STATUS, status),
        )  # fmt: skip
        for column, widget in cells:
            self.action_table.setCellWidget(row, column, widget)
        self._label_row(row)
        if action is None:
            description.setFocus()
        return row

    def _label_row(self, row: int) -> None:
        labels = {KIND: (ActionKind, action_kind_label), PROVIDER: (Provider, provider_label),
                  STATUS: (ActionStatus, action_status_label)}  # fmt: skip
        for column, (enum, label) in labels.items():
            combo = self.action_table.cellWidget(row, column)
            if isinstance(combo, QComboBox):
                for index in range(combo.count()):
                    combo.setItemText(index, label(enum(combo.itemData(index))))  # type: ignore[operator]
        description = self.action_table.cellWidget(row, DESCRIPTION)
        if isinstance(description, QLineEdit):
            description.setPlaceholderText(self.tr("What the agent will do"))

    def _remove_row(self) -> None:
        row = focused_row(self.action_table)
        if row < 0:
            row = self.action_table.rowCount() - 1
        if row >= 0:
            self.action_table.removeRow(row)

    def _row_action(self, row: int) -> PlanAction:
        def cell(column: int) -> QWidget | None:
            return self.action_table.cellWidget(row, column)

        kind, provider, status = cell(KIND), cell(PROVIDER), cell(STATUS)
        description, provider_name, due = cell(DESCRIPTION), cell(PROVIDER_NAME), cell(DUE)
        assert isinstance(kind, QComboBox) and isinstance(provider, QComboBox)
        assert isinstance(status, QComboBox) and isinstance(description, QLineEdit)
        assert isinstance(provider_name, QLineEdit) and isinstance(due, OptionalDate)
        return PlanAction(
            kind=ActionKind(kind.currentData()),
            description=description.text(),
            provider=Provider(provider.currentData()),
            provider_name=provider_name.text(),
            due_on=due.day(),
            status=ActionStatus(status.currentData()),
            uuid=str(description.property("uuid") or ""),
        )

    # Saving

    def draft(self) -> SkillDraft:
        return SkillDraft(
            person_uuid=self._person_uuid,
            name=self.name.text(),
            kind=SkillKind(self.kind.currentData()),
            level=int(self.level.currentData()),
            target_level=int(self.target.currentData()),
            due_on=pydate(self.due.date()) if self.has_due.isChecked() else None,
            notes=self.notes.toPlainText(),
            actions=tuple(self._row_action(row) for row in range(self.action_table.rowCount())),
        )

    def save(self) -> None:
        if self._record is None:
            self.saved = self._skills.create(self.draft())
        else:
            self.saved = self._skills.update(self._record.uuid, self.draft())

    def field_for(self, name: str) -> QWidget | None:
        if name.startswith("actions["):  # "actions[2]": the description of the third action
            return self.action_table.cellWidget(int(name[len("actions[") : -1]), DESCRIPTION)
        return self.name if name == "name" else None
