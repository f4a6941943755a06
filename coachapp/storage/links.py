"""Entries lose a link when the record it points at is erased for good: they have changed.

An import merges by "newer `updated_at` wins", so an entry whose links change must get a new
`updated_at`, or two journals would each call their different copy of it unchanged. Erasing a
record for good runs this inside its transaction, before the record goes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from peewee import Expression

from coachapp.storage.models import Delegation, Entry, Link, Skill


def unlink_erased(targets: Iterable[tuple[str, str]], now: datetime) -> None:
    """Cut the journal's links to any (kind, uuid) of `targets`, marking the entries that had
    one as changed at `now`."""
    condition: Expression | None = None
    for kind, uuid in targets:
        one = (Link.target_kind == kind) & (Link.target_uuid == uuid)
        condition = one if condition is None else condition | one
    if condition is None:
        return
    linked = Link.select(Link.entry).where(condition)
    Entry.update(updated_at=now).where(Entry.id.in_(linked)).execute()
    Link.delete().where(condition).execute()


def person_targets(person_uuid: str) -> list[tuple[str, str]]:
    """The person and what is erased with them (their delegations and skill plans)."""
    targets = [("person", person_uuid)]
    delegations = Delegation.select(Delegation.uuid).where(Delegation.person_uuid == person_uuid)
    skills = Skill.select(Skill.uuid).where(Skill.person_uuid == person_uuid)
    targets += [("delegation", str(row.uuid)) for row in delegations]
    targets += [("skill", str(row.uuid)) for row in skills]
    return targets
