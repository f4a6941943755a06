"""The method library: find a collective-intelligence method for the situation at hand."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coachapp.config import Settings
from coachapp.i18n import current_language
from coachapp.services.common.pillars import Pillar
from coachapp.services.rituals.method_drafts import MethodDraft, draft_of
from coachapp.services.rituals.methods import Method, Origin, Purpose
from coachapp.services.rituals.own_methods import MethodService
from coachapp.ui.common import messages
from coachapp.ui.common.form_dialog import open_dialog
from coachapp.ui.common.geometry import side_by_side
from coachapp.ui.common.icons import icon
from coachapp.ui.common.lazy_view import RefreshedWhenShown
from coachapp.ui.common.retranslate import Retranslatable
from coachapp.ui.common.widgets import ElidingCombo, ToneLabel
from coachapp.ui.guide.links import pillar_link
from coachapp.ui.rituals.method_editor import MethodEditor
from coachapp.words.labels import method_size, pillar_label, purpose_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SPLITTER_KEY = "methods.splitter"


class MethodsBrowser(RefreshedWhenShown, Retranslatable, QWidget):
    plan_requested = Signal(str)  # method key
    status = Signal(str)

    def __init__(
        self, methods: MethodService, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._methods = methods
        self._library = methods.library
        left = self._build_choices()
        right = self._build_detail()
        splitter = side_by_side(
            self, [(left, 0), (right, 1)], settings, SPLITTER_KEY,
            lambda width: [width * 3 // 8, width - width * 3 // 8],
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()

    def _build_choices(self) -> QWidget:
        """What the manager looks for, and the methods that fit."""
        self.situation = ElidingCombo(self)
        self.situation.setObjectName("situation")
        self.situation.addItem("", None)  # the situations come when the library is first read
        self.purpose = ElidingCombo(self)
        self.purpose.setObjectName("purpose")
        self.purpose.addItem("", None)
        for purpose in Purpose:
            self.purpose.addItem(purpose_label(purpose), purpose.value)
        self.pillar = ElidingCombo(self)
        self.pillar.setObjectName("pillar")
        self.pillar.addItem("", None)
        for pillar in Pillar:
            self.pillar.addItem(pillar_label(pillar), pillar.value)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, 4200)
        self.minutes.setSingleStep(15)
        self.people = QSpinBox(self)
        self.people.setObjectName("people")
        self.people.setRange(0, 5000)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        for combo in (self.situation, self.purpose, self.pillar):
            combo.currentIndexChanged.connect(self.refresh)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)  # longer choices end with "…"
        for spin in (self.minutes, self.people):
            spin.valueChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.list = QListWidget(self)
        self.list.setObjectName("methods")
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.count = ToneLabel("muted", self)
        self._labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(
            self._labels,
            (self.situation, self.purpose, self.pillar, self.minutes, self.people),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        return left

    def _build_detail(self) -> QWidget:
        """The method chosen, and what to do with it."""
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("detail")
        self.detail.setOpenExternalLinks(True)  # a pillar opens its page of the guide
        self.plan_button = QPushButton(self)
        self.plan_button.setObjectName("planWithMethod")
        self.plan_button.clicked.connect(self._plan)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newMethod")
        self.new_button.clicked.connect(self.new_method)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editMethod")
        self.edit_button.clicked.connect(self.edit_method)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteMethod")
        self.delete_button.clicked.connect(self.delete_method)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.plan_button)
        right_layout.addLayout(buttons)
        return right

    def _language(self) -> str:
        return current_language() or "fr"

    def _fill_situations(self) -> None:
        self.situation.blockSignals(True)
        self.situation.clear()
        self.situation.addItem(self.tr("Any situation"), None)
        for situation in self._library.situations():
            self.situation.addItem(situation.label(self._language()), situation.key)
        self.situation.blockSignals(False)

    def retranslate_ui(self) -> None:
        texts = (
            self.tr("I want to"),
            self.tr("Purpose"),
            self.tr("Pillar"),
            self.tr("Time I have"),
            self.tr("Participants"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.situation.setItemText(0, self.tr("Any situation"))
        if self.situation.count() > 1:
            for row, situation in enumerate(self._library.situations(), start=1):
                self.situation.setItemText(row, situation.label(self._language()))
        self.purpose.setItemText(0, self.tr("Any purpose"))
        for row in range(1, self.purpose.count()):
            self.purpose.setItemText(row, purpose_label(Purpose(self.purpose.itemData(row))))
        self.pillar.setItemText(0, self.tr("Any pillar"))
        for row in range(1, self.pillar.count()):
            self.pillar.setItemText(row, pillar_label(Pillar(self.pillar.itemData(row))))
        self.minutes.setSpecialValueText(self.tr("Any"))
        self.minutes.setSuffix(self.tr(" min"))
        self.people.setSpecialValueText(self.tr("Any"))
        self.search.setPlaceholderText(self.tr("Search the methods"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.list.setAccessibleName(self.tr("Methods"))
        self.detail.setAccessibleName(self.tr("The chosen method"))
        self.plan_button.setText(self.tr("Plan a ritual with this method"))
        self.new_button.setText(self.tr("&New method…"))
        self.new_button.setToolTip(self.tr("Write down a method of your own"))
        self.refresh_when_shown()

    def refresh_icons(self) -> None:
        self.plan_button.setIcon(icon("ritual-add"))
        self.new_button.setIcon(icon("method-add"))
        self.edit_button.setIcon(icon("edit"))
        self.delete_button.setIcon(icon("trash"))

    def refresh(self) -> None:
        if self.situation.count() == 1:
            self._fill_situations()
        current = self.list.currentItem().data(KEY_ROLE) if self.list.currentItem() else None
        language = self._language()
        purpose = self.purpose.currentData()
        pillar = self.pillar.currentData()
        found = self._library.find(
            language=language,
            text=self.search.text(),
            purpose=Purpose(purpose) if purpose else None,
            pillar=Pillar(pillar) if pillar else None,
            minutes=self.minutes.value() or None,
            people=self.people.value() or None,
            situation=self.situation.currentData(),
        )
        self.list.blockSignals(True)
        self.list.clear()
        for method in found:
            item = QListWidgetItem(method.name(language))
            item.setData(KEY_ROLE, method.key)
            item.setToolTip(method.summary(language))
            self.list.addItem(item)
            if method.key == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.count.setText(self.tr("%n method(s)", "", len(found)))
        self._show_current()

    def _current(self) -> Method | None:
        item = self.list.currentItem()
        return self._library.get(item.data(KEY_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        method = self._current()
        self.plan_button.setEnabled(method is not None)
        self.edit_button.setEnabled(method is not None)
        own = method is not None and method.origin is Origin.USER
        self.delete_button.setVisible(own)
        if method is None or not own:
            self.edit_button.setText(self.tr("Ada&pt…"))
            self.edit_button.setToolTip(self.tr("Keep your own version of this method"))
        else:
            self.edit_button.setText(self.tr("Edi&t…"))
            self.edit_button.setToolTip("")
        if method is not None and self._library.overrides(method.key):
            self.delete_button.setText(self.tr("Back to the original"))
        else:
            self.delete_button.setText(self.tr("De&lete"))
        if method is None:
            nothing = self.tr("No method fits these choices.")
            self.detail.setHtml(f"<p>{html.escape(nothing)}</p>")
            return
        self.detail.setHtml(self.describe(method))

    def describe(self, method: Method) -> str:
        language = self._language()
        facts = [method_size(method), ", ".join(purpose_label(p) for p in method.purposes)]
        if method.estimated:
            facts.append(self.tr("duration or size estimated"))
        if self._library.overrides(method.key):
            facts.append(self.tr("your version"))
        elif method.origin is Origin.USER:
            facts.append(self.tr("your method"))
        elif method.origin is Origin.PACK:
            facts.append(self.tr("from your organisation"))
        steps = "".join(f"<li>{html.escape(step)}</li>" for step in method.steps_in(language))
        materials = "".join(f"<li>{html.escape(m)}</li>" for m in method.materials_in(language))
        pillars = ", ".join(pillar_link(p) for p in sorted(method.pillars))  # to the guide
        steps_title, materials_title = self.tr("Steps"), self.tr("Materials")
        pillars_title = self.tr("Pillars")
        parts = [
            f"<h2>{html.escape(method.name(language))}</h2>",
            f"<p><i>{html.escape(' · '.join(facts))}</i></p>",
            f"<p>{html.escape(method.summary(language))}</p>",
            f"<h3>{html.escape(steps_title)}</h3><ol>{steps}</ol>",
        ]
        if materials:
            parts.append(f"<h3>{html.escape(materials_title)}</h3><ul>{materials}</ul>")
        parts.append(f"<p><b>{html.escape(pillars_title)}</b>: {pillars}</p>")
        parts.append(f"<p><small>{html.escape(method.source(language))}</small></p>")
        return "".join(parts)

    # The manager's own methods

    def new_method(self) -> None:
        draft = MethodDraft()
        draft.versions[self._language()].source = self.tr("My own method")
        self._edit(draft, None)

    def edit_method(self) -> None:
        method = self._current()
        if method is not None:
            self._edit(draft_of(method, self._language()), method.key)

    def _edit(self, draft: MethodDraft, key: str | None) -> None:
        open_dialog(MethodEditor(self._methods, draft, key, self), self._saved)

    def _saved(self, editor: MethodEditor) -> None:
        if editor.saved is None:
            return
        self.show_method(editor.saved.key)
        self.status.emit(
            self.tr("Method “{name}” saved.").format(name=editor.saved.name(self._language()))
        )

    def delete_method(self) -> None:
        method = self._current()
        if method is None or method.origin is not Origin.USER:
            return
        name = method.name(self._language())
        if self._library.overrides(method.key):
            question = self.tr(
                "Go back to the original “{name}”? Your changes to it will be lost."
            ).format(name=name)
            action = self.tr("Back to the original")
        else:
            question = self.tr(
                "Delete your method “{name}”? Rituals planned with it keep their agenda."
            ).format(name=name)
            action = self.tr("Delete")
        if not messages.confirm(self, self.tr("Your method"), question, action):
            return
        self._methods.delete(method.key)
        self.show_method(method.key)
        self.status.emit(self.tr("Method “{name}” removed.").format(name=name))

    def show_method(self, key: str) -> None:
        """List the library again (it changed) and select `key` when it is there."""
        for combo in (self.situation, self.purpose, self.pillar):
            combo.setCurrentIndex(0)
        for spin in (self.minutes, self.people):
            spin.setValue(0)
        self.search.clear()
        self.refresh()
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)
                break

    def _plan(self) -> None:
        method = self._current()
        if method is not None:
            self.plan_requested.emit(method.key)
