"""The manager's own methods as they type them, checked with messages they can act on.

The library schema speaks to pack authors ("steps.fr[2]: too short"); a manager adding a
method needs "each step needs at least 10 characters". A method is kept in both languages:
the version the manager writes stands in for the other until they translate it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coachapp.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from coachapp.services.common.pillars import Pillar
from coachapp.services.rituals.methods import LANGUAGES, Method, Origin, Purpose

NAME = (2, 80)
SUMMARY = (20, 400)
SOURCE = (10, 400)
STEPS = (3, 8)
STEP = (10, 400)
MATERIALS = 6
MATERIAL = (2, 160)
PURPOSES = 3
MINUTES = (1, 4200)
GROUP = (1, 100000)


@dataclass
class MethodVersion:
    """What a method says in one language."""

    name: str = ""
    summary: str = ""
    steps: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    source: str = ""

    def is_empty(self) -> bool:
        return not (self.name.strip() or self.summary.strip() or self.source.strip()) and not (
            _lines(self.steps) or _lines(self.materials)
        )

    def cleaned(self) -> MethodVersion:
        return MethodVersion(
            name=_line(self.name),
            summary=_line(self.summary),
            steps=_lines(self.steps),
            materials=_lines(self.materials),
            source=_line(self.source),
        )


@dataclass
class MethodDraft:
    versions: dict[str, MethodVersion] = field(
        default_factory=lambda: {language: MethodVersion() for language in LANGUAGES}
    )
    purposes: tuple[Purpose, ...] = ()
    minutes: tuple[int, int] = (30, 60)
    group: tuple[int, int | None] = (3, 12)
    pillars: frozenset[Pillar] = frozenset()
    estimated: bool = True


def _line(text: str) -> str:
    """Single-line text as the library keeps it: no line breaks, no outer spaces."""
    return " ".join(text.split())


def _lines(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(cleaned for item in items if (cleaned := _line(item)))


def draft_of(method: Method, language: str) -> MethodDraft:
    """The draft to edit `method` in `language`.

    A version that only repeats the one in `language` (the manager has not translated it)
    starts empty, so it follows the edited one again when saved.
    """
    versions = {
        code: MethodVersion(
            name=method.name(code),
            summary=method.summary(code),
            steps=method.steps_in(code),
            materials=method.materials_in(code),
            source=method.source(code),
        )
        for code in LANGUAGES
    }
    for code in LANGUAGES:
        if code != language and versions[code] == versions[language]:
            versions[code] = MethodVersion()
    return MethodDraft(
        versions=versions,
        purposes=method.purposes,
        minutes=method.minutes,
        group=method.group,
        pillars=method.pillars,
        estimated=method.estimated,
    )


def _too(field_name: str, language: str, text: Message, **params: object) -> ValidationError:
    return ValidationError(f"{field_name}:{language}", text, language=language, **params)


def _check_version(version: MethodVersion, language: str) -> None:
    name_low, name_high = NAME
    if not name_low <= len(version.name) <= name_high:
        raise _too(
            "name",
            language,
            QT_TRANSLATE_NOOP("Methods", "A method needs a name of {low} to {high} characters."),
            low=name_low,
            high=name_high,
        )
    if not SUMMARY[0] <= len(version.summary) <= SUMMARY[1]:
        raise _too(
            "summary",
            language,
            QT_TRANSLATE_NOOP(
                "Methods",
                "Say in a sentence or two what the method is for ({low} to {high} characters).",
            ),
            low=SUMMARY[0],
            high=SUMMARY[1],
        )
    if not STEPS[0] <= len(version.steps) <= STEPS[1]:
        raise _too(
            "steps",
            language,
            QT_TRANSLATE_NOOP("Methods", "List {low} to {high} steps, one per line."),
            low=STEPS[0],
            high=STEPS[1],
        )
    for step in version.steps:
        if not STEP[0] <= len(step) <= STEP[1]:
            raise _too(
                "steps",
                language,
                QT_TRANSLATE_NOOP(
                    "Methods", "Each step takes {low} to {high} characters: “{step}”."
                ),
                low=STEP[0],
                high=STEP[1],
                step=step,
            )
    if len(version.materials) > MATERIALS:
        raise _too(
            "materials",
            language,
            QT_TRANSLATE_NOOP("Methods", "List at most {high} materials, one per line."),
            high=MATERIALS,
        )
    for material in version.materials:
        if not MATERIAL[0] <= len(material) <= MATERIAL[1]:
            raise _too(
                "materials",
                language,
                QT_TRANSLATE_NOOP(
                    "Methods", "Each material takes {low} to {high} characters: “{material}”."
                ),
                low=MATERIAL[0],
                high=MATERIAL[1],
                material=material,
            )
    if not SOURCE[0] <= len(version.source) <= SOURCE[1]:
        raise _too(
            "source",
            language,
            QT_TRANSLATE_NOOP(
                "Methods", "Say where the method comes from ({low} to {high} characters)."
            ),
            low=SOURCE[0],
            high=SOURCE[1],
        )


def method_from_draft(draft: MethodDraft, key: str) -> Method:
    """The method `draft` describes, or a ValidationError naming the field to fix.

    A language left empty takes the other language's text.
    """
    versions = {language: draft.versions[language].cleaned() for language in LANGUAGES}
    written = [language for language in LANGUAGES if not versions[language].is_empty()]
    if not written:
        raise ValidationError(
            f"name:{LANGUAGES[0]}", QT_TRANSLATE_NOOP("Methods", "A method needs a name.")
        )
    for language in LANGUAGES:
        if language not in written:
            versions[language] = versions[written[0]]
    for language in written:
        _check_version(versions[language], language)
    counts = {language: len(versions[language].steps) for language in LANGUAGES}
    if len(set(counts.values())) > 1:
        raise ValidationError(
            f"steps:{LANGUAGES[1]}",
            QT_TRANSLATE_NOOP(
                "Methods",
                "The French version has {fr} steps and the English version {en}: give both "
                "the same steps.",
            ),
            **counts,
        )
    if not 1 <= len(draft.purposes) <= PURPOSES:
        raise ValidationError(
            "purposes",
            QT_TRANSLATE_NOOP("Methods", "Choose one to {high} purposes."),
            high=PURPOSES,
        )
    if not draft.pillars:
        raise ValidationError(
            "pillars", QT_TRANSLATE_NOOP("Methods", "Choose at least one pillar it serves.")
        )
    low, high = draft.minutes
    if not MINUTES[0] <= low <= high <= MINUTES[1]:
        raise ValidationError(
            "minutes",
            QT_TRANSLATE_NOOP(
                "Methods", "The duration goes from {low} to {high} minutes, shortest first."
            ),
            low=MINUTES[0],
            high=MINUTES[1],
        )
    few, many = draft.group
    if not GROUP[0] <= few <= GROUP[1] or (many is not None and not few <= many <= GROUP[1]):
        raise ValidationError(
            "group",
            QT_TRANSLATE_NOOP(
                "Methods", "The group goes from {low} to {high} people, smallest first."
            ),
            low=GROUP[0],
            high=GROUP[1],
        )
    return Method(
        key=key,
        names={language: versions[language].name for language in LANGUAGES},
        summaries={language: versions[language].summary for language in LANGUAGES},
        purposes=tuple(p for p in Purpose if p in draft.purposes),
        minutes=(low, high),
        group=(few, many),
        estimated=draft.estimated,
        materials={language: versions[language].materials for language in LANGUAGES},
        steps={language: versions[language].steps for language in LANGUAGES},
        pillars=frozenset(draft.pillars),
        sources={language: versions[language].source for language in LANGUAGES},
        origin=Origin.USER,
    )
