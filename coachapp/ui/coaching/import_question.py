"""File > Import of a journal export that may not be the user's own (pseudonymised, or from
another journal): asked whose it is before anything is merged, with the difference said."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from coachapp.i18n import translate
from coachapp.services.exchange.importing import FOREIGN, PSEUDONYMISED

MINE = "mine"
COACHEE = "coachee"


def whose(parent: QWidget | None, source: Path, found: str, *, coaching: bool) -> str:
    """MINE (merge it), COACHEE (file it in the Coaching area) or "" (cancelled)."""
    if found == PSEUDONYMISED:
        said = translate(
            "ImportQuestion",
            "{file} is pseudonymised: its names are replaced by aliases (“Agent A”). "
            "Merged into your journal, the aliases would stand in it for people.",
        )
    elif found == FOREIGN:
        said = translate("ImportQuestion", "{file} comes from another journal than yours.")
    else:
        said = translate(
            "ImportQuestion",
            "{file} does not say which journal it comes from, and your journal did not write it.",
        )
    title = translate("ImportQuestion", "Whose journal is this?")
    box = QMessageBox(
        QMessageBox.Icon.Question, title, said.format(file=source.name), parent=parent
    )
    box.setObjectName("whoseJournal")
    box.setInformativeText(
        translate(
            "ImportQuestion",
            "A coachee's export goes to the Coaching area: it is kept in your coaching "
            "portfolio, apart from your journal and from your other coachees. Merging adds its "
            "records to your own journal: only for your own journal, brought from another "
            "workstation.",
        )
    )
    coachee = box.addButton(
        translate("ImportQuestion", "A coachee's: add it to Coaching"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    coachee.setEnabled(coaching)
    mine = box.addButton(
        translate("ImportQuestion", "My own: merge it"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(coachee if coaching else QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return COACHEE if clicked is coachee else MINE if clicked is mine else ""
