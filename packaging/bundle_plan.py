"""What goes into the PyInstaller bundle (build.spec), what is left out, and why.

Plain Python on purpose: build.spec passes PyInstaller's tables of contents through these
functions, and tests/unit/packaging/test_bundle_plan.py checks them without running PyInstaller.

The app uses QtCore, QtGui (QPdfWriter included), QtWidgets, QtNetwork (QLocalServer, for the
single instance), QtCharts (loaded lazily), QtSvg (QSvgGenerator, saving charts) and, through
Qt's plugins, Qt SVG for its icons. tests/unit/packaging/test_bundle_plan.py checks that no
module the code imports is excluded.
Everything else Qt's hooks collect is dropped here: unused plugins, then the libraries only
they linked to (computed from what the kept binaries still import), and Qt's translations
other than French and English.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

# A PyInstaller table-of-contents entry: (name in the bundle, source, typecode).
Entry = tuple[str, str, str]

LANGUAGES = ("fr", "en")

# Translation sources: only the compiled .qm files are read at run time.
RESOURCE_SKIPPED = ("*.ts",)
REQUIRED_RESOURCES = tuple(f"translations/coachapp_{lang}.qm" for lang in LANGUAGES)

# The one icon font coachapp/ui/common/icons.py draws from (same glob patterns), under
# qtawesome/fonts in the bundle. qtawesome's Python code is not bundled: the app never imports it.
ICON_FONT_FILES = (
    "fontawesome5-solid-webfont-*.ttf",
    "fontawesome5-solid-webfont-charmap-*.json",
)
ICON_FONT_DEST = "qtawesome/fonts"

# Python modules the analysis would otherwise follow. The PySide6 modules are imported by Qt's
# hooks because a kept library links to theirs; the app never uses their Python bindings
# (importing PySide6.QtCharts loads only QtCore, QtGui and QtWidgets).
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    # TLS: the app works offline and nothing it runs imports ssl (libssl goes with it; libcrypto
    # stays for hashlib.scrypt). Chinese, Japanese and Korean codecs: every file the app reads or
    # writes is UTF-8 (Qt decodes legacy encodings itself, through ICU).
    "ssl",
    "_ssl",
    "_multibytecodec",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "qtawesome",
    "qtpy",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtVirtualKeyboard",
    "PySide6.QtSvgWidgets",
    "PySide6.QtPrintSupport",
)

# Qt plugins kept, by folder, as file names without "lib" and extension. Any other plugin is
# dropped (a folder not listed here is dropped whole): EGLFS/KMS/VNC/linuxfb platforms, the
# GTK theme (it would drag in half of a GTK stack), the virtual keyboard (QtQuick), TLS and
# network information (no network), touch and evdev input, PDF/TIFF/WebP/... image formats.
KEPT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    "iconengines": frozenset({"qsvgicon"}),
    "imageformats": frozenset({"qsvg", "qico", "qjpeg", "qgif"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),
}

# Where PySide6 keeps Qt's plugins and catalogues: under Qt/ on Linux and macOS, directly in
# the package folder on Windows.
PLUGINS_DIRS = ("PySide6/Qt/plugins/", "PySide6/plugins/")
QT_TRANSLATIONS_DIRS = ("PySide6/Qt/translations/", "PySide6/translations/")


def read_version(root: Path) -> str:
    """`coachapp.__version__`, read without importing the package."""
    tree = ast.parse((root / "coachapp" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise ValueError("coachapp/__init__.py has no __version__ = '...'")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows version resource: "1.2.3rc1" gives (1, 2, 3, 0)."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        numbers.append(int(digits or 0))
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every file of resources/ the app reads."""
    base = root / "resources"
    missing = [name for name in REQUIRED_RESOURCES if not (base / name).is_file()]
    if missing:
        raise FileNotFoundError(
            f"missing {', '.join(missing)} under {base}: run `make translations` first"
        )
    datas = []
    for path in sorted(base.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or "__pycache__" in relative.parts or path.name.startswith("."):
            continue
        if any(fnmatch.fnmatch(path.name, pattern) for pattern in RESOURCE_SKIPPED):
            continue
        datas.append((str(path), relative.parent.as_posix()))
    return datas


def icon_font_datas() -> list[tuple[str, str]]:
    """The icon font and its character map, found where qtawesome is installed."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("qtawesome (the icon fonts) is not installed")
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    datas = []
    for pattern in ICON_FONT_FILES:
        found = sorted(fonts.glob(pattern))
        if len(found) != 1:
            raise FileNotFoundError(f"expected one {pattern} in {fonts}, found {len(found)}")
        datas.append((str(found[0]), ICON_FONT_DEST))
    return datas


def plugin_kept(name: str) -> bool:
    """Whether the Qt plugin at bundle path `name` stays (True for anything not a plugin)."""
    posix = name.replace("\\", "/")
    base = next((d for d in PLUGINS_DIRS if posix.startswith(d)), None)
    if base is None:
        return True
    folder, _, filename = posix[len(base) :].partition("/")
    stem = filename.split(".", 1)[0]
    if stem.startswith("lib") and filename.endswith((".so", ".dylib")):
        stem = stem[3:]
    return stem in KEPT_PLUGINS.get(folder, frozenset())


def translation_kept(name: str) -> bool:
    """Qt's own catalogues: French and English only (True for anything else)."""
    posix = name.replace("\\", "/")
    if not posix.startswith(QT_TRANSLATIONS_DIRS) or not posix.endswith(".qm"):
        return True
    stem = posix.rsplit("/", 1)[-1][: -len(".qm")]
    return stem.endswith(tuple(f"_{lang}" for lang in LANGUAGES))


def _base(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1].lower()


def prunable(entry: Entry, windows: bool) -> bool:
    """A shared library that only belongs in the bundle if a kept binary links to it.

    Roots are never pruned: Python extension modules, Qt plugins, the Python library the
    bootloader loads. On Windows only Qt's own DLLs are candidates: other DLLs there may be
    loaded by name at run time (the software OpenGL renderer, the C runtime).
    """
    name, _source, typecode = entry
    base = _base(name)
    if typecode != "BINARY" or name.replace("\\", "/").startswith(PLUGINS_DIRS):
        return False
    if base.startswith(("libpython", "python")):
        return False
    if windows:
        return base.startswith("qt6") and base.endswith(".dll")
    return True


def linked_closure(
    binaries: Sequence[Entry], imports_of: Callable[[str], Iterable[str]], windows: bool
) -> set[str]:
    """File names (lower case) of every library that the non-prunable binaries need."""
    by_base: dict[str, Entry] = {}
    for entry in binaries:
        by_base.setdefault(_base(entry[0]), entry)
    pending = [entry for entry in binaries if not prunable(entry, windows)]
    needed: set[str] = set()
    seen: set[str] = set()
    while pending:
        entry = pending.pop()
        if entry[1] in seen:
            continue
        seen.add(entry[1])
        for imported in imports_of(entry[1]):
            base = _base(imported)
            needed.add(base)
            dependency = by_base.get(base)
            if dependency is not None and dependency[1] not in seen:
                pending.append(dependency)
    return needed


def slim_binaries(
    binaries: Sequence[Entry], imports_of: Callable[[str], Iterable[str]], windows: bool
) -> tuple[list[Entry], list[Entry]]:
    """(kept, dropped): unused plugins out, then libraries no kept binary links to."""
    plugins = [entry for entry in binaries if plugin_kept(entry[0])]
    needed = linked_closure(plugins, imports_of, windows)
    kept = [e for e in plugins if not prunable(e, windows) or _base(e[0]) in needed]
    kept_names = {e[0] for e in kept}
    return kept, [entry for entry in binaries if entry[0] not in kept_names]


def slim_datas(datas: Sequence[Entry], dropped_binaries: Sequence[Entry]) -> list[Entry]:
    """Qt catalogues other than fr/en out, and symbolic links to libraries that were dropped."""
    dropped = {e[0].replace("\\", "/") for e in dropped_binaries}
    kept = []
    for name, source, typecode in datas:
        if not translation_kept(name):
            continue
        if typecode == "SYMLINK":
            folder = PurePosixPath(name.replace("\\", "/")).parent
            if _normalise(folder / source.replace("\\", "/")) in dropped:
                continue
        kept.append((name, source, typecode))
    return kept


def _normalise(path: PurePosixPath) -> str:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return "/".join(parts)
