"""Where CoachApp keeps its files, and the user's settings.

One data folder holds everything a manager would back up: the journal database, its automatic
backups and, when the folder is chosen explicitly (`--data-dir` or `COACHAPP_DATA_DIR`), the
settings and logs too, so that a portable or test installation never touches the user profile.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from coachapp import APP_NAME
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.fileio import write_text_atomic

log = logging.getLogger("coachapp.config")

DATA_DIR_ENV = "COACHAPP_DATA_DIR"
DATABASE_NAME = "journal.db"


class DataDirError(UserError):
    """The data folder cannot be used (a file, not writable, cannot be created)."""


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    logs: Path
    backup_folder: Path | None = None  # set by a machine policy; else inside the data folder

    @property
    def database(self) -> Path:
        return self.data / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.backup_folder or self.data / "backups"

    @property
    def export_keys(self) -> Path:
        """Where earlier versions left the keys of pseudonymised exports (taken into the journal
        when it opens)."""
        return self.data / "export-keys"

    @property
    def reviews(self) -> Path:
        """Drafts of the feedback being written on exports opened for review, one per export."""
        return self.data / "reviews"

    @property
    def lock_file(self) -> Path:
        return self.data / "coachapp.lock"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def templates(self) -> Path:
        return self.config / "templates"

    @property
    def log_file(self) -> Path:
        return self.logs / "coachapp.log"


def resolve_paths(
    data_dir: str | None = None, env: dict[str, str] | None = None, policy: Policy | None = None
) -> Paths:
    """The folders to use: an explicit data folder (portable: settings and logs inside it) wins
    over the environment, then the machine policy's folders, then the user profile's."""
    environ = os.environ if env is None else env
    chosen = data_dir or environ.get(DATA_DIR_ENV) or ""
    if chosen.strip():
        base = Path(chosen).expanduser().absolute()
        return Paths(data=base, config=base, logs=base / "logs")
    folders = policy.paths if policy else {}
    backups = folders.get("backups")
    return Paths(
        data=(
            folders.get("data") or platformdirs.user_data_path(APP_NAME, appauthor=False)
        ).absolute(),
        config=platformdirs.user_config_path(APP_NAME, appauthor=False),
        logs=platformdirs.user_log_path(APP_NAME, appauthor=False),
        backup_folder=backups.absolute() if backups else None,
    )


def prepare_folder(folder: Path) -> None:
    """Create `folder` if needed and prove it is writable, or raise a DataDirError."""
    if folder.exists() and not folder.is_dir():
        raise DataDirError(
            QT_TRANSLATE_NOOP("Config", "{path} is a file, not a folder."), path=folder
        )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP("Config", "Cannot create the folder {path}: {reason}"),
            path=folder,
            reason=exc.strerror or exc,
        ) from exc
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP("Config", "The folder {path} is not writable: {reason}"),
            path=folder,
            reason=exc.strerror or exc,
        ) from exc


def prepare_paths(paths: Paths) -> None:
    """Make every folder CoachApp writes to exist and be writable."""
    for folder in (paths.data, paths.config, paths.logs, paths.backups):
        prepare_folder(folder)


@dataclass(frozen=True)
class SettingSpec:
    default: Any
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def accepts(self, value: Any) -> bool:
        if type(value) is not type(self.default):
            return False
        if self.choices and value not in self.choices:
            return False
        if self.minimum is not None and value < self.minimum:
            return False
        return self.maximum is None or value <= self.maximum


SETTINGS: dict[str, SettingSpec] = {
    "language": SettingSpec("system", ("system", "fr", "en")),
    "theme": SettingSpec("system", ("system", "light", "dark")),
    "backup.interval_hours": SettingSpec(24, minimum=1, maximum=24 * 30),
    "backup.keep": SettingSpec(10, minimum=1, maximum=365),
    # A folder of extra entry templates (an IT content pack), with fr/ and en/ inside.
    "templates.folder": SettingSpec(""),
    # A folder of extra collective-intelligence methods (*.json, as resources/methods/).
    "methods.folder": SettingSpec(""),
    # A folder of prompt packs (*.json, as resources/coaching/prompts.json) that add rules,
    # change their thresholds or texts, or switch some off.
    "prompts.folder": SettingSpec(""),
    # Where the last export was written, and who signs coach feedback in review mode.
    "export.folder": SettingSpec(""),
    "export.format": SettingSpec("json", ("json", "pdf", "html", "md")),  # the coach's first
    "export.pseudonymise": SettingSpec(False, (True, False)),  # names replaced by default
    "review.author": SettingSpec(""),
    # The Coaching area in the sidebar before any coachee's export was added (a coach's choice).
    "coaching.area": SettingSpec(False, (True, False)),
    # Retention an organisation may require (set by machine policy; 0 keeps everything):
    # entries older than this many months go to the trash, and the trash is emptied of what
    # has been there this many months.
    "retention.entry_months": SettingSpec(0, minimum=0, maximum=1200),
    "retention.trash_months": SettingSpec(0, minimum=0, maximum=1200),
    # Encryption at rest: a policy can require it (locked True); the window locks itself after
    # this many idle minutes when the journal is protected (0: only on request).
    "security.require_protection": SettingSpec(False, (True, False)),
    "security.lock_minutes": SettingSpec(10, minimum=0, maximum=480),
    # Reminders (a notification from the tray icon, where the desktop has one).
    "reminders.checkins": SettingSpec(True, (True, False)),
    "reminders.rituals": SettingSpec(True, (True, False)),
    "reminders.reviews": SettingSpec(True, (True, False)),
    "reminders.minutes_before": SettingSpec(15, minimum=5, maximum=120),
    "reminders.quiet_from": SettingSpec(19, minimum=0, maximum=23),  # hour, local time
    "reminders.quiet_until": SettingSpec(8, minimum=0, maximum=23),
}


@dataclass(frozen=True)
class Policy:
    """What the machine policy sets (coachapp.policy reads it): empty when there is none."""

    organisation: str = ""
    defaults: dict[str, Any] = field(default_factory=dict)  # machine defaults, user may change
    locked: dict[str, Any] = field(default_factory=dict)  # enforced values
    paths: dict[str, Path] = field(default_factory=dict)  # "data", "backups"
    source: Path | None = None
    problems: tuple[str, ...] = ()  # what was skipped, and why ("place: why")


class Settings:
    """User settings (declared in SETTINGS) plus UI state, kept in one JSON file.

    A value that is missing, of the wrong type or out of range reads as its default, so a
    hand-edited or damaged file never stops the app. Every change is written atomically.
    """

    def __init__(self, path: Path, policy: Policy | None = None) -> None:
        self._path = path
        self.policy = policy or Policy()
        self._values: dict[str, Any] = {}
        self._state: dict[str, str] = {}
        self._load()

    @property
    def path(self) -> Path:
        return self._path

    def _load(self) -> None:
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("Ignoring unreadable settings file %s: %s", self._path, exc)
            return
        if not isinstance(raw, dict):
            log.warning("Ignoring settings file %s: not a JSON object", self._path)
            return
        for key, value in (raw.get("settings") or {}).items():
            spec = SETTINGS.get(key)
            if spec is not None and spec.accepts(value):
                self._values[key] = value
            else:
                log.warning("Ignoring invalid setting %r in %s", key, self._path)
        state = raw.get("state") or {}
        if isinstance(state, dict):
            self._state = {k: v for k, v in state.items() if isinstance(v, str)}

    def get(self, key: str) -> Any:
        policy = self.policy
        if key in policy.locked:
            return policy.locked[key]
        if key in self._values:
            return self._values[key]
        return policy.defaults.get(key, SETTINGS[key].default)

    def locked(self, key: str) -> bool:
        """Set by the machine policy: the user cannot change it."""
        return key in self.policy.locked

    def set(self, key: str, value: Any) -> None:
        """Keep the user's choice (ignored, with a log line, where the policy locks `key`)."""
        spec = SETTINGS[key]
        if not spec.accepts(value):
            raise ValueError(f"invalid value {value!r} for setting {key!r}")
        if self.locked(key):
            log.info("Setting %s is locked by the machine policy; not changed", key)
            return
        if self.get(key) == value and key in self._values:
            return
        self._values[key] = value
        self._save()

    def state(self, key: str) -> str | None:
        return self._state.get(key)

    def set_state(self, key: str, value: str) -> None:
        if self._state.get(key) == value:
            return
        self._state[key] = value
        self._save()

    def _save(self) -> None:
        document = {"settings": self._values, "state": self._state}
        write_text_atomic(self._path, json.dumps(document, indent=2, sort_keys=True) + "\n")
