"""The machine policy IT deploys: defaults for every user of the workstation, settings it locks,
where the data lives, and the organisation's name.

Precedence, per setting: built-in default < the policy's value < the user's own choice < the
policy's value when it is locked. The file (docs/deploy.md, schema in
resources/schemas/policy.schema.json) is looked for where `COACHAPP_POLICY` points, else at
the operating system's machine-wide place. A policy that cannot be read, or a key in it that is
unknown or of the wrong kind, is reported and skipped, key by key: the app always starts.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from coachapp.config import SETTINGS, Policy

log = logging.getLogger("coachapp.policy")

POLICY_ENV = "COACHAPP_POLICY"
FORMAT = "coachapp-policy"
SCHEMA_VERSION = 1
MAX_BYTES = 1024 * 1024
PATH_KEYS = ("data", "backups")


def policy_file(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """Where this workstation's policy is: `COACHAPP_POLICY`, else the machine-wide place."""
    environ = os.environ if env is None else env
    chosen = environ.get(POLICY_ENV, "").strip()
    if chosen:
        return Path(chosen)
    system = platform or sys.platform
    if system.startswith("win"):
        program_data = environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / "CoachApp" / "policy.json"
    if system == "darwin":
        return Path("/Library/Application Support/CoachApp/policy.json")
    return Path("/etc/coachapp/policy.json")


def load_policy(path: Path | None = None, env: Mapping[str, str] | None = None) -> Policy:
    """The policy in force (an empty one when there is no file); never raises."""
    source = path or policy_file(env)
    try:
        if not source.is_file():
            return Policy()
        if source.stat().st_size > MAX_BYTES:
            return _refused(source, "the file is too large")
        raw = json.loads(source.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return _refused(source, f"not readable as JSON ({exc})")
    return read_policy(raw, source, env)


def _refused(source: Path, why: str) -> Policy:
    log.warning("Machine policy %s ignored: %s", source, why)
    return Policy(source=source, problems=(f"(file): {why}",))


def read_policy(raw: object, source: Path, env: Mapping[str, str] | None = None) -> Policy:
    """What of `raw` can be applied, key by key, with the problems of the rest."""
    if not isinstance(raw, dict):
        return _refused(source, "not a JSON object")
    problems = [f"{where}: {why}" for where, why in _schema_problems(raw)]
    if raw.get("format") != FORMAT:
        return _refused(source, f'"format" is not "{FORMAT}"')
    version = raw.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        problems.append("schema_version: written for a newer CoachApp; known keys applied")
    organisation = raw.get("organisation")
    defaults: dict[str, Any] = {}
    locked: dict[str, Any] = {}
    settings = raw.get("settings")
    for key, entry in (settings if isinstance(settings, dict) else {}).items():
        spec = SETTINGS.get(key)
        if spec is None or not isinstance(entry, dict) or "value" not in entry:
            continue  # the schema check above said why
        value, lock = entry["value"], entry.get("locked", False)
        if not spec.accepts(value) or not isinstance(lock, bool):
            continue
        (locked if lock else defaults)[key] = value
    paths: dict[str, Path] = {}
    folders = raw.get("paths")
    for key, text in (folders if isinstance(folders, dict) else {}).items():
        if key in PATH_KEYS and isinstance(text, str) and text.strip():
            paths[key] = _expanded(text, env)
    for problem in problems:
        log.warning("Machine policy %s: %s (skipped)", source, problem)
    log.info("Machine policy %s: %d default(s), %d locked", source, len(defaults), len(locked))
    return Policy(
        organisation=organisation if isinstance(organisation, str) else "",
        defaults=defaults,
        locked=locked,
        paths=paths,
        source=source,
        problems=tuple(problems),
    )


_VARIABLE = re.compile(r"%(\w+)%|\$\{(\w+)\}|\$(\w+)")


def _expanded(text: str, env: Mapping[str, str] | None) -> Path:
    """ "~", $VAR, ${VAR} and %VAR% in a folder IT gives, for the user running the app (an
    unknown variable stays as written)."""
    environ = os.environ if env is None else env

    def value(match: re.Match[str]) -> str:
        name = next(group for group in match.groups() if group)
        return environ.get(name, match.group(0))

    return Path(_VARIABLE.sub(value, text.strip())).expanduser()


def _schema_problems(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """The policy against its schema, plus what the schema cannot say (known keys, values)."""
    # jsonschema costs ~50 ms to import: only on workstations that have a policy.
    from jsonschema import Draft202012Validator  # noqa: PLC0415

    from coachapp.content_problems import json_path  # noqa: PLC0415
    from coachapp.resources import resource_path  # noqa: PLC0415

    schema = json.loads(resource_path("schemas", "policy.schema.json").read_text("utf-8"))
    found = [
        (json_path(error.absolute_path) or "(file)", error.message)
        for error in sorted(
            Draft202012Validator(schema).iter_errors(raw), key=lambda e: list(e.absolute_path)
        )
    ]
    settings = raw.get("settings")
    for key, entry in (settings if isinstance(settings, dict) else {}).items():
        spec = SETTINGS.get(key)
        if spec is None:
            found.append((f"settings.{key}", "unknown setting"))
        elif isinstance(entry, dict) and "value" in entry and not spec.accepts(entry["value"]):
            found.append((f"settings.{key}", f"{entry['value']!r} is not a valid value"))
    return found
