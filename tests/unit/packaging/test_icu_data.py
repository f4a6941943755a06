"""ICU's data in the bundle (packaging/icu_data.py): what is cut, and that Qt reads the same."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _load() -> ModuleType:
    # By path, as build.spec imports it: packaging/ is not a package.
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icu = _load()


def _qt_library(name: str) -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "lib" / name


ICU_DATA = next(_qt_library("").glob("libicudata.so.*"), None) if sys.platform == "linux" else None
# CI installs the tools (.ci/run): there a missing one fails the test instead of skipping it.
needs_icu = pytest.mark.skipif(
    ICU_DATA is None
    or (any(shutil.which(tool) is None for tool in icu.TOOLS) and not os.environ.get("CI")),
    reason="Linux PySide6 with ICU, icupkg and binutils (`make system-packages`)",
)


def test_only_trees_and_items_of_families_qt_does_not_call_are_dropped() -> None:
    items = [
        "brkitr/char.brk",
        "brkitr/cjdict.dict",
        "translit/root.res",
        "rbnf/fr.res",
        "unit/fr.res",
        "curr/fr.res",
        "lang/fr.res",
        "region/pool.res",
        "confusables.cfu",
        "unames.icu",
        "uts46.nrm",
        "rfc3491.spp",
        # Qt's families read these: collation, converters, time zones, locales, normalisation.
        "coll/ucadata.icu",
        "coll/fr.res",
        "coll/root.res",
        "cnvalias.icu",
        "ibm-5348_P100-1997.cnv",
        "zone/fr.res",
        "zoneinfo64.res",
        "metaZones.res",
        "fr.res",
        "root.res",
        "pool.res",
        "supplementalData.res",
        "likelySubtags.res",
        "nfkc.nrm",
    ]
    assert icu.dropped_items(items) == items[:12]


def test_a_call_to_another_icu_family_is_reported() -> None:
    exports = ["ucol_open_73", "ubrk_open_73", "ucnv_open_73", "utrans_open_73"]
    imported = ["ucol_open_73", "ucnv_open_73", "ubrk_open_73", "memcpy", "utrans_open_73"]
    assert icu.unexpected_calls(imported, exports) == ["ubrk_open_73", "utrans_open_73"]
    assert icu.unexpected_calls(["u_strToUpper_73", "ucal_open_73"], ["u_strToUpper_73"]) == []


def test_without_an_icu_data_library_the_binaries_are_unchanged(tmp_path: Path) -> None:
    binaries = [("libz.so.1", "/usr/lib/libz.so.1", "BINARY")]
    assert icu.slim_icu(binaries, tmp_path) == (binaries, 0, 0)


@needs_icu
def test_qt_calls_only_the_families_whose_data_stays() -> None:
    libraries = sorted(_qt_library("").glob("libQt6*.so.6"))
    libraries += sorted(_qt_library("").glob("libicu*.so.*"))
    assert libraries
    icu.check_qt_calls([(path.name, str(path), "BINARY") for path in libraries])


# Every ICU function family Qt calls, through Qt; printed to compare full and trimmed data.
PROBE = """
import functools
from PySide6.QtCore import QCollator, QLocale, QStringConverter, QStringDecoder, QTimeZone
words = ["zèbre", "école", "Été", "ångström", "öl", "zoo", "Ärger", "chat", "côte", "cote",
         "coté", "côté", "cz", "ll", "lz", "ñu", "nz"]
for name in ["fr_FR", "en_GB", "de_DE", "sv_SE", "es_ES", "cs_CZ", "ja_JP", "C"]:
    print(name, sorted(words, key=functools.cmp_to_key(QCollator(QLocale(name)).compare)))
for name in ["tr_TR", "fr_FR", "lt_LT", "el_GR"]:
    print(name, QLocale(name).toUpper("istanbul straße ίσως"), QLocale(name).toLower("İSTANBUL"))
for codec in ["windows-1252", "Shift_JIS", "GB18030", "ISO-8859-15", "KOI8-R", "IBM850"]:
    print(codec, QStringDecoder(codec).isValid())
print(len(QStringConverter.availableCodecs()))
for zone in [b"Europe/Paris", b"America/Cayenne", b"Pacific/Noumea"]:
    for name in ["fr_FR", "en_GB"]:
        for kind in QTimeZone.TimeType:
            for style in QTimeZone.NameType:
                print(zone, name, QTimeZone(zone).displayName(kind, style, QLocale(name)))
with open("/proc/self/maps", encoding="utf-8") as maps:
    print(sorted({line.split()[-1] for line in maps if "libicudata" in line}))
"""


def _probe(preload: Path | None) -> tuple[str, str]:
    """(what Qt answered, the ICU data libraries mapped)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    answers, _, mapped = done.stdout.rstrip("\n").rpartition("\n")
    return answers, mapped


@needs_icu
def test_the_trimmed_library_gives_qt_the_same_answers(tmp_path: Path) -> None:
    assert ICU_DATA is not None
    trimmed, dropped = icu.trim_library(ICU_DATA, tmp_path / "icu")
    assert trimmed.name == ICU_DATA.name
    assert trimmed.stat().st_size < ICU_DATA.stat().st_size * 0.6
    assert any(item.startswith("brkitr/") for item in dropped)
    full, mapped = _probe(None)
    assert "heure" in full and "True" in full  # French zone names, legacy codecs
    assert mapped == repr([str(ICU_DATA.resolve())])
    assert _probe(trimmed) == (full, repr([str(trimmed)]))  # only the trimmed data is read
