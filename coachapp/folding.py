"""Folding text for comparison: "Hélène" and "HELENE" must find each other, as users expect.

Plain Python shared by storage (search keys), services and the UI (sorting).
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case, accent-free, whitespace-collapsed form of `text`."""
    # Compatibility forms first ("℠" -> "SM"), then case, then whatever casefold composed.
    lowered = unicodedata.normalize("NFKD", text).casefold()
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())
