#!/usr/bin/env bash
# End-to-end check of the packaged app (`make package-test`), with the figures that matter:
#
#  1. a clean PyInstaller build (time, size, file count), the frozen `--version`, `self-test`,
#     demo data, PDF and calendar exports and a first paint of the window, offscreen;
#  2. start-up times, frozen beside source (`python main.py`), median of $RUNS runs;
#  3. the .deb (`make package`): contents, conffile, desktop entry;
#  4. its life in a clean root, as IT runs it: install, the installed copy's self-test and demo
#     data in a user's profile, an upgrade to a second package with a higher version that keeps
#     the administrator's edit of /etc/coachapp/policy.json, remove (conffile kept), purge
#     (conffile gone); the user's data is checked unchanged after every step.
#
# The clean root is a minimal Debian made by debootstrap (cached in build/package-test/), where
# apt resolves Depends as on a real workstation (needs root and the distribution's mirror);
# PACKAGE_TEST_ROOT=dpkg uses an empty folder with its own dpkg database instead (dpkg --root,
# Depends not installed there: checked against this machine with ldd). Default: debootstrap
# when running as root, else dpkg. REUSE_BUNDLE=1 skips the clean build (no build time then).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
LIMIT=300  # seconds any one run of the app may take
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

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
since_s() { awk -v start="$1" -v now="$(now_ms)" 'BEGIN { printf "%.1f", (now - start) / 1000 }'; }
declare -A FIGURES=()
figure() { FIGURES[$1]=$2; printf '   %s: %s\n' "$1" "$2"; }

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

expect_ok() {  # run "$@", show its output, fail unless it exits 0
    local out
    out=$("$@" 2>&1) || { printf '%s\n' "$out"; fail "$* exited with $?"; }
    printf '%s\n' "$out" | sed 's/^/   | /'
}

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
figure "bundle size (MB)" "$(du -sm dist/coachapp | cut -f1)"
figure "bundle files" "$(find dist/coachapp -type f | wc -l) (+ $(find dist/coachapp -type l | wc -l) symbolic links)"
grep -q "binaries kept" "$WORK/bundle.log" && grep "binaries kept" "$WORK/bundle.log" | sed 's/^/   /'

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
dpkg-deb --field "$DEB" Package Version Depends | sed 's/^/   /'
[ "$(dpkg-deb --ctrl-tarfile "$DEB" | tar -xOf - ./conffiles)" = "/etc/coachapp/policy.json" ] \
    || fail "policy.json is not the one conffile"
dpkg-deb --fsys-tarfile "$DEB" | tar -xOf - ./usr/share/applications/coachapp.desktop >"$WORK/coachapp.desktop"
desktop-file-validate "$WORK/coachapp.desktop" || fail "desktop entry"
dpkg-deb --contents "$DEB" >"$WORK/contents.txt"
for path in ./opt/coachapp/coachapp ./usr/bin/coachapp ./etc/coachapp/policy.json \
    ./usr/share/doc/coachapp/policy.example.json ./usr/share/icons/hicolor/scalable/apps/coachapp.svg \
    ./usr/share/icons/hicolor/48x48/apps/coachapp.png; do
    grep -q " $path\( ->.*\)\?$" "$WORK/contents.txt" || fail "$path missing from the package"
done
echo "   contents, conffile and desktop entry OK"

step "Second package, version $NEXT, for the upgrade"
dpkg --compare-versions "$NEXT" gt "$VERSION" || fail "$NEXT does not sort after $VERSION"
$BIN/python packaging/build_deb.py --version "$NEXT" --out "$WORK" | sed 's/^/   /'
NEXT_DEB=$WORK/coachapp_${NEXT}_${ARCH}.deb

step "4. Clean root ($MODE)"
R=$WORK/root
USER_HOME=/home/agent
DATA=$USER_HOME/.local/share/CoachApp
root_env=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)

if [ "$MODE" = debootstrap ]; then
    suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
    tarball=$CACHE/$suite-minbase.tar
    if [ ! -f "$tarball" ]; then
        mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
        mkdir -p "$CACHE"
        start=$(now_ms)
        debootstrap --variant=minbase "$suite" "$WORK/bootstrap" ${mirror:+"$mirror"} >"$WORK/debootstrap.log" 2>&1 \
            || { tail -20 "$WORK/debootstrap.log"; fail "debootstrap (try PACKAGE_TEST_ROOT=dpkg)"; }
        tar -C "$WORK/bootstrap" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
        rm -rf --one-file-system "$WORK/bootstrap"
        figure "debootstrap, once (s)" "$(since_s "$start")"
    fi
    mkdir "$R" && tar -C "$R" -xf "$tarball"
    cp /etc/resolv.conf "$R/etc/resolv.conf"
    mkdir -p "$R$USER_HOME"
    in_root() { chroot "$R" "${root_env[@]}" "$@"; }
    as_user() { in_root env HOME="$USER_HOME" "$@"; }
    app() { as_user timeout "$LIMIT" coachapp "$@"; }
    pkg() {  # pkg install FILE | remove | purge: what IT runs (docs/deploy.md)
        case $1 in
            install) cp "$2" "$R/tmp/" && in_root env DEBIAN_FRONTEND=noninteractive \
                apt-get install -y -q --no-install-recommends "/tmp/$(basename "$2")" </dev/null ;;
            remove | purge) in_root env DEBIAN_FRONTEND=noninteractive apt-get "$1" -y -q coachapp </dev/null ;;
        esac
    }
    in_root apt-get update -qq
