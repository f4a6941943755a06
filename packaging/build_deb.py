"""Build the Debian package of the PyInstaller bundle with plain dpkg-deb (`make package`).

    python packaging/build_deb.py [--bundle dist/coachapp] [--out dist] [--version 0.1.0]

Layout: the bundle in /opt/coachapp, /usr/bin/coachapp (a relative symbolic link to it), a
desktop entry, the icon in the hicolor theme, the machine policy /etc/coachapp/policy.json
(a conffile: an administrator's edit survives upgrades; purge removes it) and its documented
example in /usr/share/doc/coachapp. Depends lists the system libraries the bundled binaries
link to but the bundle does not carry (found with readelf, named with dpkg -S), the C library
at the newest symbol version used, and the data packages Qt and zoneinfo read.
Needs dpkg-deb, fakeroot and binutils (readelf, objdump); `make package` installs them.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bundle_plan import read_version

ROOT = Path(__file__).resolve().parent.parent
LINUX = Path(__file__).resolve().parent / "linux"
PACKAGE = "coachapp"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

# Read at run time, not linked: fontconfig's configuration and a font for the bundled
# libfontconfig, the time zone database for zoneinfo (rituals keep their zone).
DATA_DEPENDS = ("fontconfig-config", "fonts-dejavu-core", "tzdata")
GLIBC = re.compile(
    r"^(libc|libm|libdl|libpthread|librt|libresolv|libutil|ld-linux[-\w]*)\.so[.\d]*$"
)
GLIBC_VERSION = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")

DESCRIPTION = """\
Description: desktop companion for managers practising a new management model
 CoachApp turns a management model (experimentation and the right to error,
 co-construction, delegation, growing agents' skills) into daily practice: a
 private journal, co-construction rituals, delegation and experiment boards,
 timely prompts, and exports a coach can review. French first, English complete.
 .
 Everything stays on the workstation: no network connection, no telemetry.
 IT can set machine-wide defaults and locks in /etc/coachapp/policy.json.
"""


def run(*command: str | Path, capture: bool = True) -> str:
    done = subprocess.run(
        [str(part) for part in command], capture_output=capture, text=True, check=False
    )
    if done.returncode != 0:
        detail = (done.stderr or "").strip() if capture else ""
        raise SystemExit(f"{' '.join(map(str, command))} failed ({done.returncode}): {detail}")
    return done.stdout if capture else ""


def elf_files(tree: Path) -> list[Path]:
    found = []
    for path in sorted(tree.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_libraries(binary: Path) -> list[str]:
    dynamic = run("readelf", "--dynamic", "--wide", binary)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)


def glibc_floor(binaries: list[Path]) -> tuple[int, ...]:
    newest: tuple[int, ...] = (2, 2)
    for binary in binaries:
        for match in GLIBC_VERSION.finditer(run("objdump", "-T", binary)):
            version = tuple(int(part) for part in match.groups() if part is not None)
            newest = max(newest, version)
    return newest


@functools.cache
def system_libraries() -> dict[str, str]:
    """Library name -> path, from the dynamic linker's cache, for this machine's architecture."""
    flag = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(os.uname().machine)
    found: dict[str, str] = {}
    for line in run("ldconfig", "-p").splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        soname, _, flags = name.partition(" (")
        if flag is None or flag in flags:
            found.setdefault(soname, path.strip())
    return found


def owning_package(soname: str) -> str:
    """The Debian package that ships `soname` on this machine."""
    path = system_libraries().get(soname)
    candidates = []
    if path:
        real = os.path.realpath(path)
        candidates = [path, real]
        candidates += [p.replace("/usr/lib/", "/lib/", 1) for p in (path, real)]
        candidates += ["/usr" + p for p in (path, real) if p.startswith("/lib/")]
    for candidate in dict.fromkeys(candidates):
        done = subprocess.run(
            ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
        )
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].strip()
    raise SystemExit(
        f"The bundle links to {soname}, which it does not carry, and no installed package "
        "provides it here: install the package that does (apt-cache search) and build again."
    )


def system_depends(bundle: Path) -> list[str]:
    """What the bundled binaries need from the system, as Debian package names."""
    binaries = elf_files(bundle)
    bundled = {path.name for path in bundle.rglob("*")}
    packages: set[str] = set()
    for binary in binaries:
        for soname in needed_libraries(binary):
            if soname in bundled or GLIBC.match(soname):
                continue
            packages.add(owning_package(soname))
    floor = ".".join(str(part) for part in glibc_floor(binaries))
    return [f"libc6 (>= {floor})", *sorted(packages | set(DATA_DEPENDS))]


def render_icon(svg: Path, size: int, target: Path) -> None:
    """Draw the SVG at `size` pixels with Qt, for a size resources/icons has no PNG of."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"cannot write {target}")


def install_file(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def normalise_modes(tree: Path) -> None:
    """0755 for folders and anything executable, 0644 for the rest, whatever the umask."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage(bundle: Path, tree: Path) -> None:
    shutil.copytree(bundle, tree / "opt" / PACKAGE, symlinks=True)
    launcher = tree / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(Path("..", "..", "opt", PACKAGE, PACKAGE))
    share = tree / "usr" / "share"
    install_file(LINUX / "coachapp.desktop", share / "applications" / f"{PACKAGE}.desktop")
    icons = ROOT / "resources" / "icons"
    hicolor = share / "icons" / "hicolor"
    install_file(icons / "coachapp.svg", hicolor / "scalable" / "apps" / f"{PACKAGE}.svg")
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{PACKAGE}.png"
        png = icons / f"coachapp-{size}.png"
        if png.is_file():
            install_file(png, target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            render_icon(icons / "coachapp.svg", size, target)
    install_file(LINUX / "policy.json", tree / "etc" / PACKAGE / "policy.json")
    doc = share / "doc" / PACKAGE
    install_file(LINUX / "policy.example.json", doc / "policy.example.json")
    install_file(ROOT / "docs" / "deploy.md", doc / "deploy.md")
    install_file(ROOT / "LICENSE", doc / "copyright")


def control(version: str, architecture: str, depends: list[str], size_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        "Maintainer: CoachApp maintainers <coachapp@users.noreply.github.com>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Homepage: https://github.com/coachapp/coachapp\n"
        f"{DESCRIPTION}"
    )


def installed_size_kib(tree: Path) -> int:
    total = sum(
        path.lstat().st_size for path in tree.rglob("*") if path.is_file() or path.is_symlink()
    )
    return (total + 1023) // 1024


def build(bundle: Path, out: Path, version: str) -> Path:
    if not (bundle / PACKAGE).is_file():
        raise SystemExit(f"no bundle in {bundle}: run `make bundle` first")
    architecture = run("dpkg", "--print-architecture").strip()
    tree = ROOT / "build" / "deb" / f"{PACKAGE}_{version}_{architecture}"
    if tree.exists():
        shutil.rmtree(tree)
    tree.mkdir(parents=True)
    stage(bundle, tree)
    normalise_modes(tree)
    depends = system_depends(tree / "opt" / PACKAGE)
    debian = tree / "DEBIAN"
    debian.mkdir(mode=0o755)
    size = installed_size_kib(tree)
    (debian / "control").write_text(control(version, architecture, depends, size), "utf-8")
    (debian / "conffiles").write_text(f"/etc/{PACKAGE}/policy.json\n", "utf-8")
    for script in ("postinst", "postrm"):
        install_file(LINUX / script, debian / script, 0o755)
    (debian / "control").chmod(0o644)
    (debian / "conffiles").chmod(0o644)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{version}_{architecture}.deb"
    run("fakeroot", "dpkg-deb", "--root-owner-group", "-Zxz", "--build", tree, deb)
    shutil.rmtree(tree)
    print(f"Depends: {', '.join(depends)}")
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB, {size / 1024:.1f} MB installed)")
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", default=read_version(ROOT), help="default: the app's")
    args = parser.parse_args(argv)
    build(args.bundle.resolve(), args.out.resolve(), args.version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
