"""Demo journal entries: a busy manager's notes of every kind, put together from the sentences of
entries.json with their placeholders ({person}, {team}, {project}...) filled in; the words for
all but {person} and {team} come from placeholders.json."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from coachapp.demo.run import DemoRun, new_uuid
from coachapp.demo.texts import EntriesText, EntryHeadings, KindText, read_text
from coachapp.services.common.pillars import Pillar
from coachapp.services.journal.journal import EntryDraft, EntryKind
from coachapp.services.people.people import PersonKind

# How often each kind of entry comes, and the pillars it usually serves.
_KIND_WEIGHTS = {
    EntryKind.NOTE: 28,
    EntryKind.ONE_TO_ONE: 14,
    EntryKind.STAKEHOLDER_CONTACT: 12,
    EntryKind.DECISION: 10,
    EntryKind.CHANGE_STEP: 8,
    EntryKind.RECOGNITION: 7,
    EntryKind.LEARNING_INSIGHT: 6,
    EntryKind.LEARNING_ERROR: 5,
    EntryKind.LEARNING_INCIDENT: 5,
    EntryKind.SHOWCASE: 5,
}
_PILLARS: dict[EntryKind, tuple[Pillar, ...]] = {
    EntryKind.NOTE: (Pillar.MANAGER_ROLE, Pillar.CHANGE),
    EntryKind.DECISION: (Pillar.MANAGER_ROLE, Pillar.CO_CONSTRUCTION),
    EntryKind.LEARNING_ERROR: (Pillar.RIGHT_TO_ERROR, Pillar.MANAGER_ROLE),
    EntryKind.LEARNING_INCIDENT: (Pillar.RIGHT_TO_ERROR, Pillar.INCLUSION, Pillar.AGENT_SUPPORT),
    EntryKind.LEARNING_INSIGHT: (Pillar.EXPERIMENTATION, Pillar.INCLUSION, Pillar.MANAGER_ROLE),
    EntryKind.ONE_TO_ONE: (Pillar.AGENT_SUPPORT, Pillar.MANAGER_ROLE),
    EntryKind.STAKEHOLDER_CONTACT: (Pillar.INCLUSION, Pillar.CO_CONSTRUCTION),
    EntryKind.RECOGNITION: (Pillar.MANAGER_ROLE, Pillar.EMPLOYER_BRAND),
    EntryKind.SHOWCASE: (Pillar.EMPLOYER_BRAND, Pillar.MANAGER_ROLE),
    EntryKind.CHANGE_STEP: (Pillar.CHANGE, Pillar.AGENT_SUPPORT),
}


def write_entries(run: DemoRun, count: int) -> list[tuple[str, EntryDraft, datetime]]:
    """`count` entries over the run's span, as (UUID, draft, when it was written)."""
    rng, span, end, staff = run.rng, run.span, run.end, run.staff
    text: EntriesText = read_text("entries", run.language)
    placeholders: dict[str, list[str]] = read_text("placeholders", run.language)
    agents = [p for p in staff if p.kind is PersonKind.AGENT] or staff
    others = [p for p in staff if p.kind is not PersonKind.AGENT] or staff
    kinds = list(_KIND_WEIGHTS)
    weights = list(_KIND_WEIGHTS.values())
    start = end - span
    offsets = sorted(rng.randrange(int(span.total_seconds())) for _ in range(count))
    made = []
    for offset in offsets:
        when = _working_hours(start + timedelta(seconds=offset), rng)
        kind = rng.choices(kinds, weights)[0]
        blocks = text["kinds"][kind.value]
        subject = rng.choice(agents if kind is EntryKind.ONE_TO_ONE else agents + others)
        values = {
            "person": subject.name,
            "team": subject.team or rng.choice(run.teams),
            **{name: rng.choice(words) for name, words in placeholders.items()},
        }
        linked = {subject.uuid} if rng.random() < 0.7 else set()
        if rng.random() < 0.25:
            linked.add(rng.choice(others).uuid)
        pillars = _PILLARS[kind]
        made.append(
            (
                new_uuid(rng),
                EntryDraft(
                    occurred_at=when,
                    title=rng.choice(blocks["titles"]).format(**values),
                    body=_body(rng, blocks, text["headings"], values),
                    kind=kind,
                    mood=rng.randint(1, 5) if rng.random() < 0.6 else None,
                    energy=rng.randint(1, 5) if rng.random() < 0.5 else None,
                    private=rng.random() < 0.08,
                    tags=tuple(rng.sample(blocks["tags"], k=rng.randint(0, 3))),
                    pillars=frozenset(rng.sample(pillars, k=rng.randint(1, len(pillars)))),
                    people=tuple(linked),
                ),
                min(when + timedelta(minutes=rng.randint(0, 90)), end),
            )
        )
    return made


def _working_hours(instant: datetime, rng: random.Random) -> datetime:
    """Move `instant` to a plausible writing time: weekdays, 7:30 to 19:00 (UTC here)."""
    day = instant.date()
    if day.weekday() >= 5 and rng.random() < 0.9:
        day -= timedelta(days=day.weekday() - 4)  # most weekend notes are Friday's
    minutes = rng.randint(7 * 60 + 30, 19 * 60)
    return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=UTC)


def _body(
    rng: random.Random, blocks: KindText, headings: EntryHeadings, values: dict[str, str]
) -> str:
    """Markdown the way people write notes: sometimes one paragraph, sometimes sections."""
    paragraphs = [p.format(**values) for p in rng.sample(blocks["paragraphs"], k=rng.randint(1, 3))]
    actions = [
        f"- [{'x' if rng.random() < 0.4 else ' '}] {a.format(**values)}"
        for a in rng.sample(blocks["actions"], k=rng.randint(1, 3))
    ]
    shape = rng.random()
    if shape < 0.35:
        return paragraphs[0]
    if shape < 0.7:
        return "\n\n".join([*paragraphs, "\n".join(actions)])
    parts = [f"## {headings['context']}", *paragraphs[:1]]
    if len(paragraphs) > 1:
        parts += [f"## {headings['learned']}", *paragraphs[1:]]
    parts += [f"## {headings['actions']}", "\n".join(actions)]
    return "\n\n".join(parts)
