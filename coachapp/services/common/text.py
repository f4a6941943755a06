"""Text as every area stores it."""

from __future__ import annotations

import unicodedata


def one_line(text: str) -> str:
    """Printable text on one line: control characters (NUL included) become spaces."""
    printable = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return " ".join(printable.split())
