# shellcheck shell=bash
# Clean roots of other distributions, for packaging/build-in-root.sh and packaging/package-test.sh.
# Sourced, not run. Needs root, debootstrap, gpgv and the distributions' mirrors:
#
#   minbase_tarball SUITE CACHE LOG  # a minimal root of SUITE (jammy, bookworm, bullseye...) as
#                                    # a tarball in CACHE, made by debootstrap once; prints its path
#   in_chroot ROOT COMMAND...        # COMMAND in ROOT with /proc mounted, a clean environment,
#                                    # and nothing left mounted afterwards (own mount namespace)
#
# Ubuntu suites come from archive.ubuntu.com. A Debian host has no Ubuntu keyring, so the first
# Ubuntu bootstrap is checked after the fact: the Release file debootstrap used must carry a valid
# signature by Ubuntu's archive key (fingerprint pinned below, checked with the keyring the root
# installed) and list the Packages index it used; debootstrap itself checked every .deb against
# that index. The keyring is then kept in CACHE for the next bootstraps (--keyring).

UBUNTU_SUITES=" focal jammy noble "
UBUNTU_MIRROR=${UBUNTU_MIRROR:-http://archive.ubuntu.com/ubuntu}
# "Ubuntu Archive Automatic Signing Key (2018) <ftpmaster@ubuntu.com>"
UBUNTU_ARCHIVE_KEY=F6ECB3762474EDA9D21B7022871920D1991BC93C

is_ubuntu_suite() { [[ $UBUNTU_SUITES == *" $1 "* ]]; }

suite_mirror() {
    if is_ubuntu_suite "$1"; then
        echo "$UBUNTU_MIRROR"
    else  # this Debian machine's own mirror, else Debian's
        awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null \
            | grep . || echo http://deb.debian.org/debian
    fi
}

# The Release file debootstrap used in ROOT is signed by Ubuntu's archive key and lists the
# Packages index debootstrap read.
verify_ubuntu_bootstrap() {
    local root=$1 suite=$2 lists release packages listed
    lists=$root/var/lib/apt/lists
    release=$(find "$lists" -maxdepth 1 -name "*_dists_${suite}_Release" | head -1)
    if [ -z "$release" ] || [ ! -f "$release.gpg" ]; then echo "no Release file in the root" >&2; return 1; fi
    gpgv --status-fd 1 --keyring "$root/usr/share/keyrings/ubuntu-archive-keyring.gpg" \
        "$release.gpg" "$release" 2>/dev/null | grep -q "VALIDSIG $UBUNTU_ARCHIVE_KEY " \
        || { echo "$release: no valid signature by $UBUNTU_ARCHIVE_KEY" >&2; return 1; }
    for packages in "$lists"/*_dists_"${suite}"_*_Packages; do
        listed=$(awk '/^SHA256:/ {on = 1; next} /^[A-Za-z]/ {on = 0}
            on && $3 ~ /binary-[a-z0-9]+\/Packages$/ {print $1}' "$release")
        grep -qx "$(sha256sum "$packages" | cut -d' ' -f1)" <<<"$listed" \
            || { echo "$packages is not the index $release lists" >&2; return 1; }
    done
}

minbase_tarball() {
    local suite=$1 cache=$2 log=$3 tarball keyring tmp
    tarball=$cache/$suite-minbase.tar
    if [ ! -f "$tarball" ]; then
        mkdir -p "$cache"
        tmp=$(mktemp -d "${TMPDIR:-/tmp}/coachapp-bootstrap.XXXXXX")
        local args=(--variant=minbase)
        keyring=
        if is_ubuntu_suite "$suite"; then
            for keyring in /usr/share/keyrings/ubuntu-archive-keyring.gpg "$cache/ubuntu-archive-keyring.gpg" ""; do
                [ -z "$keyring" ] || [ -f "$keyring" ] && break
            done
            if [ -n "$keyring" ]; then args+=(--keyring="$keyring"); else args+=(--no-check-gpg); fi
        fi
        debootstrap "${args[@]}" "$suite" "$tmp/root" "$(suite_mirror "$suite")" >"$log" 2>&1 \
            || { tail -20 "$log" >&2; rm -rf --one-file-system "$tmp"; return 1; }
        if is_ubuntu_suite "$suite" && [ -z "$keyring" ]; then
            verify_ubuntu_bootstrap "$tmp/root" "$suite" || { rm -rf --one-file-system "$tmp"; return 1; }
            cp "$tmp/root/usr/share/keyrings/ubuntu-archive-keyring.gpg" "$cache/"
        fi
        tar -C "$tmp/root" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
        rm -rf --one-file-system "$tmp"
    fi
    echo "$tarball"
}

in_chroot() {
    local root=$1
    shift
    # shellcheck disable=SC2016 # expanded by that shell
    unshare --mount --propagation private /bin/sh -c \
        'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"' "$root" \
        env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"
}
