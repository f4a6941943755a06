"""What build.spec puts into the PyInstaller bundle (packaging/bundle_plan.py), without building."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import coachapp

ROOT = Path(__file__).resolve().parents[3]


def _load() -> ModuleType:
    # By path: a `packaging` package would clash with the PyPI package of that name.
    spec = importlib.util.spec_from_file_location(
        "bundle_plan", ROOT / "packaging" / "bundle_plan.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_plan", module)
    spec.loader.exec_module(module)
    return module


plan = _load()


def test_every_resource_file_goes_into_the_bundle_at_its_place() -> None:
    datas = {(Path(source).resolve(), dest) for source, dest in plan.resource_datas(ROOT)}
    expected = {
        (path.resolve(), path.relative_to(ROOT).parent.as_posix())
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix != ".ts" and "__pycache__" not in path.parts
    }
    assert datas == expected
    destinations = {dest for _source, dest in datas}
    assert {"resources/translations", "resources/schemas", "resources/icons"} <= destinations
    assert {"resources/guide/html/fr", "resources/guide/html/en"} <= destinations  # the guides
    assert any(source.name == "coachapp_fr.qm" for source, _dest in datas)


def test_missing_compiled_translations_stop_the_build(tmp_path: Path) -> None:
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    with pytest.raises(FileNotFoundError, match="make translations"):
        plan.resource_datas(tmp_path)


def test_the_icon_font_the_app_draws_from_is_bundled_where_it_looks() -> None:
    fonts = plan.icon_font_datas()
    names = sorted(Path(source).name for source, _dest in fonts)
    assert len(names) == 2
    assert names[0].startswith("fontawesome5-solid-webfont-") and names[0].endswith(".ttf")
    assert names[1].startswith("fontawesome5-solid-webfont-charmap-")
    # coachapp/ui/common/icons.py looks in <bundle>/qtawesome/fonts, beside <bundle>/resources.
    assert {dest for _source, dest in fonts} == {"qtawesome/fonts"}


def test_version_comes_from_the_package() -> None:
    assert plan.read_version(ROOT) == coachapp.__version__
    assert plan.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert plan.version_tuple("2.0rc1") == (2, 0, 0, 0)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),  # Windows: no Qt folder
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\plugins\\tls\\qschannelbackend.dll", False),
        ("PySide6\\plugins\\imageformats\\qpdf.dll", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),  # not a plugin
    ],
)
def test_plugins(name: str, kept: bool) -> None:
    assert plan.plugin_kept(name) is kept


def test_only_french_and_english_qt_catalogues() -> None:
    assert plan.translation_kept("PySide6/Qt/translations/qtbase_fr.qm")
    assert plan.translation_kept("PySide6/Qt/translations/qtbase_en.qm")
    assert not plan.translation_kept("PySide6/Qt/translations/qtbase_de.qm")
    assert not plan.translation_kept("PySide6/Qt/translations/qt_zh_TW.qm")
    assert plan.translation_kept("PySide6\\translations\\qtbase_fr.qm")
    assert not plan.translation_kept("PySide6\\translations\\qtbase_ja.qm")
    assert plan.translation_kept("resources/translations/coachapp_fr.qm")


def _graph(links: dict[str, list[str]]) -> Callable[[str], list[str]]:
    return lambda source: links.get(source, [])


def test_libraries_only_dropped_plugins_linked_to_are_pruned() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/src/libQt6Pdf.so.6", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/src/libqpdf.so", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/src/libqsvg.so", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("libunused.so.1", "/src/libunused.so.1", "BINARY"),
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6", "libc.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/src/libqpdf.so": ["libQt6Pdf.so.6", "libQt6Gui.so.6"],
        "/src/libqsvg.so": ["libQt6Gui.so.6"],
    }
    kept, dropped = plan.slim_binaries(binaries, _graph(links), False)
    assert {name for name, _s, _t in dropped} == {
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "libunused.so.1",
    }
    assert len(kept) + len(dropped) == len(binaries)


def test_on_windows_only_qt_libraries_are_pruned() -> None:
    binaries = [
        ("PySide6/QtCore.pyd", "C:/src/QtCore.pyd", "EXTENSION"),
        ("PySide6/Qt6Core.dll", "C:/src/Qt6Core.dll", "BINARY"),
        ("PySide6/Qt6Pdf.dll", "C:/src/Qt6Pdf.dll", "BINARY"),
        ("PySide6/opengl32sw.dll", "C:/src/opengl32sw.dll", "BINARY"),  # loaded by name
    ]
    links = {"C:/src/QtCore.pyd": ["Qt6Core.dll"]}
    kept, dropped = plan.slim_binaries(binaries, _graph(links), True)
    assert [name for name, _s, _t in dropped] == ["PySide6/Qt6Pdf.dll"]
    assert "PySide6/opengl32sw.dll" in {name for name, _s, _t in kept}


def test_links_to_dropped_libraries_and_other_languages_go() -> None:
    dropped = [("PySide6/Qt/lib/libQt6Pdf.so.6", "/src/libQt6Pdf.so.6", "BINARY")]
    datas = [
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        ("resources/methods/methods.json", "/src/methods.json", "DATA"),
    ]
    assert [name for name, _s, _t in plan.slim_datas(datas, dropped)] == [
        "libQt6Core.so.6",
        "resources/methods/methods.json",
    ]


def test_no_qt_module_the_app_imports_is_excluded() -> None:
    sources = [*(ROOT / "coachapp").rglob("*.py"), ROOT / "main.py"]
    imported = {
        match
        for path in sources
        for match in re.findall(r"\bPySide6\.Qt\w+", path.read_text(encoding="utf-8"))
    }
    assert {"PySide6.QtCore", "PySide6.QtWidgets"} <= imported
    assert not imported & set(plan.EXCLUDED_MODULES)


def test_no_module_the_app_imports_is_excluded() -> None:
    imported: set[str] = set()
    for path in [*(ROOT / "coachapp").rglob("*.py"), ROOT / "main.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module)
    prefixes = {".".join(name.split(".")[: i + 1]) for name in imported for i in range(3)}
    assert {"hashlib", "sqlite3", "sqlcipher3", "PySide6.QtCore"} <= prefixes
    assert not prefixes & set(plan.EXCLUDED_MODULES)


def test_build_spec_uses_the_plan() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for name in ("resource_datas", "icon_font_datas", "EXCLUDED_MODULES", "slim_binaries",
                 "slim_datas", "slim_icu", "upx=False"):  # fmt: skip
        assert name in spec