else
    mkdir -p "$R/var/lib/dpkg/info" "$R/var/lib/dpkg/updates" "$R/var/lib/dpkg/triggers" "$R$USER_HOME"
    touch "$R/var/lib/dpkg/status" "$R/var/lib/dpkg/available"
    in_root() { "${root_env[@]}" "$@"; }
    # The policy path and the user's profile, inside the root.
    app() { timeout "$LIMIT" "${root_env[@]}" HOME="$R$USER_HOME" COACHAPP_POLICY="$R/etc/coachapp/policy.json" "$R/usr/bin/coachapp" "$@"; }
    pkg() {
        local dpkg=(dpkg --root="$R" --force-script-chrootless --force-depends)
        case $1 in
            install) "${dpkg[@]}" -i "$2" </dev/null ;;
            remove) "${dpkg[@]}" -r coachapp </dev/null ;;
            purge) "${dpkg[@]}" -P coachapp </dev/null ;;
        esac
    }
fi

status() { in_root dpkg-query --admindir="${ADMIN:-/var/lib/dpkg}" -W -f='${Status} ${Version}' coachapp 2>/dev/null || true; }
[ "$MODE" = dpkg ] && ADMIN=$R/var/lib/dpkg
# The user's data folder, file by file (SQLite's transient -wal/-shm files and the lock aside).
fingerprint() {
    (cd "$R$DATA" && find . -type f ! -name '*.lock' ! -name '*-wal' ! -name '*-shm' -print0 \
        | sort -z | xargs -0 sha256sum)
}

start=$(now_ms)
pkg install "$DEB" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log"; fail "install"; }
figure "install (s)" "$(since_s "$start")"
[ "$(status)" = "install ok installed $VERSION" ] || fail "status after install: $(status)"
cmp -s "$R/etc/coachapp/policy.json" packaging/linux/policy.json || fail "installed policy differs"
if [ "$MODE" = dpkg ]; then  # the system libraries the package depends on: here, this machine's
    missing=$(find "$R/opt/coachapp" -type f \( -name '*.so*' -o -name coachapp \) -exec sh -c \
        'LD_LIBRARY_PATH="$1/_internal:$1/_internal/PySide6/Qt/lib" ldd "$2" 2>/dev/null | grep "not found" || true' \
        _ "$R/opt/coachapp" {} \; | sort -u)
    [ -z "$missing" ] || fail "libraries neither bundled nor on this machine: $missing"
fi
[ "$(app --version)" = "CoachApp $VERSION" ] || fail "installed --version: $(app --version)"
echo "   installed --version: $(app --version)"
expect_ok app self-test
expect_ok app demo --size small
expect_ok app backup
[ -f "$R$DATA/journal.db" ] || fail "no journal in the user's profile"
before=$(fingerprint)
echo "   user data: $(echo "$before" | wc -l) files in $DATA"

step "Administrator edits the policy, then upgrades to $NEXT"
cp packaging/linux/policy.example.json "$R/etc/coachapp/policy.json"
pkg install "$NEXT_DEB" >"$WORK/upgrade.log" 2>&1 || { cat "$WORK/upgrade.log"; fail "upgrade"; }
[ "$(status)" = "install ok installed $NEXT" ] || fail "status after upgrade: $(status)"
cmp -s "$R/etc/coachapp/policy.json" packaging/linux/policy.example.json || fail "the upgrade replaced the edited policy"
[ ! -e "$R/etc/coachapp/policy.json.dpkg-new" ] || fail "the upgrade left policy.json.dpkg-new"
echo "   edited /etc/coachapp/policy.json kept, no prompt"
[ "$(fingerprint)" = "$before" ] || fail "the upgrade changed the user's data"
[ "$(app --version)" = "CoachApp $VERSION" ] || fail "upgraded --version: $(app --version)"
expect_ok app self-test
before=$(fingerprint)

step "Remove, then purge"
pkg remove >"$WORK/remove.log" 2>&1 || { cat "$WORK/remove.log"; fail "remove"; }
[ "$(status)" = "deinstall ok config-files $NEXT" ] || fail "status after remove: $(status)"
[ ! -e "$R/opt/coachapp" ] && [ ! -e "$R/usr/bin/coachapp" ] || fail "remove left the program"
cmp -s "$R/etc/coachapp/policy.json" packaging/linux/policy.example.json || fail "remove touched the policy"
[ "$(fingerprint)" = "$before" ] || fail "remove changed the user's data"
echo "   program gone; edited policy and user data kept"
pkg purge >"$WORK/purge.log" 2>&1 || { cat "$WORK/purge.log"; fail "purge"; }
[ -z "$(status)" ] || [ "$(status)" = "unknown ok not-installed " ] || fail "status after purge: $(status)"
[ ! -e "$R/etc/coachapp" ] || fail "purge left /etc/coachapp: $(ls -A "$R/etc/coachapp")"
[ "$(fingerprint)" = "$before" ] || fail "purge changed the user's data"
echo "   policy gone with purge; user data kept ($(echo "$before" | wc -l) files)"

step "Figures"
for key in "build time (s)" "bundle size (MB)" "bundle files" "package time (s)" ".deb size (MB)" \
    "install (s)" "frozen --version" "source --version" "frozen self-test" "source self-test"; do
    printf '   %-22s %s\n' "$key" "${FIGURES[$key]}"
done
echo
echo "package-test: all checks passed ($MODE root)"
