"""The reflection question of the day: one per day, from the pillars the journal shows least."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

PILLARS = ("EXP", "ERR", "COC", "INC", "AGT", "MGR", "MEB", "CHG")


@dataclass(frozen=True)
class Question:
    id: str
    pillar: str
    text: dict[str, str]  # language -> question


def load_questions(path: Path) -> list[Question]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return [
        Question(q["id"], q["pillar"], {"fr": q["fr"], "en": q["en"]})
        for q in document["questions"]
    ]


def question_of_the_day(
    questions: list[Question], pillar_counts: dict[str, int], day: date
) -> Question | None:
    """The same question all day; a pillar seldom written about is chosen more often.

    A pillar's weight is 1 / (1 + entries about it in the last 90 days), so a pillar with no
    entry is several times likelier than a busy one, yet every pillar comes up now and then.
    """
    by_pillar: dict[str, list[Question]] = {}
    for question in questions:
        by_pillar.setdefault(question.pillar, []).append(question)
    pillars = [p for p in PILLARS if p in by_pillar] + sorted(set(by_pillar) - set(PILLARS))
    if not pillars:
        return None
    chance = random.Random(day.toordinal())
    weights = [1 / (1 + max(0, pillar_counts.get(p, 0))) for p in pillars]
    pillar = chance.choices(pillars, weights)[0]
    choices = by_pillar[pillar]
    return choices[(day.toordinal() // len(PILLARS)) % len(choices)]
