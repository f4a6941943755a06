#!/usr/bin/env bash
# End-to-end check of the packaged app (`make package-test`), with the figures that matter:
#
#  1. a clean PyInstaller build (time, size: at most $BUNDLE_MAX_MB MB, file count), the frozen
#     `--version`, `self-test`, demo data, PDF and calendar exports and a first paint of the
#     window, offscreen;
#  2. start-up times, frozen beside source (`python main.py`), median of $RUNS runs;
#  3. the .deb (`make package`): contents, conffile, desktop entry;
#  4. its life in a clean root, as IT runs it: install, the installed copy's self-test and demo
#     data in a user's profile, an upgrade to a second package with a higher version that keeps
#     the administrator's edit of /etc/coachapp/policy.json, remove (conffile kept), purge
#     (conffile gone); the user's data is checked unchanged after every step.
#
# The clean root is a minimal root of this machine's distribution made by debootstrap (cached
# in build/package-test/), where apt resolves Depends as on a real workstation (needs root and
# the distribution's mirror); PACKAGE_TEST_ROOT=dpkg uses an empty folder with its own dpkg
# database instead (dpkg --root, Depends not installed there: checked against this machine with
# ldd). Default: debootstrap when running as root, else dpkg. REUSE_BUNDLE=1 skips the clean
# build (no build time then). The bundle built for older releases is checked by
# package-test-lts.sh with the same checks (deb-checks.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/roots.sh
. packaging/deb-checks.sh

RUNS=${RUNS:-5}
BUNDLE_MAX_MB=${BUNDLE_MAX_MB:-125}  # issue 22: the installed bundle stays within this
BIN=.venv/bin
APP=dist/coachapp/coachapp
VERSION=$($BIN/python -c 'import sys; sys.path.insert(0, "packaging"); import bundle_plan, pathlib; print(bundle_plan.read_version(pathlib.Path(".")))')
ARCH=$(dpkg --print-architecture)
DEB=dist/coachapp_${VERSION}_${ARCH}.deb
NEXT=${VERSION}+pkgtest1
MODE=${PACKAGE_TEST_ROOT:-$([ "$(id -u)" -eq 0 ] && echo debootstrap || echo dpkg)}
CACHE=build/package-test

WORK=$(mktemp -d "${TMPDIR:-/tmp}/coachapp-package-test.XXXXXX")
cleanup() { rm -rf --one-file-system "$WORK"; }
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
export COACHAPP_POLICY="$WORK/no-policy.json"  # never this machine's own policy
unset COACHAPP_DATA_DIR

# Median wall time in ms of "$@" over $RUNS runs, after one warm-up run; output discarded.
median_ms() {
    local times=() start
    "$@" >/dev/null 2>&1 || fail "$* exited with $?"
    for _ in $(seq "$RUNS"); do
        start=$(now_ms)
        "$@" >/dev/null 2>&1 || fail "$* exited with $?"
        times+=($(($(now_ms) - start)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p"
}

frozen() { timeout "$LIMIT" "$APP" "$@"; }  # the bundle, bounded in time

step "1. Clean build of the bundle"
make --no-print-directory .venv/.build-installed translations >/dev/null
if [ "${REUSE_BUNDLE:-0}" = 1 ] && [ -x "$APP" ]; then  # quicker reruns, no build figure
    echo "   REUSE_BUNDLE=1: using the existing dist/coachapp" | tee "$WORK/bundle.log"
    figure "build time (s)" "(not built)"
else
    rm -rf dist/coachapp build/pyinstaller
    start=$(now_ms)
    make --no-print-directory bundle >"$WORK/bundle.log" 2>&1 || { tail -40 "$WORK/bundle.log"; fail "make bundle"; }
    figure "build time (s)" "$(since_s "$start")"
fi
size_mb=$(du -sm dist/coachapp | cut -f1)
figure "bundle size (MB)" "$size_mb"
[ "$size_mb" -le "$BUNDLE_MAX_MB" ] || fail "the bundle takes $size_mb MB, over $BUNDLE_MAX_MB MB"
figure "bundle files" "$(find dist/coachapp -type f | wc -l) (+ $(find dist/coachapp -type l | wc -l) symbolic links)"
grep -E "binaries kept|ICU data library" "$WORK/bundle.log" | sed 's/^/   /' || true

step "Frozen app, offscreen, data in a temporary folder"
[ "$($APP --version)" = "CoachApp $VERSION" ] || fail "--version says $($APP --version)"
echo "   --version: $($APP --version)"
expect_ok frozen self-test --data-dir "$WORK/frozen"
expect_ok frozen demo --size small --data-dir "$WORK/frozen"
expect_ok frozen export --format pdf --out "$WORK/journal.pdf" --data-dir "$WORK/frozen"
expect_ok frozen export --format ics --out "$WORK/rituals.ics" --data-dir "$WORK/frozen"
grep -q "BEGIN:VEVENT" "$WORK/rituals.ics" || fail "the calendar export has no event"
timeout "$LIMIT" "$APP" --data-dir "$WORK/frozen" --exit-after-first-paint --no-crash-dialog \
    >"$WORK/gui.log" 2>&1 || { cat "$WORK/gui.log"; fail "the window did not paint"; }
echo "   the main window painted (offscreen) and closed"
expect_ok frozen self-test --data-dir "$WORK/frozen"

step "2. Start-up, median of $RUNS runs (ms)"
ms=$(median_ms "$APP" --version) && figure "frozen --version" "$ms"
ms=$(median_ms $BIN/python main.py --version) && figure "source --version" "$ms"
ms=$(median_ms "$APP" self-test --data-dir "$WORK/timing-frozen") && figure "frozen self-test" "$ms"
ms=$(median_ms $BIN/python main.py self-test --data-dir "$WORK/timing-source") && figure "source self-test" "$ms"

step "3. Debian package"
start=$(now_ms)
make --no-print-directory package >"$WORK/package.log" 2>&1 || { tail -40 "$WORK/package.log"; fail "make package"; }
figure "package time (s)" "$(since_s "$start")"
figure ".deb size (MB)" "$(awk "BEGIN{printf \"%.1f\", $(stat -c %s "$DEB") / 1e6}")"
check_deb "$DEB"

step "Second package, version $NEXT, for the upgrade"
$BIN/python packaging/build_deb.py --version "$NEXT" --out "$WORK" | sed 's/^/   /'
NEXT_DEB=$WORK/coachapp_${NEXT}_${ARCH}.deb

step "4. Clean root ($MODE)"
open_root "$MODE" "$(. /etc/os-release && echo "$VERSION_CODENAME")"
lifecycle "$DEB" "$NEXT_DEB"

step "Figures"
for key in "build time (s)" "bundle size (MB)" "bundle files" "package time (s)" ".deb size (MB)" \
    "install (s)" "frozen --version" "source --version" "frozen self-test" "source self-test"; do
    printf '   %-22s %s\n' "$key" "${FIGURES[$key]}"
done
echo
echo "package-test: all checks passed ($MODE root)"
