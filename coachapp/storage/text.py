"""Folded text in SQL: LIKE patterns that match what `coachapp.folding.fold` stored."""

from __future__ import annotations

from coachapp.folding import fold


def like_pattern(text: str) -> str:
    """A LIKE pattern (escape character backslash) matching `text` anywhere, folded."""
    escaped = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
