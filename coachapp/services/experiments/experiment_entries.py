"""Concluding an experiment and keeping what it taught in the journal, in one go."""

from __future__ import annotations

from coachapp.services.common.pillars import Pillar
from coachapp.services.experiments.experiments import (
    EXPERIMENT,
    ExperimentRecord,
    ExperimentService,
    LearningCard,
)
from coachapp.services.journal.journal import EntryDraft, EntryKind, JournalService
from coachapp.storage.database import db


def conclude_with_entry(
    experiments: ExperimentService,
    entries: JournalService,
    experiment_uuid: str,
    card: LearningCard,
    *,
    title: str,
    body: str,
    entry_uuid: str | None = None,
) -> tuple[ExperimentRecord, str]:
    """Conclude the experiment and write a learning entry linked to it and its people.

    Returns the concluded experiment and the entry's UUID; nothing is written if either part
    is refused.
    """
    with db.atomic():
        record = experiments.conclude(experiment_uuid, card)
        people = tuple(p for p in (record.draft.owner_uuid, *record.draft.people) if p)
        entry = entries.create(
            EntryDraft(
                occurred_at=experiments.now(),
                title=title,
                body=body,
                kind=EntryKind.LEARNING_INSIGHT,
                pillars=frozenset({Pillar.EXPERIMENTATION, Pillar.RIGHT_TO_ERROR}),
                people=people,
                links=frozenset({(EXPERIMENT, experiment_uuid)}),
            ),
            entry_uuid=entry_uuid,
        )
    return record, entry.uuid
