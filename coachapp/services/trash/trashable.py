"""Going to the trash, coming back, being erased for good: written once for every kind of record.

Nothing is erased at once (DESIGN.md §3): a service whose records can be deleted derives from
`Trashable`, naming its kind, its table, what to say when a record is gone and how the trash
list labels its records. In the trash a record keeps everything (its child rows, the journal's
links to it), so a restore brings it back whole. Erasing it for good ("purge") takes along:
- its child rows, through the schema (ON DELETE CASCADE; triggers erase a person's delegations
  and skill plans with them);
- the journal's links to it and to what goes with it (`_erased_with`), the entries that had
  one being marked as changed (`coachapp.storage.links`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from peewee import Expression, Field

from coachapp.clock import Clock
from coachapp.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from coachapp.storage.database import db
from coachapp.storage.links import unlink_erased
from coachapp.storage.models import BaseModel

R = TypeVar("R", bound=BaseModel)

NOT_IN_TRASH = QT_TRANSLATE_NOOP("Trash", "“{label}” is not in the trash.")


@dataclass(frozen=True)
class TrashItem:
    """One record in the trash, as the trash list shows it."""

    kind: str  # the kind journal entries link to it by: "entry", "person", "ritual"...
    uuid: str
    label: str
    deleted_at: datetime


class Trashable(ABC, Generic[R]):
    """A service whose records, rows of `model`, go to the trash rather than being erased."""

    def __init__(
        self, clock: Clock, record_kind: str, model: type[R], gone: Message, *,
        label_columns: tuple[Field[Any], ...] = (),
    ) -> None:  # fmt: skip
        self._clock = clock
        self.record_kind = record_kind
        self._model = model
        self._gone = gone  # "This … no longer exists."
        # What `_labels` reads, so that the trash list loads no more (an entry's body can be
        # long); every column when empty.
        self._label_columns = label_columns

    @abstractmethod
    def _labels(self, rows: list[R]) -> list[str]:
        """What the trash list calls each of `rows` (a title, a name...)."""

    def _erased_with(self, record_uuid: str) -> list[tuple[str, str]]:
        """(kind, uuid) of the record and of the records the schema erases with it: the
        journal's links to each go too."""
        return [(self.record_kind, record_uuid)]

    def _row(self, record_uuid: str, *, include_deleted: bool = False) -> R:
        """The stored record, in the trash too with `include_deleted`; refused when gone."""
        query = self._model.select().where(self._model.uuid == record_uuid)
        if not include_deleted:
            query = query.where(self._model.deleted_at.is_null())
        row: R | None = query.first()
        if row is None:
            raise NotFoundError(self._gone)
        return row

    def _in_trash(self, record_uuid: str) -> R:
        row = self._row(record_uuid, include_deleted=True)
        if row.deleted_at is None:
            raise NotFoundError(NOT_IN_TRASH, label=self._labels([row])[0])
        return row

    def _trash_where(self, condition: Expression) -> int:
        """Move the records matching `condition` that are not in the trash there; how many."""
        now = self._clock.now()
        query = self._model.update(deleted_at=now, updated_at=now)
        return int(query.where(condition, self._model.deleted_at.is_null()).execute())

    def trash(self, record_uuid: str) -> None:
        with db.atomic():
            self._trash_where(self._model.id == self._row(record_uuid).id)

    def trashed(self) -> list[TrashItem]:
        model = self._model
        columns = (model.id, model.uuid, model.deleted_at, *self._label_columns)
        query = model.select(*columns) if self._label_columns else model.select()
        rows = list(query.where(model.deleted_at.is_null(False)))
        return [
            TrashItem(self.record_kind, row.uuid, label, row.deleted_at)
            for row, label in zip(rows, self._labels(rows), strict=True)
        ]

    def trashed_count(self) -> int:
        return int(self._model.select().where(self._model.deleted_at.is_null(False)).count())

    def restore(self, record_uuid: str) -> None:
        with db.atomic():
            row = self._in_trash(record_uuid)
            self._model.update(deleted_at=None, updated_at=self._clock.now()).where(
                self._model.id == row.id
            ).execute()

    def purge(self, record_uuid: str) -> list[tuple[str, str]]:
        """Erase for good a record in the trash; (kind, uuid) of it and of what went with it."""
        with db.atomic():
            row = self._in_trash(record_uuid)
            erased = self._erased_with(record_uuid)
            unlink_erased(erased, self._clock.now())
            self._model.delete().where(self._model.id == row.id).execute()
        return erased
