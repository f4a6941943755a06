"""Nothing before the first paint that the first paint does not need: checked in the real
program, by reading what it had loaded when its window first painted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.e2e.conftest import ROOT, app_env, run_app

# Loaded after the paint, or only when a chart, a second start, the coaching rules (Today's
# content, read just after the paint), the domain's services (the same), the coach's portfolio,
# the guides, the first run, a dialog or an area need them; jsonschema only for an IT pack.
# The journal is opened just after the paint too: peewee and the models load then.
HEAVY = ("qtawesome", "qtpy", "PySide6.QtCharts", "PySide6.QtNetwork", "coachapp.coaching.facts",
         "coachapp.services.today.prompts", "coachapp.services.exchange.feedback", "markdown_it",
         "coachapp.ui.guide.guide_window", "coachapp.ui.onboarding.first_run",
         "coachapp.services.journal.journal", "coachapp.services.people.people",
         "coachapp.services.rituals.rituals", "coachapp.services.delegations.delegations",
         "coachapp.services.experiments.experiments", "coachapp.services.coaching.workspace",
         "coachapp.storage.portfolio.models", "coachapp.words.labels", "jsonschema",
         "coachapp.ui.protection.protection_dialogs", "coachapp.ui.common.form_dialog",
         "peewee", "playhouse", "coachapp.storage.database", "coachapp.storage.models",
         "coachapp.storage.migrations", "coachapp.services.protection.backup")  # fmt: skip
# Today too: the window's frame paints first, Today is built just after (its content is then
# on screen: `first_paint` checks the probe saw it).
AREAS = {f"coachapp.ui.{module}" for module in (
    "today.today_view", "journal.journal_view", "rituals.rituals_view",
    "delegations.delegations_view", "experiments.experiments_view", "people.people_view",
    "insights.insights_view", "trash.trash_view")}  # fmt: skip


def first_paint(data: Path) -> dict[str, Any]:
    """Start the app over `data`, let it settle a moment and quit; what it held at the paint."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.e2e.first_paint_probe", "--data-dir", str(data),
         "--lang", "en", "--no-crash-dialog", "--bench-idle", "0.5"],
        capture_output=True, text=True, timeout=120, env=app_env(), cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    [line] = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    state: dict[str, Any] = json.loads(line.removeprefix("first-paint "))
    assert "today-content-epoch" in done.stdout  # Today's content came after, on screen
    return state


def test_the_first_paint_loads_no_icon_font_charts_network_or_other_area(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_app("--data-dir", str(data), "demo", "--size", "small").returncode == 0
    cold, warm = first_paint(data), first_paint(data)
    for state in (cold, warm):
        loaded = state["modules"]
        assert not [m for m in loaded if m.startswith(HEAVY)], loaded
        assert AREAS.isdisjoint(loaded), AREAS & set(loaded)
        assert state["icons_set"] is True  # on the first paint: nothing moves when they come
        assert state["journal_open"] is False  # opened just after
    # The first start drew the icons with the font and kept them; the next one read them from
    # the cache without loading the font.
    assert cold["icon_font"] is True
    assert [p.name.startswith("icons-") for p in (data / "cache").iterdir()] == [True]
    assert warm["icon_font"] is False
