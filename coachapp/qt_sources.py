"""PySide6 keeps no copy of our sources.

On every import after its own, PySide6 reads the new module's source to look for
`from __feature__ import ...` (shibokensupport.feature._mod_uses_pyside, through
inspect.getsource), and linecache keeps every file so read, for good: 4.3 million characters
over 350 files, ~9 MB of resident memory once every area has been shown (benchmarks/startup.py).
The same check here reads the source without keeping it. A frozen bundle ships no sources:
there the check finds none, as before.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"


def uses_pyside(module: ModuleType) -> bool:
    """Whether `module`'s source names PySide6 (PySide's own test), read without caching."""
    get_source = getattr(getattr(module, "__loader__", None), "get_source", None)
    if get_source is None:
        return False
    try:
        source = get_source(module.__name__)
    except (ImportError, OSError, SyntaxError, UnicodeDecodeError):
        return False
    return isinstance(source, str) and "PySide6" in source


def keep_no_sources() -> bool:
    """Put `uses_pyside` in PySide's place, and let go of the sources read until now; False
    when PySide6 is not loaded or no longer has that check (then nothing changes)."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()
    return True
