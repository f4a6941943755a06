"""The monthly self-assessment: fifteen dimensions, kept per month, swings and lingering lows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachapp.context import Journal
from coachapp.errors import ValidationError
from coachapp.services.today.self_assessment import Rating, months_before
from coachapp.storage.models import SelfRating


def test_the_grid_has_fifteen_dimensions_with_five_anchors_in_both_languages(
    journal: Journal,
) -> None:
    dimensions = journal.self_assessment.dimensions
    assert [d.key for d in dimensions] == [f"D{n}" for n in range(1, 16)]
    assert {d.pillar for d in dimensions} == {
        "EXP",
        "ERR",
        "COC",
        "INC",
        "AGT",
        "MGR",
        "MEB",
        "CHG",
    }
    for dimension in dimensions:
        assert set(dimension.name) == {"fr", "en"} and len(dimension.anchors) == 5
        assert all(anchor["fr"] and anchor["en"] for anchor in dimension.anchors)


def test_a_month_is_kept_replaced_and_read_back(journal: Journal) -> None:
    service = journal.self_assessment
    service.save("2026-10", {"D1": Rating(2), "D2": Rating(4, " Erreurs partagées en réunion ")})
    service.save("2026-11", {"D1": Rating(4, "Trois tests lancés"), "D2": Rating(3)})
    assert service.ratings("2026-10")["D2"] == Rating(4, "Erreurs partagées en réunion")
    service.save("2026-11", {"D1": Rating(5)})  # the month again: replaced
    assert service.ratings("2026-11") == {"D1": Rating(5)}
    assert service.history("2026-11") == {"2026-10": {"D1": 2, "D2": 4}, "2026-11": {"D1": 5}}
    assert service.swings("2026-11") == {"D1": 3}


def test_bad_ratings_change_nothing(journal: Journal) -> None:
    service = journal.self_assessment
    service.save("2026-11", {"D1": Rating(3)})
    with pytest.raises(ValidationError):
        service.save("2026-11", {"D1": Rating(4), "D2": Rating(6)})
    with pytest.raises(ValueError, match="unknown dimension"):
        service.save("2026-11", {"D99": Rating(3)})
    assert [(r.dimension, r.rating) for r in SelfRating.select()] == [("D1", 3)]


def test_a_dimension_low_three_months_running(journal: Journal) -> None:
    service = journal.self_assessment
    for month, rating in (("2026-09", 2), ("2026-10", 1), ("2026-11", 2)):
        service.save(month, {"D4": Rating(rating), "D5": Rating(5 - rating)})
    assert service.lingering_low("2026-11") == ["D4"]
    assert service.lingering_low("2026-10") == []  # August is missing


@given(st.integers(2000, 2100), st.integers(1, 12), st.integers(0, 40))
def test_months_before_counts_back_across_years(year: int, month: int, count: int) -> None:
    found = months_before(f"{year:04d}-{month:02d}", count)
    assert (int(found[:4]) * 12 + int(found[5:]) - 1) == year * 12 + month - 1 - count
