"""What a content file (a method library, a prompt pack) had that was left out, and why.

Shown to IT in the log and by self-test; the rest of the file still loads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    source: str
    where: str
    message: str

    def __str__(self) -> str:
        return (
            f"{self.source}: {self.where}: {self.message}"
            if self.where
            else (f"{self.source}: {self.message}")
        )


def json_path(error_path: Iterable[object]) -> str:
    """A jsonschema error's place in the document, as `rules[3].text.fr`."""
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error_path).lstrip(".")
