"""The accessibility audit, read from outside the app the way a screen reader reads it.

Run by the distribution's python3 (it needs `pyatspi`, which the venv does not have), inside
a session D-Bus (`dbus-run-session`): it starts Xvfb, the app with Qt's AT-SPI bridge on, and
then, through the accessibility bus alone, visits every area (Ctrl+1…8) and the main dialogs
(their shortcuts), and writes a JSON report: elements checked, unnamed interactive elements,
tab stops per place, keyboard traps, focusable elements with no children where a board or a
chart needs them, focusable elements whose focus changes no pixel on screen.

Only the standard library and pyatspi: this file is not part of the app.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import subprocess
import time
from pathlib import Path
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

AREAS = ("today", "journal", "rituals", "delegations", "experiments", "people", "insights",
         "trash")  # fmt: skip
# The main dialogs, by the shortcut that opens them: (key, modifier mask, keysym).
CONTROL, SHIFT = 1 << 2, 1 << 0
DIALOGS = (
    ("export", CONTROL, ord("e")),
    ("preferences", CONTROL, ord(",")),
    ("newRitual", CONTROL, ord("r")),
    ("newDelegation", CONTROL | SHIFT, ord("d")),
    ("newExperiment", CONTROL | SHIFT, ord("e")),
    ("newPerson", CONTROL | SHIFT, ord("n")),
)
TAB, ESCAPE = 0xFF09, 0xFF1B
SCREEN = (1920, 1080)
TAB_LIMIT = 120  # more tab stops than any place has: past it, Tab is caught somewhere
# Roles a person operates: each needs a name of its own.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "slider", "list", "table", "tree", "tree table",
    "calendar", "page tab", "link", "date editor", "entry", "menu item", "check menu item",
    "radio menu item", "tool bar", "scroll pane",
}  # fmt: skip
# Focusable roles that are complete without children; any other focusable element without
# children is a board, grid or chart whose content exists only as pixels.
LEAVES = INTERACTIVE - {"list", "table", "tree", "tree table", "calendar", "tool bar"} | {
    "list item", "table cell", "tree item", "label", "scroll bar", "separator",
    "menu", "progress bar", "status bar", "heading", "paragraph",
}  # fmt: skip
ITEMS = {"list item", "table cell", "tree item", "table row", "column header", "row header"}


def _role(node: Any) -> str:
    return str(node.getRoleName())


def _states(node: Any) -> Any:
    return node.getState()


def _ident(node: Any) -> str:
    try:
        return str(node.accessibleId or "")
    except Exception:
        return ""


def _extents(node: Any) -> tuple[int, int, int, int]:
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return box.x, box.y, box.width, box.height


class Screen:
    """The Xvfb framebuffer, read from the XWD file Xvfb keeps in step with the screen."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def snapshot(self) -> bytes:
        data = self.path.read_bytes()
        fields = struct.unpack(">25I", data[:100])
        self.width, self.height, self.line = fields[4], fields[5], fields[12]
        return data[fields[0] + fields[19] * 12 :]

    def crop(self, pixels: bytes, box: tuple[int, int, int, int]) -> bytes:
        x, y, w, h = box
        x, y = max(0, x), max(0, y)
        w, h = max(0, min(w, self.width - x)), max(0, min(h, self.height - y))
        return b"".join(
            pixels[row * self.line + x * 4 : row * self.line + (x + w) * 4]
            for row in range(y, y + h)
        )


