"""The words of a reading export (Markdown, HTML, PDF) in the current language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from coachapp.i18n import Translatable, format_datetime, format_value
from coachapp.services.delegations.delegations import Went
from coachapp.services.experiments.experiments import ExpStatus, Outcome
from coachapp.services.journal.journal import EntryKind
from coachapp.services.people.people import PersonKind
from coachapp.words.experiment_labels import exp_status_label, outcome_label
from coachapp.words.growth_labels import went_label
from coachapp.words.labels import entry_kind_label, kind_label


class ReportWords(Translatable):
    def text(self, key: str) -> str:
        head, _, tail = key.partition(".")
        if head == "person":
            return kind_label(PersonKind(tail))
        if head == "went":
            return went_label(Went(tail))
        if head == "status":
            return exp_status_label(ExpStatus(tail))
        if head == "outcome":
            return outcome_label(Outcome(tail))
        return self._fixed()[key]

    def _fixed(self) -> dict[str, str]:
        return {
            "title": self.tr("Management journal"),
            "subtitle": self.tr("Exported on {day} from CoachApp"),
            "contents": self.tr("Contents"),
            "section.insights": self.tr("Insights"),
            "person_title": self.tr("What this journal holds about {name}"),
            "section.entries": self.tr("Journal"),
            "section.rituals": self.tr("Co-construction rituals"),
            "section.delegations": self.tr("Delegations"),
            "section.experiments": self.tr("Experiments"),
            "section.skills": self.tr("Skill plans"),
            "section.people": self.tr("People"),
            "private": self.tr("private"),
            "held": self.tr("Held on"),
            "delegation": self.tr("{delegate} · level {level}, aiming at {target}"),
            "skill": self.tr("{person} · level {level}, aiming at {target}"),
            "me": self.tr("led by the manager"),
            "believe": self.tr("We believe that"),
            "verify": self.tr("To verify it, we will"),
            "measure": self.tr("And measure"),
            "right_if": self.tr("We are right if"),
            "observed": self.tr("We observed"),
            "learned": self.tr("We learned"),
            "abandoned_reason": self.tr("Abandoned because:"),
        }

    def kind(self, kind: str) -> str:
        return entry_kind_label(EntryKind(kind))

    def day(self, iso: str) -> str:
        """A day spelt out, or a moment as the locale writes it (naive: local wall-clock)."""
        if len(iso) == 10:
            return format_value(date.fromisoformat(iso))
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        if moment.tzinfo is not None:
            return format_datetime(moment)
        local = QDateTime(
            QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
        )
        return QLocale().toString(local, QLocale.FormatType.ShortFormat)
