"""One experiment: its test card, what makes it safe, the learning card, chain and moves."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import NotFoundError
from coachapp.i18n import format_datetime
from coachapp.services.exchange.feedback import FeedbackService
from coachapp.services.experiments.experiments import (
    ALLOWED,
    ExperimentRecord,
    ExperimentService,
    ExpStatus,
    Move,
)
from coachapp.ui.common.coach_notes import CoachNotes
from coachapp.ui.common.dates import day_text
from coachapp.ui.common.icons import icon
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import WrappingRow, hint_or_page
from coachapp.words.experiment_labels import (
    exp_status_label,
    next_step_label,
    outcome_label,
    risk_label,
    scale_label,
)

FORWARD = {  # the usual next step from each status
    ExpStatus.IDEA: ExpStatus.PLANNED,
    ExpStatus.PLANNED: ExpStatus.RUNNING,
    ExpStatus.RUNNING: ExpStatus.CONCLUDED,
    ExpStatus.ABANDONED: ExpStatus.IDEA,
}


class ExperimentPanel(Retranslatable, QWidget):
    edit_requested = Signal(str)
    move_requested = Signal(str, str)  # uuid, target status
    next_requested = Signal(str)  # start the next experiment of the chain
    trash_requested = Signal(str)
    open_requested = Signal(str)  # another experiment of the chain

    def __init__(
        self, experiments: ExperimentService, feedback: FeedbackService,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._experiments = experiments
        self.coach_notes = CoachNotes(feedback, self)
        self.record: ExperimentRecord | None = None
        self._moves: list[Move] = []
        self._chain: dict[str, str] = {}  # the previous and next experiments: uuid -> title
        page = QWidget(self)
        self.text = QTextBrowser(page)
        self.text.setObjectName("experimentText")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(lambda url: self.open_requested.emit(url.path()))
        self.edit_button = QPushButton(page)
        self.edit_button.setObjectName("edit")
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.forward = QPushButton(page)
        self.forward.setObjectName("forward")
        self.forward.clicked.connect(self._forward)
        self.stop_button = QPushButton(page)
        self.stop_button.setObjectName("abandon")
        self.stop_button.clicked.connect(
            lambda: self.record and self.move_requested.emit(self.record.uuid, "abandoned")
        )
        self.next_button = QPushButton(page)
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(lambda: self._emit(self.next_requested))
        self.trash_button = QToolButton(page)  # an icon: the panel stays narrow
        self.trash_button.setObjectName("trash")
        self.trash_button.clicked.connect(lambda: self._emit(self.trash_requested))
        buttons = QHBoxLayout()
        moves = (self.forward, self.stop_button, self.next_button, self.edit_button)
        buttons.addWidget(WrappingRow(*moves, stretch_first=False, parent=page))
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.coach_notes)
        layout.addWidget(self.text, 1)
        self.empty, self._stack = hint_or_page(self, page)
        self.retranslate_ui()

    def _emit(self, signal: object) -> None:
        if self.record is not None:
            signal.emit(self.record.uuid)  # type: ignore[attr-defined]

    def _forward(self) -> None:
        if self.record is not None and self.record.status in FORWARD:
            self.move_requested.emit(self.record.uuid, FORWARD[self.record.status].value)

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("Select an experiment on the board, or write a new one."))
        self.text.setAccessibleName(self.tr("The chosen experiment"))
        self.edit_button.setText(self.tr("Edi&t…"))
        self.stop_button.setText(self.tr("A&bandon…"))
        self.next_button.setText(self.tr("Ne&xt experiment…"))
        self.trash_button.setToolTip(self.tr("Move to trash"))
        self.trash_button.setAccessibleName(self.tr("Move to trash"))
        if self.record is not None:
            self._show(self.record)

    def refresh_icons(self) -> None:
        self.edit_button.setIcon(icon("edit"))
        self.trash_button.setIcon(icon("trash"))
        self.next_button.setIcon(icon("experiment-add"))
        self.forward.setIcon(icon("experiment-forward"))

    def show_experiment(self, experiment_uuid: str | None) -> None:
        if experiment_uuid is None:
            self.record = None
            self._stack.setCurrentIndex(0)
            return
        try:
            self.record = self._experiments.get(experiment_uuid)
        except NotFoundError:
            self.show_experiment(None)
            return
        self.coach_notes.show_for(experiment_uuid)
        self._moves = self._experiments.moves(experiment_uuid)
        self._chain = {}
        for other in (self.record.previous_uuid, *self.record.next_uuids):
            try:
                if other:
                    self._chain[other] = self._experiments.get(other).draft.title
            except NotFoundError:  # trashed meanwhile: the chain shows what is left
                continue
        self._show(self.record)
        self._stack.setCurrentIndex(1)

    def _show(self, record: ExperimentRecord) -> None:
        forward_texts = {
            ExpStatus.IDEA: self.tr("&Plan it"),
            ExpStatus.PLANNED: self.tr("&Start it"),
            ExpStatus.RUNNING: self.tr("&Conclude…"),
            ExpStatus.ABANDONED: self.tr("Back to &ideas"),
        }
        self.forward.setVisible(record.status in forward_texts)
        self.forward.setText(forward_texts.get(record.status, ""))
        self.stop_button.setVisible(ExpStatus.ABANDONED in ALLOWED[record.status])
        self.next_button.setVisible(record.status is ExpStatus.CONCLUDED)
        self.text.setHtml(self._html(record))

    def _html(self, record: ExperimentRecord) -> str:
        e = html.escape
        draft, card, safety = record.draft, record.draft.card, record.draft.safety
        who = record.owner or self.tr("me")
        facts = [exp_status_label(record.status), self.tr("led by {who}").format(who=who),
                 risk_label(safety.risk)]  # fmt: skip
        if draft.starts_on and draft.review_on:
            facts.append(
                self.tr("from {start} to the review on {review}").format(
                    start=day_text(draft.starts_on), review=day_text(draft.review_on)
                )
            )
        elif draft.starts_on:
            facts.append(self.tr("from {start}").format(start=day_text(draft.starts_on)))
        if draft.review_on and record.review_due(self._experiments.today()):
            facts.append(self.tr("review due"))
        if record.ritual_title:
            facts.append(
                self.tr("came from the ritual “{title}”").format(title=record.ritual_title)
            )
        titles = {
            "card": self.tr("Test card"), "safe": self.tr("Safe to fail"),
            "learning": self.tr("Learning card"), "path": self.tr("Its path"),
            "follows": self.tr("Follows"), "led_to": self.tr("Led to"),
        }  # fmt: skip
        rows = (
            (self.tr("We believe that"), card.believe),
            (self.tr("To verify it, we will"), card.verify),
            (self.tr("And measure"), card.measure),
            (self.tr("We are right if"), card.right_if),
        )
        parts = [f"<h2>{e(draft.title)}</h2>", f"<p><i>{e(' · '.join(facts))}</i></p>"]
        parts.append(f"<h3>{e(titles['card'])}</h3>")
        parts += [f"<p><b>{e(label)}</b> {e(text)}</p>" for label, text in rows if text]
        ratings = (
            (self.tr("Criticality"), card.criticality), (self.tr("Cost"), card.cost),
            (self.tr("Data reliability"), card.reliability),
        )  # fmt: skip
        parts.append(
            "<p><small>"
            + " &nbsp; ".join(f"<b>{e(label)}</b> {e(scale_label(v))}" for label, v in ratings)
            + "</small></p>"
        )
        safe = (
            (self.tr("Scope"), safety.scope), (self.tr("Duration"), safety.duration),
            (self.tr("Going back"), safety.reversibility),
        )  # fmt: skip
        if any(text for _label, text in safe):
            parts.append(f"<h3>{e(titles['safe'])}</h3>")
            parts += [f"<p><b>{e(label)}</b> {e(text)}</p>" for label, text in safe if text]
        if record.learning is not None:
            learning = record.learning
            confidence = self.tr("confidence {n}/5").format(
                n=QLocale().toString(learning.confidence)
            )
            lines = (
                (self.tr("We observed"), learning.observed),
                (self.tr("We learned"), learning.learned),
                (self.tr("Therefore we will"), next_step_label(learning.next_step)),
            )
            parts.append(f"<h3>{e(titles['learning'])}</h3>")
            parts.append(f"<p><b>{e(outcome_label(learning.outcome))}</b> · {e(confidence)}</p>")
            parts += [f"<p><b>{e(label)}</b> {e(text)}</p>" for label, text in lines]
        if record.status is ExpStatus.ABANDONED and record.abandoned_reason:
            reason = self.tr("Abandoned because: {reason}").format(reason=record.abandoned_reason)
            parts.append(f"<p>{e(reason)}</p>")
        links = [(titles["follows"], record.previous_uuid)] if record.previous_uuid else []
        links += [(titles["led_to"], following) for following in record.next_uuids]
        for label, other in links:
            if other in self._chain:
                link = f"<a href='x:{other}'>{e(self._chain[other])}</a>"
                line = self.tr("{label}: {link}").format(label=e(label), link=link)
                parts.append(f"<p>{line}</p>")
        if self._moves:
            parts.append(f"<h3>{e(titles['path'])}</h3><ul>")
            for move in self._moves:
                line = f"{format_datetime(move.changed_at)} · {exp_status_label(move.to_status)}"
                if move.note:
                    line += f" · {move.note}"
                parts.append(f"<li>{e(line)}</li>")
            parts.append("</ul>")
        return "".join(parts)
