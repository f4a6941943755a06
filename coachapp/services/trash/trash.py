"""One trash for every kind of record: the UI and retention see one list over all the kinds."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from coachapp.services.trash.trashable import Trashable, TrashItem
from coachapp.storage.database import db


class TrashService:
    def __init__(self, services: Iterable[Trashable[Any]]) -> None:
        self._services = {service.record_kind: service for service in services}

    def items(self) -> list[TrashItem]:
        """Everything in the trash, most recently deleted first."""
        found = [item for service in self._services.values() for item in service.trashed()]
        return sorted(found, key=lambda item: item.deleted_at, reverse=True)

    def count(self) -> int:
        return sum(service.trashed_count() for service in self._services.values())

    def restore(self, *items: TrashItem) -> None:
        """Put `items` back where they were, in one transaction."""
        with db.atomic():
            for item in items:
                self._services[item.kind].restore(item.uuid)

    def purge(self, *items: TrashItem) -> int:
        """Erase `items` for good, in one transaction; how many went.

        An item already erased with an earlier one (a person's delegation) is not asked for
        again.
        """
        erased: set[tuple[str, str]] = set()
        with db.atomic():
            for item in items:
                if (item.kind, item.uuid) not in erased:
                    erased.update(self._services[item.kind].purge(item.uuid))
        return len(items)

    def purge_before(self, cutoff: datetime) -> int:
        """Erase what went to the trash before `cutoff` (a retention policy); how many went."""
        with db.atomic():
            return self.purge(*(item for item in self.items() if item.deleted_at < cutoff))

    def empty(self) -> int:
        """Erase everything in the trash; how many records went."""
        with db.atomic():
            return self.purge(*self.items())
