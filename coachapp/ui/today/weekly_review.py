"""The weekly review, a guided flow: the week as the journal holds it, then four questions;
the answers become one journal entry."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from coachapp.context import Journal
from coachapp.i18n import format_value
from coachapp.services.today.weekly_review import WeekSummary, week_summary, write_review
from coachapp.ui.common.form_dialog import text_field
from coachapp.ui.common.widgets import ToneLabel


def _page(wizard: QWizard, name: str) -> tuple[QWizardPage, ToneLabel, QPlainTextEdit]:
    page = QWizardPage(wizard)
    hint = ToneLabel("muted", page)
    hint.setWordWrap(True)
    text = text_field(page, name)
    layout = QVBoxLayout(page)
    layout.addWidget(hint)
    layout.addWidget(text, 1)
    wizard.addPage(page)
    return page, hint, text


class WeeklyReview(QWizard):
    """`entry_uuid` holds the entry written once the flow is finished."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weeklyReview")
        self._journal = journal
        self.entry_uuid: str | None = None
        self.summary: WeekSummary = week_summary(journal.prompts.today())
        self.week = QLabel(self)
        self.week.setWordWrap(True)
        made = [_page(self, name) for name in ("happened", "tried", "learned", "delegate")]
        self._pages = [page for page, _hint, _text in made]
        self._hints = [hint for _page_, hint, _text in made]
        self.happened, self.tried, self.learned, self.delegate = (text for *_, text in made)
        layout = self._pages[0].layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.week)
        self.setWindowTitle(self.tr("Weekly review"))
        self.resize(640, 480)
        self._texts()

    def _texts(self) -> None:
        titles = (
            self.tr("What happened"),
            self.tr("What I tried"),
            self.tr("What I learned"),
            self.tr("What I delegate next"),
        )
        hints = (
            self.tr("A few lines on the week: what moved, what got stuck, who you helped grow."),
            self.tr("A new way of doing, a method, a conversation you had never had."),
            self.tr("From what worked and from what did not: both count."),
            self.tr("A decision or a task someone in the team could take on, and at which level."),
        )
        for page, title, hint_label, hint in zip(self._pages, titles, self._hints, hints,
                                                 strict=True):  # fmt: skip
            page.setTitle(title)
            hint_label.setText(hint)
        for page, text in zip(self._pages, (self.happened, self.tried, self.learned,
                                            self.delegate), strict=True):  # fmt: skip
            text.setAccessibleName(page.title())  # the question the page asks
        self.week.setText(self._week_text())

    def _week_text(self) -> str:
        week = self.summary
        facts = [
            self.tr("%n entry(ies) written", "", week.entries),
            self.tr("%n meeting(s) held", "", len(week.rituals)),
            self.tr("%n check-in(s)", "", week.checkins),
            self.tr("%n level change(s)", "", week.level_changes),
        ]
        lines = [html.escape(" · ".join(facts))]
        for label, titles in ((self.tr("Experiments started"), week.started),
                              (self.tr("Experiments concluded"), week.concluded)):  # fmt: skip
            if titles:
                lines.append(f"<b>{html.escape(label)}</b>: {html.escape(', '.join(titles))}")
        heading = self.tr("From {first} to {last}").format(
            first=format_value(week.first), last=format_value(week.last)
        )
        return f"<b>{html.escape(heading)}</b><br>" + "<br>".join(lines)

    def answers(self) -> list[tuple[str, str]]:
        texts = (self.happened, self.tried, self.learned, self.delegate)
        return [
            (page.title(), text.toPlainText())
            for page, text in zip(self._pages, texts, strict=True)
        ]

    def accept(self) -> None:
        week = self.summary.last.isocalendar().week
        record = write_review(
            self._journal.entries,
            title=self.tr("Week {week} review").format(week=week),
            sections=self.answers(),
            at=self._journal.clock.now(),
        )
        self.entry_uuid = record.uuid
        super().accept()
