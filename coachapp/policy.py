"""The machine policy IT deploys: defaults for every user of the workstation, settings it locks,
where the data lives, and the organisation's name.

It comes from up to three places, each optional, strongest first:

1. Group Policy for the computer: `HKLM\\SOFTWARE\\Policies\\CoachApp` (Windows);
2. Group Policy for the user: `HKCU\\SOFTWARE\\Policies\\CoachApp` (Windows);
3. the policy file (docs/deploy.md, schema in resources/schemas/policy.schema.json), where
   `COACHAPP_POLICY` points, else at the operating system's machine-wide place.

In the registry, the values of the key itself are locked (Group Policy's "mandatory" policies)
and those of its `Recommended` subkey are defaults the user may change, as Chrome and Edge do;
the value names are the setting keys of the file (`backup.keep`), plus `organisation`,
`paths.data` and `paths.backups`. Per setting: built-in default < the strongest place's default
< the user's own choice < the strongest place's lock; a lock from any place beats a default
from any place. Whatever cannot be read, or is unknown, or of the wrong kind, is reported and
skipped, value by value: the app always starts.
"""

from __future__ import annotations

import json
import logging
import os
import re
import reprlib
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from coachapp.config import POLICY_ONLY, SETTINGS, Origin, Policy, PolicyLayer, SettingSpec

log = logging.getLogger("coachapp.policy")

POLICY_ENV = "COACHAPP_POLICY"
FORMAT = "coachapp-policy"
SCHEMA_VERSION = 1
MAX_BYTES = 1024 * 1024
PATH_KEYS = tuple(key.removeprefix("paths.") for key in POLICY_ONLY if key.startswith("paths."))

REGISTRY_KEY = r"SOFTWARE\Policies\CoachApp"
RECOMMENDED = "Recommended"  # the subkey of defaults users may change
HIVES = (("HKLM", Origin.MACHINE_REGISTRY), ("HKCU", Origin.USER_REGISTRY))

# (hive, key) -> the key's values by name, or None when the key does not exist. Windows gives
# REG_SZ and REG_EXPAND_SZ (expanded) as str, REG_DWORD and REG_QWORD as int.
RegistryReader = Callable[[str, str], Mapping[str, object] | None]


