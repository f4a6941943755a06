"""The manager's own methods: friendly checks, one language standing in for the other."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachapp.context import Journal
from coachapp.errors import ValidationError
from coachapp.services.common.pillars import Pillar
from coachapp.services.rituals.method_drafts import (
    MethodDraft,
    MethodVersion,
    draft_of,
    method_from_draft,
)
from coachapp.services.rituals.methods import Origin, Purpose

STEPS = ("Chacun écrit seul ses idées", "On regroupe les idées au mur", "On vote à trois points")


def written(**fields: object) -> MethodDraft:
    version = MethodVersion(
        name="Tour de météo",
        summary="Chacun dit en une phrase comment il arrive en réunion.",
        steps=STEPS,
        materials=("Un bâton de parole",),
        source="Méthode personnelle",
    )
    draft = MethodDraft(purposes=(Purpose.CONNECT,), pillars=frozenset({Pillar.CO_CONSTRUCTION}))
    draft.versions["fr"] = version
    for name, value in fields.items():
        setattr(draft, name, value)
    return draft


def test_an_empty_language_takes_the_written_one(journal: Journal) -> None:
    method = journal.methods.save_draft(written())
    assert method.key == "own-tour-de-meteo" and method.origin is Origin.USER
    assert method.name("en") == "Tour de météo" and method.steps_in("en") == STEPS
    assert journal.methods.library.get(method.key) == method
    again = draft_of(method, "fr")
    assert again.versions["en"].is_empty()  # not translated: follows the French text


def test_a_translation_is_kept_and_must_have_the_same_steps(journal: Journal) -> None:
    draft = written()
    draft.versions["en"] = MethodVersion(
        name="Weather round",
        summary="Everyone says in a sentence how they arrive at the meeting.",
        steps=(
            "Everyone writes alone",
            "We group the ideas on the wall",
            "We vote with three dots",
            "We thank everyone",
        ),
        source="My own method",
    )
    with pytest.raises(ValidationError, match="3 steps and the English version 4") as caught:
        journal.methods.save_draft(draft)
    assert caught.value.field == "steps:en"
    draft.versions["en"].steps = draft.versions["en"].steps[:3]
    method = journal.methods.save_draft(draft)
    assert method.name("en") == "Weather round" and method.name("fr") == "Tour de météo"
    assert draft_of(method, "fr").versions["en"].name == "Weather round"


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"name": "T"}, "name:fr", "name of 2 to 80"),
        ({"summary": "Court."}, "summary:fr", "20 to 400"),
        ({"steps": STEPS[:2]}, "steps:fr", "3 to 8 steps"),
        ({"steps": (*STEPS[:2], "Vote")}, "steps:fr", "“Vote”"),
        ({"materials": tuple(f"Objet {n}" for n in range(7))}, "materials:fr", "at most 6"),
        ({"source": ""}, "source:fr", "comes from"),
    ],
)
def test_texts_that_cannot_be_saved_name_the_field(
    journal: Journal, change: dict[str, object], field: str, words: str
) -> None:
    draft = written()
    draft.versions["fr"] = replace(draft.versions["fr"], **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=words) as caught:
        journal.methods.save_draft(draft)
    assert caught.value.field == field
    assert journal.methods.library.get("own-tour-de-meteo") is None


def limit_cases() -> list[tuple[str, object, object]]:
    """Each text at its limit (saved) and one past it (refused)."""

    def word(n: int) -> str:
        return "x" * n

    return [
        ("name", word(80), word(81)),
        ("summary", word(400), word(401)),
        ("source", word(400), word(401)),
        ("steps", tuple(word(400) for _ in range(8)), tuple(word(10) for _ in range(9))),
        ("materials", tuple(word(160) for _ in range(6)), tuple(word(2) for _ in range(7))),
        ("materials", (word(2),), (word(161),)),
    ]


@pytest.mark.parametrize(("name", "at_limit", "past_limit"), limit_cases())
def test_texts_at_their_limits_save_and_past_them_are_refused(
    journal: Journal, name: str, at_limit: object, past_limit: object
) -> None:
    draft = written()
    setattr(draft.versions["fr"], name, past_limit)
    with pytest.raises(ValidationError) as caught:
        journal.methods.save_draft(draft)
    assert caught.value.field == f"{name}:fr"
    setattr(draft.versions["fr"], name, at_limit)
    assert journal.methods.library.check(journal.methods.save_draft(draft).as_data()) is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"purposes": ()}, "purposes"),
        ({"purposes": tuple(Purpose)[:4]}, "purposes"),
        ({"pillars": frozenset()}, "pillars"),
        ({"minutes": (60, 30)}, "minutes"),
        ({"group": (12, 3)}, "group"),
        ({"group": (0, 3)}, "group"),
        ({"minutes": (0, 30)}, "minutes"),
        ({"versions": MethodDraft().versions}, "name:fr"),
    ],
)
def test_choices_that_cannot_be_saved_name_the_field(
    journal: Journal, change: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        journal.methods.save_draft(written(**change))
    assert caught.value.field == field


def test_adapting_a_built_in_method_and_going_back(journal: Journal) -> None:
    original = journal.methods.library.get("world-cafe")
    assert original is not None and not journal.methods.library.overrides("world-cafe")
    draft = draft_of(original, "fr")
    draft.versions["fr"].name = "World Café du service"
    adapted = journal.methods.save_draft(draft, "world-cafe")
    assert adapted.origin is Origin.USER and journal.methods.library.overrides("world-cafe")
    assert adapted.name("en") == original.name("en")  # the other version is kept
    journal.methods.reload()
    assert journal.methods.library.get("world-cafe") == adapted
    journal.methods.delete("world-cafe")
    assert journal.methods.library.get("world-cafe") == original


ANY = st.characters(codec="utf-8", exclude_categories=["Cs"])


def around(low: int, high: int) -> st.SearchStrategy[int]:
    """A size within limits mostly, just outside them sometimes (where mistakes hide)."""
    outside = st.sampled_from((low - 1, high + 1))
    return st.integers(0, 9).flatmap(lambda k: outside if k == 0 else st.integers(low, high))


def text(low: int, high: int) -> st.SearchStrategy[str]:
    words = around(low, high).flatmap(lambda n: st.text("abcdéfgh", min_size=n, max_size=n))
    return st.integers(0, 9).flatmap(lambda k: st.text(ANY, max_size=20) if k == 0 else words)


def texts(count: tuple[int, int], low: int, high: int) -> st.SearchStrategy[list[str]]:
    return around(*count).flatmap(
        lambda n: st.lists(text(low, high), min_size=max(n, 0), max_size=max(n, 0))
    )


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=text(2, 80),
    summary=text(20, 400),
    steps=texts((3, 8), 10, 400),
    materials=texts((0, 6), 2, 160),
    source=text(10, 400),
    purposes=st.lists(st.sampled_from(Purpose), min_size=1, max_size=4, unique=True),
    pillars=st.sets(st.sampled_from(Pillar), min_size=1, max_size=3),
    minutes=st.tuples(around(1, 4200), around(1, 4200)),
    group=st.tuples(around(1, 100000), st.one_of(st.none(), around(1, 100000))),
)
def test_any_input_is_refused_clearly_or_passes_the_library_schema(
    journal: Journal,
    *,
    name: str,
    summary: str,
    steps: list[str],
    materials: list[str],
    source: str,
    purposes: list[Purpose],
    pillars: set[Pillar],
    minutes: tuple[int, int],
    group: tuple[int, int | None],
) -> None:
    draft = MethodDraft(
        purposes=tuple(purposes), pillars=frozenset(pillars), minutes=minutes, group=group
    )
    draft.versions["en"] = MethodVersion(name, summary, tuple(steps), tuple(materials), source)
    try:
        method = method_from_draft(draft, "own-any")
    except ValidationError as exc:
        assert str(exc) and exc.field
        return
    assert journal.methods.library.check(method.as_data()) is None
