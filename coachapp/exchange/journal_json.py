"""CoachApp's JSON files (journal exports, coach feedback): read with a size limit, checked
against their schema in resources/schemas (docs/export-format.md describes them for other
tools), written atomically and privately."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coachapp.content_problems import json_path
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.fileio import write_text_atomic
from coachapp.resources import resource_path

# The parts of a journal export, in their order in the file.
SECTIONS = (
    "people", "entries", "rituals", "delegations", "skills", "experiments", "methods",
    "self_assessment", "prompts", "feedback",
)  # fmt: skip


def read_json(path: Path, max_bytes: int) -> object:
    """The JSON value in `path`; a clear refusal for a file too large, unreadable or not JSON."""
    try:
        if path.stat().st_size > max_bytes:
            raise UserError(
                QT_TRANSLATE_NOOP("Import", "{path} is too large for a CoachApp file."), path=path
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Import", "Cannot read {path}: {reason}"),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Import", "{path} is not a CoachApp file (it is not JSON)."),
            path=path,
        ) from exc


def schema_problems(document: object, schema_file: str = "journal.schema.json") -> list[str]:
    """What keeps `document` from matching its schema ("place: why"), first ones first."""
    # jsonschema takes ~50 ms to import: only when a file is checked.
    from jsonschema import Draft202012Validator  # noqa: PLC0415

    schema = json.loads(resource_path("schemas", schema_file).read_text("utf-8"))
    errors = sorted(
        Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.absolute_path)
    )
    return [f"{json_path(e.absolute_path) or '(document)'}: {e.message}" for e in errors[:20]]


def newer_file(name: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Import", "{path} was written by a newer CoachApp: update CoachApp to read it."
        ),
        path=name,
    )


def checked(document: dict[str, Any], name: str, newest: int, schema_file: str) -> dict[str, Any]:
    """`document` (already known to be of its format) if its version is one this CoachApp reads
    and it matches its schema; else a clear refusal naming the first problem."""
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problem = "schema_version"
    elif version > newest:
        raise newer_file(name)
    else:
        problem = next(iter(schema_problems(document, schema_file)), "")
    if problem:
        raise UserError(
            QT_TRANSLATE_NOOP("Import", "{path} is damaged or incomplete ({problem})."),
            path=name,
            problem=problem,
        )
    return document


def write_journal_json(target: Path, document: dict[str, Any]) -> None:
    """Write the export (UTF-8, indented, keys in a stable order) in one atomic rename."""
    text = json.dumps(document, ensure_ascii=False, indent=1)
    write_text_atomic(target, text + "\n")
