"""The content shipped with the app passes its schema: the app trusts it at run time (it checks
only what comes from outside: IT packs, the manager's own methods), so the check is here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from coachapp.resources import resource_path
from tests.e2e.conftest import ROOT


def _json(*parts: str) -> Any:
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))


def _problems(schema: dict[str, Any], document: object) -> list[str]:
    errors = Draft202012Validator(schema).iter_errors(document)
    return [f"{list(error.absolute_path)}: {error.message}" for error in errors]


def test_the_built_in_prompt_rules_pass_their_schema() -> None:
    schema = _json("schemas", "prompts.schema.json")
    document = _json("coaching", "prompts.json")
    assert _problems(schema, document) == []
    rule = {"$defs": schema["$defs"], "$ref": "#/$defs/rule"}
    for data in document["rules"]:
        assert _problems(rule, data) == [], data["id"]


def test_the_built_in_method_library_passes_its_schema() -> None:
    schema = _json("schemas", "methods.schema.json")
    document = _json("methods", "methods.json")
    assert _problems(schema, document) == []
    for kind in ("method", "situation"):
        part = {"$defs": schema["$defs"], "$ref": f"#/$defs/{kind}"}
        for data in document[f"{kind}s"]:
            assert _problems(part, data) == [], data["key"]


@pytest.mark.parametrize(
    "load",
    [
        "from coachapp.coaching.pack import Pack; "
        "Pack(resource_path('coaching', 'prompts.json'), "
        "resource_path('schemas', 'prompts.schema.json')).rules['EXP-1']",
        "from coachapp.services.rituals.methods import MethodLibrary; "
        "MethodLibrary(resource_path('methods', 'methods.json'), "
        "resource_path('schemas', 'methods.schema.json')).methods()[0]",
    ],
)
def test_loading_the_built_in_content_does_not_load_jsonschema(load: str) -> None:
    code = f"import sys; from coachapp.resources import resource_path; {load}; " + (
        "assert 'jsonschema' not in sys.modules, 'jsonschema loaded'"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": ""}, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_an_it_pack_is_still_checked(tmp_path: Path) -> None:
    from coachapp.coaching.pack import Pack  # noqa: PLC0415

    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "bad.json").write_text('{"rules": [{"id": "X-1"}]}', encoding="utf-8")
    pack = Pack(resource_path("coaching", "prompts.json"),
                resource_path("schemas", "prompts.schema.json"), folder)  # fmt: skip
    assert [problem.source for problem in pack.problems] == [str(folder / "bad.json")]
    assert "EXP-1" in pack.rules
