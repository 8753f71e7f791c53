# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the tools/ scripts: where the checkout and the build root are, and
# whether this host builds natively. Sourced, never run.

SCRUTINY_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCRUTINY_ROOT=${SCRUTINY_ROOT:-/var/cache/scrutiny/debian13}
SCRUTINY_PACKAGES_FILE="$SCRUTINY_TOP/tools/packages.txt"

scrutiny_packages() {
    sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$SCRUTINY_PACKAGES_FILE" | grep -v '^$'
}

# 0 when the host itself has (installed) a Qt >= 6.5 and KF6 SyntaxHighlighting.
scrutiny_native_installed() {
    local v
    v=$(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null) || return 1
    dpkg --compare-versions "$v" ge 6.5 || return 1
    dpkg-query -W -f='${Status}' libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'install ok installed'
}

# 0 when the host's apt offers a Qt >= 6.5 and KF6 SyntaxHighlighting.
scrutiny_native_available() {
    local v
    v=$(apt-cache policy qt6-base-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
    [ -n "$v" ] && [ "$v" != "(none)" ] || return 1
    dpkg --compare-versions "$v" ge 6.5 || return 1
    apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1
}

# The host's Debian mirror, read from its apt sources (deb822 or one-line form).
scrutiny_host_mirror() {
    local uri
    uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk '/^URIs:/ {u=$2} /^Suites:/ && u != "" {for (i = 2; i <= NF; i++) if ($i !~ /-(security|updates|backports)$/) {print u; exit}}' |
        grep -v -- '-security' | head -n1 || true)
    if [ -z "$uri" ]; then
        uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
            awk '$1 == "deb" {for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) {print $i; break}}' |
            grep -E '/debian/?$' | head -n1 || true)
    fi
    [ -n "$uri" ] || scrutiny_die "could not read a Debian mirror from /etc/apt/sources*; set SCRUTINY_MIRROR"
    echo "${uri%/}"
}

scrutiny_root_ready() {
    [ -f "$SCRUTINY_ROOT/.scrutiny-ready" ]
}

scrutiny_die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}
