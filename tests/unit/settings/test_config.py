"""Paths and settings: the right folders, and settings that survive bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachapp.config import (
    DATA_DIR_ENV,
    SETTINGS,
    DataDirError,
    Settings,
    prepare_folder,
    resolve_paths,
)


def test_data_dir_argument_wins_over_environment(tmp_path: Path) -> None:
    env = {DATA_DIR_ENV: str(tmp_path / "from-env")}
    paths = resolve_paths(str(tmp_path / "from-arg"), env)
    assert paths.data == tmp_path / "from-arg"
    assert paths.logs == tmp_path / "from-arg" / "logs"
    assert paths.database.name == "journal.db"


def test_environment_sets_every_folder(tmp_path: Path) -> None:
    paths = resolve_paths(None, {DATA_DIR_ENV: str(tmp_path)})
    assert {paths.data, paths.config} == {tmp_path}
    assert paths.settings_file.parent == tmp_path


def test_default_folders_are_in_the_user_profile() -> None:
    paths = resolve_paths(None, {})
    assert "CoachApp" in str(paths.data)
    assert "CoachApp" in str(paths.logs)


def test_a_file_is_not_a_data_folder(tmp_path: Path) -> None:
    file = tmp_path / "journal.txt"
    file.write_text("x")
    with pytest.raises(DataDirError) as caught:
        prepare_folder(file)
    assert "is a file, not a folder" in str(caught.value)


def test_a_folder_under_a_file_cannot_be_created(tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_text("x")
    with pytest.raises(DataDirError) as caught:
        prepare_folder(file / "sub")
    assert "Cannot create the folder" in str(caught.value)


def test_settings_round_trip_and_are_private(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    first = Settings(path)
    first.set("language", "fr")
    first.set_state("main_window.geometry", "AAAA")
    again = Settings(path)
    assert again.get("language") == "fr"
    assert again.state("main_window.geometry") == "AAAA"
    assert path.stat().st_mode & 0o077 == 0


def test_invalid_values_are_refused_on_write(tmp_path: Path) -> None:
    store = Settings(tmp_path / "s.json")
    with pytest.raises(ValueError, match="invalid value"):
        store.set("backup.keep", 0)
    with pytest.raises(ValueError, match="invalid value"):
        store.set("language", "de")
    assert not (tmp_path / "s.json").exists()


def test_damaged_settings_file_reads_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    store = Settings(path)
    assert store.get("language") == "system"
    store.set("theme", "dark")
    assert json.loads(path.read_text(encoding="utf-8"))["settings"] == {"theme": "dark"}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(document=json_values, values=st.dictionaries(st.sampled_from(sorted(SETTINGS)), json_values))
def test_any_json_document_loads_to_valid_settings(
    tmp_path: Path, document: object, values: dict[str, object]
) -> None:
    path = tmp_path / "settings.json"
    for candidate in (document, {"settings": values, "state": document}):
        path.write_text(json.dumps(candidate), encoding="utf-8")
        store = Settings(path)
        for key, spec in SETTINGS.items():
            assert spec.accepts(store.get(key))
