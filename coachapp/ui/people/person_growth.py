"""A person's growth: the delegations they hold and their skill plan."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.services.delegations.delegations import DelegationRecord, DelegationStatus
from coachapp.services.people.skills import ActionStatus, SkillRecord
from coachapp.ui.common import messages
from coachapp.ui.common.dates import day_text
from coachapp.ui.common.icons import icon
from coachapp.ui.common.naming import named_after
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.theme import tone
from coachapp.ui.delegations.level_style import level_icon
from coachapp.ui.people.skill_dialog import SkillDialog
from coachapp.words.growth_labels import (
    action_kind_label,
    action_status_label,
    delegation_status_label,
    level_label,
    provider_label,
    skill_kind_label,
)

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class PersonGrowth(Retranslatable, QWidget):
    delegation_requested = Signal(str)  # open this delegation
    new_delegation_requested = Signal(str)  # for this person
    changed = Signal()
    status = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._person: tuple[str, str] | None = None  # uuid, name
        self._delegation_records: list[DelegationRecord] = []
        self._skill_records: list[SkillRecord] = []
        self._today = date.min
        self.delegations_label = QLabel(self)
        self.delegations = QTreeWidget(self)
        self.delegations.setObjectName("personDelegations")
        self.delegations.setRootIsDecorated(False)
        self.delegations.setHeaderHidden(True)  # one column, two lines: the side panel is narrow
        self.delegations.setAlternatingRowColors(True)
        self.delegations.itemActivated.connect(
            lambda item, _c: self.delegation_requested.emit(item.data(0, UUID_ROLE))
        )
        self.new_delegation = QPushButton(self)
        self.new_delegation.setObjectName("newDelegationForPerson")
        self.new_delegation.clicked.connect(self._new_delegation)
        self.skills_label = QLabel(self)
        self.skills = QTreeWidget(self)
        self.skills.setObjectName("skills")
        self.skills.setHeaderHidden(True)
        self.skills.setAlternatingRowColors(True)
        self.skills.itemActivated.connect(lambda *_: self.edit_skill())
        self.skills.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_skill = QPushButton(self)
        self.add_skill.setObjectName("addSkill")
        self.add_skill.clicked.connect(self.new_skill)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editSkill")
        self.edit_button.clicked.connect(self.edit_skill)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeSkill")
        self.remove_button.clicked.connect(self.remove_skill)
        top = QHBoxLayout()
        top.addWidget(self.delegations_label, 1)
        top.addWidget(self.new_delegation)
        skill_tools = QHBoxLayout()
        skill_tools.addWidget(self.skills_label, 1)
        skill_tools.addWidget(self.add_skill)
        skill_tools.addWidget(self.edit_button)
        skill_tools.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.delegations, 1)
        layout.addLayout(skill_tools)
        layout.addWidget(self.skills, 2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.delegations_label.setText(self.tr("<b>Delegations</b>"))
        self.new_delegation.setText(self.tr("New delegation…"))
        self.skills_label.setText(self.tr("<b>Skill plan</b>"))
        named_after(self.delegations_label, self.delegations)
        named_after(self.skills_label, self.skills)
        self.add_skill.setText(self.tr("Add a &skill…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self._render()  # from what was read: no database work on a language change

    def refresh_icons(self) -> None:
        self.new_delegation.setIcon(icon("delegation-add"))
        self.add_skill.setIcon(icon("skill"))
        self.edit_button.setIcon(icon("edit"))
        self.remove_button.setIcon(icon("trash"))

    def show_person(self, person_uuid: str | None, name: str = "") -> None:
        self._person = (person_uuid, name) if person_uuid else None
        self.refresh()

    def refresh(self) -> None:
        """Read the person's delegations and skills again, and show them."""
        self._delegation_records, self._skill_records = [], []
        if self._person is not None:
            person_uuid = self._person[0]
            self._today = self._journal.delegations.today()
            self._delegation_records = self._journal.delegations.find(
                person_uuid=person_uuid, statuses=tuple(DelegationStatus)
            )
            self._skill_records = self._journal.skills.for_person(person_uuid)
        self._render()

    def _render(self) -> None:
        self.delegations.clear()
        self.skills.clear()
        today = self._today
        for record in self._delegation_records:
            draft = record.draft
            facts = [f"{level_label(draft.level)} → {draft.target_level}",
                     delegation_status_label(draft.status)]  # fmt: skip
            if draft.next_checkin and draft.status is DelegationStatus.ACTIVE:
                when = day_text(draft.next_checkin)
                facts.append(  # late in words, not by colour alone
                    self.tr("check-in overdue since {date}").format(date=when)
                    if record.overdue(today)
                    else self.tr("next check-in {date}").format(date=when)
                )
            item = QTreeWidgetItem([f"{draft.area}\n{' · '.join(facts)}"])
            item.setIcon(0, level_icon(draft.level, self.palette()))
            item.setData(0, UUID_ROLE, record.uuid)
            if record.overdue(today):
                item.setForeground(0, tone(self.palette(), "warning"))
                item.setToolTip(0, self.tr("Check-in overdue"))
            self.delegations.addTopLevelItem(item)
        for skill in self._skill_records:
            self.skills.addTopLevelItem(self._skill_item(skill))
        self.skills.expandAll()
        self._update_buttons()

    def _skill_item(self, skill: SkillRecord) -> QTreeWidgetItem:
        draft = skill.draft
        done, total = skill.progress
        progress = self.tr("reached") if skill.reached else (
            self.tr("{done} of %n action(s) done", "", total).format(done=done)
            if total else ""
        )  # fmt: skip
        facts = [skill_kind_label(draft.kind), f"{draft.level} → {draft.target_level}"]
        if draft.due_on:
            facts.append(self.tr("by {date}").format(date=day_text(draft.due_on)))
        if progress:
            facts.append(progress)
        item = QTreeWidgetItem([f"{draft.name}\n{' · '.join(facts)}"])
        item.setData(0, UUID_ROLE, skill.uuid)
        item.setIcon(0, icon("skill"))
        for action in draft.actions:
            provider = provider_label(action.provider)
            if action.provider_name:
                provider = f"{provider} · {action.provider_name}"
            facts = [action_kind_label(action.kind), provider, action_status_label(action.status)]
            if action.due_on:
                facts.insert(2, self.tr("by {date}").format(date=day_text(action.due_on)))
            child = QTreeWidgetItem([f"{action.description}\n{' · '.join(facts)}"])
            child.setData(0, UUID_ROLE, skill.uuid)
            if action.status is ActionStatus.DONE:
                child.setForeground(0, tone(self.palette(), "muted"))
            item.addChild(child)
        return item

    def _update_buttons(self) -> None:
        has_person = self._person is not None
        self.new_delegation.setEnabled(has_person)
        self.add_skill.setEnabled(has_person)
        selected = self.skills.currentItem() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _new_delegation(self) -> None:
        if self._person is not None:
            self.new_delegation_requested.emit(self._person[0])

    # Skills

    def new_skill(self) -> SkillDialog | None:
        if self._person is None:
            return None
        return self._open(None)

    def edit_skill(self) -> SkillDialog | None:
        item = self.skills.currentItem()
        if item is None or self._person is None:
            return None
        return self._open(self._journal.skills.get(item.data(0, UUID_ROLE)))

    def _open(self, record: SkillRecord | None) -> SkillDialog:
        assert self._person is not None
        dialog = SkillDialog(self._journal.skills, self._person[0], self._person[1],
                             record=record, parent=self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: SkillDialog) -> None:
        if dialog.saved is None:
            return
        self.refresh()
        self.changed.emit()
        self.status.emit(self.tr("Skill “{name}” saved.").format(name=dialog.saved.draft.name))

    def remove_skill(self) -> None:
        item = self.skills.currentItem()
        if item is None:
            return
        skill = self._journal.skills.get(item.data(0, UUID_ROLE))
        question = self.tr("Move the skill “{name}” and its actions to the trash?").format(
            name=skill.draft.name
        )
        if not messages.confirm(self, self.tr("Skill plan"), question, self.tr("Move")):
            return
        self._journal.skills.trash(skill.uuid)
        self.refresh()
        self.changed.emit()
        self.status.emit(self.tr("“{name}” moved to the trash.").format(name=skill.draft.name))
