"""The coach's part of File > What I have shared…: the files written for coachees (feedback,
preparation sheets) and the coachees erased, among the journal's own records, and what the
portfolio holds on each coachee, since it came from someone else's workstation."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from coachapp.i18n import Translatable, format_datetime
from coachapp.services.coaching.erasure import CoachingShare, Held


class CoachingSharedWords(Translatable):
    def record(self, share: CoachingShare) -> list[str]:
        """A row of the sharing record: when, what, file (the other columns stay empty)."""
        if share.action == "erasure":
            what = self.tr("A coachee erased, %n export(s) with them", "", share.items)
            return [format_datetime(share.at), what, "", "", "", "", ""]
        if share.action == "sheet":
            what = self.tr("Preparation sheet for {name}").format(name=share.coachee)
        else:
            what = self.tr("Feedback for {name}, %n comment(s)", "", share.items).format(
                name=share.coachee
            )
        return [format_datetime(share.at), what, share.file_name, "", "", "", ""]

    def heading(self) -> str:
        return self.tr(
            "Held in your coaching portfolio: what your coachees sent you. Erase a coachee in "
            "Coaching to remove all of it, with the files written for them."
        )

    def headers(self) -> list[str]:
        return [self.tr("Coachee"), self.tr("Exports"), self.tr("Earliest export"),
                self.tr("Latest export"), self.tr("Sessions"),
                self.tr("Files written for them")]  # fmt: skip


def dated(share: CoachingShare) -> tuple[datetime, list[str]]:
    return share.at, CoachingSharedWords().record(share)


class HeldList(QTreeWidget):
    """One row per coachee: what the portfolio holds on them."""

    def __init__(self, held: list[Held], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coacheesHeld")
        self.setAccessibleName(CoachingSharedWords().heading())
        self.setRootIsDecorated(False)
        self.setHeaderLabels(CoachingSharedWords().headers())
        for coachee in held:
            self.addTopLevelItem(QTreeWidgetItem([
                coachee.name, str(coachee.exports),
                format_datetime(coachee.first) if coachee.first else "",
                format_datetime(coachee.last) if coachee.last else "",
                str(coachee.sessions), str(coachee.files),
            ]))  # fmt: skip
        for column in range(5):
            self.resizeColumnToContents(column)
