# shellcheck shell=bash
# Checks of a CoachApp .deb shared by package-test.sh and package-test-lts.sh. Sourced, not run,
# after roots.sh, from the top of the working tree, under `set -euo pipefail`, with WORK a
# temporary folder the caller deletes and CACHE the folder of cached minimal roots:
#
#   check_deb DEB               # contents, the one conffile, a valid desktop entry
#   open_root MODE SUITE        # a fresh clean root in $R, as on a workstation: MODE debootstrap
#                               # is a minimal SUITE (jammy, bookworm, bullseye...) where apt
#                               # resolves Depends (needs root and the mirror); MODE dpkg is an
#                               # empty folder with its own dpkg database (Depends not installed
#                               # there: checked against this machine with ldd)
#   lifecycle DEB NEXT_DEB      # in that root, as IT runs it: install, the installed copy's
#                               # self-test, demo data and backup in a user's profile, an upgrade
#                               # to NEXT_DEB keeping the administrator's edit of the policy,
#                               # remove (policy kept), purge (policy gone); the user's data is
#                               # checked unchanged after each step
#   glibc_needs DIR [V]         # the newest glibc symbol version the ELF files under DIR need,
#                               # then the files that need it; with V, the files needing more
#   in_root, app, pkg, status   # a command in the root, the installed coachapp run as the user,
#                               # apt's install FILE / remove / purge, the package's dpkg status

LIMIT=${LIMIT:-300}  # seconds any one run of the app may take
USER_HOME=/home/agent
DATA=$USER_HOME/.local/share/CoachApp
ROOT_PATH=/usr/sbin:/usr/bin:/sbin:/bin

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
since_s() { awk -v start="$1" -v now="$(now_ms)" 'BEGIN { printf "%.1f", (now - start) / 1000 }'; }
# shellcheck disable=SC2034 # FIGURES: read by the scripts that source this
declare -A FIGURES=()
# shellcheck disable=SC2034
figure() { FIGURES[$1]=$2; printf '   %s: %s\n' "$1" "$2"; }

expect_ok() {  # run "$@", show its output, fail unless it exits 0
    local out
    out=$("$@" 2>&1) || { printf '%s\n' "$out"; fail "$* exited with $?"; }
    printf '%s\n' "$out" | sed 's/^/   | /'
}

glibc_needs() {
    find "$1" -type f -exec sh -c 'for f; do
        head -c4 "$f" | grep -q ELF || continue
        v=$(objdump -T "$f" 2>/dev/null | grep -o "GLIBC_2[0-9.]*" | sort -uV | tail -1)
        [ -z "$v" ] || echo "${v#GLIBC_} ${f##*/}"
    done' _ {} + | sort -k2 | awk -v above="${2:-}" '
        function newer(a, b, x, y, i) {
            split(a, x, "."); split(b, y, ".")
            for (i = 1; i <= 3; i++) if (x[i] + 0 != y[i] + 0) return x[i] + 0 > y[i] + 0
            return 0
        }
        above != "" { if (newer($1, above)) { printf "%s%s", sep, $2; sep = " " } next }
        { version[NR] = $1; file[NR] = $2; if (newer($1, top)) top = $1 }
        END {
            if (above != "") { print ""; exit }
            printf "GLIBC_%s", top
            for (i = 1; i <= NR; i++) if (version[i] == top) printf " %s", file[i]
            print ""
        }'
}

check_deb() {
    local deb=$1 path
    dpkg-deb --field "$deb" Package Version Depends | sed 's/^/   /'
    [ "$(dpkg-deb --ctrl-tarfile "$deb" | tar -xOf - ./conffiles)" = "/etc/coachapp/policy.json" ] \
        || fail "policy.json is not the one conffile"
    dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/share/applications/coachapp.desktop >"$WORK/coachapp.desktop"
    desktop-file-validate "$WORK/coachapp.desktop" || fail "desktop entry"
    dpkg-deb --contents "$deb" >"$WORK/contents.txt"
    for path in ./opt/coachapp/coachapp ./usr/bin/coachapp ./etc/coachapp/policy.json \
        ./usr/share/doc/coachapp/policy.example.json ./usr/share/icons/hicolor/scalable/apps/coachapp.svg \
        ./usr/share/icons/hicolor/48x48/apps/coachapp.png; do
        grep -q " $path\( ->.*\)\?$" "$WORK/contents.txt" || fail "$path missing from the package"
    done
    echo "   contents, conffile and desktop entry OK"
}

