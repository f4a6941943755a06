#!/usr/bin/env bash
# End-to-end check of the bundle for older releases (`make package-test-lts`), with the checks
# package-test.sh makes of the standard one (deb-checks.sh):
#
#  1. the build in a clean Ubuntu 22.04 root (build-in-root.sh, with its figures), and the newest
#     glibc symbol version any binary of the bundle needs: at most $GLIBC_MAX, Ubuntu 22.04's;
#  2. the .deb's contents, then its whole life in clean roots of each supported release
#     ($SUITES): install, the installed copy's self-test, demo data and backup, an upgrade
#     keeping the administrator's policy, remove, purge, the user's data unchanged throughout;
#  3. Debian 11 (bullseye, glibc 2.31), a known limit (docs/deploy.md): apt must refuse the
#     package on its libc6 dependency and, forced past it, the bundle must stop on a missing
#     GLIBC_ symbol version, and Qt's own libraries (from the wheels, whatever the build root)
#     must need a newer glibc than Debian 11's; the exact errors are printed. Should either
#     ever load there, the test fails: the documentation would be wrong.
#
# Needs root, debootstrap and the Ubuntu and Debian mirrors (minimal roots cached in
# build/package-test/); CI does not run it (too long). REUSE_BUNDLE=1 keeps an existing dist/lts.
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/roots.sh
. packaging/deb-checks.sh

SUITES=${LTS_TEST_SUITES-jammy bookworm}  # set empty to check the known limit alone
LIMIT_SUITE=bullseye
GLIBC_MAX=2.35
CACHE=build/package-test
OUT=dist/lts
VERSION=$(.venv/bin/python -c 'import sys; sys.path.insert(0, "packaging"); import bundle_plan, pathlib; print(bundle_plan.read_version(pathlib.Path(".")))')
ARCH=$(dpkg --print-architecture)
DEB=$OUT/coachapp_${VERSION}_${ARCH}.deb
NEXT=${VERSION}+pkgtest1
[ "$(id -u)" -eq 0 ] || { echo "$0 needs root (debootstrap, chroot)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/coachapp-package-test-lts.XXXXXX")
trap 'rm -rf --one-file-system "$WORK"' EXIT
export LANG=C.UTF-8

step "1. Bundle and .deb built in a clean Ubuntu 22.04 root"
if [ "${REUSE_BUNDLE:-0}" = 1 ] && [ -f "$DEB" ]; then
    echo "   REUSE_BUNDLE=1: using the existing $OUT"
else
    packaging/build-in-root.sh || fail "build-in-root.sh"
fi
[ -f "$DEB" ] || fail "$DEB was not built"
read -r floor needing <<<"$(glibc_needs "$OUT/coachapp")"
figure "newest glibc symbol" "$floor (in $needing)"
printf '%s\n' "${floor#GLIBC_}" "$GLIBC_MAX" | sort -CV \
    || fail "the bundle needs $floor, newer than Ubuntu 22.04's GLIBC_$GLIBC_MAX"
figure "bundle size (MB)" "$(du -sm "$OUT/coachapp" | cut -f1)"
figure ".deb size (MB)" "$(awk "BEGIN{printf \"%.1f\", $(stat -c %s "$DEB") / 1e6}")"
figure "installed size (MB)" "$(dpkg-deb --field "$DEB" Installed-Size | awk '{printf "%.1f", $1 / 1024}')"

step "2. Debian package"
check_deb "$DEB"
step "Second package, version $NEXT, for the upgrade"
.venv/bin/python packaging/build_deb.py --bundle "$OUT/coachapp" --version "$NEXT" --out "$WORK" | sed 's/^/   /'
NEXT_DEB=$WORK/coachapp_${NEXT}_${ARCH}.deb
[ "$(dpkg-deb --field "$NEXT_DEB" Depends)" = "$(dpkg-deb --field "$DEB" Depends)" ] \
    || fail "the upgrade package's Depends differ from the built one's"

