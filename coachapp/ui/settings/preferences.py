"""Preferences that apply at once: language, appearance, the Coaching area, automatic backups,
reminders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachapp.config import SETTINGS, Origin, Settings
from coachapp.i18n import current_language
from coachapp.ui.common.retranslate import Retranslatable

if TYPE_CHECKING:  # its module loads after the first paint
    from coachapp.services.today.prompts import PromptService


class PreferencesDialog(Retranslatable, QDialog):
    language_changed = Signal(str)
    theme_changed = Signal(str)
    text_scale_changed = Signal(int)
    coaching_changed = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        prompts: PromptService | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._prompts = prompts
        self._build_choices(settings)
        self._build_backup_fields()
        self._build_reminder_fields(settings)
        self._build_groups()
        self._build_switched_off()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(self.backups)
        layout.addWidget(self.reminders)
        layout.addWidget(self.switched_off)
        self.managed = QLabel(self)
        self.managed.setObjectName("managed")
        self.managed.setWordWrap(True)
        layout.insertWidget(0, self.managed)
        layout.addWidget(buttons)
        self._fields: dict[str, QWidget] = {
            "language": self.language, "theme": self.theme, "text_scale": self.text_scale,
            "backup.interval_hours": self.interval,
            "backup.keep": self.keep, **self.remind, "reminders.minutes_before": self.minutes,
            "reminders.quiet_from": self.quiet_from, "reminders.quiet_until": self.quiet_until,
            "security.lock_minutes": self.lock_minutes, "coaching.area": self.coaching,
        }  # fmt: skip
        for key, widget in self._fields.items():
            widget.setEnabled(not settings.locked(key))
        self.retranslate_ui()

    def _build_choices(self, settings: Settings) -> None:
        """The language and the look."""
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for value in SETTINGS["language"].choices:
            self.language.addItem("", value)
        self.language.setCurrentIndex(self.language.findData(settings.get("language")))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        for value in SETTINGS["theme"].choices:
            self.theme.addItem("", value)
        self.theme.setCurrentIndex(self.theme.findData(settings.get("theme")))
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.text_scale = self._spin("text_scale")
        self.text_scale.setObjectName("textScale")
        self.text_scale.setSingleStep(10)
        self.text_scale.setKeyboardTracking(False)  # 1, 15, 150 typed: one change, not three
        self.text_scale.valueChanged.connect(self.text_scale_changed)
        self.coaching = QCheckBox(self)
        self.coaching.setObjectName("coaching.area")
        self.coaching.setChecked(settings.get("coaching.area"))
        self.coaching.toggled.connect(self._coaching_chosen)

    def _build_backup_fields(self) -> None:
        """How often a backup is taken, and how many are kept."""
        self.interval = self._spin("backup.interval_hours")
        self.interval.setObjectName("backupInterval")
        self.interval.valueChanged.connect(self._update_suffixes)
        self.keep = self._spin("backup.keep")
        self.keep.setObjectName("backupKeep")
        self.keep.valueChanged.connect(self._update_suffixes)

    def _build_reminder_fields(self, settings: Settings) -> None:
        """Which reminders, when, when not; and when a protected journal locks."""
        self.remind: dict[str, QCheckBox] = {}
        for key in ("reminders.checkins", "reminders.rituals", "reminders.reviews"):
            box = QCheckBox(self)
            box.setObjectName(key)
            box.setChecked(settings.get(key))
            box.toggled.connect(lambda on, k=key: settings.set(k, on))
            self.remind[key] = box
        self.minutes = self._spin("reminders.minutes_before")
        self.quiet_from = self._spin("reminders.quiet_from")
        self.quiet_until = self._spin("reminders.quiet_until")
        self.lock_minutes = self._spin("security.lock_minutes")
        self.lock_minutes.valueChanged.connect(self._update_suffixes)

    def _build_groups(self) -> None:
        """The fields in their groups, with their labels."""
        self._labels = [QLabel(self) for _ in range(5)]
        fields = (self.language, self.theme, self.interval, self.keep, self.text_scale)
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
        self.general = QGroupBox(self)
        general = QFormLayout(self.general)
        general.addRow(self._labels[0], self.language)
        general.addRow(self._labels[1], self.theme)
        general.addRow(self._labels[4], self.text_scale)
        self._lock_label = QLabel(self)
        self._lock_label.setBuddy(self.lock_minutes)
        general.addRow(self._lock_label, self.lock_minutes)
        general.addRow(self.coaching)
        self.backups = QGroupBox(self)
        backups = QFormLayout(self.backups)
        backups.addRow(self._labels[2], self.interval)
        backups.addRow(self._labels[3], self.keep)
        self.reminders = QGroupBox(self)
        reminders = QFormLayout(self.reminders)
        for box in self.remind.values():
            reminders.addRow(box)
        self._reminder_labels = [QLabel(self) for _ in range(2)]
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet_from)
        self._until = QLabel(self)
        quiet_row.addWidget(self._until)
        quiet_row.addWidget(self.quiet_until)
        quiet_row.addStretch(1)
        self._reminder_labels[0].setBuddy(self.minutes)
        self._reminder_labels[1].setBuddy(self.quiet_from)
        reminders.addRow(self._reminder_labels[0], self.minutes)
        reminders.addRow(self._reminder_labels[1], quiet_row)

    def _build_switched_off(self) -> None:
        """The suggestions the manager switched off, to switch on again."""
        self.switched_off = QGroupBox(self)
        self.off_list = QListWidget(self.switched_off)
        self.off_list.setObjectName("switchedOff")
        self.switch_on_button = QPushButton(self.switched_off)
        self.switch_on_button.setObjectName("switchOn")
        self.switch_on_button.clicked.connect(self._switch_on)
        off_layout = QVBoxLayout(self.switched_off)
        off_layout.addWidget(self.off_list)
        off_layout.addWidget(self.switch_on_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._fill_switched_off()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.general.setTitle(self.tr("General"))
        self.backups.setTitle(self.tr("Automatic backups"))
        texts = (
            self.tr("&Language:"),
            self.tr("&Appearance:"),
            self.tr("&Every:"),
            self.tr("&Keep:"),
            self.tr("&Text size:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        languages = {"system": self.tr("Same as the system"), "fr": "Français", "en": "English"}
        for row in range(self.language.count()):
            self.language.setItemText(row, languages[self.language.itemData(row)])
        themes = {
            "system": self.tr("Same as the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "contrast": self.tr("High contrast"),
        }
        for row in range(self.theme.count()):
            self.theme.setItemText(row, themes[self.theme.itemData(row)])
        self.reminders.setTitle(self.tr("Reminders"))
        self._lock_label.setText(self.tr("L&ock a protected journal after:"))
        self.lock_minutes.setSpecialValueText(self.tr("Only when I ask (Ctrl+Shift+K)"))
        self.coaching.setText(self.tr("Show the &Coaching area: follow managers you coach "
                                      "from their exports"))  # fmt: skip
        self.switched_off.setTitle(self.tr("Suggestions you asked not to see again"))
        self.switch_on_button.setText(self.tr("Show them a&gain"))
        self._fill_switched_off()
        for key, text in (
            ("reminders.checkins", self.tr("&Check-ins due")),
            ("reminders.rituals", self.tr("&Meetings about to start")),
            ("reminders.reviews", self.tr("E&xperiment reviews due")),
        ):
            self.remind[key].setText(text)
        self._reminder_labels[0].setText(self.tr("Meetings: &warn"))
        self._reminder_labels[1].setText(self.tr("&Quiet hours: from"))
        self._until.setText(self.tr("to"))
        self.minutes.setSuffix(self.tr(" min before"))
        for spin in (self.quiet_from, self.quiet_until):
            spin.setSuffix(self.tr(" h"))
        self.text_scale.setSuffix(self.tr("\u202f% of the system's"))
        self._update_suffixes()
        self._explain_locks()

    def _explain_locks(self) -> None:
        """Settings the machine policy locks are greyed, and say who set them, and how."""
        policy = self._settings.policy
        who = policy.organisation or self.tr("your IT department")
        reasons = {
            Origin.MACHINE_REGISTRY: self.tr(
                "Set by {who} through this computer's Group Policy; it cannot be changed here."
            ),
            Origin.USER_REGISTRY: self.tr(
                "Set by {who} through your account's Group Policy; it cannot be changed here."
            ),
            Origin.FILE: self.tr(
                "Set by {who} in this workstation's policy file; it cannot be changed here."
            ),
        }
        locked = [key for key in self._fields if self._settings.locked(key)]
        for key, widget in self._fields.items():
            reason = reasons[policy.origin(key)] if key in locked else ""
            widget.setToolTip(reason.format(who=who))
        self.managed.setText(
            self.tr("Some settings are managed for this workstation (greyed below).")
            if locked else ""
        )  # fmt: skip
        self.managed.setVisible(bool(locked))

    def _fill_switched_off(self) -> None:
        """The kinds of suggestion switched off, by their text in the current language."""
        self.off_list.clear()
        if self._prompts is None:
            self.switched_off.hide()
            return
        language = current_language() or "en"
        rules = self._prompts.pack.rules
        for rule_id in self._prompts.switched_off():
            rule = rules.get(rule_id)
            text = (rule.text.get(language) or rule.text["en"]) if rule else rule_id
            item = QListWidgetItem(f"{rule_id} · {text}", self.off_list)
            item.setData(Qt.ItemDataRole.UserRole, rule_id)
        self.switch_on_button.setEnabled(self.off_list.count() > 0)
        self.off_list.setVisible(self.off_list.count() > 0)

    def _switch_on(self) -> None:
        if self._prompts is None:
            return
        chosen = self.off_list.selectedItems() or [
            self.off_list.item(row) for row in range(self.off_list.count())
        ]
        for item in chosen:
            self._prompts.switch_on(item.data(Qt.ItemDataRole.UserRole))
        self._fill_switched_off()

    def _spin(self, key: str) -> QSpinBox:
        """A number setting, saved as it changes, within its allowed range."""
        spec = SETTINGS[key]
        spin = QSpinBox(self)
        spin.setObjectName(key)
        spin.setRange(spec.minimum or 0, spec.maximum or 0)
        spin.setValue(self._settings.get(key))
        spin.valueChanged.connect(lambda v: self._settings.set(key, v))
        return spin

    def _update_suffixes(self) -> None:
        self.interval.setSuffix(self.tr(" hour(s)", "", self.interval.value()))
        self.keep.setSuffix(self.tr(" backup(s)", "", self.keep.value()))
        self.lock_minutes.setSuffix(self.tr(" idle minute(s)", "", self.lock_minutes.value()))

    def _language_chosen(self) -> None:
        value = self.language.currentData()
        self._settings.set("language", value)
        self.language_changed.emit(value)

    def _coaching_chosen(self, on: bool) -> None:
        self._settings.set("coaching.area", on)
        self.coaching_changed.emit(on)

    def _theme_chosen(self) -> None:
        value = self.theme.currentData()
        self._settings.set("theme", value)
        self.theme_changed.emit(value)
