"""Editing entry templates: the manager's own versions override the built-in and IT ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import ValidationError
from coachapp.i18n import render_error
from coachapp.services.common.pillars import Pillar
from coachapp.services.journal.journal import EntryKind
from coachapp.services.journal.templates import Source, Template, TemplateService
from coachapp.ui.common import messages
from coachapp.ui.common.form_dialog import ErrorLine, check_grid
from coachapp.ui.common.markdown_edit import MarkdownEdit
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel
from coachapp.words.labels import entry_kind_label, pillar_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplatesDialog(Retranslatable, QDialog):
    def __init__(
        self, templates: TemplateService, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = templates
        self._language = language
        self._templates: dict[str, Template] = {}
        self._shown: str | None = None  # the key whose fields are on screen
        self._dirty = False
        self.list = QListWidget(self)
        self.list.setObjectName("templates")
        self.list.currentItemChanged.connect(self._switched)
        right = self._build_editor()
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(860, 620)
        for line in (self.name, self.title_field):
            line.textEdited.connect(self._edited)
        self.kind.activated.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        for check in self.pillar_checks.values():
            check.clicked.connect(self._edited)
        self.retranslate_ui()
        self._load()
        # The list as wide as its longest name in this language, the fields get the rest.
        names = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
        names += self.list.verticalScrollBar().sizeHint().width()
        fields = right.minimumSizeHint().width()
        self.resize(max(self.width(), names + fields + splitter.handleWidth() + 24), self.height())
        splitter.setSizes([names, self.width() - names])

    def _build_editor(self) -> QWidget:
        """The fields of the template shown, and its buttons."""
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in EntryKind:
            self.kind.addItem(entry_kind_label(kind), kind.value)
        self.title_field = QLineEdit(self)
        self.title_field.setObjectName("titleField")
        self.body = MarkdownEdit(self)
        self.body.setObjectName("body")
        self.pillars_box = QGroupBox(self)
        self.pillar_checks = check_grid(self.pillars_box, Pillar)
        self.origin = ToneLabel("muted", self)
        self.error = ErrorLine(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self._new)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("reset")
        self.reset_button.clicked.connect(self._reset)
        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(
            self._labels, (self.name, self.kind, self.title_field), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.body, 1)
        right_layout.addWidget(self.pillars_box)
        right_layout.addWidget(self.origin)
        right_layout.addWidget(self.error)
        right_layout.addLayout(buttons)
        return right

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Entry templates"))
        self.list.setAccessibleName(self.tr("Templates"))
        self.body.setAccessibleName(self.tr("Text of the template"))
        for label, text in zip(
            self._labels, (self.tr("&Name"), self.tr("&Type"), self.tr("T&itle")), strict=True
        ):
            label.setText(text)
        self.title_field.setToolTip(
            self.tr(
                "{date} becomes the day's date, {week} the week number and {person} the "
                "people the entry is about."
            )
        )
        for row in range(self.kind.count()):
            self.kind.setItemText(row, entry_kind_label(EntryKind(self.kind.itemData(row))))
        self.new_button.setText(self.tr("&New template"))
        self.save_button.setText(self.tr("&Save"))
        self.pillars_box.setTitle(self.tr("Pillars ticked in new entries"))
        for pillar, check in self.pillar_checks.items():
            check.setText(pillar_label(pillar))
        self._show_origin()

    def _edited(self) -> None:
        if self._shown is not None:
            self._dirty = True

    def _switched(self) -> None:
        """Changes are kept when moving to another template, as everywhere in CoachApp."""
        if self._dirty and self._shown is not None:
            self._save_shown()
        self._show_current()

    def done(self, result: int) -> None:
        if self._dirty and self._shown is not None and not self._save_shown():
            return  # the error is on screen; closing would lose the edit
        super().done(result)

    def _load(self, select: str | None = None) -> None:
        if self._dirty and self._shown is not None:
            self._save_shown()
        current = select or (self.list.currentItem().data(KEY_ROLE) if self.list.currentItem()
                             else None)  # fmt: skip
        self._templates = {t.key: t for t in self._service.templates(self._language)}
        self.list.blockSignals(True)
        self.list.clear()
        for template in self._templates.values():
            item = QListWidgetItem(template.name)
            item.setData(KEY_ROLE, template.key)
            self.list.addItem(item)
            if template.key == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _current(self) -> Template | None:
        item = self.list.currentItem()
        return self._templates.get(item.data(KEY_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        template = self._current()
        self.error.clear_error()
        self._shown = None  # filling the fields is not an edit
        if template is None:
            return
        self.name.setText(template.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(template.kind.value)))
        self.title_field.setText(template.title)
        self.body.setPlainText(template.body)
        for pillar, check in self.pillar_checks.items():
            check.setChecked(pillar in template.pillars)
        self._shown = template.key
        self._dirty = False
        self._show_origin()

    def _show_origin(self) -> None:
        template = self._current()
        if template is None:
            self.origin.clear()
            self.reset_button.setEnabled(False)
            return
        origins = {
            Source.BUILT_IN: self.tr("Provided with CoachApp."),
            Source.PACK: self.tr("Provided by your organisation."),
            Source.USER: self.tr("Your own version."),
        }
        self.origin.setText(origins[template.source])
        original = self._service.has_original(template.key, self._language)
        self.reset_button.setText(
            self.tr("Back to the &original") if original else self.tr("&Delete")
        )
        self.reset_button.setEnabled(template.source is Source.USER)

    def save(self) -> Template | None:
        saved = self._save_shown()
        if saved is not None:
            self._load(select=saved.key)
        return saved

    def _save_shown(self) -> Template | None:
        """Write the fields on screen as the manager's version of the template shown."""
        key = self._shown or self._service.new_key(self.name.text(), self._language)
        edited = Template(
            key=key,
            name=self.name.text(),
            kind=EntryKind(self.kind.currentData()),
            title=self.title_field.text(),
            pillars=frozenset(p for p, check in self.pillar_checks.items() if check.isChecked()),
            body=self.body.toPlainText(),
            source=Source.USER,
        )
        try:
            saved = self._service.save(edited, self._language)
        except ValidationError as exc:
            self.error.show_error(render_error(exc))
            return None
        self._dirty = False
        self._templates[saved.key] = saved
        return saved

    def _new(self) -> None:
        name = self.tr("New template")
        blank = Template(
            key=self._service.new_key(name, self._language),
            name=name,
            kind=EntryKind.NOTE,
            title=name,
            pillars=frozenset(),
            body="## \n",
            source=Source.USER,
        )
        saved = self._service.save(blank, self._language)
        self._load(select=saved.key)
        self.name.setFocus()
        self.name.selectAll()

    def _reset(self) -> None:
        template = self._current()
        if template is None:
            return
        if not self._service.has_original(template.key, self._language):
            question = self.tr("Delete the template “{name}”?").format(name=template.name)
            if not messages.confirm(self, self.tr("Delete"), question, self.tr("Delete")):
                return
        self._dirty = False
        self._service.reset(template.key, self._language)
        self._load(select=template.key)
