"""Prompt packs: the rules as data. The built-in pack ships in resources/coaching; IT can add a
folder of packs that add rules, change a rule's thresholds, texts or priority, or switch it off.

Every IT pack file is checked against resources/schemas/prompts.schema.json; what does not
pass is left out with a problem that names the file, the place in it and why, and the rest
still loads. The built-in pack ships with the app, read-only, and the test suite checks it
against the schema (tests/unit/common/test_shipped_content.py): not again at each start,
which spares loading jsonschema (~8 MB, ~50 ms) where no pack is installed.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coachapp.coaching.conditions import CONDITIONS
from coachapp.content_problems import Problem, json_path

log = logging.getLogger(__name__)
LANGUAGES = ("fr", "en")
BUILT_IN = "built-in"  # the source name of the pack shipped with the app


@dataclass(frozen=True)
class Rule:
    id: str
    pillar: str
    condition: str
    params: dict[str, Any]
    priority: int  # 0-100, higher first
    action: dict[str, str]  # "kind" plus fixed parameters (an entry kind, a method...)
    text: dict[str, str]  # language -> the prompt
    why: dict[str, dict[str, str]]  # variant -> language -> the explanation
    enabled: bool = True
    source: str = BUILT_IN
    group_from: int = 0  # prompts of this rule that make one card (0: never grouped)
    group: dict[str, dict[str, str]] = field(default_factory=dict)  # "text", "why", "item"

    def why_text(self, variant: str, language: str) -> str:
        texts = self.why.get(variant) or self.why["default"]
        return texts.get(language) or texts["en"]


class Pack:
    """The rules in force: the built-in pack, then each IT pack file in name order."""

    def __init__(self, built_in: Path, schema: Path, folder: Path | None = None) -> None:
        self._schema = schema
        self._checks: tuple[Any, Any] | None = None
        self.rules: dict[str, Rule] = {}
        self.problems: list[Problem] = []
        self._read(built_in, BUILT_IN)
        if folder is not None:
            if folder.is_dir():
                for path in sorted(folder.glob("*.json")):
                    self._read(path, str(path))
            else:
                self.problems.append(Problem(str(folder), "", "this folder does not exist"))
        for problem in self.problems:
            log.warning("Prompt pack: %s", problem)

    def _errors(self, document: object, source: str, *, rule: bool = False) -> list[Any]:
        """What the schema finds wrong in an IT pack's whole file, or in one `rule` of it
        (nothing for the built-in pack). The checks are made for the first IT pack."""
        if source == BUILT_IN:
            return []
        if self._checks is None:
            from jsonschema import Draft202012Validator  # noqa: PLC0415

            schema = json.loads(self._schema.read_text(encoding="utf-8"))
            one_rule = {"$defs": schema["$defs"], "$ref": "#/$defs/rule"}
            self._checks = (Draft202012Validator(schema), Draft202012Validator(one_rule))
        validator = self._checks[1 if rule else 0]
        return sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))

    def _read(self, path: Path, source: str) -> None:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            self.problems.append(Problem(source, "", exc.strerror or str(exc)))
            return
        except (UnicodeDecodeError, ValueError) as exc:
            self.problems.append(Problem(source, "", f"not valid JSON ({exc})"))
            return
        errors = self._errors(document, source)
        if errors:
            first = errors[0]
            self.problems.append(Problem(source, json_path(first.absolute_path), first.message))
            return
        for number, data in enumerate(document["rules"]):
            self._add(data, source, f"rules[{number}]")

    def _add(self, data: dict[str, Any], source: str, where: str) -> None:
        """A whole new rule, or changes to one already loaded (only the keys given)."""
        known = self.rules.get(data["id"])
        if known is not None:
            merged: dict[str, Any] = {
                "id": known.id, "pillar": known.pillar, "condition": known.condition,
                "params": {**known.params, **data.get("params", {})},
                "priority": known.priority, "action": known.action, "text": known.text,
                "why": known.why, "enabled": known.enabled,
            }  # fmt: skip
            if known.group_from:
                merged["group"] = {"from": known.group_from, **known.group}
            for key in ("pillar", "condition", "priority", "action", "enabled"):
                if key in data:
                    merged[key] = data[key]
            merged["text"] = {**known.text, **data.get("text", {})}
            merged["why"] = {**known.why}
            for variant, texts in data.get("why", {}).items():
                merged["why"][variant] = {**known.why.get(variant, {}), **texts}
            if "group" in data:
                group = dict(merged.get("group", {}))
                for name, value in data["group"].items():
                    group[name] = {**group.get(name, {}), **value} if name != "from" else value
                merged["group"] = group
        else:
            merged = data
        errors = self._errors(merged, source, rule=True)
        if errors:
            self.problems.append(
                Problem(source, f"{where}.{json_path(errors[0].absolute_path)}".rstrip("."),
                            errors[0].message)
            )  # fmt: skip
            return
        if merged["condition"] not in CONDITIONS:
            self.problems.append(
                Problem(source, f"{where}.condition",
                            f"unknown condition {merged['condition']!r}")
            )  # fmt: skip
            return
        self.rules[merged["id"]] = Rule(
            id=merged["id"], pillar=merged["pillar"], condition=merged["condition"],
            params=dict(merged.get("params", {})), priority=int(merged["priority"]),
            action=dict(merged["action"]), text=dict(merged["text"]),
            why={k: dict(v) for k, v in merged["why"].items()},
            enabled=bool(merged.get("enabled", True)), source=source,
            group_from=int(merged.get("group", {}).get("from", 0)),
            group={k: dict(v) for k, v in merged.get("group", {}).items() if k != "from"},
        )  # fmt: skip
