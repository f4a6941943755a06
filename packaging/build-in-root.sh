#!/usr/bin/env bash
# Build the bundle and the .deb inside a clean Ubuntu 22.04 root (`make bundle-lts`), so that they
# need glibc 2.35 at most and run on Ubuntu 22.04 and newer, Debian 12 and newer (docs/deploy.md).
# A bundle needs the glibc of the machine that built it, its Python interpreter included: one built
# on Debian 12 needs glibc 2.36.
#
#   packaging/build-in-root.sh    # as root; outputs in dist/lts/, checked by package-test-lts.sh
#
# Ubuntu 22.04 ships Python 3.11 only as a release candidate (3.11.0~rc1, universe, no security
# updates since), so the interpreter is Debian 12's maintained python3.11 source package (upstream
# 3.11.2 with Debian's fixes and security backports, `apt-get source` from deb.debian.org), built
# in the Ubuntu root with a shared libpython for PyInstaller. That root, with Python installed in
# /opt/python3.11, is cached as build/lts/jammy-python-$PYTHON_DEB.tar (a few minutes to make,
# once; delete it to rebuild). Each build then starts from a fresh copy of it: a venv with the
# pinned requirements/build.txt, a copy of this working tree (no .venv, build, dist or .git), and
# `make bundle package` there, exactly as on a workstation.
#
# Needs root, debootstrap, gpgv, unshare, the Ubuntu and Debian mirrors and PyPI (through this
# machine's pip certificate settings, copied into the root).
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/roots.sh
. packaging/deb-checks.sh

SUITE=${LTS_SUITE:-jammy}
# Debian 12's python3.11 source package (bookworm point release; apt-get source checks it against
# Debian's signed index).
PYTHON_DEB=${LTS_PYTHON_DEB:-3.11.2-6+deb12u8}
PYTHON_PREFIX=/opt/python3.11
CACHE=build/lts
PACKAGE_TEST_CACHE=build/package-test  # the same minimal roots package-test.sh installs into
OUT=dist/lts
[ $# -eq 0 ] || { echo "usage: $0" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "$0 needs root (debootstrap, chroot)" >&2; exit 1; }
for tool in debootstrap gpgv unshare; do
    command -v "$tool" >/dev/null || { echo "$0 needs $tool (apt-get install debootstrap gpgv util-linux)" >&2; exit 1; }
done

# Packages of the build root: a compiler and Python's build dependencies (no Tk, curses, readline,
# dbm: the app uses none of them), the packaging tools, and the system libraries Qt's tools and
# PyInstaller's analysis look for (the bundle carries most of them; the .deb depends on the rest).
BUILD_PACKAGES=(build-essential dpkg-dev make ca-certificates xz-utils libssl-dev libffi-dev
    libsqlite3-dev zlib1g-dev libbz2-dev liblzma-dev uuid-dev libexpat1-dev libmpdec-dev
    binutils icu-devtools fakeroot desktop-file-utils debootstrap
    libgl1 libegl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
    libxkbcommon0 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xfixes0
    libxcb-sync1 libxcb-shm0 libxcb-render0 libxcb-util1 libwayland-client0 libwayland-cursor0
    libwayland-egl1 libbrotli1 fontconfig-config fonts-dejavu-core tzdata)

mkdir -p "$CACHE" "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/var/tmp}/coachapp-lts.XXXXXX")
trap 'rm -rf --one-file-system "$WORK"' EXIT
R=$WORK/root
BUILD_ROOT=$CACHE/$SUITE-python-$PYTHON_DEB.tar

# The host's certificate authorities (a proxy's included), for pip and apt over HTTPS in the root.
host_ca() { cp /etc/ssl/certs/ca-certificates.crt "$1/etc/ssl/host-ca-certificates.crt"; }

