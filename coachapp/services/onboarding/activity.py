"""How much the journal shows of the model lately: what Today may honestly say when it has
nothing to suggest.

A journal with nothing in it, or one where little happened in the last weeks, must never be
told that it "shows the model at work": the engine's silence there means it has too little to
read, not that all is well.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from coachapp.storage.models import (
    Delegation,
    DelegationCheckin,
    Entry,
    Experiment,
    Person,
    Ritual,
    RitualOccurrence,
)

RECENT = timedelta(days=30)
PRACTICES_AT_WORK = 2  # of rituals, delegations and experiments, besides entries


class Activity(StrEnum):
    NEW = "new"  # nothing recorded yet
    QUIET = "quiet"  # records, but little of the model in the last weeks
    ACTIVE = "active"  # entries and at least two of the practices lately


def journal_activity(now: datetime) -> Activity:
    """What the journal shows at `now`, from the records of the last thirty days."""
    models = (Entry, Person, Ritual, Delegation, Experiment)
    if not any(m.select().where(m.deleted_at.is_null()).exists() for m in models):
        return Activity.NEW
    since = now - RECENT
    entries = Entry.select().where(Entry.deleted_at.is_null(), Entry.occurred_at >= since)
    rituals = (
        Ritual.select().where(Ritual.deleted_at.is_null(), Ritual.updated_at >= since).exists()
        or RitualOccurrence.select().where(RitualOccurrence.updated_at >= since).exists()
    )
    delegations = (
        Delegation.select()
        .where(Delegation.deleted_at.is_null(), Delegation.updated_at >= since)
        .exists()
        or DelegationCheckin.select().where(DelegationCheckin.created_at >= since).exists()
    )
    experiments = (
        Experiment.select()
        .where(Experiment.deleted_at.is_null(), Experiment.updated_at >= since)
        .exists()
    )
    practices = sum(bool(found) for found in (rituals, delegations, experiments))
    if entries.exists() and practices >= PRACTICES_AT_WORK:
        return Activity.ACTIVE
    return Activity.QUIET


def is_empty(area: str) -> bool:
    """Whether the area `area` has nothing to show yet (its records in the trash aside)."""
    models = {
        "journal": (Entry,),
        "rituals": (Ritual,),
        "delegations": (Delegation,),
        "experiments": (Experiment,),
        "people": (Person,),
        "insights": (Entry, Ritual, Delegation, Experiment),
    }[area]
    return not any(m.select().where(m.deleted_at.is_null()).exists() for m in models)
