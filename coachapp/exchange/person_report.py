"""Everything the journal holds about one person, for them to read (their right of access): the
records linked to them and every entry whose text names them, whatever the case or accents.

It narrows a full journal export to that person; the reading formats then render it.
"""

from __future__ import annotations

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