for suite in $SUITES; do
    step "Clean $suite root"
    open_root debootstrap "$suite"
    lifecycle "$DEB" "$NEXT_DEB"
    FIGURES["install in $suite (s)"]=${FIGURES["install (s)"]}
    rm -rf --one-file-system "$R"
done

step "3. Clean $LIMIT_SUITE root: a known limit"
open_root debootstrap "$LIMIT_SUITE"
# shellcheck disable=SC2016 # dpkg-query's format, not the shell's
root_glibc=$(in_root dpkg-query -W -f='${Version}' libc6)
pkg install "$DEB" >"$WORK/limit-apt.log" 2>&1 && fail "apt installed the package on $LIMIT_SUITE: its Depends should refuse it"
refusal=$(grep -E '^ *coachapp : Depends: libc6' "$WORK/limit-apt.log") \
    || { cat "$WORK/limit-apt.log"; fail "apt refused the package on $LIMIT_SUITE for another reason than libc6"; }
echo "   apt refuses it:$refusal"
# Forced past Depends (its other dependencies installed), as an administrator might try.
others=$(dpkg-deb --field "$DEB" Depends | tr ',' '\n' | sed 's/[(|].*//; s/ //g' | grep -vx libc6)
# shellcheck disable=SC2086
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $others \
    </dev/null >"$WORK/limit-deps.log" 2>&1 || { cat "$WORK/limit-deps.log"; fail "the other Depends on $LIMIT_SUITE"; }
cp "$DEB" "$R/tmp/"
in_root dpkg --force-depends -i "/tmp/$(basename "$DEB")" >"$WORK/limit-dpkg.log" 2>&1 \
    || { cat "$WORK/limit-dpkg.log"; fail "dpkg --force-depends on $LIMIT_SUITE"; }
app self-test >"$WORK/limit-self-test.log" 2>&1 \
    && fail "the bundle ran its self-test on $LIMIT_SUITE (libc6 $root_glibc): docs/deploy.md says it cannot"
missing=$(grep -o "version \`GLIBC_[0-9.]*' not found (required by [^)]*)" "$WORK/limit-self-test.log") \
    || { cat "$WORK/limit-self-test.log"; fail "the self-test failed on $LIMIT_SUITE for another reason than glibc"; }
sed 's/^/   | /' "$WORK/limit-self-test.log"
# Qt as the wheels ship it, whatever built the interpreter: its core library, as the loader sees it.
qt_core=/opt/coachapp/_internal/PySide6/Qt/lib/libQt6Core.so.6
qt_missing=$(in_root ldd "$qt_core" 2>&1 | grep -o "version \`GLIBC_[0-9.]*' not found (required by $qt_core)" | sort -V | tail -1) \
    || fail "Qt's core library loads on $LIMIT_SUITE: docs/deploy.md says it cannot"
echo "   Qt's core library: $qt_missing"
newer=$(glibc_needs "$OUT/coachapp" "${root_glibc%%-*}")
echo "   binaries needing more than glibc ${root_glibc%%-*}: $(wc -w <<<"$newer") ($newer)"
in_root dpkg --purge coachapp >"$WORK/limit-purge.log" 2>&1 || { cat "$WORK/limit-purge.log"; fail "purge on $LIMIT_SUITE"; }
if [ -e "$R/opt/coachapp" ] || [ -e "$R/etc/coachapp" ]; then fail "purge left files on $LIMIT_SUITE"; fi
echo "   purged"

step "Figures"
for key in "newest glibc symbol" "bundle size (MB)" ".deb size (MB)" "installed size (MB)"; do
    printf '   %-26s %s\n' "$key" "${FIGURES[$key]}"
done
for suite in $SUITES; do
    printf '   %-26s %s\n' "install in $suite (s)" "${FIGURES["install in $suite (s)"]}"
done
echo
echo "package-test-lts: all checks passed (clean roots: ${SUITES:-none})"
echo "KNOWN LIMIT on $LIMIT_SUITE (libc6 $root_glibc): apt refuses the package;$refusal"
echo "KNOWN LIMIT on $LIMIT_SUITE, forced: $(head -1 <<<"$missing"); Qt: $qt_missing"
