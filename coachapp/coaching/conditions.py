"""The conditions a rule can use, each a function of the facts and the rule's parameters.

A condition returns its findings: one per subject it fires for (an experiment, an agent, a
ritual... or the journal as a whole), with the values its texts can show and a fingerprint of
the facts behind it. A prompt acted on or dismissed stays quiet while its fingerprint holds:
it comes back only when those facts change.

Long because every condition a pack can name lives here, each a short function next to the
others, so that a pack's author reads what each one means in one place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from coachapp.coaching.facts import EntryFact, Facts, tag_key
from coachapp.coaching.quantities import Days

LEARNING = ("learning_error", "learning_incident", "learning_insight")


@dataclass(frozen=True)
class Finding:
    subject: str = ""  # "" for the journal as a whole
    values: dict[str, Any] = field(default_factory=dict)  # for the texts' {placeholders}
    fingerprint: str = ""
    target: dict[str, str] = field(default_factory=dict)  # what the action opens
    variant: str = "default"  # which explanation text fits


Condition = Callable[[Facts, dict[str, Any]], list[Finding]]
CONDITIONS: dict[str, Condition] = {}
# Conditions that read the entries of their `kinds` one by one (Facts.detailed): the service
# fetches those kinds only, the rest of the journal stays counted by day.
READS_ENTRIES: set[str] = set()


def condition(name: str, *, reads_entries: bool = False) -> Callable[[Condition], Condition]:
    def register(function: Condition) -> Condition:
        CONDITIONS[name] = function
        if reads_entries:
            READS_ENTRIES.add(name)
        return function

    return register


def _since(facts: Facts, days: int) -> date:
    """The first day of a window of `days` days ending today."""
    return facts.today - timedelta(days=days - 1)


def _long_enough(facts: Facts, days: int) -> bool:
    """The journal covers the whole window: silence before it began proves nothing."""
    first = facts.first_day()
    return first is not None and first <= facts.today - timedelta(days=days)


def _quiet(facts: Facts, kinds: tuple[str, ...], days: int) -> list[Finding]:
    if not _long_enough(facts, days) or facts.count(kinds, _since(facts, days)):
        return []
    last = facts.last(kinds)
    return [
        Finding(
            values={"days": days, "last": last},
            fingerprint=f"{last}",
            variant="default" if last else "never",
        )
    ]


# Journal-wide silences


@condition("no_entry_of_kinds")
def no_entry_of_kinds(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """No entry of these kinds (any kind when the list is empty) for `days` days."""
    return _quiet(facts, tuple(params.get("kinds", ())), int(params["days"]))


@condition("no_contact_with")
def no_contact_with(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """No stakeholder-contact entry with people of `person_kind` for `days` days."""
    days = int(params["days"])
    if not _long_enough(facts, days):
        return []
    last = facts.last_contact.get(str(params["person_kind"]))
    if last is not None and last >= _since(facts, days):
        return []
    return [Finding(values={"days": days, "last": last}, fingerprint=f"{last}",
                    variant="default" if last else "never")]  # fmt: skip


@condition("no_entry_tagged")
def no_entry_tagged(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """No entry carrying one of `tags` (whatever the case and accents) for `days` days: the
    words a manager tags a theme with, in every language the pack lists."""
    days = int(params["days"])
    if not _long_enough(facts, days):
        return []
    last = facts.last_tagged(params["tags"])
    if last is not None and last >= _since(facts, days):
        return []
    return [Finding(values={"days": days, "last": last}, fingerprint=f"{last}",
                    variant="default" if last else "never")]  # fmt: skip


@condition("recent_entries_lack", reads_entries=True)
def recent_entries_lack(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """At least `minimum` entries of `kinds` in `days` days, and not one that carries one of
    `tags` or links a person of `person_kind`: showcases that never name the territory's
    project, or never give the floor to an agent."""
    days, minimum = int(params["days"]), int(params.get("minimum", 2))
    recent = facts.recent(params["kinds"], _since(facts, days))
    if len(recent) < minimum:
        return []
    tags = {tag_key(tag) for tag in params.get("tags", ())}
    kind = params.get("person_kind")

    def has(entry: EntryFact) -> bool:
        return bool({tag_key(t) for t in entry.tags} & tags) or any(
            facts.kind_of(person) == kind for person in entry.people
        )

    if any(has(entry) for entry in recent):
        return []
    latest = recent[-1]
    return [Finding(values={"count": len(recent), "days": days, "title": latest.title,
                            "last": latest.day},
                    fingerprint=latest.uuid, target={"entry": latest.uuid})]  # fmt: skip


@condition("entry_without_follow_up", reads_entries=True)
def entry_without_follow_up(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """Entries of `kinds` written between `within_days` and `after_days` ago with no entry of
    `follow_kinds` since: a mistake whose facts are noted, and no learning drawn from it."""
    after, within = int(params.get("after_days", 7)), int(params.get("within_days", 60))
    follow = tuple(params["follow_kinds"])
    newest = facts.today - timedelta(days=after)
    return [
        Finding(subject=e.uuid, values={"title": e.title, "day": e.day},
                target={"entry": e.uuid})
        for e in reversed(facts.recent(params["kinds"], _since(facts, within)))
        if e.day <= newest and not facts.count(follow, e.day)
    ]  # fmt: skip


@condition("setbacks_about_person", reads_entries=True)
def setbacks_about_person(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """Several mistakes of `kinds` in `days` days link the same agent, with no one-to-one with
    them since the latest: a repeated error, where the right to error stops and a talk face to
    face begins (the facts first, then what would help)."""
    days, times = int(params["days"]), int(params.get("times", 3))
    latest: dict[str, date] = {}
    counts: Counter[str] = Counter()
    for entry in facts.recent(params["kinds"], _since(facts, days)):
        for person in entry.people:
            counts[person] += 1
            latest[person] = entry.day
    names = {agent.uuid: agent.name for agent in facts.agents}
    found = []
    for person, count in sorted(counts.items(), key=lambda i: (-i[1], names.get(i[0], ""))):
        talked = facts.last_one_to_one.get(person)
        if person in names and count >= times and (talked is None or talked < latest[person]):
            found.append(
                Finding(
                    subject=person,
                    values={
                        "name": names[person],
                        "count": count,
                        "days": days,
                        "times": times,
                        "last": latest[person],
                    },
                    fingerprint=str(count // times),
                    target={"person": person},
                )
            )
    return found


# Rituals


@condition("no_ritual_held")
def no_ritual_held(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    days = int(params["days"])
    if not _long_enough(facts, days):
        return []
    held = [r for r in facts.rituals if r.day <= facts.today]
    last = held[-1] if held else None
    if last is not None and last.day >= _since(facts, days):
        return []
    values = {"days": days, "last": last.day if last else None, "title": last.title if last else ""}
    return [Finding(values=values, fingerprint=f"{values['last']}",
                    variant="default" if last else "never")]  # fmt: skip


@condition("rituals_without_group")
def rituals_without_group(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """Several meetings held lately, and not one with this stakeholder group present."""
    days, group = int(params["days"]), str(params["group"])
    recent = [r for r in facts.rituals if _since(facts, days) <= r.day <= facts.today]
    if len(recent) < int(params.get("minimum", 2)) or any(group in r.groups for r in recent):
        return []
    return [Finding(values={"days": days, "count": len(recent), "last": recent[-1].day},
                    fingerprint=f"{recent[-1].ritual_uuid}:{recent[-1].day}")]  # fmt: skip


@condition("same_method")
def same_method(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """The last `last` meetings all used the same method."""
    count = int(params.get("last", 5))
    recent = [r for r in facts.rituals if r.day <= facts.today][-count:]
    methods = {r.method_key for r in recent}
    if len(recent) < count or len(methods) != 1 or "" in methods:
        return []
    return [Finding(values={"count": count, "method": recent[-1].method_key,
                            "title": recent[-1].title},
                    fingerprint=f"{recent[-1].day}",
                    target={"method": recent[-1].method_key})]  # fmt: skip


@condition("ritual_without_follow_up")
def ritual_without_follow_up(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """A meeting held a while ago with no action recorded and no debrief written."""
    after, within = int(params.get("after_days", 14)), int(params.get("within_days", 60))
    oldest, newest = _since(facts, within), facts.today - timedelta(days=after)
    return [
        Finding(
            subject=f"{r.ritual_uuid}@{r.day.isoformat()}",
            values={"title": r.title, "day": r.day},
            fingerprint="",
            target={"ritual": r.ritual_uuid, "day": r.day.isoformat()},
        )
        for r in facts.rituals
        if oldest <= r.day <= newest and not r.actions and not r.debriefed
    ]


# Experiments


@condition("no_experiment_running")
def no_experiment_running(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    days = int(params["days"])
    if not _long_enough(facts, days) or any(e.status == "running" for e in facts.experiments):
        return []
    starts = [e.starts_on for e in facts.experiments if e.starts_on and e.starts_on <= facts.today]
    last = max(starts, default=None)
    if last is not None and last >= _since(facts, days):
        return []
    return [Finding(values={"days": days, "last": last}, fingerprint=f"{last}",
                    variant="default" if last else "never")]  # fmt: skip


@condition("experiment_review_overdue")
def experiment_review_overdue(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    grace = int(params.get("grace_days", 7))
    return [
        Finding(subject=e.uuid, values={"title": e.title, "review": e.review_on,
                                        "late": Days((facts.today - e.review_on).days)},
                fingerprint=f"{e.review_on}", target={"experiment": e.uuid})
        for e in facts.experiments
        if e.status == "running" and e.review_on
        and e.review_on + timedelta(days=grace) < facts.today
    ]  # fmt: skip


@condition("experiment_concluded_with")
def experiment_concluded_with(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """Experiments concluded with one of `outcomes` between `days` and `after_days` ago
    (e.g. invalidated: celebrate it), unless an entry of `unless_kinds` or an exchange with a
    person of `unless_contact` followed (a showcase, a change step, a word to the hierarchy)."""
    days, outcomes = int(params["days"]), set(params["outcomes"])
    since, until = (
        _since(facts, days),
        facts.today - timedelta(days=int(params.get("after_days", 0))),
    )
    unless, contact = tuple(params.get("unless_kinds", ())), params.get("unless_contact")
    found = []
    for e in facts.experiments:
        if e.status != "concluded" or e.outcome not in outcomes or not e.concluded_on:
            continue
        if not since <= e.concluded_on <= until:
            continue
        if unless and facts.count(unless, e.concluded_on):
            continue
        if contact and (facts.last_contact.get(str(contact)) or date.min) >= e.concluded_on:
            continue
        found.append(Finding(subject=e.uuid, values={"title": e.title, "day": e.concluded_on},
                             target={"experiment": e.uuid}))  # fmt: skip
    return found


@condition("experiments_all_validated")
def experiments_all_validated(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    days, minimum = int(params["days"]), int(params.get("minimum", 4))
    since = _since(facts, days)
    recent = [
        e
        for e in facts.experiments
        if e.status == "concluded" and e.concluded_on and e.concluded_on >= since
    ]
    if len(recent) < minimum or any(e.outcome != "validated" for e in recent):
        return []
    return [Finding(values={"count": len(recent), "days": days},
                    fingerprint=",".join(sorted(e.uuid for e in recent)))]  # fmt: skip


@condition("idea_waiting")
def idea_waiting(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    days = int(params["days"])
    limit = facts.today - timedelta(days=days)
    return [
        Finding(
            subject=e.uuid,
            values={"title": e.title, "since": e.created},
            target={"experiment": e.uuid},
        )
        for e in facts.experiments
        if e.status == "idea" and e.created <= limit
    ]


@condition("experiment_without_contact")
def experiment_without_contact(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """Experiments starting within `ahead_days` or started in the last `within_days`, with no
    exchange with a person of `person_kind` since `before_days` before their start: a test the
    hierarchy may not have authorised, nor be ready to cover if it fails."""
    kind = str(params["person_kind"])
    before, ahead = int(params.get("before_days", 30)), int(params.get("ahead_days", 14))
    oldest, newest = (
        _since(facts, int(params.get("within_days", 30))),
        facts.today + timedelta(days=ahead),
    )
    last = facts.last_contact.get(kind)
    return [
        Finding(subject=e.uuid, values={"title": e.title, "start": e.starts_on, "last": last},
                fingerprint=f"{last}", target={"experiment": e.uuid},
                variant="default" if last else "never")
        for e in facts.experiments
        if e.status in ("planned", "running") and e.starts_on
        and oldest <= e.starts_on <= newest
        and (last is None or last < e.starts_on - timedelta(days=before))
    ]  # fmt: skip


@condition("experiments_at_once")
def experiments_at_once(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """More experiments running at once than `maximum`: more than a team learns from while
    the service keeps running."""
    running = [e for e in facts.experiments if e.status == "running"]
    if len(running) <= int(params.get("maximum", 3)):
        return []
    newest = max(running, key=lambda e: (e.starts_on or e.created, e.uuid))
    return [Finding(values={"count": len(running), "title": newest.title},
                    fingerprint=",".join(sorted(e.uuid for e in running)))]  # fmt: skip


@condition("learning_silence_while_experimenting")
def learning_silence(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    days = int(params["days"])
    running = [e for e in facts.experiments if e.status == "running"]
    if not running or not _long_enough(facts, days) or facts.count(LEARNING, _since(facts, days)):
        return []
    last = facts.last(LEARNING)
    variant = (
        ("default" if last else "never") if len(running) > 1 else ("one" if last else "one_never")
    )
    return [Finding(values={"days": days, "count": len(running), "last": last,
                            "title": running[0].title},
                    fingerprint=f"{last}", variant=variant)]  # fmt: skip


@condition("repeated_learning_tag")
def repeated_learning_tag(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """The same tag on several mistakes or incidents: the same problem coming back.

    A tag on more than `max_share` percent of them says little (a tag like "incident" on
    every incident), so it does not count; only the `limit` most frequent tags speak.
    """
    days, times = int(params["days"]), int(params.get("times", 3))
    share, limit = int(params.get("max_share", 50)), int(params.get("limit", 1))
    since = _since(facts, days)
    total = facts.count(("learning_error", "learning_incident"), since)
    counts = Counter(tag for day, tag in facts.learning_tags if since <= day <= facts.today)
    telling = sorted(
        ((count, tag) for tag, count in counts.items()
         if count >= times and count * 100 <= share * total),
        key=lambda item: (-item[0], item[1].casefold()),
    )  # fmt: skip
    return [
        Finding(subject=tag.casefold(), values={"tag": tag, "count": count, "days": days},
                fingerprint=str(count // times), target={"tag": tag})
        for count, tag in telling[:limit]
    ]  # fmt: skip


# Delegations


@condition("checkin_overdue")
def checkin_overdue(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    grace = int(params.get("grace_days", 0))
    return [
        Finding(subject=d.uuid, values={"area": d.area, "delegate": d.delegate,
                                        "due": d.next_checkin,
                                        "late": Days((facts.today - d.next_checkin).days)},
                fingerprint=f"{d.next_checkin}", target={"delegation": d.uuid})
        for d in sorted(facts.delegations, key=lambda d: (d.next_checkin or date.max, d.area))
        if d.next_checkin and d.next_checkin + timedelta(days=grace) < facts.today
    ]  # fmt: skip


@condition("delegation_ready_to_grow")
def delegation_ready_to_grow(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """Same level for long, below the aim, and the latest check-ins went well."""
    days, well = int(params["days"]), int(params.get("well", 2))
    return [
        Finding(subject=d.uuid, values={"area": d.area, "delegate": d.delegate,
                                        "level": d.level, "since": d.level_since,
                                        "target": d.target_level},
                fingerprint=f"{d.level}:{d.level_since}", target={"delegation": d.uuid})
        for d in facts.delegations
        if d.level < d.target_level and d.level_since <= facts.today - timedelta(days=days)
        and len(d.recent_went) >= well and all(w == "well" for w in d.recent_went[:well])
    ]  # fmt: skip


@condition("mostly_low_levels")
def mostly_low_levels(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    minimum, share = int(params.get("minimum", 3)), int(params.get("share", 60))
    highest = int(params.get("max_level", 2))
    total = len(facts.delegations)
    low = sum(1 for d in facts.delegations if d.level <= highest)
    if total < minimum or low * 100 < share * total:
        return []
    return [Finding(values={"low": low, "total": total, "share": round(low * 100 / total)},
                    fingerprint=f"{low}/{total}")]  # fmt: skip


# Agents


@condition("agent_without_one_to_one")
def agent_without_one_to_one(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    days, limit = int(params["days"]), int(params.get("limit", 3))
    since = _since(facts, days)
    waiting = []
    for agent in facts.agents:
        last = facts.last_one_to_one.get(agent.uuid)
        there = max(agent.since, agent.arrived or agent.since)  # in the journal, and in the team
        if there < since and (last is None or last < since):
            waiting.append((last or date.min, agent, last))
    waiting.sort(key=lambda item: (item[0], item[1].name))
    return [
        Finding(subject=agent.uuid, values={"name": agent.name, "days": days, "last": last},
                fingerprint=f"{last}", target={"person": agent.uuid},
                variant="default" if last else "never")
        for _key, agent, last in waiting[:limit]
    ]  # fmt: skip


@condition("newcomer")
def newcomer(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """An agent who joined the team between `days` and `from_days` ago (by the arrival day the
    manager gave: not the day they were typed in, which may be years after), with no
    one-to-one since `settled_days` after they arrived: the welcome, then the first months."""
    since = _since(facts, int(params["days"]))
    newest = facts.today - timedelta(days=int(params.get("from_days", 0)))
    settled = timedelta(days=int(params.get("settled_days", 0)))
    found = []
    for agent in facts.agents:
        arrived, last = agent.arrived, facts.last_one_to_one.get(agent.uuid)
        if arrived is None or not since <= arrived <= newest:
            continue
        if last is None or last < arrived + settled:
            found.append(Finding(subject=agent.uuid, values={"name": agent.name, "since": arrived},
                                 fingerprint=arrived.isoformat(),
                                 target={"person": agent.uuid}))  # fmt: skip
    return found


@condition("skill_actions_overdue")
def skill_actions_overdue(facts: Facts, _params: dict[str, Any]) -> list[Finding]:
    """Per person: plan actions past their due date and not done."""
    by_person: dict[str, list[Any]] = {}
    for action in facts.overdue_actions:
        by_person.setdefault(action.person_uuid, []).append(action)
    return [
        Finding(subject=person, values={"name": late[0].person, "count": len(late),
                                        "action": late[0].description, "due": late[0].due},
                fingerprint=",".join(f"{a.description}@{a.due}" for a in late),
                target={"person": person}, variant="default" if len(late) > 1 else "one")
        for person, late in by_person.items()
    ]  # fmt: skip


@condition("no_interpersonal_skill")
def no_interpersonal_skill(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    if len(facts.agents) < int(params.get("minimum_agents", 1)) or facts.interpersonal_skills:
        return []
    return [Finding(values={"agents": len(facts.agents)})]


@condition("no_skill_plan_for")
def no_skill_plan_for(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """Skills in progress in the plans of at least `minimum` people of `others` (agents), and
    none for anyone of `person_kind` (the manager's own plan)."""
    others = facts.skill_holders.get(str(params.get("others", "agent")), 0)
    if others < int(params.get("minimum", 3)) or facts.skill_holders.get(
        str(params["person_kind"])
    ):
        return []
    return [Finding(values={"agents": others}, fingerprint=str(others))]


# Change


@condition("change_step_without_follow_up")
def change_step_without_follow_up(facts: Facts, params: dict[str, Any]) -> list[Finding]:
    """The latest change step is old and nothing followed it."""
    days = int(params["days"])
    last = facts.latest_change_step
    if last is None or last.day > facts.today - timedelta(days=days):
        return []
    return [Finding(subject=last.uuid, values={"title": last.title, "day": last.day,
                                               "days": Days((facts.today - last.day).days)},
                    target={"entry": last.uuid})]  # fmt: skip
