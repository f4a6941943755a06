"""What changed in a coachee's journal from one export to the next, read from the two exports'
catalogues (export_facts.catalogue): records added, changed (a later `updated_at`), moved to
the trash or back, delegation levels, experiments started or concluded and what they taught,
rituals held and who took part, skill levels, self-assessment moves, and coach feedback the
manager brought in.

A record the older export holds and the newer one does not is not a change: the newer export
left it out (a shorter period, private entries), the journal did not lose it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Doc = dict[str, Any]

AREAS = ("entries", "rituals", "delegations", "experiments", "skills", "self_assessment",
         "feedback")  # fmt: skip


@dataclass(frozen=True)
class Change:
    area: str  # one of AREAS
    what: str  # new, changed, trashed, restored, level, target, status, checkins, held, rating,
    #            brought_in
    title: str  # the record's title (a dimension's key for a rating, a feedback id)
    day: str = ""  # when it happened, where the export says
    before: Any = None
    after: Any = None
    detail: Any = None  # what an experiment taught; who took part in a ritual


@dataclass(frozen=True)
class Digest:
    since: str | None  # when the older export was made (None: this is the first)
    until: str
    changes: tuple[Change, ...]

    def of(self, area: str) -> list[Change]:
        return [change for change in self.changes if change.area == area]


def digest(older: Doc | None, newer: Doc, since: str | None, until: str) -> Digest:
    """The changes from the catalogue `older` (None: everything in `newer` is new) to `newer`."""
    old = older or {}
    found: list[Change] = []
    found += _entries(old.get("entries", {}), newer.get("entries", {}))
    found += _rituals(old.get("rituals", {}), newer.get("rituals", {}))
    found += _delegations(old.get("delegations", {}), newer.get("delegations", {}))
    found += _experiments(old.get("experiments", {}), newer.get("experiments", {}))
    found += _skills(old.get("skills", {}), newer.get("skills", {}))
    found += _ratings(old.get("ratings", {}), newer.get("ratings", {}))
    found += [
        Change("feedback", "brought_in", feedback_id, after=count)
        for feedback_id, count in sorted(newer.get("feedback", {}).items())
        if feedback_id not in old.get("feedback", {})
    ]
    return Digest(since, until, tuple(found))


def _presence(before: list[Any] | None, after: list[Any], deleted: int) -> str | None:
    """new, trashed, restored, or None (there before and after, or gone in the trash)."""
    if before is None:
        return None if after[deleted] else "new"
    if after[deleted] and not before[deleted]:
        return "trashed"
    if before[deleted] and not after[deleted]:
        return "restored"
    return None


def _entries(old: Doc, new: Doc) -> list[Change]:
    found = []
    for uuid, now in sorted(new.items(), key=lambda item: (item[1][2], item[1][1])):
        stamp, title, day, deleted = now
        was = old.get(uuid)
        presence = _presence(was, now, 3)
        if presence:
            found.append(Change("entries", presence, title, day))
        elif was is not None and not deleted and was[0] != stamp:
            found.append(Change("entries", "changed", title, day))
    return found


def _rituals(old: Doc, new: Doc) -> list[Change]:
    found = []
    for uuid, now in sorted(new.items(), key=lambda item: item[1][1]):
        stamp, title, deleted, occurrences = now
        was = old.get(uuid)
        presence = _presence(was, now, 2)
        if presence:
            found.append(Change("rituals", presence, title))
        if deleted:
            continue
        before = was[3] if was else {}
        held = [
            Change("rituals", "held", title, day, detail=tuple(groups))
            for occurrence, (day, status, groups) in sorted(occurrences.items(),
                                                            key=lambda o: o[1][0])
            if status == "held" and before.get(occurrence, [None, ""])[1] != "held"
        ]  # fmt: skip
        found += held
        if was is not None and not held and not presence and was[0] != stamp:
            found.append(Change("rituals", "changed", title))
    return found


def _delegations(old: Doc, new: Doc) -> list[Change]:
    found = []
    for uuid, now in sorted(new.items(), key=lambda item: item[1][1]):
        stamp, area, level, target, status, deleted, checkins = now
        was = old.get(uuid)
        presence = _presence(was, now, 5)
        if presence:
            found.append(Change("delegations", presence, area, before=None, after=(level, target)))
        if was is None or deleted or presence:
            continue
        moved = []
        if was[2] != level:
            moved.append(Change("delegations", "level", area, before=was[2], after=level))
        if was[3] != target:
            moved.append(Change("delegations", "target", area, before=was[3], after=target))
        if was[4] != status:
            moved.append(Change("delegations", "status", area, before=was[4], after=status))
        if checkins > was[6]:
            moved.append(Change("delegations", "checkins", area, after=checkins - was[6]))
        if not moved and was[0] != stamp:
            moved.append(Change("delegations", "changed", area))
        found += moved
    return found


def _experiments(old: Doc, new: Doc) -> list[Change]:
    found = []
    for uuid, now in sorted(new.items(), key=lambda item: item[1][1]):
        stamp, title, status, outcome, learned, deleted = now
        was = old.get(uuid)
        presence = _presence(was, now, 5)
        taught = (outcome, learned) if status == "concluded" else None
        if presence:
            found.append(Change("experiments", presence, title, after=status, detail=taught))
        elif was is not None and not deleted and was[2] != status:
            found.append(Change("experiments", "status", title, before=was[2], after=status,
                                detail=taught))  # fmt: skip
        elif was is not None and not deleted and was[0] != stamp:
            found.append(Change("experiments", "changed", title))
    return found


def _skills(old: Doc, new: Doc) -> list[Change]:
    found = []
    for uuid, now in sorted(new.items(), key=lambda item: item[1][1]):
        stamp, name, level, target, deleted = now
        was = old.get(uuid)
        presence = _presence(was, now, 4)
        if presence:
            found.append(Change("skills", presence, name, after=(level, target)))
        elif was is not None and not deleted and was[2] != level:
            found.append(Change("skills", "level", name, before=was[2], after=level))
        elif was is not None and not deleted and was[0] != stamp:
            found.append(Change("skills", "changed", name))
    return found


def _latest(ratings: Doc) -> dict[str, tuple[str, int]]:
    """dimension -> (month, rating) of its latest rating."""
    latest: dict[str, tuple[str, int]] = {}
    for key, (rating, _stamp) in sorted(ratings.items()):
        month, dimension = key.split("|", 1)
        latest[dimension] = (month, rating)
    return latest


def _ratings(old: Doc, new: Doc) -> list[Change]:
    before, after = _latest(old), _latest(new)
    found = []
    for dimension, (month, rating) in sorted(after.items()):
        was = before.get(dimension)
        if was is None or (was[0] != month and was[1] != rating):
            found.append(Change("self_assessment", "rating", dimension, month,
                                before=was[1] if was else None, after=rating))  # fmt: skip
    return found
