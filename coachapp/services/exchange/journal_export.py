"""A journal export: every record the manager chose, as one document another CoachApp (or any
tool reading docs/export-format.md) can take back without losing anything.

The document carries its format, schema version, an export id, the journal's own id (the same
in every export of one journal), the app version, the journal's schema and the options used.
Entries can be limited to a period and leave private ones out (the default); the other areas
go whole, or not at all, section by section.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from coachapp import __version__
from coachapp.clock import Clock
from coachapp.exchange.journal_json import SECTIONS
from coachapp.storage import snapshot
from coachapp.storage.database import db
from coachapp.storage.identity import journal_id
from coachapp.storage.sqlite_file import LATEST_VERSION

FORMAT = "coachapp-journal"
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ExportOptions:
    first: date | None = None  # entries from this day
    last: date | None = None  # ...to this day (both included)
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTIONS))
    include_private: bool = False

    def described(self) -> dict[str, Any]:
        return {
            "from": self.first.isoformat() if self.first else None,
            "to": self.last.isoformat() if self.last else None,
            "sections": [s for s in SECTIONS if s in self.sections],
            "include_private": self.include_private,
        }


def journal_document(clock: Clock, options: ExportOptions = ExportOptions()) -> dict[str, Any]:
    """The export as a JSON-ready document, read in one transaction (a consistent picture)."""
    unknown = options.sections - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown sections: {sorted(unknown)}")
    chosen = options.sections
    document: dict[str, Any] = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "export_id": str(uuid.uuid4()),
        "journal_id": journal_id(),
        "app_version": __version__,
        "journal_schema": LATEST_VERSION,
        "exported_at": clock.now().isoformat(),
        "options": options.described(),
    }
    readers = {
        "people": ("people", snapshot.people),
        "rituals": ("rituals", snapshot.rituals),
        "delegations": ("delegations", snapshot.delegations),
        "skills": ("skills", snapshot.skills),
        "experiments": ("experiments", snapshot.experiments),
        "methods": ("methods", snapshot.user_methods),
        "self_assessment": ("self_ratings", snapshot.self_ratings),
        "feedback": ("coach_comments", snapshot.coach_comments),
    }
    with db.atomic():
        if "entries" in chosen:
            document["entries"] = snapshot.entries(
                options.first.isoformat() if options.first else None,
                options.last.isoformat() if options.last else None,
                options.include_private,
            )
        for section, (key, read) in readers.items():
            if section in chosen:
                document[key] = read()
        if "delegations" in chosen:
            document["poker_rounds"] = snapshot.poker_rounds()
        if "prompts" in chosen:
            document["prompt_states"] = snapshot.prompt_states()
            document["prompt_rules_off"] = snapshot.prompt_rules_off()
    return document


@dataclass(frozen=True)
class ExportPreview:
    """What an export with these options takes away, for the manager to see before it leaves."""

    counts: dict[str, int]  # records outside the trash, per chosen section
    private_left_out: int  # private entries of the period that stay here
    sample: list[dict[str, Any]]  # the newest entries chosen, as exported


def export_preview(options: ExportOptions, sample: int = 3) -> ExportPreview:
    first = options.first.isoformat() if options.first else None
    last = options.last.isoformat() if options.last else None
    with db.atomic():
        counts = snapshot.live_counts(first, last, options.include_private)
        entries = (
            snapshot.latest_entries(first, last, options.include_private, sample)
            if "entries" in options.sections
            else []
        )
    private = (
        0 if options.include_private or "entries" not in options.sections else counts["private"]
    )
    chosen = {section: counts[section] for section in SECTIONS if section in options.sections}
    return ExportPreview(chosen, private, entries)


def named_people() -> list[dict[str, Any]]:
    """Everyone the journal names (the trash too): whose names a pseudonymised export hides,
    whichever sections it carries."""
    with db.atomic():
        return snapshot.people()
