"""Rating the month on the grid's dimensions: five choices each, the anchor of the chosen one in
plain words, and a fact as evidence for a 4 or a 5."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachapp.context import Journal
from coachapp.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from coachapp.i18n import current_language
from coachapp.services.today.self_assessment import Dimension, Rating
from coachapp.ui.common.form_dialog import FormDialog
from coachapp.ui.common.widgets import ToneLabel
from coachapp.ui.guide.links import linked, pillar_link

EVIDENCE_FROM = 4  # ratings that ask for a concrete fact
_NO_FACT = QT_TRANSLATE_NOOP(
    "SelfAssessmentDialog", "For a {rating}, note one concrete fact that shows it."
)
_NO_RATING = QT_TRANSLATE_NOOP("SelfAssessmentDialog", "Rate at least one dimension, or cancel.")


class _Row:
    """One dimension: its name, five choices, the chosen anchor, the evidence."""

    def __init__(self, dimension: Dimension, parent: QWidget, grid: QGridLayout, line: int) -> None:
        self.dimension = dimension
        language = current_language() or "en"
        name = html.escape(dimension.name.get(language, dimension.key))
        self.name = linked(QLabel(f"<b>{name}</b> · {pillar_link(dimension.pillar)}"))
        self.choices = QButtonGroup(parent)
        buttons = QHBoxLayout()
        for value in range(1, 6):
            button = QRadioButton(str(value), parent)
            button.setAccessibleName(f"{dimension.name.get(language, '')} {value}")
            self.choices.addButton(button, value)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.anchor = ToneLabel("muted", parent)
        self.anchor.setWordWrap(True)
        self.note = QLineEdit(parent)
        self.note.setObjectName(f"note{dimension.key}")
        self.note.setAccessibleName(
            QCoreApplication.translate("SelfAssessmentDialog", "A fact for {dimension}").format(
                dimension=dimension.name.get(language, dimension.key)
            )
        )
        self.choices.idToggled.connect(lambda _i, _on: self.show_anchor())
        grid.addWidget(self.name, line, 0, 1, 2)
        grid.addLayout(buttons, line + 1, 0)
        grid.addWidget(self.note, line + 1, 1)
        grid.addWidget(self.anchor, line + 2, 0, 1, 2)

    def value(self) -> int:
        return max(0, self.choices.checkedId())

    def show_anchor(self) -> None:
        language = current_language() or "en"
        value = self.value()
        self.anchor.setText(self.dimension.anchors[value - 1].get(language, "") if value else "")


class SelfAssessmentDialog(FormDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfAssessment")
        self._service = journal.self_assessment
        self.month = self._service.this_month()
        self.heading = ToneLabel("muted", self)
        self.heading.setWordWrap(True)
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setColumnStretch(1, 1)
        self.rows = [
            _Row(dimension, page, grid, line * 3)
            for line, dimension in enumerate(self._service.dimensions)
        ]
        saved = self._service.ratings(self.month)
        for row in self.rows:
            rating = saved.get(row.dimension.key)
            if rating is not None:
                button = row.choices.button(rating.value)
                if button is not None:
                    button.setChecked(True)
                row.note.setText(rating.note)
            row.note.setPlaceholderText(self.tr("A fact that shows it (asked for 4 and 5)"))
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the ratings it scrolls
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.add_error_and_buttons(layout)
        self.setWindowTitle(self.tr("Monthly self-assessment"))
        self.heading.setText(
            self.tr(
                "Rate what you did this month, not what you intended: each choice describes "
                "an observable practice. Five minutes is enough; leave out what you cannot judge."
            )
        )
        self.resize(820, 640)

    def save(self) -> None:
        ratings: dict[str, Rating] = {}
        for row in self.rows:
            value = row.value()
            if not value:
                continue
            if value >= EVIDENCE_FROM and not row.note.text().strip():
                raise ValidationError(row.dimension.key, _NO_FACT, rating=value)
            ratings[row.dimension.key] = Rating(value, row.note.text())
        if not ratings:
            raise UserError(_NO_RATING)
        self._service.save(self.month, ratings)

    def field_for(self, name: str) -> QWidget | None:
        """A dimension's key names its row: the fact goes in its note."""
        return next((row.note for row in self.rows if row.dimension.key == name), None)
