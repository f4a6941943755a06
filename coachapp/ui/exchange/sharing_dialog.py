"""What I have shared: every export that left the workstation and every coach feedback brought
in, newest first, with what each held; for a pseudonymised export, the key to its aliases."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.i18n import format_datetime, format_value
from coachapp.services.coaching.erasure import ErasureService
from coachapp.services.exchange.export_keys import ExportKeys
from coachapp.services.exchange.sharing import ERASURE, Shared, SharingLog
from coachapp.ui.coaching.sharing_part import CoachingSharedWords, HeldList, dated
from coachapp.ui.common.widgets import ToneLabel
from coachapp.words.exports import section_label
from coachapp.words.sharing import SharedWords

EXPORT_ID = Qt.ItemDataRole.UserRole  # on a pseudonymised export's row: whose key to show


class SharingDialog(QDialog):
    def __init__(
        self,
        sharing: SharingLog,
        export_keys: ExportKeys,
        parent: QWidget | None = None,
        *,
        coaching: ErasureService | None = None,  # the coach's portfolio, when there is one
    ) -> None:
        super().__init__(parent)
        self._export_keys = export_keys
        self.setObjectName("sharingDialog")
        self.setWindowTitle(self.tr("What I have shared"))
        self.intro = ToneLabel("muted", self)
        self.intro.setText(
            self.tr(
                "Every export written from this journal and every coach feedback brought in. "
                "The key to the aliases of a pseudonymised export is kept in the journal: "
                "select the export, then Show the aliases."
            )
        )
        self.records = QTreeWidget(self)
        self.records.setObjectName("sharedRecords")
        self.records.setAccessibleName(self.tr("What I have shared"))
        self.records.setRootIsDecorated(False)
        self.records.setHeaderLabels([
            self.tr("When"), self.tr("What"), self.tr("File"), self.tr("Entries from"),
            self.tr("Names"), self.tr("Private entries"), self.tr("Parts"),
        ])  # fmt: skip
        rows: list[tuple[datetime, list[str], Shared | None]] = [
            (record.at, self._row(record), record) for record in sharing.records()
        ]
        rows += [(*dated(share), None) for share in (coaching.shared() if coaching else [])]
        for _at, row, record in sorted(rows, key=lambda r: r[0], reverse=True):
            item = QTreeWidgetItem(row)
            if record is not None and record.pseudonymised and record.export_id:
                item.setData(0, EXPORT_ID, record.export_id)
            self.records.addTopLevelItem(item)
        held = coaching.held() if coaching else []
        self.held_intro = ToneLabel("muted", self)
        self.held_intro.setWordWrap(True)
        self.held_intro.setText(CoachingSharedWords().heading())
        self.held = HeldList(held, self)
        self.held_intro.setVisible(bool(held))
        self.held.setVisible(bool(held))
        if self.records.topLevelItemCount() == 0:
            self.records.addTopLevelItem(QTreeWidgetItem(["", self.tr("Nothing shared yet.")]))
        for column in range(6):
            self.records.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.aliases_button = QPushButton(self.tr("Show the &aliases…"), self)
        self.aliases_button.setObjectName("showAliases")
        self.aliases_button.setToolTip(
            self.tr("Which name each alias of the selected pseudonymised export stands for")
        )
        self.aliases_button.setEnabled(False)
        self.aliases_button.clicked.connect(self.show_aliases)
        buttons.addButton(self.aliases_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.records.currentItemChanged.connect(self._current_changed)
        self.records.itemActivated.connect(lambda _item, _column: self.show_aliases())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.records, 2)
        layout.addWidget(self.held_intro)
        layout.addWidget(self.held, 1)
        layout.addWidget(buttons)
        self.resize(980, 460)

    def selected_export(self) -> str | None:
        """The export id of the selected row, when it is a pseudonymised export."""
        item = self.records.currentItem()
        export_id = item.data(0, EXPORT_ID) if item is not None else None
        return export_id if isinstance(export_id, str) else None

    def _current_changed(self) -> None:
        self.aliases_button.setEnabled(self.selected_export() is not None)

    def show_aliases(self) -> AliasesDialog | None:
        """The key of the selected export, in a small window of its own."""
        item, export_id = self.records.currentItem(), self.selected_export()
        if item is None or export_id is None:
            return None
        dialog = AliasesDialog(item.text(2), self._export_keys.aliases(export_id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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


class AliasesDialog(QDialog):
    """Read only: which name each alias of one export stands for."""

    def __init__(self, file_name: str, aliases: dict[str, str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("aliasesDialog")
        self.setWindowTitle(self.tr("Aliases in {file}").format(file=file_name))
        self.intro = ToneLabel("muted", self)
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "The key to this export: it stays in your journal and never left with the file."
            )
            if aliases
            else self.tr("This journal holds no key for this export.")
        )
        self.table = QTableWidget(len(aliases), 2, self)
        self.table.setTabKeyNavigation(False)  # arrows move in it, Tab leaves it
        self.table.setObjectName("aliasTable")
        self.table.setAccessibleName(self.tr("Aliases and the names they stand for"))
        self.table.setHorizontalHeaderLabels([self.tr("Alias"), self.tr("Name")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, (alias, name) in enumerate(aliases.items()):
            self.table.setItem(row, 0, QTableWidgetItem(alias))
            self.table.setItem(row, 1, QTableWidgetItem(name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(460, 360)
