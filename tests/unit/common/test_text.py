"""Folding: what users type finds what they wrote, whatever the accents and case."""

from __future__ import annotations

import sqlite3

from hypothesis import assume, given
from hypothesis import strategies as st

from coachapp.folding import fold
from coachapp.storage.text import like_pattern


def test_fold_removes_accents_case_and_extra_spaces() -> None:
    assert fold("  Hélène   DUPONT-Lefèvre ") == "helene dupont-lefevre"
    assert fold("Œuvre ÇA") == fold("œuvre ça")


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(), st.data())
def test_like_pattern_matches_every_part_of_a_folded_text(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    assume(folded and "\x00" not in folded)
    start = data.draw(st.integers(0, len(folded) - 1))
    end = data.draw(st.integers(start + 1, len(folded)))
    assume(folded[start:end].strip())
    connection = sqlite3.connect(":memory:")
    query = "SELECT ? LIKE ? ESCAPE '\\'"
    found = connection.execute(query, (folded, like_pattern(folded[start:end]))).fetchone()[0]
    assert found == 1


def test_like_pattern_escapes_wildcards() -> None:
    connection = sqlite3.connect(":memory:")

    def matches(text: str, word: str) -> bool:
        query = "SELECT ? LIKE ? ESCAPE '\\'"
        return bool(connection.execute(query, (fold(text), like_pattern(word))).fetchone()[0])

    assert matches("100% done", "100%")
    assert not matches("1000 done", "100%")
    assert not matches("abc", "a_c")
    assert matches("a_c", "a_c")
