"""What the portfolio keeps of an export besides the document itself, worked out once when the
export is added, so that the overview and the change digest never parse a whole journal again.

- `facts`: dated events, small (a year of entries is 52 weekly counts): entries and pillars per
  week, rituals held and who took part, delegation level moves, experiments with their status
  and what they taught, self-ratings, open commitments, and which coach feedback the journal
  holds. The overview reads any period of them.
- `catalogue`: each record's identity and what a change is judged on: its `updated_at` (the
  aliases of a pseudonymised export may differ from one export to the next, the stamps do
  not), its title and the fields a digest speaks of (a level, a status, an outcome).

Both are plain JSON values; the document's own keys are read as docs/export-format.md says.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from coachapp.timezones import local_zone

Doc = dict[str, Any]


def _live(rows: list[Doc]) -> list[Doc]:
    return [row for row in rows if not row.get("deleted_at")]


def local_day(instant: str) -> date:
    """The local calendar day of an exported instant."""
    moment = datetime.fromisoformat(instant.replace("Z", "+00:00"))
    return moment.astimezone(local_zone()).date() if moment.tzinfo else moment.date()


def week_of(day: date) -> str:
    """The Monday that starts the week of `day`, as the facts key weeks."""
    return (day - timedelta(days=day.weekday())).isoformat()


def _day(text: str) -> str:
    """A ritual's local wall-clock start (or any instant) as its day."""
    return text[:10] if len(text) >= 10 and "T" not in text[:10] else local_day(text).isoformat()


def export_facts(document: Doc) -> Doc:
    """The dated facts of one export (see the module docstring)."""
    entries = _live(document.get("entries", []))
    weeks: Counter[str] = Counter()
    pillars: dict[str, Counter[str]] = {}
    days = []
    for entry in entries:
        day = local_day(entry["occurred_at"])
        days.append(day)
        week = week_of(day)
        weeks[week] += 1
        pillars.setdefault(week, Counter()).update(entry.get("pillars", []))
    people = {p["uuid"]: p for p in document.get("people", [])}
    return {
        "exported_at": document["exported_at"],
        "first_day": min(days).isoformat() if days else None,
        "last_day": max(days).isoformat() if days else None,
        "entries_by_week": dict(sorted(weeks.items())),
        "pillars_by_week": {week: dict(counts) for week, counts in sorted(pillars.items())},
        "rituals_held": _rituals_held(document),
        "level_moves": _level_moves(document),
        "experiments": [
            [
                x["uuid"],
                x["title"],
                x["status"],
                x["outcome"] or "",
                x["concluded_on"] or "",
                x["learned"],
                x["starts_on"] or "",
                x["review_on"] or "",
            ]
            for x in _live(document.get("experiments", []))
        ],
        "ratings": sorted(
            [r["month"], r["dimension"], r["rating"]] for r in document.get("self_ratings", [])
        ),
        "commitments": _commitments(document, people),
        "feedback_in": sorted({c["feedback_uuid"] for c in document.get("coach_comments", [])}),
    }


def _rituals_held(document: Doc) -> list[list[Any]]:
    """[day, ritual title, sorted stakeholder groups present] per occurrence held."""
    held = []
    for ritual in _live(document.get("rituals", [])):
        for occurrence in ritual.get("occurrences", []):
            if occurrence["status"] != "held":
                continue
            present = occurrence.get("participants") or ritual.get("participants", [])
            groups = sorted({p["stakeholder"] for p in present})
            held.append([_day(occurrence["starts_at"]), ritual["title"], groups])
    return sorted(held)


def _level_moves(document: Doc) -> list[list[Any]]:
    """[day, area, from, to] per change of a delegation's level (its creation left out)."""
    moves = []
    for delegation in _live(document.get("delegations", [])):
        for step in delegation.get("levels", []):
            if step["from_level"] is not None and step["from_level"] != step["to_level"]:
                moves.append([step["day"], delegation["area"], step["from_level"],
                              step["to_level"]])  # fmt: skip
    return sorted(moves)


def _commitments(document: Doc, people: dict[str, Doc]) -> list[list[Any]]:
    """[kind, title, due day or "", owner name or ""] per open commitment the journal shows:
    a ritual's follow-up action not done, a delegation's next check-in, a running
    experiment's review, a skill plan's action not done."""
    open_items: list[list[Any]] = []

    def owner(uuid: str | None) -> str:
        return str(people[uuid]["name"]) if uuid and uuid in people else ""

    for ritual in _live(document.get("rituals", [])):
        for action in ritual.get("actions", []):
            if not action["done"]:
                open_items.append(["action", action["text"], action["due"] or "",
                                   owner(action["owner_uuid"])])  # fmt: skip
    for delegation in _live(document.get("delegations", [])):
        if delegation["status"] == "active" and delegation.get("next_checkin"):
            open_items.append(["checkin", delegation["area"], delegation["next_checkin"],
                               owner(delegation["person_uuid"]) or delegation["team"]])  # fmt: skip
    for experiment in _live(document.get("experiments", [])):
        if experiment["status"] == "running":
            open_items.append(["review", experiment["title"], experiment["review_on"] or "",
                               owner(experiment["owner_uuid"])])  # fmt: skip
    for skill in _live(document.get("skills", [])):
        for action in skill.get("actions", []):
            if action["status"] != "done":
                open_items.append(["training", action["description"], action["due_on"] or "",
                                   owner(skill["person_uuid"])])  # fmt: skip
    return sorted(open_items, key=lambda item: (item[2] or "9999", item[0], item[1]))


def catalogue(document: Doc) -> Doc:
    """Each record by uuid, with what a digest compares (see the module docstring)."""
    return {
        "entries": {
            e["uuid"]: [e["updated_at"], e["title"], local_day(e["occurred_at"]).isoformat(),
                        bool(e.get("deleted_at"))]
            for e in document.get("entries", [])
        },
        "rituals": {
            r["uuid"]: [r["updated_at"], r["title"], bool(r.get("deleted_at")),
                        {o["uuid"]: [_day(o["starts_at"]), o["status"],
                                     sorted({p["stakeholder"] for p in o.get("participants", [])})]
                         for o in r.get("occurrences", [])}]
            for r in document.get("rituals", [])
        },
        "delegations": {
            d["uuid"]: [d["updated_at"], d["area"], d["level"], d["target_level"], d["status"],
                        bool(d.get("deleted_at")), len(d.get("checkins", []))]
            for d in document.get("delegations", [])
        },
        "experiments": {
            x["uuid"]: [x["updated_at"], x["title"], x["status"], x["outcome"] or "",
                        x["learned"], bool(x.get("deleted_at"))]
            for x in document.get("experiments", [])
        },
        "skills": {
            s["uuid"]: [s["updated_at"], s["name"], s["level"], s["target_level"],
                        bool(s.get("deleted_at"))]
            for s in document.get("skills", [])
        },
        "ratings": {
            f"{r['month']}|{r['dimension']}": [r["rating"], r["updated_at"]]
            for r in document.get("self_ratings", [])
        },
        "feedback": dict(Counter(c["feedback_uuid"] for c in document.get("coach_comments", []))),
    }  # fmt: skip