def policy_file(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """Where this workstation's policy file is: `COACHAPP_POLICY`, else the machine-wide place."""
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


def load_policy(
    path: Path | None = None,
    env: Mapping[str, str] | None = None,
    registry: RegistryReader | None = None,
) -> Policy:
    """The policy in force (an empty one when nothing sets any); never raises. `registry`
    stands for the Windows registry (tests give a fake one)."""
    read = registry or system_registry()
    layers = [layer for hive, origin in HIVES if (layer := read_registry(read, hive, origin, env))]
    source = path or policy_file(env)
    file_layer = _load_file(source, env)
    if file_layer is None:
        return merged(layers, None)
    return merged([*layers, file_layer], source)


def _load_file(source: Path, env: Mapping[str, str] | None) -> PolicyLayer | None:
    try:
        if not source.is_file():
            return None
        if source.stat().st_size > MAX_BYTES:
            return _refused(source, "the file is too large")
        raw = json.loads(source.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return _refused(source, f"not readable as JSON ({exc})")
    return _file_layer(raw, source, env)


def _refused(source: Path, why: str) -> PolicyLayer:
    log.warning("Machine policy %s ignored: %s", source, why)
    return PolicyLayer(Origin.FILE, str(source), problems=(f"(file): {why}",))


def read_policy(raw: object, source: Path, env: Mapping[str, str] | None = None) -> Policy:
    """What of the policy file's content `raw` can be applied, key by key, with the problems of
    the rest."""
    return merged([_file_layer(raw, source, env)], source)


def _file_layer(raw: object, source: Path, env: Mapping[str, str] | None) -> PolicyLayer:
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
    return _reported(
        PolicyLayer(
            Origin.FILE,
            str(source),
            organisation=organisation if isinstance(organisation, str) else "",
            defaults=defaults,
            locked=locked,
            paths=paths,
            problems=tuple(problems),
        )
    )


def _reported(layer: PolicyLayer) -> PolicyLayer:
    for problem in layer.problems:
        log.warning("Machine policy %s: %s (skipped)", layer.place, problem)
    log.info(
        "Machine policy %s: %d default(s), %d locked",
        layer.place, len(layer.defaults), len(layer.locked),
    )  # fmt: skip
    return layer


def merged(layers: Iterable[PolicyLayer], source: Path | None) -> Policy:
    """The policy in force from what each place sets: per setting, the strongest place's lock,
    else the strongest place's default; the organisation and folders of the strongest place
    that gives them."""
    ordered = sorted(layers, key=lambda layer: list(Origin).index(layer.origin))
    locked: dict[str, Any] = {}
    defaults: dict[str, Any] = {}
    paths: dict[str, Path] = {}
    origins: dict[str, Origin] = {}
    organisation = ""
    for layer in ordered:
        for key, value in layer.locked.items():
            if key not in locked:
                locked[key], origins[key] = value, layer.origin
    for layer in ordered:
        for key, value in layer.defaults.items():
            if key not in locked and key not in defaults:
                defaults[key], origins[key] = value, layer.origin
        for key, folder in layer.paths.items():
            if key not in paths:
                paths[key], origins[f"paths.{key}"] = folder, layer.origin
        if layer.organisation and not organisation:
            organisation, origins["organisation"] = layer.organisation, layer.origin
    return Policy(
        organisation=organisation,
        defaults=defaults,
        locked=locked,
        paths=paths,
        source=source,
        problems=tuple(
            f"{layer.place}: {problem}" for layer in ordered for problem in layer.problems
        ),
        origins=origins,
        layers=tuple(ordered),
    )


# Registry


def system_registry() -> RegistryReader:
    """This machine's registry: Windows' own, or nothing elsewhere."""
    if sys.platform == "win32":
        return _read_windows_registry
    return _no_registry


def _no_registry(hive: str, key: str) -> None:
    """No registry here (Linux, macOS): no Group Policy."""


if sys.platform == "win32":
    import winreg

    def _read_windows_registry(hive: str, key: str) -> dict[str, object] | None:
        root = {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}[hive]
        try:
            handle = winreg.OpenKey(root, key)
        except FileNotFoundError:
            return None
        values: dict[str, object] = {}
        with handle:
            for index in range(winreg.QueryInfoKey(handle)[1]):
                name, data, kind = winreg.EnumValue(handle, index)
                if kind == winreg.REG_EXPAND_SZ and isinstance(data, str):
                    data = winreg.ExpandEnvironmentStrings(data)
                values[name] = data
        return values


_NAMES = {key.lower(): key for key in (*SETTINGS, *POLICY_ONLY)}  # names are case-insensitive


def read_registry(
    read: RegistryReader, hive: str, origin: Origin, env: Mapping[str, str] | None = None
) -> PolicyLayer | None:
    """What Group Policy set in one hive (None when it set nothing there), value by value."""
    place = f"{hive}\\{REGISTRY_KEY}"
    try:
        mandatory = read(hive, REGISTRY_KEY)
        recommended = read(hive, f"{REGISTRY_KEY}\\{RECOMMENDED}")
    except OSError as exc:
        return _reported(PolicyLayer(origin, place, problems=(f"(key): not readable ({exc})",)))
    if mandatory is None and recommended is None:
        return None
    problems: list[str] = []
    locked = _registry_values(mandatory or {}, "", True, problems)
    defaults = _registry_values(recommended or {}, f"{RECOMMENDED}\\", False, problems)
    organisation = locked.pop("organisation", "")
    paths = {
        key: _expanded(text, env)
        for key in PATH_KEYS
        if (text := locked.pop(f"paths.{key}", "")).strip()
    }
    return _reported(
        PolicyLayer(
            origin,
            place,
            organisation=organisation,
            defaults=defaults,
            locked=locked,
            paths=paths,
            problems=tuple(problems),
        )
    )


def _registry_values(
    values: Mapping[str, object], subkey: str, machine_only: bool, problems: list[str]
) -> dict[str, Any]:
    """The values of one key that name a setting and are valid for it (the organisation and
    folders too, in the key of locked values: users have no say in those)."""
    found: dict[str, Any] = {}
    for name, raw in sorted(values.items()):
        key = _NAMES.get(name.lower(), "")
        spec = SETTINGS.get(key) or (POLICY_ONLY.get(key) if machine_only else None)
        if spec is None:
            why = f"only in {REGISTRY_KEY} itself" if key in POLICY_ONLY else "unknown setting"
            problems.append(f"{subkey}{name}: {why}")
            continue
        value = bool(raw) if _is_flag(spec, raw) else raw
        if not spec.accepts(value):
            problems.append(f"{subkey}{name}: {reprlib.repr(raw)} is not {_expected(spec)}")
            continue
        found[key] = value
    return found


def _is_flag(spec: SettingSpec, raw: object) -> bool:
    """A REG_DWORD 0 or 1 for an on/off setting (Group Policy's Disabled or Enabled)."""
    return isinstance(spec.default, bool) and type(raw) is int and raw in (0, 1)


def _expected(spec: SettingSpec) -> str:
    """What a valid registry value looks like, for a problem's message."""
    if isinstance(spec.default, bool):
        return "a REG_DWORD of 1 (on) or 0 (off)"
    if spec.choices:
        return "a REG_SZ among " + ", ".join(f'"{choice}"' for choice in spec.choices)
    if isinstance(spec.default, int):
        return f"a REG_DWORD from {spec.minimum} to {spec.maximum}"
    limit = f" of at most {spec.max_length} characters" if spec.max_length else ""
    return f"a REG_SZ text{limit}"


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
