"""Demo rituals: a service's co-construction habits over the demo period, with what came out
of them (titles, places, outcomes and follow-ups from rituals.json)."""

from __future__ import annotations

from datetime import timedelta

from coachapp.clock import FixedClock
from coachapp.demo.run import DemoRun, new_uuid
from coachapp.demo.texts import RitualsText, read_text
from coachapp.services.people.people import PersonKind
from coachapp.services.rituals.methods import MethodLibrary
from coachapp.services.rituals.rituals import (
    Groups,
    Report,
    RitualDraft,
    RitualService,
    Stakeholder,
    Status,
)
from coachapp.timezones import local_zone


def fill_rituals(run: DemoRun, library: MethodLibrary) -> int:
    """Write the demo rituals for the run's span before its end; return how many."""
    rng, span, staff, language = run.rng, run.span, run.staff, run.language
    text: RitualsText = read_text("rituals", language)
    zone = local_zone()
    end = run.end
    rituals = RitualService(FixedClock(end), run.people)
    start = end - span
    agents = [p for p in staff if p.kind is PersonKind.AGENT and p.active]
    others = [p for p in staff if p.kind is not PersonKind.AGENT and p.active]
    made = []
    months = max(1, span.days // 30)
    for series in text["series"]:
        title, method_key, rule = series["title"], series["method"], series["rrule"]
        first = (start + timedelta(days=rng.randint(0, 20))).astimezone(zone)
        method = library.get(method_key)
        made.append(
            rituals.create(
                RitualDraft(
                    title=title,
                    starts_at=first.replace(hour=9, minute=30, second=0, microsecond=0),
                    duration_minutes=method.minutes[1] if method else 60,
                    method_key=method_key if method else "",
                    purpose=method.purposes[0] if method else None,
                    place=rng.choice(text["places"]),
                    rrule=rule,
                    agenda="\n".join(f"- {s}" for s in method.steps_in(language)) if method else "",
                    people=tuple(p.uuid for p in rng.sample(agents, k=min(6, len(agents)))),
                ),
                ritual_uuid=new_uuid(rng),
            )
        )
    for _ in range(max(2, months // 4)):
        one_off = rng.choice(text["one_off"])
        title, method_key = one_off["title"], one_off["method"]
        method = library.get(method_key)
        moment = (start + timedelta(days=rng.randint(0, max(1, span.days + 60)))).astimezone(zone)
        groups: Groups = ((Stakeholder.USAGERS, rng.randint(3, 10)),) if rng.random() < 0.5 else ()
        made.append(
            rituals.create(
                RitualDraft(
                    title=title,
                    starts_at=moment.replace(hour=rng.choice((9, 14)), minute=0, second=0,
                                             microsecond=0),
                    duration_minutes=min(method.minutes[1], 240) if method else 90,
                    method_key=method_key if method else "",
                    purpose=method.purposes[0] if method else None,
                    place=rng.choice(text["places"]),
                    agenda="\n".join(f"- {s}" for s in method.steps_in(language)) if method else "",
                    people=tuple(p.uuid for p in rng.sample(agents, k=min(5, len(agents))))
                    + tuple(p.uuid for p in rng.sample(others, k=min(2, len(others)))),
                    groups=groups,
                ),
                ritual_uuid=new_uuid(rng),
            )
        )  # fmt: skip
    for occurrence in rituals.occurrences(start, end):
        chance = rng.random()
        if chance < 0.08:
            rituals.record(occurrence.ritual_uuid, occurrence.starts_at, Report(Status.CANCELLED))
            continue
        if occurrence.recurring and chance > 0.35:
            continue  # most weekly meetings leave no notes
        invited, groups = rituals.attendance(occurrence.ritual_uuid, occurrence.starts_at)
        present = tuple(p for p in invited if rng.random() < 0.85)
        rituals.record(
            occurrence.ritual_uuid,
            occurrence.starts_at,
            Report(Status.HELD, rng.choice(text["outcomes"]), rng.choice(text["decisions"]),
                   present, groups),
        )  # fmt: skip
        if rng.random() < 0.6:
            action = rituals.add_action(
                occurrence.ritual_uuid,
                rng.choice(text["actions"]),
                occurrence=occurrence.starts_at,
                owner=rng.choice(present) if present else None,
                due=(occurrence.starts_at + timedelta(days=rng.randint(7, 30))).date(),
            )
            if occurrence.starts_at < end - timedelta(days=30) and rng.random() < 0.85:
                rituals.set_action(action.uuid, done=True)
    return len(made)
