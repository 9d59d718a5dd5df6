# shellcheck shell=bash
# Shared helper, sourced by scripts/test.sh and scripts/bench.sh.
#
#   ng_install_missing PKG...
#
# Installs the Debian packages among PKG... that are not installed yet: one
# `apt-get update` + `apt-get install` for all of them, nothing when all are
# present. nodejs/npm count as present when `node`/`npm` are on PATH, since
# they may come from a non-Debian install that apt must not fight with.

ng_pkg_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

ng_install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        case "$pkg" in
            nodejs) command -v node >/dev/null 2>&1 && continue ;;
            npm) command -v npm >/dev/null 2>&1 && continue ;;
        esac
        ng_pkg_installed "$pkg" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: missing packages (${missing[*]}) and not root, no sudo" >&2
            return 1
        fi
    fi
    echo "==> installing missing packages: ${missing[*]}"
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}
