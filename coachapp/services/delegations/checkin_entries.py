"""A check-in kept in the journal too: the entry and the check-in are written together."""

from __future__ import annotations

from datetime import date, datetime, time

from coachapp.services.common.pillars import Pillar
from coachapp.services.delegations.delegations import DELEGATION, CheckIn, DelegationService, Went
from coachapp.services.journal.journal import EntryDraft, EntryKind, JournalService
from coachapp.storage.database import db
from coachapp.timezones import local_zone


def check_in_with_entry(
    delegations: DelegationService,
    entries: JournalService,
    delegation_uuid: str,
    *,
    day: date,
    level: int,
    went: Went,
    note: str,
    title: str,
) -> CheckIn:
    """Record the check-in and a journal entry linked to the delegation and its delegate.

    The entry is a one-to-one when the delegate is a person; it carries the note, so the
    manager can go on writing there. Nothing is written if either part is refused.
    """
    record = delegations.get(delegation_uuid)
    person = record.draft.person_uuid
    moment = (
        delegations.now()
        if delegations.today() == day
        else datetime.combine(day, time(12, 0), local_zone())
    )
    draft = EntryDraft(
        occurred_at=moment,
        title=title,
        body=note,
        kind=EntryKind.ONE_TO_ONE if person else EntryKind.NOTE,
        pillars=frozenset({Pillar.AGENT_SUPPORT, Pillar.MANAGER_ROLE}),
        people=(person,) if person else (),
        links=frozenset({(DELEGATION, delegation_uuid)}),
    )
    with db.atomic():
        entry = entries.create(draft)
        return delegations.check_in(
            delegation_uuid, day=day, level=level, went=went, note=note, entry_uuid=entry.uuid
        )
