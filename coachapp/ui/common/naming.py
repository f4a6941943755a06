"""What a screen reader is told: the names of fields a label heads, and announcements.

Qt names a field from its label only when the label is its buddy *and* both have the same
parent; a label heading a box of several widgets (an optional date, a filter above a list) or
a widget laid out elsewhere names nothing. `label_fields` gives those fields the label's words.
`name_choice` names a drop-down without a label in the two ways platforms read it. `announce`
has a screen reader say something now (a refused form, say), whatever has focus.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, Qt, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

FIELDS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def plain(text: str) -> str:
    """A label's words as read aloud: no markup, no mnemonic ampersand, no final colon."""
    if Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(.)", r"\1", text)
    return text.strip().rstrip(":\u00a0 ").strip()


NAMED_BY_LABEL = "namedByLabel"  # a property: the name came from a label (renamed with it)


def _names_itself(widget: QWidget) -> bool:
    """A button with its own text, or a field given a name of its own."""
    if widget.accessibleName() and not widget.property(NAMED_BY_LABEL):
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text())


def _name(field: QWidget, words: str) -> None:
    if isinstance(field, QComboBox):
        name_choice(field, words)
    else:
        field.setAccessibleName(words)
    field.setProperty(NAMED_BY_LABEL, True)


def name_choice(combo: QComboBox, words: str) -> None:
    """Name a drop-down that shows no label of its own. Qt names a drop-down by its current
    choice on Linux and reads its label through a relation (a label whose buddy it is), and
    by its accessible name elsewhere: it gets both, the label kept hidden."""
    combo.setAccessibleName(words)
    parent = combo.parentWidget()
    if parent is None:
        return
    labels = [label for label in parent.findChildren(QLabel) if label.buddy() is combo]
    if not labels:
        labels = [QLabel(parent)]
        labels[0].hide()
        labels[0].setBuddy(combo)
    labels[0].setText(words)


def label_fields(root: QWidget) -> None:
    """Name, after the label that heads them, the fields Qt leaves unnamed under `root`: a
    buddy in another parent, and the fields inside a buddy that is only a box; run again
    after the labels change language."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        words = plain(label.text())
        if buddy is None or not words:
            continue
        if isinstance(buddy, FIELDS):
            if buddy.parentWidget() is not label.parentWidget() and not _names_itself(buddy):
                _name(buddy, words)
            continue
        for field in buddy.findChildren(QWidget):
            if isinstance(field, FIELDS) and not _names_itself(field) and not _inner(field):
                _name(field, words)
    _name_tab_pages(root)
    _name_combo_edits(root)


def _name_combo_edits(root: QWidget) -> None:
    """The line edit inside an editable drop-down, which platforms show as a field of its own,
    is named as its drop-down is (by its name, else by the label heading it)."""
    headed = {label.buddy(): plain(label.text()) for label in root.findChildren(QLabel)}
    for combo in root.findChildren(QComboBox):
        edit = combo.lineEdit()
        if edit is None or _names_itself(edit):
            continue
        words = combo.accessibleName() or headed.get(combo, "")
        if words:
            edit.setAccessibleName(words)
            edit.setProperty(NAMED_BY_LABEL, True)


def _name_tab_pages(root: QWidget) -> None:
    """A tab whose page is one field (a text, a list, a scrolled pane) names it."""
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if isinstance(page, (*FIELDS, QAbstractScrollArea)) and not _names_itself(page):
                _name(page, plain(tabs.tabText(index)))


def _inner(widget: QWidget) -> bool:
    """A part of a composite control (a spin box's line edit), named by the control."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def announce(widget: QWidget, text: str, *, urgent: bool = True) -> None:
    """Have a screen reader say `text` now, on behalf of `widget` (Qt ≥ 6.8)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def named_after(label: QLabel, *widgets: QWidget) -> None:
    """Give `widgets` the words `label` shows above them (call again when it changes)."""
    words = plain(label.text())
    for widget in widgets:
        widget.setAccessibleName(words)
