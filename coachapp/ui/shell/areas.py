"""The areas of the window, each built the first time it is shown or asked for.

Building every area at start-up imported and laid out seven pages nobody sees yet, before
the first paint; even the home, Today, is built just after it (`build_shown`), so the window's
frame appears first. The stack holds an empty page in each area's place until then; a menu
action, a shortcut, the navigator or a test asking for an area builds it on the spot, so
everything that reaches an area works whether it was built or not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Generic, Protocol, TypeVar, cast, overload

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from coachapp.config import Settings
from coachapp.context import Journal
from coachapp.ui.common.events import DataEvents
from coachapp.ui.common.tasks import Tasks

AreaT = TypeVar("AreaT", bound=QWidget)


class AreaStack(QStackedWidget):
    """`built(name, view)`: an area was just built, for its owner to wire it."""

    built = Signal(str, QWidget)

    def __init__(
        self, factories: Sequence[tuple[str, Callable[[], QWidget]]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.names = tuple(name for name, _factory in factories)
        self._factories = dict(factories)
        self._built: dict[str, QWidget] = {}
        for name in self.names:
            page = QWidget(self)
            page.setObjectName(f"{name}Placeholder")
            self.addWidget(page)

    def area(self, name: str) -> QWidget:
        """The area `name`, built now if it was not yet."""
        view = self._built.get(name)
        if view is None:
            row = self.names.index(name)
            placeholder = self.widget(row)
            assert placeholder is not None  # every row holds a page
            view = self._built[name] = self._factories[name]()
            on_show = self.currentWidget() is placeholder
            self.insertWidget(row, view)  # the current page stays current
            if on_show:  # the area takes its placeholder's place on screen
                self.setCurrentWidget(view)
            self.removeWidget(placeholder)
            placeholder.deleteLater()
            self.built.emit(name, view)
        return view

    def built_areas(self) -> list[tuple[str, QWidget]]:
        """The areas built so far, in the sidebar's order."""
        return [(name, self._built[name]) for name in self.names if name in self._built]

    def is_built(self, name: str) -> bool:
        return name in self._built

    def build_shown(self) -> None:
        """Build the area whose place is on show (Today, once the window has painted)."""
        row = self.currentIndex()
        if 0 <= row < len(self.names):
            self.area(self.names[row])

    def show_row(self, row: int) -> None:
        """Show the area at `row` (the sidebar's row), building it first."""
        if 0 <= row < len(self.names):
            self.setCurrentWidget(self.area(self.names[row]))


class HasAreas(Protocol):
    stack: AreaStack


class Area(Generic[AreaT]):
    """An attribute naming an area of `owner.stack`: reading it builds the area if need be.

    `journal_view: Area[JournalView] = Area("journal")` in a class whose instances have a
    `stack`.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, owner: None, _kind: Any = None) -> Area[AreaT]: ...
    @overload
    def __get__(self, owner: HasAreas, _kind: Any = None) -> AreaT: ...
    def __get__(self, owner: HasAreas | None, _kind: Any = None) -> AreaT | Area[AreaT]:
        if owner is None:  # read on the class (introspection)
            return self
        return cast(AreaT, owner.stack.area(self.name))


class Builder(Protocol):
    """What the areas are built from (the main window)."""

    journal: Journal
    settings: Settings
    events: DataEvents
    tasks: Tasks

    def widget(self) -> QWidget: ...


# Each area's module is imported when the area is first built, not with the window.
# ruff: noqa: PLC0415


def _today(host: Builder) -> QWidget:
    from coachapp.ui.today.today_view import TodayView

    return TodayView(host.journal, host.events, host.widget())


def _journal(host: Builder) -> QWidget:
    from coachapp.ui.journal.journal_view import JournalView

    return JournalView(host.journal, host.events, host.settings, host.widget())


def _rituals(host: Builder) -> QWidget:
    from coachapp.ui.rituals.rituals_view import RitualsView

    return RitualsView(host.journal, host.events, host.widget())


def _delegations(host: Builder) -> QWidget:
    from coachapp.ui.delegations.delegations_view import DelegationsView

    return DelegationsView(host.journal, host.events, host.widget())


def _experiments(host: Builder) -> QWidget:
    from coachapp.ui.experiments.experiments_view import ExperimentsView

    return ExperimentsView(host.journal, host.events, host.widget())


def _people(host: Builder) -> QWidget:
    from coachapp.ui.people.people_view import PeopleView

    return PeopleView(host.journal, host.events, host.settings, host.widget())


def _insights(host: Builder) -> QWidget:
    from coachapp.ui.insights.insights_view import InsightsView  # QtCharts comes with it

    return InsightsView(host.journal, host.events, host.widget())


def _coaching(host: Builder) -> QWidget:
    from coachapp.ui.coaching.coaching_area import CoachingArea

    return CoachingArea(host.journal, host.settings, host.tasks, host.widget())


def _trash(host: Builder) -> QWidget:
    from coachapp.ui.trash.trash_view import TrashView

    return TrashView(host.journal.trash, host.events, host.widget())


FACTORIES: tuple[tuple[str, Callable[[Builder], QWidget]], ...] = (
    ("today", _today),
    ("journal", _journal),
    ("rituals", _rituals),
    ("delegations", _delegations),
    ("experiments", _experiments),
    ("people", _people),
    ("insights", _insights),
    ("trash", _trash),
    ("coaching", _coaching),  # in the sidebar once a coach uses it (MainWindow._show_coaching)
)


def area_stack(host: Builder) -> AreaStack:
    """The stack of every area in the sidebar's order, none built yet."""
    return AreaStack([(name, partial(factory, host)) for name, factory in FACTORIES], host.widget())
