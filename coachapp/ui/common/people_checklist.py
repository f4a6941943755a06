"""A list of people with a checkbox each and a filter field above it, for "who takes part"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from coachapp.services.people.people import PersonRecord

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def people_checklist(
    parent: QWidget, people: Iterable[PersonRecord]
) -> tuple[QListWidget, QLineEdit]:
    """The list (one unchecked item per person, with their team) and its filter field."""
    listing = QListWidget(parent)
    listing.setObjectName("people")
    for person in people:
        item = QListWidgetItem(person.name + (f" · {person.team}" if person.team else ""))
        item.setData(UUID_ROLE, person.uuid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        listing.addItem(item)
    finder = QLineEdit(parent)
    finder.setObjectName("peopleFilter")
    finder.setClearButtonEnabled(True)
    finder.textChanged.connect(lambda text: _filter(listing, text))
    return listing, finder


def stacked(listing: QListWidget, finder: QLineEdit) -> QWidget:
    """The filter field above the list, as one widget for a form row."""
    box = QWidget(listing.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(finder)
    layout.addWidget(listing, 1)
    box.setFocusProxy(finder)  # the form label's shortcut lands in the filter
    return box


def _filter(listing: QListWidget, text: str) -> None:
    needle = text.casefold()
    for row in range(listing.count()):
        item = listing.item(row)
        item.setHidden(bool(needle) and needle not in item.text().casefold())


def check(listing: QListWidget, uuids: Iterable[str]) -> None:
    wanted = set(uuids)
    for row in range(listing.count()):
        item = listing.item(row)
        if item.data(UUID_ROLE) in wanted:
            item.setCheckState(Qt.CheckState.Checked)


def checked(listing: QListWidget) -> tuple[str, ...]:
    return tuple(
        listing.item(row).data(UUID_ROLE)
        for row in range(listing.count())
        if listing.item(row).checkState() == Qt.CheckState.Checked
    )
