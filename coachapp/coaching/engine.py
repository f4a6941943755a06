"""The prompt engine: the rules in force, evaluated over one day's facts.

Deterministic (same facts, same prompts, same order) and never raising: a rule that fails on
odd data (or on a pack's odd parameters) is left out and logged, the others still speak.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from coachapp.coaching.conditions import CONDITIONS
from coachapp.coaching.facts import Facts
from coachapp.coaching.pack import Rule

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Prompt:
    rule: Rule
    subject: str
    fingerprint: str
    values: dict[str, Any]
    variant: str
    action: dict[str, str]  # "kind", the rule's fixed parameters and what the finding names

    @property
    def key(self) -> tuple[str, str]:
        return self.rule.id, self.subject

    def text(self, language: str, fmt: Callable[[object], str] = str) -> str:
        return render(self.rule.text.get(language) or self.rule.text["en"], self.values, fmt)

    def why(self, language: str, fmt: Callable[[object], str] = str) -> str:
        return render(self.rule.why_text(self.variant, language), self.values, fmt)


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"  # a pack's unknown placeholder stays visible, never raises


def render(template: str, values: dict[str, Any], fmt: Callable[[object], str] = str) -> str:
    """`template` with its {placeholders} filled; `fmt` turns dates and numbers into text."""
    shown = _Values({name: fmt(value) for name, value in values.items()})
    try:
        return string.Formatter().vformat(template, (), shown)
    except (ValueError, IndexError):  # a stray brace in a pack's text
        return template


def evaluate(rules: Iterable[Rule], facts: Facts) -> list[Prompt]:
    """Every prompt the enabled rules give on `facts.today`, highest priority first."""
    found: list[Prompt] = []
    for rule in rules:
        if not rule.enabled:
            continue
        try:
            findings = CONDITIONS[rule.condition](facts, rule.params)
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            log.warning("Prompt rule %s left out: %r", rule.id, exc)
            continue
        found += [
            Prompt(rule=rule, subject=f.subject, fingerprint=f.fingerprint, values=f.values,
                   variant=f.variant if f.variant in rule.why else "default",
                   action={**rule.action, **f.target})
            for f in findings
        ]  # fmt: skip
    return sorted(found, key=lambda p: (-p.rule.priority, p.rule.id, p.subject))
