"""Recording a check-in: the day, how it went, the level from now on, and a note."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coachapp.services.delegations.checkin_entries import check_in_with_entry
from coachapp.services.delegations.delegation_levels import Level, next_checkin
from coachapp.services.delegations.delegations import (
    CheckIn,
    DelegationRecord,
    DelegationService,
    Went,
)
from coachapp.services.journal.journal import JournalService
from coachapp.ui.common.dates import day_text, pydate, qdate
from coachapp.ui.common.form_dialog import FormDialog, text_field
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.delegations.level_style import level_icon
from coachapp.words.growth_labels import level_label, level_meaning, went_label


class CheckInDialog(Retranslatable, FormDialog):
    """`saved` holds the check-in once the dialog is accepted."""

    def __init__(
        self,
        delegations: DelegationService,
        entries: JournalService,
        record: DelegationRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self._delegations = delegations
        self._entries = entries
        self._record = record
        self.saved: CheckIn | None = None
        today = delegations.today()
        self.day = QDateEdit(self)
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDate(qdate(today))
        self.day.setMaximumDate(qdate(today))
        self.day.setMinimumDate(qdate(min(record.draft.started_on, today)))
        self.went = QComboBox(self)
        self.went.setObjectName("went")
        for went in Went:
            self.went.addItem("", went.value)
        self.level = QComboBox(self)
        self.level.setObjectName("level")
        for level in Level:
            self.level.addItem(level_icon(level, self.palette()), "", int(level))
        self.level.setCurrentIndex(record.draft.level - 1)
        self.level.currentIndexChanged.connect(self._explain)
        self.day.dateChanged.connect(self._explain)
        self.note = text_field(self, "note")
        self.keep_in_journal = QCheckBox(self)
        self.keep_in_journal.setObjectName("keepInJournal")
        self.keep_in_journal.setChecked(True)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.hint = ToneLabel("muted", self)
        self.hint.setObjectName("hint")
        self._labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(
            self._labels, (self.day, self.went, self.level, self.note), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.hint)
        form.addRow("", self.keep_in_journal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form, 1)
        self.add_error_and_buttons(layout)
        self.resize(560, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check-in"))
        self.heading.setText(
            self.tr("<b>{area}</b> — {delegate}").format(
                area=html.escape(self._record.draft.area),
                delegate=html.escape(self._record.delegate),
            )
        )
        texts = (self.tr("&Day"), self.tr("&How it went"), self.tr("&Level from now on"),
                 self.tr("&Note"))  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for row in range(self.went.count()):
            self.went.setItemText(row, went_label(Went(self.went.itemData(row))))
        for row in range(self.level.count()):
            self.level.setItemText(row, level_label(self.level.itemData(row)))
        self.note.setPlaceholderText(
            self.tr("What they decided, what helped, what to adjust next time")
        )
        self.keep_in_journal.setText(self.tr("Also keep it in the journal (a linked entry)"))
        self._explain()

    def _explain(self) -> None:
        day = pydate(self.day.date())
        last = self._record.last_checkin
        if last is not None and day < last:
            self.hint.setText(
                self.tr(
                    "This check-in comes before the last one ({date}): it joins the list, and "
                    "the level and the next check-in stay as they are."
                ).format(date=day_text(last, long=True))
            )
            return
        level = self.level.currentData()
        cadence = self._record.draft.cadence_days
        changed = level != self._record.draft.level
        following = next_checkin(pydate(self.day.date()), level, cadence, level_changed=changed)
        text = self.tr("{meaning} Next check-in: {date}.").format(
            meaning=level_meaning(level),
            date=day_text(following, long=True),
        )
        if changed:
            text += " " + self.tr("The change goes into the history with your note.")
        self.hint.setText(text)

    def save(self) -> None:
        day, level = pydate(self.day.date()), int(self.level.currentData())
        went, note = Went(self.went.currentData()), self.note.toPlainText()
        if self.keep_in_journal.isChecked():
            title = self.tr("Check-in: {area} — {delegate}").format(
                area=self._record.draft.area, delegate=self._record.delegate
            )
            self.saved = check_in_with_entry(
                self._delegations, self._entries, self._record.uuid,
                day=day, level=level, went=went, note=note, title=title,
            )  # fmt: skip
        else:
            self.saved = self._delegations.check_in(
                self._record.uuid, day=day, level=level, went=went, note=note
            )

    def field_for(self, name: str) -> QWidget | None:
        return {"day": self.day, "level": self.level}.get(name)
