"""The library of collective-intelligence methods rituals are planned from.

Built in as data (resources/methods/methods.json), extended by an IT pack folder of the same
kind of files and by the manager's own methods (kept in the journal). Every pack file and own
method is checked against resources/schemas/methods.schema.json when it loads: a method or a
file that does not pass is left out with a message naming the file and the field, and the rest
still loads. The built-in library ships read-only and the test suite checks it against the
schema (tests/unit/common/test_shipped_content.py): not again at each start, which spares
loading jsonschema (~8 MB) where there is no pack nor own method.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from coachapp.content_problems import Problem, json_path
from coachapp.folding import fold
from coachapp.services.common.pillars import Pillar

log = logging.getLogger("coachapp.methods")

LANGUAGES = ("fr", "en")


class Purpose(StrEnum):
    UNDERSTAND_USERS = "understand_users"
    CONNECT = "connect"
    DIVERGE = "diverge"
    CONVERGE = "converge"
    DECIDE = "decide"
    REFLECT = "reflect"
    CELEBRATE = "celebrate"


class Origin(StrEnum):
    BUILT_IN = "built-in"
    PACK = "pack"
    USER = "user"


def _text(values: dict[str, Any], language: str) -> Any:
    """The value in `language`, else in the other language (a pack may have only one)."""
    return values.get(language) or next(iter(values.values()))


@dataclass(frozen=True)
class Method:
    key: str
    names: dict[str, str]
    summaries: dict[str, str]
    purposes: tuple[Purpose, ...]
    minutes: tuple[int, int]
    group: tuple[int, int | None]
    estimated: bool
    materials: dict[str, tuple[str, ...]]
    steps: dict[str, tuple[str, ...]]
    pillars: frozenset[Pillar]
    sources: dict[str, str]
    origin: Origin

    def name(self, language: str) -> str:
        return str(_text(self.names, language))

    def summary(self, language: str) -> str:
        return str(_text(self.summaries, language))

    def steps_in(self, language: str) -> tuple[str, ...]:
        return tuple(_text(self.steps, language))

    def materials_in(self, language: str) -> tuple[str, ...]:
        return tuple(_text(self.materials, language))

    def source(self, language: str) -> str:
        return str(_text(self.sources, language))

    def fits(self, minutes: int | None, people: int | None) -> bool:
        """Whether the method can run in `minutes` with `people` (None: any)."""
        if minutes is not None and self.minutes[0] > minutes:
            return False
        low, high = self.group
        return people is None or (people >= low and (high is None or people <= high))

    def as_data(self) -> dict[str, Any]:
        """The method as a library file holds it (for the manager's own methods)."""
        return {
            "key": self.key,
            "name": self.names,
            "summary": self.summaries,
            "purposes": [p.value for p in self.purposes],
            "duration_minutes": {"min": self.minutes[0], "max": self.minutes[1]},
            "group_size": {"min": self.group[0], "max": self.group[1]},
            "estimated": self.estimated,
            "materials": {k: list(v) for k, v in self.materials.items()},
            "steps": {k: list(v) for k, v in self.steps.items()},
            "pillars": sorted(p.value for p in self.pillars),
            "source": self.sources,
        }


@dataclass(frozen=True)
class Situation:
    key: str
    labels: dict[str, str]
    methods: tuple[str, ...]

    def label(self, language: str) -> str:
        return str(_text(self.labels, language))


def method_from_data(data: dict[str, Any], origin: Origin) -> Method:
    return Method(
        key=data["key"],
        names=dict(data["name"]),
        summaries=dict(data["summary"]),
        purposes=tuple(Purpose(p) for p in data["purposes"]),
        minutes=(data["duration_minutes"]["min"], data["duration_minutes"]["max"]),
        group=(data["group_size"]["min"], data["group_size"]["max"]),
        estimated=bool(data["estimated"]),
        materials={k: tuple(v) for k, v in data["materials"].items()},
        steps={k: tuple(v) for k, v in data["steps"].items()},
        pillars=frozenset(Pillar(p) for p in data["pillars"]),
        sources=dict(data["source"]),
        origin=origin,
    )


class _Validators:
    """The schema's checks for a whole file, one method and one situation."""

    def __init__(self, schema: Path) -> None:
        # jsonschema takes ~50 ms to import: only when the library is first looked at.
        from jsonschema import Draft202012Validator  # noqa: PLC0415

        document = json.loads(schema.read_text(encoding="utf-8"))
        defs = document["$defs"]
        shell = {**document, "properties": {**document["properties"]}}
        shell["properties"]["methods"] = {"type": "array"}
        shell["properties"]["situations"] = {"type": "array"}
        self.file = Draft202012Validator(shell)
        self.method = Draft202012Validator({"$defs": defs, "$ref": "#/$defs/method"})
        self.situation = Draft202012Validator({"$defs": defs, "$ref": "#/$defs/situation"})


class MethodLibrary:
    """Every method the manager can choose from, read when first looked at (not at start-up)."""

    def __init__(self, built_in: Path, schema: Path, pack: Path | None = None) -> None:
        self._built_in = built_in
        self._pack = pack
        self._schema = schema
        self._checks: _Validators | None = None
        self._user_methods: list[dict[str, Any]] = []
        self._loaded = False
        self._methods: dict[str, Method] = {}
        self._situations: list[Situation] = []
        self._overridden: set[str] = set()
        self._problems: list[Problem] = []

    # Loading

    def load(self, user_methods: Iterable[dict[str, Any]] = ()) -> None:
        """Take the manager's own methods; every source is read again at the next look-up."""
        self._user_methods = list(user_methods)
        self._loaded = False

    @property
    def problems(self) -> list[Problem]:
        self._ensure_loaded()
        return self._problems

    def _validators(self) -> _Validators:
        if self._checks is None:
            self._checks = _Validators(self._schema)
        return self._checks

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self._read()

    def _read(self) -> None:
        """Read every source: built in, then the pack folder, then the manager's own."""
        self._methods, self._situations, self._problems = {}, [], []
        self._overridden = set()
        self._load_file(self._built_in, Origin.BUILT_IN)
        if self._pack is not None:
            if self._pack.is_dir():
                for path in sorted(self._pack.glob("*.json")):
                    self._load_file(path, Origin.PACK)
            else:
                self._problems.append(Problem(str(self._pack), "", "this folder does not exist"))
        from_files = set(self._methods)
        for data in self._user_methods:
            if self._add_method(data, Origin.USER, "journal", "") in from_files:
                self._overridden.add(data["key"])
        known = set(self._methods)
        self._situations = [
            Situation(s.key, s.labels, tuple(m for m in s.methods if m in known))
            for s in self._situations
        ]
        for problem in self._problems:
            log.warning("Method library: %s", problem)

    def _load_file(self, path: Path, origin: Origin) -> None:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            self._problems.append(Problem(str(path), "", exc.strerror or str(exc)))
            return
        except (UnicodeDecodeError, ValueError) as exc:
            self._problems.append(Problem(str(path), "", f"not valid JSON ({exc})"))
            return
        trusted = origin is Origin.BUILT_IN  # shipped read-only, checked by the test suite
        errors = [] if trusted else self._errors(self._validators().file, document)
        if errors:
            first = errors[0]
            self._problems.append(Problem(str(path), json_path(first.path), first.message))
            return
        for number, data in enumerate(document["methods"]):
            self._add_method(data, origin, str(path), f"methods[{number}]")
        for number, data in enumerate(document.get("situations", [])):
            problem = None if trusted else self._first_error(self._validators().situation, data)
            if problem:
                self._problems.append(
                    Problem(str(path), f"situations[{number}].{problem[0]}".rstrip("."),
                            problem[1])
                )  # fmt: skip
                continue
            self._situations.append(
                Situation(data["key"], dict(data["label"]), tuple(data["methods"]))
            )

    @staticmethod
    def _errors(validator: Any, data: object) -> list[Any]:
        return sorted(validator.iter_errors(data), key=lambda e: list(e.path))

    @classmethod
    def _first_error(cls, validator: Any, data: object) -> tuple[str, str] | None:
        errors = cls._errors(validator, data)
        return (json_path(errors[0].path), errors[0].message) if errors else None

    def _add_method(self, data: object, origin: Origin, source: str, where: str) -> str | None:
        """Add the method in `data` and return its key, or note why it was left out (the
        built-in library's methods are checked by the test suite, not at each start)."""
        problem = None
        if origin is not Origin.BUILT_IN:
            problem = self._first_error(self._validators().method, data)
        if problem is None:
            assert isinstance(data, dict)
            problem = _consistency(data)
        if problem is not None:
            field = ".".join(filter(None, (where, problem[0])))
            self._problems.append(Problem(source, field, problem[1]))
            return None
        assert isinstance(data, dict)
        self._methods[data["key"]] = method_from_data(data, origin)
        return str(data["key"])

    def check(self, data: dict[str, Any]) -> str | None:
        """What is wrong with a method's data, in words (None when it can be saved)."""
        problem = self._first_error(self._validators().method, data) or _consistency(data)
        return f"{problem[0]}: {problem[1]}" if problem else None

    # Reading

    def methods(self, language: str = "fr") -> list[Method]:
        self._ensure_loaded()
        return sorted(self._methods.values(), key=lambda m: fold(m.name(language)))

    def get(self, key: str) -> Method | None:
        self._ensure_loaded()
        return self._methods.get(key)

    def overrides(self, key: str) -> bool:
        """Whether the manager's own method `key` replaces a built-in or pack one."""
        self._ensure_loaded()
        return key in self._overridden

    def situations(self) -> list[Situation]:
        self._ensure_loaded()
        return list(self._situations)

    def find(
        self,
        *,
        language: str = "fr",
        text: str = "",
        purpose: Purpose | None = None,
        minutes: int | None = None,
        people: int | None = None,
        pillar: Pillar | None = None,
        situation: str | None = None,
    ) -> list[Method]:
        """Methods matching every given criterion, by name."""
        words = fold(text).split()
        allowed = next((set(s.methods) for s in self.situations() if s.key == situation), None)
        found = []
        for method in self.methods(language):
            haystack = fold(" ".join((method.name(language), method.summary(language),
                                      *method.steps_in(language))))  # fmt: skip
            if any(word not in haystack for word in words):
                continue
            if purpose is not None and purpose not in method.purposes:
                continue
            if pillar is not None and pillar not in method.pillars:
                continue
            if allowed is not None and method.key not in allowed:
                continue
            if method.fits(minutes, people):
                found.append(method)
        return found


def _consistency(data: dict[str, Any]) -> tuple[str, str] | None:
    """What the schema cannot say: ranges in order, steps in step across languages."""
    for field in ("duration_minutes", "group_size"):
        low, high = data[field]["min"], data[field]["max"]
        if high is not None and low > high:
            return (f"{field}", f"min ({low}) is greater than max ({high})")
    counts = {len(steps) for steps in data["steps"].values()}
    if len(counts) > 1:
        return ("steps", "the languages do not have the same number of steps")
    return None
