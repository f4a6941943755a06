"""The example journal: the demo journal in a sandbox data folder of its own, to explore freely.

It is written anew each time it is opened: whatever the manager tries in it is gone next time,
and nothing of it ever reaches the real journal (a different file, opened while the real one is
closed). Its place: coachapp.services.onboarding.example.
"""

from __future__ import annotations

from dataclasses import replace

from coachapp.clock import Clock
from coachapp.config import Paths, Settings, prepare_paths
from coachapp.context import Journal, open_journal
from coachapp.demo.fill import DemoService, DemoSize
from coachapp.services.onboarding.example import EXAMPLE_STATE, example_paths

# Settings of the real journal that the example takes on (how the app looks and speaks).
SHARED = ("language", "theme")
REQUIRED = "security.require_protection"  # fictional data: nothing to protect


def example_settings(paths: Paths, settings: Settings) -> Settings:
    policy = settings.policy
    locked = {key: value for key, value in policy.locked.items() if key != REQUIRED}
    sandbox = Settings(example_paths(paths).settings_file, replace(policy, locked=locked, paths={}))
    for key in SHARED:
        if not sandbox.locked(key):
            sandbox.set(key, settings.get(key))
    sandbox.set_state(EXAMPLE_STATE, "yes")
    return sandbox


def open_example(paths: Paths, settings: Settings, clock: Clock, language: str) -> Journal:
    """Open the example journal, written anew. The real journal must be closed first (one
    journal is open at a time)."""
    sandbox = example_paths(paths)
    prepare_paths(sandbox)
    journal = open_journal(sandbox, example_settings(paths, settings), clock)
    try:
        DemoService(clock, journal.methods.library).fill(
            DemoSize.SMALL, replace=True, language=language
        )
    except BaseException:
        journal.close()
        raise
    return journal
