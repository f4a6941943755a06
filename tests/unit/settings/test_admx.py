"""The Group Policy templates (packaging/windows/policy/): what `make admx` writes from the declared
settings, one policy per setting and way of setting it, holding together as the ADMX schema
requires, and read back by the app as Group Policy writes them."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

import pytest

from coachapp.config import POLICY_ONLY, SETTINGS
from coachapp.policy import RECOMMENDED, REGISTRY_KEY, load_policy

ROOT = Path(__file__).resolve().parents[3]
FOLDER = ROOT / "packaging" / "windows" / "policy"
NS = {"pd": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
ITEM_NAME = re.compile(r"[\w]+")  # the schema's itemName and resourceID: letters, digits, _
STRING = re.compile(r"\$\(string\.(\w+)\)")
PRESENTATION = re.compile(r"\$\(presentation\.(\w+)\)")
ADMLS = ("en-US", "fr-FR")


def _admx_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("admx", ROOT / "tools" / "admx.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("admx", module)
    spec.loader.exec_module(module)
    return module


def _parse(name: str) -> ET.Element:
    return ET.parse(FOLDER / name).getroot()


def _admx() -> ET.Element:
    return _parse("CoachApp.admx")


def _adml(language: str) -> ET.Element:
    return _parse(f"{language}/CoachApp.adml")


def _policies() -> list[ET.Element]:
    return _admx().findall("pd:policies/pd:policy", NS)


def _written(policy: ET.Element) -> Iterator[tuple[str, str]]:
    """(key, value name) of each registry value a policy writes."""
    key = policy.get("key", "")
    if policy.get("valueName"):
        yield key, policy.get("valueName", "")
    for element in policy.findall("pd:elements/*", NS):
        yield element.get("key", key), element.get("valueName", "")


def test_the_committed_templates_are_what_make_admx_writes() -> None:
    written = _admx_tool().templates()
    assert sorted(written) == ["CoachApp.admx", "en-US/CoachApp.adml", "fr-FR/CoachApp.adml"]
    for name, text in written.items():
        assert (FOLDER / name).read_text(encoding="utf-8") == text, f"run `make admx` ({name})"


def test_every_setting_has_its_policies_and_every_policy_a_setting() -> None:
    recommended = f"{REGISTRY_KEY}\\{RECOMMENDED}"
    expected = sorted(
        [(REGISTRY_KEY, key) for key in (*SETTINGS, *POLICY_ONLY)]
        + [(recommended, key) for key in SETTINGS]
    )
    found = [value for policy in _policies() for value in _written(policy)]
    assert sorted(found) == expected
    for policy in _policies():
        assert len(list(_written(policy))) == 1, policy.get("name")
        assert policy.get("class") == "Both"  # for the computer (HKLM) or for users (HKCU)


def test_the_templates_hold_together_as_the_schema_requires() -> None:
    admx = _admx()
    assert admx.tag == f"{{{NS['pd']}}}policyDefinitions"
    assert [child.tag.split("}")[1] for child in admx] == [
        "policyNamespaces", "resources", "supportedOn", "categories", "policies",
    ]  # fmt: skip
    categories = admx.findall("pd:categories/pd:category", NS)
    policies = _policies()
    names = [item.get("name", "") for item in (*categories, *policies)]
    assert len(names) == len(set(names)) and all(ITEM_NAME.fullmatch(name) for name in names)
    known = {category.get("name") for category in categories}
    supported = {d.get("name") for d in admx.findall("pd:supportedOn/pd:definitions/*", NS)}
    for category in categories:
        parent = category.find("pd:parentCategory", NS)
        assert parent is None or parent.get("ref") in known
    for policy in policies:
        order = [child.tag.split("}")[1] for child in policy]
        assert order in (
            ["parentCategory", "supportedOn", "elements"],
            ["parentCategory", "supportedOn", "enabledValue", "disabledValue"],
        ), policy.get("name")
        assert policy.findtext("pd:parentCategory", None, NS) is not None
        assert policy.find("pd:parentCategory", NS).get("ref") in known  # type: ignore[union-attr]
        assert policy.find("pd:supportedOn", NS).get("ref") in supported  # type: ignore[union-attr]

    text = ET.tostring(admx, "unicode")
    strings_used = set(STRING.findall(text))
    presentations_used = set(PRESENTATION.findall(text))
    ids = {}
    for language in ADMLS:
        adml = _adml(language)
        assert adml.tag == f"{{{NS['pd']}}}policyDefinitionResources"
        assert [child.tag.split("}")[1] for child in adml] == [
            "displayName", "description", "resources",
        ]  # fmt: skip
        strings = [s.get("id", "") for s in adml.findall("pd:resources/pd:stringTable/*", NS)]
        assert len(strings) == len(set(strings)) and set(strings) == strings_used, language
        table = adml.findall("pd:resources/pd:presentationTable/pd:presentation", NS)
        assert {p.get("id") for p in table} == presentations_used, language
        for presentation in table:
            policy = next(p for p in policies if p.get("presentation") == (
                f"$(presentation.{presentation.get('id')})"))  # fmt: skip
            elements = {element.get("id") for element in policy.findall("pd:elements/*", NS)}
            assert {control.get("refId") for control in presentation} == elements
        ids[language] = strings
    assert ids["en-US"] == ids["fr-FR"]


def test_values_and_ranges_are_those_the_app_accepts() -> None:
    every = {**SETTINGS, **POLICY_ONLY}
    for policy in _policies():
        for element in policy.findall("pd:elements/*", NS):
            spec = every[element.get("valueName", "")]
            kind = element.tag.split("}")[1]
            if kind == "decimal":
                assert (int(element.get("minValue", "")), int(element.get("maxValue", ""))) == (
                    spec.minimum, spec.maximum)  # fmt: skip
            elif kind == "enum":
                items = element.findall("pd:item/pd:value/pd:string", NS)
                assert tuple(item.text for item in items) == spec.choices
            else:
                assert kind == "text" and isinstance(spec.default, str)
                if spec.max_length:
                    assert element.get("maxLength") == str(spec.max_length)


def _what_group_policy_writes(edge: int) -> dict[tuple[str, str], dict[str, object]]:
    """Every policy enabled as Group Policy would write it in HKLM: the lowest (edge 0) or
    highest (edge -1) number, the first or last item, Enabled or Disabled, a text."""
    keys: dict[tuple[str, str], dict[str, object]] = {}
    for policy in _policies():
        values = keys.setdefault(("HKLM", policy.get("key", "")), {})
        if policy.get("valueName"):
            flag = policy.find("pd:enabledValue/pd:decimal" if edge == 0 else
                               "pd:disabledValue/pd:decimal", NS)  # fmt: skip
            assert flag is not None
            values[policy.get("valueName", "")] = int(flag.get("value", ""))
        for element in policy.findall("pd:elements/*", NS):
            name, kind = element.get("valueName", ""), element.tag.split("}")[1]
            if kind == "decimal":
                values[name] = int(element.get("minValue" if edge == 0 else "maxValue", ""))
            elif kind == "enum":
                values[name] = element.findall("pd:item/pd:value/pd:string", NS)[edge].text
            else:
                values[name] = r"C:\Partage\CoachApp" if name.startswith("paths.") else "Ville"
    return keys


@pytest.mark.parametrize("edge", [0, -1])
def test_the_app_reads_every_policy_as_group_policy_writes_it(tmp_path: Path, edge: int) -> None:
    keys = _what_group_policy_writes(edge)

    def registry(hive: str, key: str) -> Mapping[str, object] | None:
        return keys.get((hive, key))

    policy = load_policy(tmp_path / "none.json", env={}, registry=registry)
    assert policy.problems == ()
    (computer,) = policy.layers
    assert sorted(computer.locked) == sorted(computer.defaults) == sorted(SETTINGS)
    assert sorted(policy.paths) == ["backups", "data"] and policy.organisation == "Ville"


def test_the_french_template_is_written_in_french_typography() -> None:
    texts = [string.text or "" for string in _adml("fr-FR").iter() if string.text]
    english = {s.get("id"): s.text for s in _adml("en-US").iter(f"{{{NS['pd']}}}string")}
    for text in texts:
        assert "'" not in text, text  # the typographic apostrophe
        assert not re.search(r" [:;!?»]|« ", text), text  # non-breaking spaces there
    for string in _adml("fr-FR").iter(f"{{{NS['pd']}}}string"):
        identifier = string.get("id", "")
        if identifier.endswith("_Explain"):
            assert string.text and string.text != english[identifier], identifier
