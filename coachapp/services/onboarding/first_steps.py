"""The six first steps of practising the model, ticked from what the journal holds.

A step is done when the journal shows it (an entry written, a person added, a ritual planned...),
never because a button was clicked: a manager who did it another way sees it ticked too, and a
step undone (its only record in the trash) shows as to do again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from enum import StrEnum
from typing import TYPE_CHECKING

from coachapp.config import Settings

if TYPE_CHECKING:
    from peewee import Model

HIDDEN_STATE = "first_steps"  # "hidden": the manager put the card away; "shown": asked back
HIDDEN = "hidden"
SHOWN = "shown"
FIRST_RUN_STATE = "first_run"  # "done" or "skipped": the first run is not offered again


class Step(StrEnum):
    ENTRY = "entry"
    TEAM = "team"
    RITUAL = "ritual"
    DELEGATION = "delegation"
    EXPERIMENT = "experiment"
    ASSESSMENT = "assessment"


def _alive(model: type[Model]) -> bool:
    return bool(model.select().where(model.deleted_at.is_null()).exists())  # type: ignore[attr-defined]


def steps_done(unwritten: Collection[str] = ()) -> frozenset[Step]:
    """The steps the journal shows done (records in the trash do not count). `unwritten`: new
    entries nobody has written in yet (the journal erases them if they are left so)."""
    # The models load with the journal, after the window's first paint; the steps are read
    # after it too (the window's frame only needs `Step`).
    from coachapp.storage.models import (  # noqa: PLC0415
        Delegation,
        Entry,
        Experiment,
        Person,
        Ritual,
        SelfRating,
    )

    entries = Entry.select().where(Entry.deleted_at.is_null(), Entry.uuid.not_in(list(unwritten)))
    found = {
        Step.ENTRY: bool(entries.exists()),
        Step.TEAM: _alive(Person),
        Step.RITUAL: _alive(Ritual),
        Step.DELEGATION: _alive(Delegation),
        Step.EXPERIMENT: _alive(Experiment),
        Step.ASSESSMENT: bool(SelfRating.select().exists()),
    }
    return frozenset(step for step, done in found.items() if done)


class FirstSteps:
    """The steps done, and whether the manager still wants them shown on Today."""

    def __init__(
        self, settings: Settings, unwritten: Callable[[], Collection[str]] = tuple
    ) -> None:
        self._settings = settings
        self.unwritten = unwritten  # the new entries not written in yet (the journal knows)

    def done(self) -> frozenset[Step]:
        return steps_done(self.unwritten())

    @property
    def hidden(self) -> bool:
        return self._settings.state(HIDDEN_STATE) == HIDDEN

    def hide(self) -> None:
        self._settings.set_state(HIDDEN_STATE, HIDDEN)

    def show_again(self) -> None:
        self._settings.set_state(HIDDEN_STATE, SHOWN)

    def wanted(self) -> bool:
        """Shown on Today to a manager new to CoachApp (the first run went by, or the setup
        assistant asked for them), until all are done or the card is put away. A journal that
        was in use before this version never met a first run: no "first steps" for it."""
        started = self._settings.state(FIRST_RUN_STATE) is not None
        asked = self._settings.state(HIDDEN_STATE) == SHOWN
        return (started or asked) and not self.hidden and len(self.done()) < len(Step)


def first_run_wanted(settings: Settings) -> bool:
    """Offered on a journal with nothing in it, until finished or skipped once."""
    return settings.state(FIRST_RUN_STATE) is None and not steps_done()
