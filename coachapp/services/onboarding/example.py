"""Where the example journal lives, and how a journal knows it is the example.

The example is the demo journal in the `example` folder inside the data folder, with settings of
its own: a sandbox that never shares a file with the real journal (coachapp.demo.sandbox fills
it).
"""

from __future__ import annotations

from coachapp.config import Paths, Settings

EXAMPLE_FOLDER = "example"
EXAMPLE_STATE = "example_journal"  # set in the sandbox's own settings


def example_paths(paths: Paths) -> Paths:
    """The sandbox's folders: its own data and settings, the real log folder."""
    base = paths.data / EXAMPLE_FOLDER
    return Paths(data=base, config=base, logs=paths.logs)


def is_example(settings: Settings) -> bool:
    return settings.state(EXAMPLE_STATE) == "yes"
