"""ICU's data in the Linux bundle, without the categories Qt never reads (build.spec).

PySide6's Qt links to ICU, whose data library (libicudata, 31 MB, a quarter of the bundle)
holds every CLDR category for every locale. Qt calls four ICU API families only (the symbols
its libraries import from libicuuc and libicui18n): collation (`ucol_*`: QCollator, the sorting
of file dialogs), case mapping (`u_strToUpper`/`u_strToLower`: QLocale::toUpper), converters
(`ucnv_*`: QStringDecoder for legacy encodings, e.g. pasted HTML) and calendars with time zone
names (`ucal_*`: QTimeZone::displayName). Their data stays whole, for every locale: collation
(coll/), converters (*.cnv), zone names (zone/), the locale files and supplemental data. What
goes is read only by API families Qt does not call: break iteration, transliteration,
spelled-out numbers, unit, currency, language and region names, confusables, character names,
IDNA and StringPrep profiles.

The data is cut out of the library, trimmed with ICU's `icupkg` (Debian's icu-devtools; it
refuses a package whose remaining items refer to a removed one) and linked back into a library
of the same name with binutils. The build stops if Qt calls an ICU function outside the
families above (a newer Qt may need more of the data: review the lists first).
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

# A PyInstaller table-of-contents entry: (name in the bundle, source, typecode).
Entry = tuple[str, str, str]

# Prefixes of the ICU functions Qt may call (see the docstring); the data below is theirs.
QT_ICU_FAMILIES = ("ucol_", "u_strToUpper_", "u_strToLower_", "ucnv_", "UCNV_", "ucal_")

# Data trees and items no function of those families reads, as icupkg lists them.
DROPPED_TREES = ("brkitr", "translit", "rbnf", "unit", "curr", "lang", "region")
DROPPED_ITEMS = ("confusables.cfu", "unames.icu", "uts46.nrm", "*.spp")

DATA_LIBRARY = re.compile(r"libicudata\.so\.\d+$")
ICU_LIBRARY = re.compile(r"libicu(uc|i18n)\.so\.\d+$")
DATA_SYMBOL = re.compile(r"icudt\d+_dat$")
TOOLS = ("icupkg", "nm", "readelf", "as", "ld")


def dropped_items(items: Iterable[str]) -> list[str]:
    """The items of an ICU data package (names as `icupkg -l` prints them) to leave out."""
    return [
        item
        for item in items
        if item.split("/", 1)[0] in DROPPED_TREES
        or any(fnmatch.fnmatchcase(item, pattern) for pattern in DROPPED_ITEMS)
    ]


def unexpected_calls(imported: Iterable[str], icu_exports: Iterable[str]) -> list[str]:
    """ICU functions among `imported` that no family of QT_ICU_FAMILIES covers."""
    exports = set(icu_exports)
    return sorted(name for name in set(imported) & exports if not name.startswith(QT_ICU_FAMILIES))


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _symbols(library: str, *options: str) -> list[str]:
    lines = _run("nm", "-D", *options, library).splitlines()
    return [line.split()[-1].split("@")[0] for line in lines if line.strip()]


def _base(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def check_qt_calls(binaries: Sequence[Entry]) -> None:
    """Stop the build if a bundled binary calls ICU outside the families whose data stays."""
    icu = [source for name, source, _kind in binaries if ICU_LIBRARY.match(_base(name))]
    exports = {s for library in icu for s in _symbols(library, "--defined-only")}
    unexpected: dict[str, list[str]] = {}
    for name, source, kind in binaries:
        if kind in ("BINARY", "EXTENSION") and not _base(name).startswith("libicu"):
            calls = unexpected_calls(_symbols(source, "--undefined-only"), exports)
            if calls:
                unexpected[name] = calls
    if unexpected:
        raise RuntimeError(
            f"ICU functions outside {QT_ICU_FAMILIES} are called: {unexpected}; their data may "
            "be among packaging/icu_data.py's dropped items: review the lists"
        )


def _data_bytes(library: Path) -> tuple[str, bytes]:
    """The name of the data symbol and the ICU package it holds."""
    found = [
        line.split()
        for line in _run("nm", "-D", "-S", "--defined-only", str(library)).splitlines()
        if DATA_SYMBOL.match(line.split()[-1])
    ]
    if len(found) != 1:
        raise ValueError(f"{library}: expected one icudtNN_dat symbol, found {len(found)}")
    address, size, symbol = int(found[0][0], 16), int(found[0][1], 16), found[0][-1]
    for line in _run("readelf", "-lW", str(library)).splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, start, file_size = (int(f, 16) for f in (fields[1], fields[2], fields[4]))
            if start <= address and address + size <= start + file_size:
                with library.open("rb") as stream:
                    stream.seek(offset + address - start)
                    data = stream.read(size)
                if data[2:4] != b"\xda\x27" or b"CmnD" not in data[:32]:
                    raise ValueError(f"{library}: {symbol} is not an ICU common data package")
                return symbol, data
    raise ValueError(f"{library}: {symbol} lies in no loadable segment")


def _listing(package: Path) -> list[str]:
    lines = _run("icupkg", "-l", str(package)).splitlines()
    return [line.strip() for line in lines if line.strip()]


def trim_library(library: Path, work: Path) -> tuple[Path, list[str]]:
    """A copy of the data library in `work` without the dropped items; (its path, those items)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise FileNotFoundError(
            f"the ICU data trimming needs {', '.join(missing)}: `make system-packages` "
            "(icu-devtools, binutils)"
        )
    symbol, data = _data_bytes(library)
    # icupkg checks that a package's file name matches its items' prefix (icudt73l/...).
    package = work / f"{symbol.removesuffix('_dat')}l.dat"
    trimmed_dir = work / "trimmed"
    shutil.rmtree(work, ignore_errors=True)
    trimmed_dir.mkdir(parents=True)
    package.write_bytes(data)
    items = _listing(package)
    dropped = dropped_items(items)
    (work / "dropped.txt").write_text("".join(f"{item}\n" for item in dropped), encoding="utf-8")
    trimmed = trimmed_dir / package.name
    _run("icupkg", "-r", str(work / "dropped.txt"), str(package), str(trimmed))
    if sorted(_listing(trimmed)) != sorted(set(items) - set(dropped)):
        raise RuntimeError(f"icupkg left other items than expected in {trimmed}")
    assembly = work / "icudata.S"
    assembly.write_text(
        "\t.section .rodata\n\t.balign 16\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
        f'\t.incbin "{trimmed}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    output = work / library.name
    _run("as", "-o", str(work / "icudata.o"), str(assembly))
    _run("ld", "-shared", "-soname", library.name, "-o", str(output), str(work / "icudata.o"))
    if _data_bytes(output) != (symbol, trimmed.read_bytes()):
        raise RuntimeError(f"{output} does not hold {trimmed}")
    return output, dropped


def slim_icu(binaries: Sequence[Entry], work: Path) -> tuple[list[Entry], int, int]:
    """`binaries` with a trimmed ICU data library; (entries, bytes before, bytes after)."""
    result = list(binaries)
    for index, (name, source, kind) in enumerate(result):
        if DATA_LIBRARY.match(_base(name)):
            check_qt_calls(binaries)
            output, _dropped = trim_library(Path(source), work)
            result[index] = (name, str(output), kind)
            return result, Path(source).stat().st_size, output.stat().st_size
    return result, 0, 0