open_root() {
    MODE=$1
    local suite=$2 start tarball mirror
    R=$WORK/root-$suite
    [ ! -e "$R" ] || rm -rf --one-file-system "$R"
    if [ "$MODE" = debootstrap ]; then
        start=$(now_ms)
        tarball=$CACHE/$suite-minbase.tar
        if [ ! -f "$tarball" ]; then
            tarball=$(minbase_tarball "$suite" "$CACHE" "$WORK/debootstrap.log") \
                || fail "debootstrap $suite (try PACKAGE_TEST_ROOT=dpkg)"
            figure "debootstrap $suite, once (s)" "$(since_s "$start")"
        fi
        mkdir "$R" && tar -C "$R" -xf "$tarball"
        cp /etc/resolv.conf "$R/etc/resolv.conf"
        if is_ubuntu_suite "$suite"; then  # as an Ubuntu desktop has them: universe and updates
            mirror=$(suite_mirror "$suite")
            printf 'deb %s %s main universe\n' "$mirror" "$suite" "$mirror" "$suite-updates" \
                "$mirror" "$suite-security" >"$R/etc/apt/sources.list"
        fi
        mkdir -p "$R$USER_HOME"
        in_root apt-get update -qq
        echo "   $suite root ready: $(in_root ldd --version | head -1)"
    else
        mkdir -p "$R/var/lib/dpkg/info" "$R/var/lib/dpkg/updates" "$R/var/lib/dpkg/triggers" "$R$USER_HOME"
        touch "$R/var/lib/dpkg/status" "$R/var/lib/dpkg/available"
    fi
}

in_root() {
    if [ "$MODE" = debootstrap ]; then
        in_chroot "$R" env QT_QPA_PLATFORM=offscreen "$@"
    else
        env -i PATH="$ROOT_PATH" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
    fi
}

app() {  # the installed coachapp, as a user of the workstation
    if [ "$MODE" = debootstrap ]; then
        in_root env HOME="$USER_HOME" timeout "$LIMIT" coachapp "$@"
    else  # the policy path and the user's profile, inside the root
        in_root HOME="$R$USER_HOME" COACHAPP_POLICY="$R/etc/coachapp/policy.json" \
            timeout "$LIMIT" "$R/usr/bin/coachapp" "$@"
    fi
}

pkg() {  # pkg install FILE | remove | purge: what IT runs (docs/deploy.md)
    if [ "$MODE" = debootstrap ]; then
        case $1 in
            install) cp "$2" "$R/tmp/" && in_root env DEBIAN_FRONTEND=noninteractive \
                apt-get install -y -q --no-install-recommends "/tmp/$(basename "$2")" </dev/null ;;
            remove | purge) in_root env DEBIAN_FRONTEND=noninteractive apt-get "$1" -y -q coachapp </dev/null ;;
        esac
    else
        local dpkg=(dpkg --root="$R" --force-script-chrootless --force-depends)
        case $1 in
            install) "${dpkg[@]}" -i "$2" </dev/null ;;
            remove) "${dpkg[@]}" -r coachapp </dev/null ;;
            purge) "${dpkg[@]}" -P coachapp </dev/null ;;
        esac
    fi
}

status() {
    local admin=/var/lib/dpkg
    [ "$MODE" = debootstrap ] || admin=$R/var/lib/dpkg
    # shellcheck disable=SC2016 # dpkg-query's format, not the shell's
    in_root dpkg-query --admindir="$admin" -W -f='${Status} ${Version}' coachapp 2>/dev/null || true
}

