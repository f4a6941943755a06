"""What I have shared: every export that left the workstation and every coach feedback brought
in, newest first, with what each held."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.i18n import Translatable, format_datetime, format_value
from coachapp.services.sharing import ERASURE, Shared, SharingLog
from coachapp.ui.export_dialog import section_label
from coachapp.ui.widgets import ToneLabel


class SharingDialog(QDialog):
    def __init__(self, sharing: SharingLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingDialog")
        self.setWindowTitle(self.tr("What I have shared"))
        self.intro = ToneLabel("muted", self)
        self.intro.setText(
            self.tr(
                "Every export written from this journal and every coach feedback brought in. "
                "Keys to the aliases of pseudonymised exports stay in the data folder."
            )
        )
        self.records = QTreeWidget(self)
        self.records.setObjectName("sharedRecords")
        self.records.setRootIsDecorated(False)
        self.records.setHeaderLabels([
            self.tr("When"), self.tr("What"), self.tr("File"), self.tr("Entries from"),
            self.tr("Names"), self.tr("Private entries"), self.tr("Parts"),
        ])  # fmt: skip
        for record in sharing.records():
            self.records.addTopLevelItem(QTreeWidgetItem(self._row(record)))
        if self.records.topLevelItemCount() == 0:
            self.records.addTopLevelItem(QTreeWidgetItem(["", self.tr("Nothing shared yet.")]))
        for column in range(6):
            self.records.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.records, 1)
        layout.addWidget(buttons)
        self.resize(980, 460)

    def _row(self, record: Shared) -> list[str]:
        when = format_datetime(record.at)
        if record.action == ERASURE:
            return [when, SharedWords().erasure(record.file_name), "", "", "", "", ""]
        if record.action == "feedback":
            what = SharedWords().feedback(record.items)
            return [when, what, record.file_name, "", "", "", ""]
        what = SharedWords().export(record.form.upper(), record.items)
        if record.first or record.last:
            period = self.tr("{first} to {last}").format(
                first=format_value(record.first) if record.first else "…",
                last=format_value(record.last) if record.last else "…",
            )
        else:
            period = self.tr("all")
        names = self.tr("replaced by aliases") if record.pseudonymised else self.tr("as written")
        private = self.tr("included") if record.include_private else self.tr("left out")
        parts = ", ".join(section_label(s) for s in record.sections)
        return [when, what, record.file_name, period, names, private, parts]


class SharedWords(Translatable):
    """Counted phrases, in the language's plural forms."""

    def export(self, form: str, entries: int) -> str:
        return self.tr("Export {form}, %Ln entry(ies)", "", entries).format(form=form)

    def erasure(self, alias: str) -> str:
        return self.tr("A person erased, now called “{alias}”").format(alias=alias)

    def feedback(self, comments: int) -> str:
        return self.tr("Coach feedback, %Ln comment(s) new or changed", "", comments)
