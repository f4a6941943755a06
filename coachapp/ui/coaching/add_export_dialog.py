"""Adding a coachee's export to the portfolio: what the file holds, and under whom it goes,
asked only when the portfolio does not know the journal it comes from."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coachapp.i18n import format_datetime, format_value
from coachapp.services.coaching.export_facts import local_day
from coachapp.services.coaching.portfolio import CoacheeRef, Portfolio
from coachapp.ui.common import messages
from coachapp.ui.common.form_dialog import FormDialog


class AddExportDialog(FormDialog):
    def __init__(
        self,
        portfolio: Portfolio,
        document: dict[str, Any],
        source: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addExportDialog")
        self._portfolio = portfolio
        self._document = document
        self._source = source
        self.match = portfolio.match(document)
        self.added: CoacheeRef | None = None
        self.setWindowTitle(self.tr("Add a coachee's export"))
        self.facts = QLabel(self._facts(), self)
        self.facts.setWordWrap(True)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(self.where)
        self.coachee = QComboBox(self)
        self.coachee.setObjectName("coacheeName")
        self.coachee.setEditable(True)
        if self.match.coachee is None:
            self.coachee.addItems([c.name for c in portfolio.coachees()])
            self.coachee.setCurrentIndex(-1)
            editor = self.coachee.lineEdit()
            assert editor is not None  # an editable combo box has one
            editor.setPlaceholderText(self.tr("a new coachee's name, or one of the list"))
            label = QLabel(self.tr("&Coachee:"), self)
            label.setBuddy(self.coachee)
            form = QFormLayout()
            form.addRow(label, self.coachee)
            layout.addLayout(form)
            self.where.setText(self._ask())
        else:
            self.coachee.hide()
            self.where.setText(
                self.tr("It continues the timeline of {name}: it goes with their other exports.")
                .format(name=self.match.coachee.name)
            )  # fmt: skip
        self.coachee.setAccessibleName(self.tr("Coachee"))
        self.add_error_and_buttons(layout)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add to the portfolio"))
        self.resize(560, self.sizeHint().height())

    def _facts(self) -> str:
        document = self._document
        days = [local_day(e["occurred_at"]) for e in document.get("entries", [])]
        period = (
            self.tr("entries from {first} to {last}").format(
                first=format_value(min(days)), last=format_value(max(days))
            )
            if days
            else self.tr("no entries")
        )
        names = (
            self.tr("names replaced by aliases")
            if document["options"].get("pseudonymised")
            else self.tr("names as written")
        )
        made = datetime.fromisoformat(document["exported_at"])
        return self.tr("{file}: a journal export made on {day}, {period}, {names}.").format(
            file=self._source.name, day=format_datetime(made), period=period, names=names
        )

    def _ask(self) -> str:
        why = (
            self.tr("The portfolio does not know the journal it comes from yet.")
            if self.match.identified
            else self.tr("It does not say which journal it comes from (an older CoachApp made it).")
        )
        return (
            why
            + " "
            + self.tr(
                "Which coachee sent it? Each coachee's exports are kept apart from the others' and "
                "from your own journal; their next exports will be recognised."
            )
        )

    def chosen_name(self) -> str | None:
        return None if self.match.coachee is not None else self.coachee.currentText()

    def confirm(self) -> bool:
        """A name already in the portfolio for an export not recognised as theirs: the same
        manager (CoachApp installed again) or a slip of the keyboard? Asked, never assumed, so
        that two managers' exports are never mixed by accident."""
        name = self.chosen_name()
        known = self._portfolio.find(name) if name and name.strip() else None
        if known is None:
            return True
        return messages.confirm(
            self,
            self.tr("File it under {name}?").format(name=known.name),
            self.tr(
                "{name} is already in the portfolio, and this export is not recognised as "
                "coming from their journal. File it with their exports only if it is the same "
                "manager's (for example after CoachApp was installed again); otherwise give "
                "another name."
            ).format(name=known.name),
            self.tr("File it under {name}").format(name=known.name),
        )

    def save(self) -> None:
        self.added = self._portfolio.add(self._document, self._source, self.chosen_name())

    def field_for(self, name: str, /) -> QWidget | None:
        return self.coachee if name == "coachee" and self.coachee.isVisible() else None