# The user's data folder, file by file (SQLite's transient -wal/-shm files and the lock aside).
fingerprint() {
    (cd "$R$DATA" && find . -type f ! -name '*.lock' ! -name '*-wal' ! -name '*-shm' -print0 \
        | sort -z | xargs -0 sha256sum)
}

lifecycle() {
    local deb=$1 next_deb=$2 version next start missing before
    version=$(dpkg-deb --field "$deb" Version)
    next=$(dpkg-deb --field "$next_deb" Version)
    dpkg --compare-versions "$next" gt "$version" || fail "$next does not sort after $version"

    start=$(now_ms)
    pkg install "$deb" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log"; fail "install"; }
    figure "install (s)" "$(since_s "$start")"
    [ "$(status)" = "install ok installed $version" ] || fail "status after install: $(status)"
    cmp -s "$R/etc/coachapp/policy.json" packaging/linux/policy.json || fail "installed policy differs"
    if [ "$MODE" = dpkg ]; then  # the system libraries the package depends on: here, this machine's
        missing=$(find "$R/opt/coachapp" -type f \( -name '*.so*' -o -name coachapp \) -exec sh -c \
            'LD_LIBRARY_PATH="$1/_internal:$1/_internal/PySide6/Qt/lib" ldd "$2" 2>/dev/null | grep "not found" || true' \
            _ "$R/opt/coachapp" {} \; | sort -u)
        [ -z "$missing" ] || fail "libraries neither bundled nor on this machine: $missing"
    fi
    [ "$(app --version)" = "CoachApp $version" ] || fail "installed --version: $(app --version)"
    echo "   installed --version: $(app --version)"
    expect_ok app self-test
    expect_ok app demo --size small
    expect_ok app backup
    [ -f "$R$DATA/journal.db" ] || fail "no journal in the user's profile"
    before=$(fingerprint)
    echo "   user data: $(echo "$before" | wc -l) files in $DATA"

    step "Administrator edits the policy, then upgrades to $next"
    cp packaging/linux/policy.example.json "$R/etc/coachapp/policy.json"
    pkg install "$next_deb" >"$WORK/upgrade.log" 2>&1 || { cat "$WORK/upgrade.log"; fail "upgrade"; }
    [ "$(status)" = "install ok installed $next" ] || fail "status after upgrade: $(status)"
    cmp -s "$R/etc/coachapp/policy.json" packaging/linux/policy.example.json || fail "the upgrade replaced the edited policy"
    [ ! -e "$R/etc/coachapp/policy.json.dpkg-new" ] || fail "the upgrade left policy.json.dpkg-new"
    echo "   edited /etc/coachapp/policy.json kept, no prompt"
    [ "$(fingerprint)" = "$before" ] || fail "the upgrade changed the user's data"
    [ "$(app --version)" = "CoachApp $version" ] || fail "upgraded --version: $(app --version)"
    expect_ok app self-test
    before=$(fingerprint)

    step "Remove, then purge"
    pkg remove >"$WORK/remove.log" 2>&1 || { cat "$WORK/remove.log"; fail "remove"; }
    [ "$(status)" = "deinstall ok config-files $next" ] || fail "status after remove: $(status)"
    if [ -e "$R/opt/coachapp" ] || [ -e "$R/usr/bin/coachapp" ]; then fail "remove left the program"; fi
    cmp -s "$R/etc/coachapp/policy.json" packaging/linux/policy.example.json || fail "remove touched the policy"
    [ "$(fingerprint)" = "$before" ] || fail "remove changed the user's data"
    echo "   program gone; edited policy and user data kept"
    pkg purge >"$WORK/purge.log" 2>&1 || { cat "$WORK/purge.log"; fail "purge"; }
    [ -z "$(status)" ] || [ "$(status)" = "unknown ok not-installed " ] || fail "status after purge: $(status)"
    [ ! -e "$R/etc/coachapp" ] || fail "purge left /etc/coachapp: $(ls -A "$R/etc/coachapp")"
    [ "$(fingerprint)" = "$before" ] || fail "purge changed the user's data"
    echo "   policy gone with purge; user data kept ($(echo "$before" | wc -l) files)"
}
