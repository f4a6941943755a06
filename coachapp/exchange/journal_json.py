"""The journal export as a JSON file: written atomically and privately, checked against
resources/schemas/journal.schema.json (docs/export-format.md describes it for other tools)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coachapp.content_problems import json_path
from coachapp.fileio import write_text_atomic
from coachapp.resources import resource_path


def schema_problems(document: object) -> list[str]:
    """What keeps `document` from being a valid journal export ("place: why"), first ones first."""
    # jsonschema takes ~50 ms to import: only when a file is checked.
    from jsonschema import Draft202012Validator  # noqa: PLC0415

    schema = json.loads(resource_path("schemas", "journal.schema.json").read_text("utf-8"))
    errors = sorted(
        Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.absolute_path)
    )
    return [f"{json_path(e.absolute_path) or '(document)'}: {e.message}" for e in errors[:20]]


def write_journal_json(target: Path, document: dict[str, Any]) -> None:
    """Write the export (UTF-8, indented, keys in a stable order) in one atomic rename."""
    text = json.dumps(document, ensure_ascii=False, indent=1)
    write_text_atomic(target, text + "\n")
