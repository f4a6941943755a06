"""Erasing a person for good: what will go, what will be unlinked and where their name will be
replaced, with a few texts as they read now and as they will read, and what stays out of
reach (backups, files already exported). Nothing happens until the name is typed again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import UserError
from coachapp.folding import fold
from coachapp.services.people.erasure import ErasurePreview, ErasureResult, ErasureService
from coachapp.ui.common import messages
from coachapp.ui.common.widgets import ToneLabel


class EraseDialog(QDialog):
    erased = Signal(object)  # the ErasureResult

    def __init__(
        self,
        service: ErasureService,
        person_uuid: str,
        backups: tuple[int, Path],  # how many backups, and where
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self._service = service
        self.preview: ErasurePreview = service.preview(person_uuid, self.alias_word)
        self.result_value: ErasureResult | None = None
        name = self.preview.name
        self.setWindowTitle(self.tr("Erase {name}").format(name=name))

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "Erasing {name} removes them from this journal for good, with what is about "
                "them, and replaces their name wherever it is written with “{alias}”. This "
                "cannot be undone."
            ).format(name=name, alias=self.preview.alias)
        )
        self._build_what_goes(name)
        self._build_samples()
        self._build_confirmation(name, backups)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.shared)
        layout.addWidget(self.areas)
        layout.addWidget(self.samples, 1)
        layout.addWidget(self.out_of_reach)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self._update()

    def _build_what_goes(self, name: str) -> None:
        """How many of each thing goes or changes, and the names and areas caught too."""
        self.counts = QTreeWidget(self)
        self.counts.setObjectName("erasureCounts")
        self.counts.setAccessibleName(self.tr("What is erased or changed"))
        self.counts.setHeaderLabels([self.tr("What"), self.tr("How many")])
        self.counts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.header().setStretchLastSection(False)
        self._fill_counts()
        self.counts.expandAll()
        self.shared = ToneLabel("warning", self)
        self.shared.setObjectName("sharedParts")
        if self.preview.shared_parts:
            self.shared.setText(
                self.tr(
                    "Someone else in the journal is also called {parts}: written alone, it is "
                    "replaced too, since it may be {name}; their full names stay as written."
                ).format(parts=", ".join(self.preview.shared_parts), name=name)
            )
        self.shared.setVisible(bool(self.preview.shared_parts))
        self.areas = ToneLabel("warning", self)
        self.areas.setObjectName("delegationAreas")
        if self.preview.delegation_areas:
            self.areas.setText(
                self.tr("Delegations erased with them, to hand to someone else: {areas}").format(
                    areas="; ".join(self.preview.delegation_areas)
                )
            )
        self.areas.setVisible(bool(self.preview.delegation_areas))

    def _build_samples(self) -> None:
        """A few places where the name is replaced, before and after."""
        self.samples = QTreeWidget(self)
        self.samples.setObjectName("erasureSamples")
        self.samples.setAccessibleName(self.tr("Where the name is replaced, before and after"))
        self.samples.setRootIsDecorated(False)
        self.samples.setWordWrap(True)
        self.samples.setHeaderLabels([self.tr("Where"), self.tr("Now"), self.tr("Afterwards")])
        for sample in self.preview.samples:
            row = QTreeWidgetItem([self._area(sample.area), sample.before, sample.after])
            row.setToolTip(1, sample.before)
            row.setToolTip(2, sample.after)
            self.samples.addTopLevelItem(row)
        self.samples.setVisible(bool(self.preview.samples))
        header = self.samples.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _build_confirmation(self, name: str, backups: tuple[int, Path]) -> None:
        """What stays out of reach, the name to type, and the button that erases."""
        count, folder = backups
        self.out_of_reach = ToneLabel("muted", self)
        self.out_of_reach.setObjectName("outOfReach")
        self.out_of_reach.setText(
            self.tr(
                "%n backup(s) of this journal, in {folder}, still hold {name}: they go as newer "
                "backups replace them, and you can delete them there. Files already exported "
                "are out of reach: File > What I have shared… lists them.",
                "",
                count,
            ).format(folder=folder, name=name)
        )
        self.confirm_label = QLabel(self)
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setText(self.tr("To confirm, type their name:"))
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirmName")
        self.confirm.setPlaceholderText(name)
        self.confirm_label.setBuddy(self.confirm)
        self.confirm.textChanged.connect(self._update)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(self.tr("&Erase for good"), self)
        self.erase_button.setObjectName("eraseForGood")
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def alias_word(self) -> str:
        """The first half of the alias ("Erased person A"), in the manager's language."""
        return self.tr("Erased person")

    def _fill_counts(self) -> None:
        preview = self.preview
        locale = QLocale()
        replaced = [(self._area(area), count) for area, count in preview.rewritten.items()]
        if preview.export_keys:
            replaced.append((self.tr("Keys of pseudonymised exports"), preview.export_keys))
        groups = (
            (self.tr("Erased"), [(self._removed_label(k), n) for k, n in preview.removed.items()]),
            (
                self.tr("Unlinked"),
                [(self._unlinked_label(k), n) for k, n in preview.unlinked.items()],
            ),
            (self.tr("Name replaced"), replaced),
        )
        for title, rows in groups:
            shown = [
                QTreeWidgetItem([what, locale.toString(count)]) for what, count in rows if count
            ]
            if shown:
                group = QTreeWidgetItem([title, ""])
                group.addChildren(shown)
                self.counts.addTopLevelItem(group)

    def _removed_label(self, key: str) -> str:
        return {
            "person": self.tr("Their card"),
            "delegations": self.tr("Delegations to them, with check-ins and level history"),
            "skills": self.tr("Their skill plans"),
            "feedback": self.tr("Coach comments on these"),
            "prompts": self.tr("Prompts about them"),
        }[key]

    def _unlinked_label(self, key: str) -> str:
        return {
            "entries": self.tr("Journal entries linked to them"),
            "record_links": self.tr("Journal links to their delegations and skill plans"),
            "rituals": self.tr("Rituals they took part in (counted as anonymous)"),
            "actions": self.tr("Ritual actions they owned (left without owner)"),
            "experiments_led": self.tr("Experiments they led (led by you afterwards)"),
            "experiments": self.tr("Experiments they were part of"),
            "poker_cards": self.tr("Delegation-poker votes (kept under the alias)"),
        }[key]

    def _area(self, key: str) -> str:
        return {
            "entries": self.tr("Journal entries"),
            "people": self.tr("Other people's cards"),
            "rituals": self.tr("Rituals"),
            "delegations": self.tr("Delegations"),
            "skills": self.tr("Skill plans"),
            "experiments": self.tr("Experiments"),
            "self_assessment": self.tr("Self-assessment notes"),
            "feedback": self.tr("Coach comments"),
            "methods": self.tr("Own methods"),
            "prompts": self.tr("Prompt history"),
            "sharing": self.tr("Sharing record"),
        }[key]

    def _update(self) -> None:
        typed = fold(self.confirm.text())
        self.erase_button.setEnabled(bool(typed) and typed == fold(self.preview.name))

    def accept(self) -> None:
        if not self.erase_button.isEnabled():
            return
        try:
            result = self._service.erase(self.preview.person_uuid, self.alias_word)
        except UserError as exc:
            messages.user_error(self, self.tr("Cannot erase"), exc)
            self.reject()
            return
        self.result_value = result
        self.erased.emit(result)
        super().accept()
