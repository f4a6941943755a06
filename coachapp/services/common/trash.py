"""One trash for every kind of record: each area plugs in a source, the UI sees one list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from coachapp.storage.database import db


class TrashSource(Protocol):
    def trashed(self) -> list[tuple[str, str, datetime]]:
        """(uuid, label, deleted_at) of each record of this kind in the trash."""
        ...

    def restore(self, record_uuid: str) -> None: ...

    def purge(self, record_uuid: str) -> None: ...


@dataclass(frozen=True)
class TrashItem:
    kind: str
    uuid: str
    label: str
    deleted_at: datetime


class TrashService:
    def __init__(self, sources: dict[str, TrashSource]) -> None:
        self._sources = sources

    def items(self) -> list[TrashItem]:
        """Everything in the trash, most recently deleted first."""
        found = [
            TrashItem(kind, record_uuid, label, deleted_at)
            for kind, source in self._sources.items()
            for record_uuid, label, deleted_at in source.trashed()
        ]
        return sorted(found, key=lambda item: item.deleted_at, reverse=True)

    def count(self) -> int:
        return sum(len(source.trashed()) for source in self._sources.values())

    def restore(self, item: TrashItem) -> None:
        self._sources[item.kind].restore(item.uuid)

    def purge(self, item: TrashItem) -> None:
        self._sources[item.kind].purge(item.uuid)

    def purge_before(self, cutoff: datetime) -> int:
        """Erase what went to the trash before `cutoff` (a retention policy), in one
        transaction; how many records went."""
        items = [item for item in self.items() if item.deleted_at < cutoff]
        with db.atomic():
            for item in items:
                self.purge(item)
        return len(items)

    def empty(self) -> int:
        """Erase everything in the trash, in one transaction; return how many records went."""
        items = self.items()
        with db.atomic():
            for item in items:
                self.purge(item)
        return len(items)