class Auditor:
    def __init__(self, app: Any, screen: Screen) -> None:
        self.app = app
        self.screen = screen
        self.focus_events: list[Any] = []
        pyatspi.Registry.registerEventListener(self._focused, "object:state-changed:focused")
        self.places: dict[str, dict[str, Any]] = {}
        self.findings: list[dict[str, str]] = []

    def add(self, place: str, kind: str, role: str, ident: str) -> None:
        """A finding, once: the sidebar and menus show in every area but count once."""
        if not any(f["kind"] == kind and f["id"] == ident for f in self.findings):
            self.findings.append({"place": place, "kind": kind, "role": role, "id": ident})

    def _focused(self, event: Any) -> None:
        if event.detail1 == 1 and event.host_application == self.app:
            self.focus_events.append(event.source)

    def pump(self, seconds: float) -> None:
        """Lets the app react, delivering the focus events it sends meanwhile."""
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.iteration(False):
                pass
            time.sleep(0.02)

    def key(self, keysym: int, mask: int = 0, wait: float = 0.25) -> None:
        registry = pyatspi.Registry
        if mask:
            registry.generateKeyboardEvent(mask, None, pyatspi.KEY_LOCKMODIFIERS)
        registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        if mask:
            registry.generateKeyboardEvent(mask, None, pyatspi.KEY_UNLOCKMODIFIERS)
        self.pump(wait)

    def activate(self, window: Any) -> None:
        """Clicks the empty end of the menu bar: with no window manager, that activates (and
        the keys go where the pointer is)."""
        x, y, w, _h = _extents(window)
        pyatspi.Registry.generateMouseEvent(x + w - 4, y + 10, "b1c")
        self.pump(1)

    def windows(self) -> list[Any]:
        shown = []
        for window in self.app:
            if window is not None and _states(window).contains(pyatspi.STATE_SHOWING):
                shown.append(window)
        return shown

    def focus(self) -> Any | None:
        """The widget holding the keyboard focus (the view, not its current item)."""
        if not self.focus_events:
            return None
        node = self.focus_events[-1]
        try:
            if _role(node) in ITEMS:
                parent = node.parent
                while parent is not None and _role(parent) in ITEMS | {"table row"}:
                    parent = parent.parent
                return parent or node
        except Exception:
            return None
        return node

    def audit(self, place: str, root: Any) -> None:
        checked, seen = 0, dict[tuple[str, str], int]()
        for node in self._showing(root):
            checked += 1
            role, name = _role(node), (node.name or "").strip()
            states = _states(node)
            ident = _ident(node)
            occurrence = seen.get((role, ident), 0)
            seen[(role, ident)] = occurrence + 1
            where = f"{ident}#{occurrence}" if occurrence else ident
            focusable = states.contains(pyatspi.STATE_FOCUSABLE)
            if role in INTERACTIVE and (focusable or role == "page tab") and not name:
                self.add(place, "unnamed", role, where)
            if focusable and role not in LEAVES and node.childCount == 0:
                self.add(place, "opaque", role, where)
        visited, trap, unseen = self._tab_walk()
        self.places[place] = {
            "checked": checked,
            "tab_stops": len(set(visited)),  # one widget moved by scrolling counts once
            "order": _order(visited),
        }
        if trap:
            self.add(place, "trap", *trap)
        for role, ident in unseen:
            self.add(place, "focus", role, ident)

    def _showing(self, root: Any) -> list[Any]:
        """Every element on screen under `root`, items of lists and tables left out."""
        found, stack = [], [root]
        while stack:
            node = stack.pop()
            try:
                if not _states(node).contains(pyatspi.STATE_SHOWING):
                    continue
                found.append(node)
                if _role(node) in {"list", "table", "tree", "tree table", "calendar"}:
                    continue
                stack.extend(child for child in node if child is not None)
            except Exception:
                continue
        return found

    def _tab_walk(self) -> tuple[list[Stop], tuple[str, str] | None, list[tuple[str, str]]]:
        """Tab until focus comes back where it started: the stops in the order reached, a
        trap, the stops whose focus changes no pixel."""
        start = self.focus()
        if start is None:
            self.key(TAB)
            start = self.focus()
        if start is None:
            return [], None, []
        first = _stop(start)
        visited: list[Stop] = [first]
        unseen: list[tuple[str, str]] = []
        for _ in range(TAB_LIMIT):
            before = self.screen.snapshot()
            self.key(TAB)
            node = self.focus()
            if node is None:
                continue
            try:
                here, box = _stop(node), _extents(node)
            except Exception:
                continue
            if here == first:
                return visited, None, unseen
            if here not in visited:
                after = self.screen.snapshot()
                if self.screen.crop(before, box) == self.screen.crop(after, box):
                    unseen.append((here[0], here[1]))
            visited.append(here)
        repeated = next((v for v in visited if visited.count(v) > 2), visited[-1])
        return visited, (repeated[0], repeated[1]), unseen


Stop = tuple[str, str, str]  # role, accessible id, object path (one widget, wherever it is)


def _stop(node: Any) -> Stop:
    return _role(node), _ident(node), str(getattr(node, "path", ""))


def _order(visited: list[Stop]) -> list[str]:
    """The tab stops in the order Tab reached them, by role and the tail of their id."""
    order: list[str] = []
    for role, ident, _path in visited:
        stop = f"{role} {ident.rsplit('.', 2)[-1] if ident else '?'}"
        if not order or order[-1] != stop:
            order.append(stop)
    return order


def _wait_for_app(name: str, seconds: float) -> Any:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and app.childCount:
                return app
        time.sleep(0.5)
    raise SystemExit(f"{name} never showed on the accessibility bus")


def run(args: argparse.Namespace) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               PYTHONPATH=args.root)  # fmt: skip
    env.pop("WAYLAND_DISPLAY", None)
    app_process = subprocess.Popen(
        [args.python, "main.py", "--data-dir", args.data_dir, "--lang", args.lang],
        cwd=args.root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        app = _wait_for_app("CoachApp", 90)
        auditor = Auditor(app, Screen(Path(args.screen)))
        auditor.pump(2)
        window = next(w for w in auditor.windows() if _ident(w).endswith("MainWindow"))
        for extra in [w for w in auditor.windows() if w != window]:
            # what is new after an upgrade, over the window: read, then closed with Escape
            x, y, w, h = _extents(extra)
            pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, "abs")
            auditor.pump(1)
            auditor.audit(_ident(extra).rsplit(".", 1)[-1] or "startWindow", extra)
            auditor.key(ESCAPE, wait=1)
        auditor.activate(window)
        for row, area in enumerate(AREAS):
            auditor.key(ord("1") + row, CONTROL, wait=1.5)
            auditor.audit(area, window)
        auditor.key(ord("1"), CONTROL, wait=1)
        for name, mask, keysym in DIALOGS:
            before = len(auditor.windows())
            auditor.key(keysym, mask, wait=2)
            shown = auditor.windows()
            if len(shown) > before:
                auditor.audit(name, shown[-1])
                for _ in range(3):
                    if len(auditor.windows()) <= before:
                        break
                    auditor.key(ESCAPE, wait=1)
                auditor.activate(window)
            else:
                auditor.add(name, "unvisited", "dialog", name)
        return {"places": auditor.places, "findings": auditor.findings}
    finally:
        app_process.terminate()
        try:
            app_process.wait(20)
        except subprocess.TimeoutExpired:
            app_process.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--python", required=True, help="the venv's python, to run the app")
    parser.add_argument("--root", required=True, help="the checkout to run the app from")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--screen", required=True, help="the XWD file of Xvfb's -fbdir")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    report = run(args)
    Path(args.out).write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
