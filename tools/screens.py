"""Screenshots of every area, offscreen, to look at before resolving an issue.

    python tools/screens.py --data-dir DIR --out FOLDER [--lang fr] [--size 1366x768]
                            [--theme light|dark|contrast] [--text-scale 200]
                            [--area journal ...]

Opens the journal of DIR as the app would (after its first paint), shows each area at the
window size asked (the app's default size when none), and saves one PNG per area, named
`<lang>-<size>-<area>.png`. The journal is opened with the system clock; nothing is written
to it except what opening a journal writes (its state of the window is not saved).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's code

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coachapp.clock import SystemClock
from coachapp.config import Settings, prepare_paths, resolve_paths
from coachapp.context import open_journal
from coachapp.i18n import set_language
from coachapp.ui.common.theme import apply_text_scale, apply_theme
from coachapp.ui.shell.main_window import MainWindow


def settle(app: QApplication, ms: int = 300) -> None:
    """Let timers, lazy loads and layouts run."""
    loop_done: list[bool] = []
    QTimer.singleShot(ms, lambda: loop_done.append(True))
    while not loop_done:
        app.processEvents()


def big_offscreen_screen() -> None:
    """Offscreen on a screen larger than any size asked, so no window is squeezed to fit."""
    config = Path(tempfile.gettempdir()) / "coachapp-screens-offscreen.json"
    screen = {"name": "big", "x": 0, "y": 0, "width": 2560, "height": 1600,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    document = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
                "screens": [screen]}  # fmt: skip
    config.write_text(json.dumps(document), encoding="utf-8")
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={config}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--size", default="", help="WIDTHxHEIGHT; the default size if empty")
    parser.add_argument("--theme", default="light", choices=("light", "dark", "contrast"))
    parser.add_argument("--text-scale", type=int, default=100, help="percent, as in Preferences")
    parser.add_argument("--area", action="append", default=[], help="only these areas")
    args = parser.parse_args()

    big_offscreen_screen()
    app = QApplication([sys.argv[0]])
    apply_theme(app, args.theme)
    apply_text_scale(app, args.text_scale)
    set_language(args.lang)
    paths = resolve_paths(args.data_dir)
    prepare_paths(paths)
    journal = open_journal(paths, Settings(paths.settings_file), SystemClock())
    window = MainWindow(journal)
    if args.size:
        width, height = (int(n) for n in args.size.lower().split("x"))
        window.resize(width, height)
    else:
        window.resize(1100, 720)  # the size a first start opens at
    window.show()
    settle(app)
    window.after_first_paint()
    settle(app)
    args.out.mkdir(parents=True, exist_ok=True)
    size = args.size or "default"
    if args.text_scale != 100:
        size += f"-{args.text_scale}pc"
    if args.theme != "light":
        size += f"-{args.theme}"
    for row, name in enumerate(window.areas):
        if args.area and name not in args.area:
            continue
        window.show_area(row)
        settle(app, 600)
        target = args.out / f"{args.lang}-{size}-{name}.png"
        window.grab().save(str(target))
        print(target)
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
