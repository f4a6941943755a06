"""The layers hold and nothing goes round in circles: checked on the source, without importing.

Every `import` of a `coachapp` module counts, wherever it is written (top of the module, inside
a function, or only for type checking): each is a dependency a reader has to follow.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "coachapp"

# What each part may import of the others (DESIGN.md §2, docs/architecture.md). Parts not
# named here (the small top-level modules: clock, config, errors, i18n...) are the base.
MAY_NOT_IMPORT = {
    "coachapp.storage": ("coachapp.services", "coachapp.ui", "coachapp.exchange",
                         "coachapp.coaching", "coachapp.words", "coachapp.demo"),
    "coachapp.coaching": ("coachapp.services", "coachapp.ui", "coachapp.storage",
                          "coachapp.exchange", "coachapp.words", "coachapp.demo"),
    "coachapp.exchange": ("coachapp.services", "coachapp.ui", "coachapp.storage",
                          "coachapp.words", "coachapp.demo"),
    "coachapp.services": ("coachapp.ui", "coachapp.words", "coachapp.demo"),
    "coachapp.words": ("coachapp.ui",),
    "coachapp.demo": ("coachapp.ui", "coachapp.words"),
}  # fmt: skip
QT_FREE = ("coachapp.storage", "coachapp.services", "coachapp.exchange", "coachapp.coaching",
           "coachapp.demo")  # fmt: skip


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imports(path: Path) -> Iterator[tuple[str, int]]:
    """Every module `path` imports (names as written), with its line."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, node.lineno
            for alias in node.names:
                yield f"{node.module}.{alias.name}", node.lineno


def internal(name: str) -> str | None:
    """The module of this project that `name` names (a module, or a name inside one)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def graph() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        targets = {internal(imported) for imported, _line in imports(path)}
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found[name] = {t for t in targets if t and t not in (name, package)}
    return found


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(edges[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def within(name: str, part: str) -> bool:
    return name == part or name.startswith(part + ".")


def test_no_module_imports_itself_back() -> None:
    assert cycles(graph()) == []


def test_no_part_imports_a_part_above_it() -> None:
    wrong = [
        f"{name} imports {target}"
        for name, targets in graph().items()
        for part, forbidden in MAY_NOT_IMPORT.items()
        if within(name, part)
        for target in targets
        if any(within(target, above) for above in forbidden)
    ]
    assert wrong == []


def test_no_qt_below_the_widgets() -> None:
    wrong = [
        f"{name}:{line} imports {imported}"
        for name, path in MODULES.items()
        if any(within(name, part) for part in QT_FREE)
        for imported, line in imports(path)
        if imported.split(".")[0] in ("PySide6", "shiboken6", "qtawesome")
    ]
    assert wrong == []


def test_the_command_line_starts_the_window_and_uses_nothing_else_of_it() -> None:
    """`coachapp export` and `coachapp import` run the same use cases as the window, from
    the services: the command line imports the GUI only to start it."""
    gui = sorted(
        imported
        for imported, _line in imports(PACKAGE / "cli.py")
        if within(imported, "coachapp.ui")
    )
    assert gui in ([], ["coachapp.ui.shell.app", "coachapp.ui.shell.app.run_gui"])