if [ ! -f "$BUILD_ROOT" ]; then
    step "Build root: $SUITE with Python from Debian's python3.11 $PYTHON_DEB (once)"
    start=$(now_ms)
    base=$(minbase_tarball "$SUITE" "$PACKAGE_TEST_CACHE" "$WORK/debootstrap.log")
    mkdir "$R" && tar -C "$R" -xf "$base"
    mirror=$(suite_mirror "$SUITE")
    security=${mirror%/ubuntu}
    [ "$security" = http://archive.ubuntu.com ] && security=http://security.ubuntu.com
    cat >"$R/etc/apt/sources.list" <<EOF
deb $mirror $SUITE main universe
deb $mirror $SUITE-updates main universe
deb $security/ubuntu $SUITE-security main universe
EOF
    cp /usr/share/keyrings/debian-archive-keyring.gpg "$R/usr/share/keyrings/"
    cat >"$R/etc/apt/sources.list.d/debian-python-src.list" <<EOF
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main
EOF
    cp /etc/resolv.conf "$R/etc/resolv.conf"
    in_chroot "$R" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends ${BUILD_PACKAGES[*]}" \
        >"$WORK/apt.log" 2>&1 || { tail -30 "$WORK/apt.log"; exit 1; }
    cat >"$R/root/build-python.sh" <<EOF
set -e
mkdir -p /usr/src/python && cd /usr/src/python
apt-get source -qq python3.11=$PYTHON_DEB >source.log 2>&1 || { cat source.log; exit 1; }
cd python3.11-*/
# A security backport (CVE-2026-4224) includes a core header in pyexpat.c, which Debian builds
# into the interpreter; built as an extension module here, it needs Py_BUILD_CORE_MODULE (as
# pyexpat.c defines it in Python 3.12).
grep -q '^#include "pycore_ceval.h"' Modules/pyexpat.c \\
    && sed -i '1i #ifndef Py_BUILD_CORE_BUILTIN\n#  define Py_BUILD_CORE_MODULE 1\n#endif' Modules/pyexpat.c
mkdir build && cd build
# Debian's own options where they apply; ensurepip is run by venv, not at install.
../configure --prefix=$PYTHON_PREFIX --enable-shared --enable-ipv6 --without-ensurepip \\
    --enable-loadable-sqlite-extensions --with-computed-gotos --with-system-expat \\
    --with-system-ffi --with-ssl-default-suites=openssl LDFLAGS=-Wl,-rpath,$PYTHON_PREFIX/lib \\
    >configure.log 2>&1 || { tail -30 configure.log; exit 1; }
make -j"\$(nproc)" >make.log 2>&1 || { tail -30 make.log; exit 1; }
if grep -A3 -E "^Failed to build these modules|were removed because they could not be imported" make.log; then
    exit 1
fi
make install >install.log 2>&1 || { tail -30 install.log; exit 1; }
$PYTHON_PREFIX/bin/python3.11 -c 'import ssl, sqlite3, ctypes, lzma, bz2, zlib, pyexpat, _decimal, uuid, zoneinfo, xml.etree.ElementTree; print("built", __import__("sys").version)'
cd / && rm -rf /usr/src/python
EOF
    in_chroot "$R" nice -n 10 sh /root/build-python.sh 2>&1 | tee "$WORK/python.log" | tail -5
    [ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
    rm -f "$R/root/build-python.sh" "$R/etc/resolv.conf"
    rm -rf "$R/var/cache/apt/archives/"*.deb "$R/var/lib/apt/lists/"*_*
    tar -C "$R" -cf "$BUILD_ROOT.part" . && mv "$BUILD_ROOT.part" "$BUILD_ROOT"
    rm -rf --one-file-system "$R"
    echo "   build root made in $(since_s "$start") s: $BUILD_ROOT"
fi

step "Build in a fresh copy of the $SUITE root"
start=$(now_ms)
mkdir "$R" && tar -C "$R" -xf "$BUILD_ROOT"
cp /etc/resolv.conf "$R/etc/resolv.conf"
host_ca "$R"
# A root cached before a package joined BUILD_PACKAGES (icu-devtools, for the ICU trimming) gets
# it now; the cached root keeps no apt lists, so they are fetched first.
# shellcheck disable=SC2016 # expanded by the root's shell
missing=$(in_chroot "$R" sh -c 'for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done' \
    sh "${BUILD_PACKAGES[@]}" | tr '\n' ' ')
if [ -n "${missing// /}" ]; then
    echo "   installing in the cached root: $missing"
    in_chroot "$R" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends $missing" \
        >"$WORK/apt.log" 2>&1 || { tail -30 "$WORK/apt.log"; exit 1; }
fi
mkdir "$R/src"
tar --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./.git --exclude='*.egg-info' \
    --exclude=__pycache__ --exclude=.mypy_cache --exclude=.ruff_cache --exclude=.pytest_cache \
    --exclude='./resources/translations/*.qm' -cf - . | tar -C "$R/src" -xf -
# The Makefile's venv, with the pinned packaging requirements only (no test tools); its stamps
# say so, so that `make bundle package` goes straight to PyInstaller and dpkg-deb.
cat >"$R/root/build.sh" <<EOF
set -e
cd /src
$PYTHON_PREFIX/bin/python3.11 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements/build.txt
touch .venv/.installed .venv/.build-installed
QT_QPA_PLATFORM=offscreen make --no-print-directory bundle package
EOF
in_chroot "$R" env PIP_CERT=/etc/ssl/host-ca-certificates.crt nice -n 10 sh /root/build.sh \
    >"$WORK/build.log" 2>&1 || { grep -v '^  - ' "$WORK/build.log" | tail -40; exit 1; }
build_s=$(since_s "$start")
grep -E "binaries kept|^Depends:|\.deb \(" "$WORK/build.log" | sed 's/^/   /'

rm -rf "$OUT/coachapp" "$OUT"/coachapp_*.deb
cp -a "$R/src/dist/coachapp" "$OUT/"
cp "$R/src/dist/"coachapp_*.deb "$OUT/"
cp "$WORK/build.log" "$OUT/build.log"

read -r floor needing <<<"$(glibc_needs "$OUT/coachapp")"
debs=("$OUT"/coachapp_*.deb)
deb=${debs[0]}
step "Figures ($SUITE root, Python $(chroot "$R" $PYTHON_PREFIX/bin/python3.11 -c 'import platform; print(platform.python_version())') from Debian's $PYTHON_DEB)"
printf '   %-26s %s\n' "build time (s)" "$build_s" \
    "bundle size (MB)" "$(du -sm "$OUT/coachapp" | cut -f1)" \
    ".deb size (MB)" "$(awk "BEGIN{printf \"%.1f\", $(stat -c %s "$deb") / 1e6}")" \
    "installed size (MB)" "$(dpkg-deb --field "$deb" Installed-Size | awk '{printf "%.1f", $1 / 1024}')" \
    "newest glibc symbol" "$floor (in $needing)" \
    "Depends" "$(dpkg-deb --field "$deb" Depends)"
echo
printf '   %s\n' "${debs[@]}"
