"""Planning a ritual: from a method, when and where, how often, and with whom."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coachapp.i18n import current_language
from coachapp.services.people.people import PeopleService
from coachapp.services.rituals.methods import Method, MethodLibrary, Purpose
from coachapp.services.rituals.recurrence import Repeat, build_rule, week_of_month
from coachapp.services.rituals.rituals import RitualDraft, RitualRecord, RitualService
from coachapp.timezones import local_zone
from coachapp.ui.common.form_dialog import FormDialog
from coachapp.ui.common.markdown_edit import MarkdownEdit
from coachapp.ui.common.people_checklist import check, checked, people_checklist
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.rituals.group_counts import GroupCounts
from coachapp.words.labels import method_size, purpose_label

ENDS = ("never", "until", "count")


def agenda_from(method: Method, language: str) -> str:
    """A first agenda: the method's steps as a checklist the manager can rewrite."""
    return "\n".join(f"- [ ] {step}" for step in method.steps_in(language))


class RitualPlanner(Retranslatable, FormDialog):
    """Creates a ritual (or edits `record`); `saved` holds the result after acceptance."""

    def __init__(
        self,
        rituals: RitualService,
        *,
        library: MethodLibrary,
        people: PeopleService,
        record: RitualRecord | None = None,
        method_key: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._rituals = rituals
        self._library = library
        self._record = record
        self._language = current_language() or "fr"
        self._generated_agenda = ""
        self.saved: RitualRecord | None = None

        general = self._build_general(library)
        who = self._build_who(people)
        self.agenda = MarkdownEdit(self)
        self.agenda.setObjectName("agenda")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, "")
        self.tabs.addTab(who, "")
        self.tabs.addTab(self.agenda, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        self.add_error_and_buttons(layout)
        self.resize(680, 620)
        self._load(record, method_key)
        self._describe_method()
        self.retranslate_ui()

    def _build_general(self, library: MethodLibrary) -> QWidget:
        """The first tab: what, when, where and how often, with a word on the method."""
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        self.method.addItem("", "")
        for method in library.methods(self._language):
            self.method.addItem(method.name(self._language), method.key)
        self.method.currentIndexChanged.connect(self._method_chosen)
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("purpose")
        self.purpose.addItem("", "")
        for purpose in Purpose:
            self.purpose.addItem(purpose_label(purpose), purpose.value)
        self.starts = QDateTimeEdit(self)
        self.starts.setObjectName("starts")
        self.starts.setCalendarPopup(True)
        self.ends = QTimeEdit(self)
        self.ends.setObjectName("ends")
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self._build_repeat()
        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(self._form())
        self.method_note = ToneLabel("muted", self)
        self.method_note.setObjectName("methodNote")
        self.method_note.setTextFormat(Qt.TextFormat.PlainText)
        general_layout.addWidget(self.method_note)
        general_layout.addStretch(1)
        return general

    def _build_repeat(self) -> None:
        """How often it repeats, until when, or by which rule."""
        self.repeat = QComboBox(self)
        self.repeat.setObjectName("repeat")
        for repeat in Repeat:
            self.repeat.addItem("", repeat.value)
        self.rule = QLineEdit(self)
        self.rule.setObjectName("rule")
        self.end_kind = QComboBox(self)
        self.end_kind.setObjectName("endKind")
        for value in ENDS:
            self.end_kind.addItem("", value)
        self.until = QDateEdit(self)
        self.until.setObjectName("until")
        self.until.setCalendarPopup(True)
        self.count = QSpinBox(self)
        self.count.setObjectName("count")
        self.count.setRange(1, 500)
        self.count.setValue(10)
        for widget in (self.repeat, self.end_kind):
            widget.currentIndexChanged.connect(self._update_repeat)
        self.starts.dateTimeChanged.connect(self._update_repeat)

    def _form(self) -> QFormLayout:
        self._labels = [QLabel(self) for _ in range(8)]
        when = QHBoxLayout()
        when.addWidget(self.starts, 1)
        when.addWidget(self._labels[7])
        self._labels[7].setBuddy(self.ends)
        when.addWidget(self.ends)
        ending = QHBoxLayout()
        ending.addWidget(self.end_kind)
        ending.addWidget(self.until)
        ending.addWidget(self.count)
        ending.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rule_label = QLabel(self)
        labels = [*self._labels[:7], self._rule_label]
        buddies = [self.title, self.method, self.purpose, self.starts, self.place, self.repeat,
                   self.end_kind, self.rule]  # fmt: skip
        for label, buddy in zip(labels, buddies, strict=True):
            label.setBuddy(buddy)
        form.addRow(labels[0], self.title)
        form.addRow(labels[1], self.method)
        form.addRow(labels[2], self.purpose)
        form.addRow(labels[3], when)
        form.addRow(labels[4], self.place)
        form.addRow(labels[5], self.repeat)
        form.addRow(labels[6], ending)
        form.addRow(labels[7], self.rule)
        return form

    def _build_who(self, people: PeopleService) -> QWidget:
        """The second tab: the people invited, and how many of each group without names."""
        self.people, self.people_filter = people_checklist(self, people.search())
        self.groups_box = QGroupBox(self)
        self.group_counts = GroupCounts(self.groups_box, prefix="group_", columns=3)
        QVBoxLayout(self.groups_box).addWidget(self.group_counts)
        who = QWidget(self)
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.people_filter)
        who_layout.addWidget(self.people, 1)
        who_layout.addWidget(self.groups_box)
        return who

    # Texts

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Edit the ritual") if self._record else self.tr("Plan a ritual")
        )
        texts = (
            self.tr("&Title"),
            self.tr("&Method"),
            self.tr("P&urpose"),
            self.tr("&When"),
            self.tr("&Place"),
            self.tr("&Repeats"),
            self.tr("&Ends"),
            self.tr("until"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self._rule_label.setText(self.tr("Ru&le (RFC 5545)"))
        self.method.setItemText(0, self.tr("No method"))
        self.purpose.setItemText(0, self.tr("Not said"))
        for row in range(1, self.purpose.count()):
            self.purpose.setItemText(row, purpose_label(Purpose(self.purpose.itemData(row))))
        ends = {"never": self.tr("Never"), "until": self.tr("On a date"),
                "count": self.tr("After a number of times")}  # fmt: skip
        for row in range(self.end_kind.count()):
            self.end_kind.setItemText(row, ends[self.end_kind.itemData(row)])
        self.count.setSuffix(self.tr(" times"))
        self.rule.setPlaceholderText("FREQ=WEEKLY;BYDAY=TU,TH")
        self.people_filter.setPlaceholderText(self.tr("Find a person"))
        self.people_filter.setAccessibleName(self.people_filter.placeholderText())
        self.people.setAccessibleName(self.tr("People invited"))
        self.groups_box.setTitle(self.tr("Stakeholder groups without names (how many)"))
        self.tabs.setTabText(0, self.tr("&General"))
        self.tabs.setTabText(1, self.tr("W&ho"))
        self.tabs.setTabText(2, self.tr("&Agenda"))
        for widget in (self.starts, self.until):
            widget.setLocale(QLocale())
        self._update_repeat()

    def _repeat_texts(self) -> dict[str, str]:
        start = self.starts.dateTime().date()
        day = QLocale().dayName(start.dayOfWeek())
        nth = week_of_month(date(start.year(), start.month(), start.day()))
        ordinal = {1: self.tr("first"), 2: self.tr("second"), 3: self.tr("third"),
                   4: self.tr("fourth"), -1: self.tr("last")}[nth]  # fmt: skip
        return {
            Repeat.NONE: self.tr("Does not repeat"),
            Repeat.WEEKLY: self.tr("Every week on {day}").format(day=day),
            Repeat.FORTNIGHTLY: self.tr("Every two weeks on {day}").format(day=day),
            Repeat.MONTHLY_WEEKDAY: self.tr("Every month on the {nth} {day}").format(
                nth=ordinal, day=day
            ),
            Repeat.MONTHLY_DAY: self.tr("Every month on day {number}").format(number=start.day()),
            Repeat.CUSTOM: self.tr("Custom rule"),
        }

    def _update_repeat(self) -> None:
        texts = self._repeat_texts()
        for row in range(self.repeat.count()):
            self.repeat.setItemText(row, texts[self.repeat.itemData(row)])
        repeat = Repeat(self.repeat.currentData())
        repeating = repeat is not Repeat.NONE
        custom = repeat is Repeat.CUSTOM
        self.rule.setVisible(custom)
        self._rule_label.setVisible(custom)
        self.end_kind.setEnabled(repeating and not custom)
        end = self.end_kind.currentData()
        self.until.setVisible(repeating and not custom and end == "until")
        self.count.setVisible(repeating and not custom and end == "count")

    # Loading and reading

    def _load(self, record: RitualRecord | None, method_key: str) -> None:
        zone = local_zone()
        if record is None:
            tomorrow = datetime.now(zone).date()
            start = QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(10, 0))
            self.starts.setDateTime(start.addDays(1))
            self.ends.setTime(QTime(11, 30))
            self.until.setDate(start.date().addMonths(6))
            self.method.setCurrentIndex(max(0, self.method.findData(method_key)))
            return
        draft = record.draft
        local = draft.starts_at
        self.title.setText(draft.title)
        self.method.blockSignals(True)
        self.method.setCurrentIndex(max(0, self.method.findData(draft.method_key)))
        self.method.blockSignals(False)
        self.purpose.setCurrentIndex(
            max(0, self.purpose.findData(draft.purpose.value if draft.purpose else ""))
        )
        self.starts.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self.ends.setTime(self.starts.time().addSecs(draft.duration_minutes * 60))
        self.place.setText(draft.place)
        self.until.setDate(self.starts.date().addMonths(6))
        if draft.rrule:
            self.repeat.setCurrentIndex(self.repeat.findData(Repeat.CUSTOM.value))
            self.rule.setText(draft.rrule)
        check(self.people, draft.people)
        self.group_counts.set_counts(draft.groups)
        self.agenda.setPlainText(draft.agenda)

    def _describe_method(self) -> None:
        method = self._library.get(self.method.currentData() or "")
        self.method_note.setVisible(method is not None)
        if method is not None:
            self.method_note.setText(f"{method_size(method)}\n\n{method.summary(self._language)}")

    def _method_chosen(self) -> None:
        self._describe_method()
        method = self._library.get(self.method.currentData() or "")
        if method is None:
            return
        if not self.title.text().strip():
            self.title.setText(method.name(self._language))
        if method.purposes:
            self.purpose.setCurrentIndex(self.purpose.findData(method.purposes[0].value))
        start = self.starts.time()
        self.ends.setTime(start.addSecs(method.minutes[1] * 60))
        current = self.agenda.toPlainText().strip()
        if not current or current == self._generated_agenda.strip():
            self._generated_agenda = agenda_from(method, self._language)
            self.agenda.setPlainText(self._generated_agenda)

    def draft(self) -> RitualDraft:
        start_q = self.starts.dateTime()
        day, moment = start_q.date(), start_q.time()
        start = datetime(
            day.year(), day.month(), day.day(), moment.hour(), moment.minute(), tzinfo=local_zone()
        )
        minutes = moment.secsTo(self.ends.time()) // 60
        repeat = Repeat(self.repeat.currentData())
        if repeat is Repeat.CUSTOM:
            rule = self.rule.text()
        else:
            end = self.end_kind.currentData()
            until_q = self.until.date()
            until = date(until_q.year(), until_q.month(), until_q.day()) if end == "until" else None
            rule = build_rule(repeat, start, until, self.count.value() if end == "count" else None)
        purpose = self.purpose.currentData()
        return RitualDraft(
            title=self.title.text(),
            starts_at=start,
            duration_minutes=minutes,
            method_key=self.method.currentData() or "",
            purpose=Purpose(purpose) if purpose else None,
            place=self.place.text(),
            rrule=rule,
            agenda=self.agenda.toPlainText(),
            people=checked(self.people),
            groups=self.group_counts.counts(),
        )

    def save(self) -> None:
        if self._record is None:
            self.saved = self._rituals.create(self.draft())
        else:
            self.saved = self._rituals.update(self._record.uuid, self.draft())

    def field_for(self, name: str) -> QWidget | None:
        fields: dict[str, QWidget] = {
            "title": self.title, "duration": self.ends, "rrule": self.rule,
            "agenda": self.agenda, "groups": self.groups_box,
        }  # fmt: skip
        return fields.get(name)
