"""Group Policy in the Windows registry, read through a fake registry: what wins over what, locks,
and values of the wrong kind or unknown skipped one by one with a message."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from coachapp.config import Origin, Settings
from coachapp.policy import load_policy, system_registry
from coachapp.selftest import Result, Status, policy_checks

MACHINE = r"SOFTWARE\Policies\CoachApp"
RECOMMENDED = MACHINE + r"\Recommended"


class FakeRegistry:
    """Keys by (hive, path), each a dict of values; what a test does not set does not exist."""

    def __init__(self, keys: dict[tuple[str, str], dict[str, object]]) -> None:
        self.keys = keys
        self.read: list[tuple[str, str]] = []

    def __call__(self, hive: str, key: str) -> Mapping[str, object] | None:
        self.read.append((hive, key))
        return self.keys.get((hive, key))


def _file(tmp_path: Path, **settings_: Any) -> Path:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"format": "coachapp-policy", "schema_version": 1,
                                "organisation": "Ville (fichier)", "settings": settings_}),
                    "utf-8")  # fmt: skip
    return path


def _load(tmp_path: Path, registry: FakeRegistry, policy_file: Path | None = None) -> Any:
    return load_policy(policy_file or tmp_path / "none.json", env={}, registry=registry)


def test_the_computer_wins_over_the_user_which_wins_over_the_file(tmp_path: Path) -> None:
    registry = FakeRegistry({
        ("HKLM", RECOMMENDED): {"language": "en"},
        ("HKCU", RECOMMENDED): {"language": "fr", "theme": "dark"},
        ("HKCU", MACHINE): {"organisation": "Ville (GPO utilisateur)"},
    })  # fmt: skip
    file = _file(tmp_path, **{"theme": {"value": "light"}, "backup.keep": {"value": 20}})
    policy = _load(tmp_path, registry, file)
    assert policy.defaults == {"language": "en", "theme": "dark", "backup.keep": 20}
    assert policy.origin("language") is Origin.MACHINE_REGISTRY
    assert policy.origin("theme") is Origin.USER_REGISTRY
    assert policy.origin("backup.keep") is Origin.FILE
    assert policy.organisation == "Ville (GPO utilisateur)" and policy.problems == ()
    assert policy.source == file  # the file is still honoured
    assert [layer.origin for layer in policy.layers] == list(Origin)
    user = Settings(tmp_path / "settings.json", policy)
    assert user.get("language") == "en" and not user.locked("language")
    user.set("language", "fr")  # a recommended value is only a default
    assert user.get("language") == "fr"


def test_a_lock_from_anywhere_beats_a_default_from_anywhere(tmp_path: Path) -> None:
    registry = FakeRegistry({
        ("HKLM", RECOMMENDED): {"backup.keep": 5},
        ("HKLM", MACHINE): {"export.pseudonymise": 1},
        ("HKCU", MACHINE): {"backup.keep": 30, "export.pseudonymise": 0},
    })  # fmt: skip
    file = _file(tmp_path, **{"reminders.rituals": {"value": False, "locked": True},
                              "backup.keep": {"value": 99, "locked": True}})  # fmt: skip
    policy = _load(tmp_path, registry, file)
    assert policy.locked == {
        "backup.keep": 30, "export.pseudonymise": True, "reminders.rituals": False,
    }  # fmt: skip
    assert "backup.keep" not in policy.defaults
    assert policy.origin("backup.keep") is Origin.USER_REGISTRY
    assert policy.origin("export.pseudonymise") is Origin.MACHINE_REGISTRY
    assert policy.origin("reminders.rituals") is Origin.FILE
    user = Settings(tmp_path / "settings.json", policy)
    user.set("backup.keep", 3)
    assert user.locked("backup.keep") and user.get("backup.keep") == 30
    assert user.get("export.pseudonymise") is True


def test_wrong_values_are_skipped_one_by_one_with_a_message(tmp_path: Path) -> None:
    registry = FakeRegistry({
        ("HKLM", MACHINE): {
            "backup.keep": "30",  # a REG_SZ where a REG_DWORD is expected
            "backup.interval_hours": 0,  # out of range
            "export.pseudonymise": 2,  # neither 0 nor 1
            "language": "de",  # not a language CoachApp speaks
            "theme": b"\x01\x00",  # REG_BINARY
            "templates.folder": ["a", "b"],  # REG_MULTI_SZ
            "organisation": "x" * 201,
            "reminders.rituals": 0,  # fine
        },
        ("HKCU", RECOMMENDED): {"reminders.minutes_before": 30},  # fine
    })  # fmt: skip
    policy = _load(tmp_path, registry)
    assert policy.locked == {"reminders.rituals": False}
    assert policy.defaults == {"reminders.minutes_before": 30}
    assert policy.organisation == ""
    problems = "\n".join(policy.problems)
    for name in ("backup.keep", "backup.interval_hours", "export.pseudonymise", "language",
                 "theme", "templates.folder", "organisation"):  # fmt: skip
        assert f"HKLM\\{MACHINE}: {name}: " in problems
    assert "'30' is not a REG_DWORD from 1 to 365" in problems
    assert 'is not a REG_SZ among "system", "fr", "en"' in problems
    assert "is not a REG_DWORD of 1 (on) or 0 (off)" in problems
    assert len(policy.problems) == 7


def test_unknown_values_are_ignored_with_a_message(tmp_path: Path) -> None:
    registry = FakeRegistry({
        ("HKCU", MACHINE): {"colour": "blue", "Backup.Keep": 12},  # names ignore case
        ("HKCU", RECOMMENDED): {"paths.data": r"D:\journaux", "": "default value"},
    })  # fmt: skip
    policy = _load(tmp_path, registry)
    assert policy.locked == {"backup.keep": 12} and policy.paths == {}
    assert policy.problems == (
        f"HKCU\\{MACHINE}: colour: unknown setting",
        f"HKCU\\{MACHINE}: Recommended\\: unknown setting",
        f"HKCU\\{MACHINE}: Recommended\\paths.data: only in {MACHINE} itself",
    )


def test_the_folders_are_the_users_own(tmp_path: Path) -> None:
    registry = FakeRegistry({
        ("HKLM", MACHINE): {"paths.data": r"%HOMEDRIVE%\CoachApp\%USERNAME%",
                            "paths.backups": "  "},  # empty: not set
        ("HKCU", MACHINE): {"paths.data": "ignored: the computer's wins",
                            "paths.backups": "%HOME%/sauvegardes"},
    })  # fmt: skip
    env = {"HOMEDRIVE": "H:", "USERNAME": "cmartin", "HOME": str(tmp_path)}
    policy = load_policy(tmp_path / "none.json", env=env, registry=registry)
    assert policy.paths == {
        "data": Path(r"H:\CoachApp\cmartin"),
        "backups": tmp_path / "sauvegardes",
    }
    assert policy.origin("paths.data") is Origin.MACHINE_REGISTRY
    assert policy.origin("paths.backups") is Origin.USER_REGISTRY


def test_an_unreadable_registry_changes_nothing_else(tmp_path: Path) -> None:
    def denied(hive: str, key: str) -> Mapping[str, object] | None:
        if hive == "HKLM":
            raise PermissionError(5, "Access is denied")
        return {"theme": "dark"} if key == RECOMMENDED else None

    file = _file(tmp_path, language={"value": "fr"})
    policy = load_policy(file, env={}, registry=denied)
    assert policy.defaults == {"theme": "dark", "language": "fr"}
    assert policy.problems == (
        f"HKLM\\{MACHINE}: (key): not readable ([Errno 5] Access is denied)",
    )


def test_no_group_policy_is_no_registry_layer(tmp_path: Path) -> None:
    registry = FakeRegistry({})
    policy = _load(tmp_path, registry)
    assert policy.layers == () and policy.source is None
    assert ("HKLM", MACHINE) in registry.read and ("HKCU", RECOMMENDED) in registry.read


@pytest.mark.skipif(sys.platform == "win32", reason="Windows reads its own registry")
def test_elsewhere_than_windows_there_is_no_registry() -> None:
    read = system_registry()
    assert read("HKLM", MACHINE) is None


def test_the_self_test_says_where_each_value_comes_from(tmp_path: Path) -> None:
    registry = FakeRegistry({
        ("HKLM", MACHINE): {"backup.keep": 30},
        ("HKCU", MACHINE): {"backup.keep": 20, "security.require_protection": 1},
        ("HKCU", RECOMMENDED): {"theme": "dark", "language": "en"},
    })  # fmt: skip
    file = _file(tmp_path, **{"language": {"value": "fr", "locked": True},
                              "theme": {"value": "light"}})  # fmt: skip
    lines = {name: (result.status, result.detail)
             for name, result in policy_checks(_load(tmp_path, registry, file))}  # fmt: skip
    assert lines == {
        "Group Policy (computer)": (
            Status.OK, f"HKLM\\{MACHINE}: defaults -; locked backup.keep"),
        "Group Policy (user)": (
            Status.OK, f"HKCU\\{MACHINE}: defaults theme; locked security.require_protection;"
            " replaced by a stronger policy: backup.keep, language"),
        "Machine policy": (
            Status.OK, f"{file}: defaults -; locked language;"
            " replaced by a stronger policy: theme"),
    }  # fmt: skip
    broken = FakeRegistry({("HKCU", RECOMMENDED): {"theme": "pink"}})
    assert policy_checks(_load(tmp_path, broken)) == [(
        "Group Policy (user)",
        Result(Status.FAIL, f"HKCU\\{MACHINE}: Recommended\\theme: 'pink' is not a REG_SZ among"
               ' "system", "light", "dark", "contrast" (skipped; the rest applies)'),
    )]  # fmt: skip
    assert policy_checks(_load(tmp_path, FakeRegistry({}))) == [
        ("Machine policy", Result(Status.OK, "none (built-in defaults)"))
    ]
