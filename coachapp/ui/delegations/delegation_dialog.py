"""Creating or editing a delegation: what, to whom, at which level, and how often to check in."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachapp.services.delegations.delegation_levels import Level, next_checkin, suggested_cadence
from coachapp.services.delegations.delegations import (
    AreaKind,
    DelegationDraft,
    DelegationRecord,
    DelegationService,
    DelegationStatus,
)
from coachapp.services.people.people import PeopleService
from coachapp.ui.common import messages
from coachapp.ui.common.dates import pydate, qdate
from coachapp.ui.common.form_dialog import FormDialog, field_row, text_field
from coachapp.ui.common.naming import name_choice, plain
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.delegations.level_style import level_icon
from coachapp.words.growth_labels import (
    area_kind_label,
    delegation_status_label,
    level_label,
    level_meaning,
)


class DelegationDialog(Retranslatable, FormDialog):
    """Creates a delegation (or edits `record`); `saved` holds it once accepted."""

    def __init__(
        self,
        delegations: DelegationService,
        people: PeopleService,
        *,
        record: DelegationRecord | None = None,
        person_uuid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("delegationDialog")
        self._delegations = delegations
        self._record = record
        self.saved: DelegationRecord | None = None
        self._next_touched = False  # the next check-in was chosen, not computed
        self._setting_next = False
        self._build_delegate(delegations, people)
        self._build_rhythm(delegations.today())
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for status in DelegationStatus:
            self.status.addItem(delegation_status_label(status), status.value)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.notes = text_field(self, "notes")
        self.meaning = ToneLabel("muted", self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form(), 1)
        self.add_error_and_buttons(layout)
        self.resize(640, 560)
        self._load(record, person_uuid)
        self.retranslate_ui()

    def _build_delegate(self, delegations: DelegationService, people: PeopleService) -> None:
        """What is delegated, and to a person or a team."""
        self.area = QComboBox(self)
        self.area.setObjectName("area")
        self.area.setEditable(True)
        self.area.addItems(delegations.areas())
        self.area.setCurrentText("")
        self.area_kind = QComboBox(self)
        self.area_kind.setObjectName("areaKind")
        for kind in AreaKind:
            self.area_kind.addItem(area_kind_label(kind), kind.value)
        self.to_person = QRadioButton(self)
        self.to_person.setObjectName("toPerson")
        self.to_team = QRadioButton(self)
        self.to_team.setObjectName("toTeam")
        group = QButtonGroup(self)
        group.addButton(self.to_person)
        group.addButton(self.to_team)
        self.person = QComboBox(self)
        self.person.setObjectName("person")
        for found in people.search(include_inactive=True):
            self.person.addItem(found.name, found.uuid)
        self.team = QComboBox(self)
        self.team.setObjectName("team")
        self.team.setEditable(True)
        self.team.addItems(delegations.teams())
        self.to_person.toggled.connect(self._delegate_kind_changed)

    def _build_rhythm(self, today: date) -> None:
        """The levels now and aimed at, since when, and how often to check in."""
        self.level = self._level_combo("level")
        self.target = self._level_combo("targetLevel")
        self.level.currentIndexChanged.connect(self._rhythm_changed)
        self.started = QDateEdit(self)
        self.started.setObjectName("startedOn")
        self.started.setCalendarPopup(True)
        self.started.setDate(qdate(today))
        self.started.dateChanged.connect(self._rhythm_changed)
        self.suggested = QCheckBox(self)
        self.suggested.setObjectName("suggestedCadence")
        self.suggested.setChecked(True)
        self.suggested.toggled.connect(self._rhythm_changed)
        self.cadence = QSpinBox(self)
        self.cadence.setObjectName("cadence")
        self.cadence.setRange(0, 999)
        self.cadence.valueChanged.connect(self._rhythm_changed)
        self.next_checkin = QDateEdit(self)
        self.next_checkin.setObjectName("nextCheckin")
        self.next_checkin.setCalendarPopup(True)
        self.next_checkin.dateChanged.connect(self._next_edited)

    def _form(self) -> QFormLayout:
        delegate_box = field_row(
            self, self.to_person, (self.person, 1), self.to_team, (self.team, 1)
        )
        cadence_box = field_row(self, self.suggested, self.cadence, end=True)
        self._labels = [QLabel(self) for _ in range(11)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[QWidget] = [
            self.area, self.area_kind, delegate_box, self.level, self.meaning, self.target,
            self.started, cadence_box, self.next_checkin, self.status, self.reason,
        ]  # fmt: skip
        buddies: list[QWidget] = [
            self.area, self.area_kind, self.person, self.level, self.level, self.target,
            self.started, self.cadence, self.next_checkin, self.status, self.reason,
        ]  # fmt: skip
        for label, field, buddy in zip(self._labels, rows, buddies, strict=True):
            label.setBuddy(buddy)
            form.addRow(label, field)
        self._notes_label = QLabel(self)
        self._notes_label.setBuddy(self.notes)
        form.addRow(self._notes_label, self.notes)
        return form

    def _level_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for level in Level:
            combo.addItem(level_icon(level, self.palette()), "", int(level))
        return combo

    def _load(self, record: DelegationRecord | None, person_uuid: str | None) -> None:
        is_new = record is None
        self.status.setVisible(not is_new)
        self._labels[9].setVisible(not is_new)
        self.reason.setVisible(not is_new)
        self._labels[10].setVisible(not is_new)
        if record is None:
            self.level.setCurrentIndex(Level.CONSULT - 1)
            self.target.setCurrentIndex(Level.ADVISE - 1)
            index = self.person.findData(person_uuid) if person_uuid else -1
            self.to_person.setChecked(True)
            self.person.setCurrentIndex(max(0, index))
            self._rhythm_changed()
            return
        draft = record.draft
        self.area.setCurrentText(draft.area)
        self.area_kind.setCurrentIndex(self.area_kind.findData(draft.area_kind.value))
        if draft.person_uuid:
            self.to_person.setChecked(True)
            if self.person.findData(draft.person_uuid) < 0:
                self.person.addItem(record.delegate, draft.person_uuid)
            self.person.setCurrentIndex(self.person.findData(draft.person_uuid))
        else:
            self.to_team.setChecked(True)
            self.team.setCurrentText(draft.team)
        self.level.setCurrentIndex(draft.level - 1)
        self.target.setCurrentIndex(draft.target_level - 1)
        self.started.setDate(qdate(draft.started_on))
        self.suggested.setChecked(draft.cadence_days is None)
        self.cadence.setValue(draft.cadence_days or suggested_cadence(draft.level))
        if draft.next_checkin is not None:
            self._set_next(draft.next_checkin)
        self._next_touched = False
        self.status.setCurrentIndex(self.status.findData(draft.status.value))
        self.notes.setPlainText(draft.notes)
        self._delegate_kind_changed()
        self._show_meaning()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Edit the delegation") if self._record else self.tr("New delegation")
        )
        texts = (
            self.tr("&What is delegated"), self.tr("&Kind"), self.tr("&To"),
            self.tr("&Level now"), "", self.tr("&Aiming at"), self.tr("&Since"),
            self.tr("&Check in every"), self.tr("&Next check-in"), self.tr("&Status"),
            self.tr("&Why the level changes"),
        )  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self._notes_label.setText(self.tr("N&otes"))
        editor = self.area.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(
                self.tr("A decision or a task, e.g. “Planning the front-desk rota”")
            )
        self.to_person.setText(self.tr("a person"))
        self.to_team.setText(self.tr("a team"))
        name_choice(self.team, plain(self.to_team.text()))  # the choice its radio button makes
        for combo in (self.level, self.target):
            for row in range(combo.count()):
                combo.setItemText(row, level_label(combo.itemData(row)))
                combo.setItemData(row, level_meaning(combo.itemData(row)), 3)  # tooltip role
        self.cadence.setSuffix(self.tr(" days"))
        self.reason.setPlaceholderText(self.tr("What made you change it (kept in the history)"))
        self._rhythm_changed()

    # Live help

    def _delegate_kind_changed(self) -> None:
        self.person.setEnabled(self.to_person.isChecked())
        self.team.setEnabled(self.to_team.isChecked())

    def _show_meaning(self) -> None:
        self.meaning.setText(level_meaning(self.level.currentData()))

    def _rhythm_changed(self) -> None:
        level = self.level.currentData()
        if level is None:
            return
        self._show_meaning()
        self.suggested.setText(
            self.tr("as suggested for this level ({days} days)").format(
                days=suggested_cadence(level)
            )
        )
        self.cadence.setEnabled(not self.suggested.isChecked())
        if self.suggested.isChecked():
            self.cadence.setValue(suggested_cadence(level))
        record = self._record
        level_changed = record is not None and level != record.draft.level
        self.reason.setEnabled(level_changed)
        if self._next_touched:
            return
        cadence = self._cadence()
        if record is not None and not level_changed and cadence == record.draft.cadence_days:
            return
        if record is None:
            last = pydate(self.started.date())
        elif level_changed:
            last = self._delegations.today()
        else:
            last = record.last_checkin or record.draft.started_on
        if cadence is not None and cadence < 1:
            return  # the service says why when saving
        self._set_next(next_checkin(last, level, cadence, level_changed=level_changed))

    def _cadence(self) -> int | None:
        return None if self.suggested.isChecked() else self.cadence.value()

    def _set_next(self, day: date) -> None:
        self._setting_next = True
        self.next_checkin.setDate(qdate(day))
        self._setting_next = False

    def _next_edited(self) -> None:
        if not self._setting_next:
            self._next_touched = True

    # Saving

    def draft(self) -> DelegationDraft:
        person = self.person.currentData() if self.to_person.isChecked() else None
        base = self._record.draft if self._record else None
        if self._next_touched:
            following: date | None = pydate(self.next_checkin.date())
        else:
            following = base.next_checkin if base else None
        return DelegationDraft(
            area=self.area.currentText(),
            level=self.level.currentData(),
            target_level=self.target.currentData(),
            started_on=pydate(self.started.date()),
            person_uuid=person,
            team="" if self.to_person.isChecked() else self.team.currentText(),
            area_kind=AreaKind(self.area_kind.currentData()),
            cadence_days=self._cadence(),
            next_checkin=following,
            status=DelegationStatus(self.status.currentData())
            if base
            else (DelegationStatus.ACTIVE),
            notes=self.notes.toPlainText(),
        )

    def confirm(self) -> bool:
        """Aiming below the level now takes part of the delegation back: make sure it is meant."""
        draft = self.draft()
        if draft.target_level >= draft.level:
            return True
        question = self.tr(
            "The level you aim at ({target}) is below the level now ({level}): you plan to "
            "take part of this delegation back. Is that what you mean?"
        ).format(target=level_label(draft.target_level), level=level_label(draft.level))
        if messages.confirm(self, self.tr("Aiming lower"), question, self.tr("Yes")):
            return True
        self.target.setFocus()
        return False

    def save(self) -> None:
        if self._record is None:
            self.saved = self._delegations.create(self.draft())
        else:
            self.saved = self._delegations.update(
                self._record.uuid, self.draft(), reason=self.reason.text()
            )

    def field_for(self, name: str) -> QWidget | None:
        fields: dict[str, QWidget] = {
            "area": self.area, "delegate": self.person if self.to_person.isChecked()
            else self.team, "level": self.level, "target_level": self.target,
            "cadence": self.cadence, "next_checkin": self.next_checkin, "notes": self.notes,
            "status": self.status, "reason": self.reason,
        }  # fmt: skip
        return fields.get(name, self.area)
