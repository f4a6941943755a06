"""Writing or adapting a method: one form, the French and English versions one at a time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachapp.i18n import current_language
from coachapp.services.common.pillars import Pillar
from coachapp.services.rituals.method_drafts import (
    GROUP,
    MINUTES,
    NAME,
    MethodDraft,
    MethodVersion,
)
from coachapp.services.rituals.methods import LANGUAGES, Method, Purpose
from coachapp.services.rituals.own_methods import MethodService
from coachapp.ui.common.form_dialog import FormDialog, check_grid, text_field
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ToneLabel
from coachapp.words.labels import pillar_label, purpose_label

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class MethodEditor(Retranslatable, FormDialog):
    """Saves the manager's own method; `saved` holds it once the dialog is accepted.

    `key` None writes a new method; the key of a built-in method saves the manager's
    adaptation in its place (the original comes back if they delete it).
    """

    def __init__(
        self,
        methods: MethodService,
        draft: MethodDraft,
        key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("methodEditor")
        self._methods = methods
        self._draft = draft
        self._key = key
        self.saved: Method | None = None
        language = current_language() or LANGUAGES[0]
        self._shown = language if language in LANGUAGES else LANGUAGES[0]
        texts = self._build_texts()
        choices = self._build_choices(draft)
        sizes = self._build_sizes(draft)
        layout = QVBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addLayout(choices)
        layout.addLayout(sizes)
        self.add_error_and_buttons(
            layout, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._show_version(self._shown)
        self.resize(760, 820)
        self.retranslate_ui()

    def _build_texts(self) -> QFormLayout:
        """The version shown, and its texts."""
        self.version = QComboBox(self)
        self.version.setObjectName("version")
        for code in LANGUAGES:
            self.version.addItem(LANGUAGE_NAMES[code], code)
        self.version.setCurrentIndex(LANGUAGES.index(self._shown))
        self.version.currentIndexChanged.connect(self._switch_version)
        self.version_hint = ToneLabel("muted", self)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setMaxLength(NAME[1])
        line = self.fontMetrics().lineSpacing()
        self.summary = text_field(self, "summary", height=line * 4)
        self.steps = text_field(self, "steps")
        self.materials = text_field(self, "materials", height=line * 5)
        self.source = QLineEdit(self)
        self.source.setObjectName("source")
        self._text_labels = [QLabel(self) for _ in range(5)]
        texts = QFormLayout()
        texts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        version_row = QHBoxLayout()
        version_row.addWidget(self.version)
        version_row.addWidget(self.version_hint, 1)
        self._version_label = QLabel(self)
        self._version_label.setBuddy(self.version)
        texts.addRow(self._version_label, version_row)
        fields = (self.name, self.summary, self.steps, self.materials, self.source)
        for label, field in zip(self._text_labels, fields, strict=True):
            label.setBuddy(field)
            texts.addRow(label, field)
        return texts

    def _build_choices(self, draft: MethodDraft) -> QHBoxLayout:
        """What the method is for: its purposes and the pillars it serves."""
        self.purposes_box = QGroupBox(self)
        self.purposes_box.setObjectName("purposes")
        self.purpose_checks = check_grid(self.purposes_box, Purpose, prefix="purpose-")
        for purpose, check in self.purpose_checks.items():
            check.setChecked(purpose in draft.purposes)
        self.pillars_box = QGroupBox(self)
        self.pillars_box.setObjectName("pillars")
        self.pillar_checks = check_grid(self.pillars_box, Pillar, prefix="pillar-")
        for pillar, check in self.pillar_checks.items():
            check.setChecked(pillar in draft.pillars)
        choices = QHBoxLayout()
        choices.addWidget(self.purposes_box)
        choices.addWidget(self.pillars_box)
        return choices

    def _build_sizes(self, draft: MethodDraft) -> QFormLayout:
        """How long it takes and for how many, from … to …"""
        self.min_minutes, self.max_minutes = self._spin(*MINUTES), self._spin(*MINUTES)
        self.min_minutes.setValue(draft.minutes[0])
        self.max_minutes.setValue(draft.minutes[1])
        self.min_people, self.max_people = self._spin(*GROUP), self._spin(0, GROUP[1])
        self.min_people.setValue(draft.group[0])
        self.max_people.setValue(draft.group[1] or 0)
        for spin, name in (
            (self.min_minutes, "minMinutes"),
            (self.max_minutes, "maxMinutes"),
            (self.min_people, "minPeople"),
            (self.max_people, "maxPeople"),
        ):
            spin.setObjectName(name)
        self.estimated = QCheckBox(self)
        self.estimated.setObjectName("estimated")
        self.estimated.setChecked(draft.estimated)
        self._range_words = [QLabel(self), QLabel(self)]
        self._size_labels = [QLabel(self), QLabel(self)]
        sizes = QFormLayout()
        for label, low, word, high in zip(
            self._size_labels,
            (self.min_minutes, self.min_people),
            self._range_words,
            (self.max_minutes, self.max_people),
            strict=True,
        ):
            row = QHBoxLayout()
            row.addWidget(low)
            row.addWidget(word)
            row.addWidget(high)
            row.addStretch(1)
            label.setBuddy(low)
            sizes.addRow(label, row)
        sizes.addRow("", self.estimated)
        return sizes

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        return spin

    def retranslate_ui(self) -> None:
        if self._key is None:
            self.setWindowTitle(self.tr("New method"))
        else:
            self.setWindowTitle(self.tr("Edit the method"))
        self._version_label.setText(self.tr("&Version"))
        self.version_hint.setText(
            self.tr("A version left empty uses the text of the other one until you translate it.")
        )
        texts = (
            self.tr("&Name"),
            self.tr("What it is &for"),
            self.tr("S&teps, one per line"),
            self.tr("&Materials, one per line"),
            self.tr("S&ource or inspiration"),
        )
        for label, text in zip(self._text_labels, texts, strict=True):
            label.setText(text)
        self.summary.setPlaceholderText(
            self.tr("A sentence or two: when to use it, what it brings.")
        )
        self.steps.setPlaceholderText(self.tr("Three to eight steps, in the order they happen."))
        self.source.setPlaceholderText(self.tr("A book, a training, a colleague, or “My own”"))
        self.purposes_box.setTitle(self.tr("Purposes (one to three)"))
        for purpose, check in self.purpose_checks.items():
            check.setText(purpose_label(purpose))
        self.pillars_box.setTitle(self.tr("Pillars it serves"))
        for pillar, check in self.pillar_checks.items():
            check.setText(pillar_label(pillar))
        self._size_labels[0].setText(self.tr("&Duration"))
        self._size_labels[1].setText(self.tr("&Group size"))
        for word in self._range_words:
            word.setText(self.tr("to"))
        self.min_minutes.setAccessibleName(self.tr("Shortest duration"))
        self.max_minutes.setAccessibleName(self.tr("Longest duration"))
        self.min_people.setAccessibleName(self.tr("Fewest people"))
        self.max_people.setAccessibleName(self.tr("Most people"))
        for spin in (self.min_minutes, self.max_minutes):
            spin.setSuffix(self.tr(" min"))
        self.max_people.setSpecialValueText(self.tr("no limit"))
        self.estimated.setText(self.tr("Duration and group size are my estimates"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))

    # Versions

    def _read_version(self) -> MethodVersion:
        return MethodVersion(
            name=self.name.text(),
            summary=self.summary.toPlainText(),
            steps=tuple(self.steps.toPlainText().splitlines()),
            materials=tuple(self.materials.toPlainText().splitlines()),
            source=self.source.text(),
        )

    def _show_version(self, language: str) -> None:
        version = self._draft.versions[language]
        self.name.setText(version.name)
        self.summary.setPlainText(version.summary)
        self.steps.setPlainText("\n".join(version.steps))
        self.materials.setPlainText("\n".join(version.materials))
        self.source.setText(version.source)
        self._shown = language

    def _switch_version(self) -> None:
        self._draft.versions[self._shown] = self._read_version()
        self._show_version(self.version.currentData())

    def draft(self) -> MethodDraft:
        """What the form holds now, both versions."""
        self._draft.versions[self._shown] = self._read_version()
        self._draft.purposes = tuple(p for p, check in self.purpose_checks.items()
                                     if check.isChecked())  # fmt: skip
        self._draft.pillars = frozenset(p for p, check in self.pillar_checks.items()
                                        if check.isChecked())  # fmt: skip
        self._draft.minutes = (self.min_minutes.value(), self.max_minutes.value())
        self._draft.group = (self.min_people.value(), self.max_people.value() or None)
        self._draft.estimated = self.estimated.isChecked()
        return self._draft

    # Saving

    def save(self) -> None:
        self.saved = self._methods.save_draft(self.draft(), self._key)

    def field_for(self, name: str) -> QWidget | None:
        """`name:fr` is a field of the French version: that version is shown first."""
        field, _, language = name.partition(":")
        if language and language != self._shown:
            self.version.setCurrentIndex(LANGUAGES.index(language))
        widgets: dict[str, QWidget] = {
            "name": self.name,
            "summary": self.summary,
            "steps": self.steps,
            "materials": self.materials,
            "source": self.source,
            "purposes": next(iter(self.purpose_checks.values())),
            "pillars": next(iter(self.pillar_checks.values())),
            "minutes": self.min_minutes,
            "group": self.min_people,
        }
        return widgets.get(field, self.name)
