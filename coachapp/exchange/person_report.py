"""Everything the journal holds about one person, for them to read (their right of access): the
records linked to them and every entry whose text names them, whatever the case or accents.

It narrows a full journal export to that person; the reading formats then render it. What was
shared of it comes from the sharing record, which knows what each export held (period, parts,
private entries, names replaced) but not who it named: the report lists every export made
since the journal first held something about the person, and says so.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from coachapp.exchange.pseudonymise import Pseudonymiser

PERSON = "person"
TEXT_FIELDS = ("title", "body", "tags")


def person_document(document: dict[str, Any], person_uuid: str) -> dict[str, Any]:
    """`document` (a journal export with every part) holding only what concerns the person."""
    people = [p for p in document.get("people", []) if p["uuid"] == person_uuid]
    if not people:
        raise KeyError(person_uuid)
    finder = Pseudonymiser(people, {person_uuid: "\x00"})

    def names(value: object) -> bool:
        if isinstance(value, str):
            return finder.text(value) != value
        if isinstance(value, list):
            return any(names(v) for v in value)
        return False

    def linked(entry: dict[str, Any]) -> bool:
        return any(
            link["kind"] == PERSON and link["uuid"] == person_uuid for link in entry["links"]
        )

    def took_part(ritual: dict[str, Any]) -> bool:
        present = [p for o in ritual["occurrences"] for p in o["participants"]]
        return any(p["person_uuid"] == person_uuid for p in [*ritual["participants"], *present])

    narrowed = {key: value for key, value in document.items() if not isinstance(value, list)}
    narrowed["people"] = people
    narrowed["entries"] = [
        e for e in document.get("entries", [])
        if linked(e) or any(names(e[field]) for field in TEXT_FIELDS)
    ]  # fmt: skip
    narrowed["rituals"] = [r for r in document.get("rituals", []) if took_part(r)]
    narrowed["delegations"] = [
        d for d in document.get("delegations", []) if d["person_uuid"] == person_uuid
    ]
    narrowed["skills"] = [s for s in document.get("skills", []) if s["person_uuid"] == person_uuid]
    narrowed["experiments"] = [
        x for x in document.get("experiments", [])
        if x["owner_uuid"] == person_uuid or person_uuid in x["people"]
    ]  # fmt: skip
    return narrowed


def held_since(narrowed: dict[str, Any]) -> datetime:
    """When the journal began to hold something about the person: the earliest creation of
    their card and of the records about them (records keep their creation through imports)."""
    found = [
        record["created_at"]
        for key in ("people", "entries", "rituals", "delegations", "skills", "experiments")
        for record in narrowed.get(key, [])
    ]
    return min(datetime.fromisoformat(moment) for moment in found)
