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

scrutiny_root_ready() {
    [ -f "$SCRUTINY_ROOT/.scrutiny-ready" ]
}

scrutiny_die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}
