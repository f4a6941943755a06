"""The machine policy: where it is found, what wins over what, locks, and bad files skipped key
by key without ever stopping the app."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachapp.config import Settings, resolve_paths
from coachapp.policy import load_policy, policy_file, read_policy


def _write(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(document) if not isinstance(document, str) else document, "utf-8")
    return path


def _policy(**settings_: Any) -> dict[str, Any]:
    return {"format": "coachapp-policy", "schema_version": 1, "organisation": "Ville d'Exemple",
            "settings": settings_}  # fmt: skip


def test_where_the_policy_is_looked_for(tmp_path: Path) -> None:
    assert policy_file({}, "linux") == Path("/etc/coachapp/policy.json")
    windows = policy_file({"PROGRAMDATA": r"D:\Data"}, "win32")
    assert windows == Path(r"D:\Data") / "CoachApp" / "policy.json"
    assert (
        policy_file({"COACHAPP_POLICY": str(tmp_path / "p.json")}, "win32") == tmp_path / "p.json"
    )
    assert load_policy(tmp_path / "none.json").source is None  # no file: no policy, no problem


def test_defaults_then_the_user_then_locks(tmp_path: Path) -> None:
    path = _write(tmp_path, _policy(**{
        "language": {"value": "fr"},
        "backup.keep": {"value": 30, "locked": True},
        "export.pseudonymise": {"value": True, "locked": True},
    }))  # fmt: skip
    policy = load_policy(path)
    assert policy.problems == () and policy.organisation == "Ville d'Exemple"
    user = Settings(tmp_path / "settings.json", policy)
    assert user.get("language") == "fr"  # the machine's default...
    assert user.get("theme") == "system"  # ...the built-in one where the policy says nothing
    user.set("language", "en")
    assert user.get("language") == "en"  # ...the user's choice wins over a default
    assert user.locked("backup.keep") and user.get("backup.keep") == 30
    user.set("backup.keep", 3)  # a locked setting does not move
    assert user.get("backup.keep") == 30
    again = Settings(tmp_path / "settings.json", policy)
    assert again.get("language") == "en" and again.get("backup.keep") == 30
    assert Settings(tmp_path / "settings.json").get("backup.keep") == 10  # policy gone


def test_an_explicit_choice_equal_to_the_default_is_kept_when_the_policy_changes(
    tmp_path: Path,
) -> None:
    user = Settings(tmp_path / "settings.json", read_policy(_policy(), tmp_path))
    user.set("theme", "system")
    later = read_policy(_policy(theme={"value": "dark"}), tmp_path)
    assert Settings(tmp_path / "settings.json", later).get("theme") == "system"


def test_bad_keys_are_skipped_one_by_one(tmp_path: Path) -> None:
    policy = load_policy(_write(tmp_path, _policy(**{
        "language": {"value": "de"},  # not a language we ship
        "backup.keep": {"value": "lots", "locked": True},
        "colour": {"value": "blue"},  # no such setting
        "theme": {"value": "dark", "locked": "yes"},
        "reminders.rituals": {"value": False, "locked": True},  # fine
    })))  # fmt: skip
    assert policy.locked == {"reminders.rituals": False} and policy.defaults == {}
    problems = " ".join(policy.problems)
    for key in ("settings.language", "settings.backup.keep", "settings.colour", "settings.theme"):
        assert key in problems


@pytest.mark.parametrize("text", [
    "", "{", "[1, 2]", "null", '"policy"', '{"format": "other"}',
    '{"schema_version": 1, "settings": {"language": {"value": "fr"}}}',
])  # fmt: skip
def test_a_file_that_is_not_a_policy_changes_nothing(tmp_path: Path, text: str) -> None:
    policy = load_policy(_write(tmp_path, text))
    assert policy.problems and not policy.defaults and not policy.locked
    assert Settings(tmp_path / "settings.json", policy).get("language") == "system"


def test_folders_for_each_user(tmp_path: Path) -> None:
    env = {"USERNAME": "cmartin", "HOME": str(tmp_path)}
    document = {**_policy(), "paths": {"data": "%USERNAME%-journal", "backups": "~/sauvegardes"}}
    policy = read_policy(document, tmp_path / "policy.json", env)
    assert policy.paths["data"] == Path("cmartin-journal")
    other = read_policy(
        {**_policy(), "paths": {"data": "${HOME}/j-$USERNAME/$NOPE"}}, tmp_path, env
    )
    assert other.paths["data"] == tmp_path / "j-cmartin" / "$NOPE"  # unknown: as written
    paths = resolve_paths(None, env={}, policy=policy)
    assert paths.data == Path("cmartin-journal").absolute()
    assert paths.backups.name == "sauvegardes"
    explicit = resolve_paths(str(tmp_path / "mine"), env={}, policy=policy)
    assert explicit.data == tmp_path / "mine" and explicit.backups == tmp_path / "mine" / "backups"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                  max_size=4),
    max_leaves=20,
)  # fmt: skip


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    settings_=st.dictionaries(
        st.sampled_from(["language", "backup.keep", "theme", "x"]), json_values, max_size=4
    ),
    extra=st.dictionaries(st.text(max_size=8), json_values, max_size=3),
)
def test_any_json_gives_a_policy_never_an_error(
    tmp_path: Path, settings_: dict[str, Any], extra: dict[str, Any]
) -> None:
    policy = read_policy({**extra, **_policy(**settings_)}, tmp_path / "policy.json")
    user = Settings(tmp_path / "settings.json", policy)
    for key in ("language", "backup.keep", "theme"):
        value = user.get(key)
        assert value == policy.locked.get(key, policy.defaults.get(key, value))


@pytest.mark.parametrize("name", ["policy.json", "policy.example.json"])
def test_the_policies_the_package_installs_apply_cleanly(name: str) -> None:
    source = Path(__file__).resolve().parents[3] / "packaging" / "linux" / name
    policy = load_policy(source)
    assert policy.source == source and policy.problems == ()
