"""The prompt engine: the rules in force, evaluated over one day's facts, then told the way a
coach would: several suggestions of one kind become one card that lists them (`grouped`), and
the first cards come from different pillars (`spread`).

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
GROUP = "*"  # the subject of a card that stands for several prompts of one rule


@dataclass(frozen=True)
class Prompt:
    """One suggestion, or (with `items`) one card for several suggestions of the same rule:
    its texts are the rule's group texts, and what is done with it is done with each item."""

    rule: Rule
    subject: str
    fingerprint: str
    values: dict[str, Any]
    variant: str
    action: dict[str, str]  # "kind", the rule's fixed parameters and what the finding names
    items: tuple[Prompt, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return self.rule.id, self.subject

    @property
    def members(self) -> tuple[Prompt, ...]:
        """The suggestions this card stands for: its items, or itself."""
        return self.items or (self,)

    def text(self, language: str, fmt: Callable[[object], str] = str) -> str:
        texts = self.rule.group.get("text", {}) if self.items else self.rule.text
        return render(texts.get(language) or texts["en"], self.values, fmt)

    def why(self, language: str, fmt: Callable[[object], str] = str) -> str:
        if self.items:
            texts = self.rule.group["why"]
            return render(texts.get(language) or texts["en"], self.values, fmt)
        return render(self.rule.why_text(self.variant, language), self.values, fmt)

    def label(self, language: str, fmt: Callable[[object], str] = str) -> str:
        """The line that names this suggestion in its group's list."""
        texts = self.rule.group.get("item") or self.rule.text
        return render(texts.get(language) or texts["en"], self.values, fmt)


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
    """Every prompt the enabled rules give on `facts.today`, highest priority first; a rule's
    prompts in the order its condition found them (the most urgent first)."""
    found: list[Prompt] = []
    order: dict[tuple[str, str], int] = {}
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
        order.update({(rule.id, f.subject): number for number, f in enumerate(findings)})
    return sorted(found, key=lambda p: (-p.rule.priority, p.rule.id, order[p.key], p.subject))


def grouped(prompts: list[Prompt]) -> list[Prompt]:
    """The prompts as cards: a rule's prompts become one card listing them once there are as
    many as its group's `from` (eight late check-ins are one card, not eight), in the place
    of the first of them."""
    by_rule: dict[str, list[Prompt]] = {}
    for prompt in prompts:
        by_rule.setdefault(prompt.rule.id, []).append(prompt)
    cards: list[Prompt] = []
    for prompt in prompts:
        items = by_rule[prompt.rule.id]
        if not prompt.rule.group_from or len(items) < prompt.rule.group_from:
            cards.append(prompt)
        elif prompt is items[0]:
            cards.append(
                Prompt(rule=prompt.rule, subject=GROUP,
                       fingerprint=",".join(p.fingerprint for p in items),
                       values={**prompt.values, "count": len(items)}, variant="group",
                       action=dict(prompt.rule.action), items=tuple(items))
            )  # fmt: skip
    return cards


def spread(cards: list[Prompt]) -> list[Prompt]:
    """Priority order, but the first card of every pillar comes before the second of any: the
    top of Today reads over the whole model, not as a queue of one kind of work."""
    seen: set[str] = set()
    first: list[Prompt] = []
    rest: list[Prompt] = []
    for card in cards:
        (rest if card.rule.pillar in seen else first).append(card)
        seen.add(card.rule.pillar)
    return first + rest
