"""Forms: fields built the same way everywhere, the error line under a form, and the dialog
whose OK saves and refuses input in place.

Every editing dialog does the same on OK: write what the form holds, and when the journal
refuses, say why under the form, put the focus on the field at fault and have a screen reader
announce the reason with that field. `FormDialog` does it once; a dialog only builds its form,
writes it in `save()` and names its fields in `field_for()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coachapp.errors import UserError, ValidationError
from coachapp.i18n import render_error
from coachapp.ui.common.naming import announce, label_fields
from coachapp.ui.common.widgets import ToneLabel


def reveal(widget: QWidget) -> None:
    """Bring forward every tab that holds `widget`, so that it can take the focus."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is not None and (page is widget or page.isAncestorOf(widget)):
                    parent.setCurrentIndex(index)
        parent = parent.parentWidget()


D = TypeVar("D", bound=QDialog)


def open_dialog(dialog: D, accepted: Callable[[D], object]) -> D:
    """Show `dialog` over its window without blocking, call `accepted(dialog)` when it is
    accepted, and delete it once closed; `dialog` is returned for tests to fill in."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: accepted(dialog))
    dialog.open()
    return dialog


def field_row(parent: QWidget, *cells: QWidget | tuple[QWidget, int], end: bool = False) -> QWidget:
    """Widgets side by side as one field of a form (no margins of their own); a cell may
    carry its stretch factor, and `end` keeps them to the left."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for cell in cells:
        widget, stretch = cell if isinstance(cell, tuple) else (cell, 0)
        row.addWidget(widget, stretch)
    if end:
        row.addStretch(1)
    return box


E = TypeVar("E", bound=Enum)


def check_grid(
    box: QGroupBox, values: Iterable[E], *, columns: int = 2, prefix: str = ""
) -> dict[E, QCheckBox]:
    """A check box for each value in `box`, `columns` to a row, named `prefix` + the value
    (when a prefix is given); their texts come with the language."""
    grid = QGridLayout(box)
    checks: dict[E, QCheckBox] = {}
    for number, value in enumerate(values):
        check = QCheckBox(box)
        if prefix:
            check.setObjectName(f"{prefix}{value.value}")
        grid.addWidget(check, number // columns, number % columns)
        checks[value] = check
    return checks


def text_field(parent: QWidget, name: str, *, height: int = 0) -> QPlainTextEdit:
    """A form's field of several lines, where Tab goes to the next field (rather than typing
    a tab); `height` fixes its height (0: as the layout gives)."""
    field = QPlainTextEdit(parent)
    field.setObjectName(name)
    field.setTabChangesFocus(True)
    if height:
        field.setFixedHeight(height)
    return field


def _form_row(field: QWidget) -> tuple[QFormLayout, int] | None:
    """The form layout and row where `field` (or the box holding it) is a field."""
    widget, parent = field, field.parentWidget()
    while parent is not None:
        for form in parent.findChildren(QFormLayout):
            place: tuple[int, object] = form.getWidgetPosition(widget)  # type: ignore[assignment]
            row = place[0]  # the stubs say "object" for (row, role)
            if row >= 0:
                return form, row
        widget, parent = parent, parent.parentWidget()
    return None


class ErrorLine(ToneLabel):
    """Why a form was refused, in the error colour, hidden while there is nothing to say; when
    the field at fault sits in a form, the reason is written under that field instead (said
    once, where the eye and the focus go)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__("error", parent)
        self.setObjectName("error")
        self.hide()
        self._field: QWidget | None = None
        self._description = ""  # what the field at fault described before the error
        self._beside: ToneLabel | None = None  # the reason under the field

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        """Say `text`, aloud too; with `field`, write it under the field, move the focus there
        and make `text` its description, so that a screen reader reads it with the field."""
        self.clear_error()
        self.setText(text)
        self.show()
        announce(self, text)
        if field is None:
            return
        reveal(field)
        place = _form_row(field)
        if place is not None:
            form, row = place
            self._beside = ToneLabel("error", form.parentWidget())
            self._beside.setObjectName("fieldError")
            self._beside.setText(text)
            form.insertRow(row + 1, "", self._beside)
            self._beside.show()
            self.hide()
        target = field
        while (proxy := target.focusProxy()) is not None:  # the part that takes the focus
            target = proxy
        self._field, self._description = target, target.accessibleDescription()
        target.setAccessibleDescription(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def shown(self) -> bool:
        """Whether a refusal is on screen, on this line or under its field."""
        beside = self._beside is not None and isValid(self._beside) and not self._beside.isHidden()
        return not self.isHidden() or beside

    def clear_error(self) -> None:
        """Hide the line, take the reason from under the field and give the field back its own
        description."""
        self.hide()
        if self._beside is not None and isValid(self._beside):
            place = _form_row(self._beside)
            if place is not None:
                place[0].removeRow(place[1])
        self._beside = None
        if self._field is not None and isValid(self._field):
            self._field.setAccessibleDescription(self._description)
        self._field = None


class FormDialog(QDialog):
    """A dialog whose OK writes the form, and stays open saying why when it cannot.

    A subclass lays out its form, then calls `add_error_and_buttons(layout)` (after its fields,
    so that Tab reaches the buttons last); it writes in `save()` and names the widget of each
    field the journal may refuse in `field_for()`; `confirm()` asks what must be asked first.
    """

    error: ErrorLine
    buttons: QDialogButtonBox

    def add_error_and_buttons(
        self,
        layout: QVBoxLayout,
        buttons: QDialogButtonBox.StandardButton = (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        ),
    ) -> None:
        """The error line, then the buttons, at the bottom of `layout`."""
        self.error = ErrorLine(self)
        self.buttons = QDialogButtonBox(buttons, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        label_fields(self)
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # after Retranslatable's new words
            label_fields(self)

    def confirm(self) -> bool:
        """Ask the user what needs asking before saving; False keeps the dialog open."""
        return True

    def save(self) -> None:
        """Write what the form holds; raise the app's UserError (a ValidationError naming the
        field at fault) when the journal refuses it."""
        raise NotImplementedError

    def field_for(self, name: str, /) -> QWidget | None:
        """The widget of the field `name` ("" when the error names none); None: nowhere."""
        raise NotImplementedError

    def accept(self) -> None:
        if not self.confirm():
            return
        try:
            self.save()
        except UserError as exc:
            name = exc.field if isinstance(exc, ValidationError) else ""
            self.error.show_error(render_error(exc), self.field_for(name))
            return
        super().accept()
