#!/usr/bin/env bash
# Installs the Debian 12 packages Keyledger needs, and only those that are missing, so it is
# quick when everything is already there. Runs as root, or through sudo.
set -euo pipefail

# The toolchain (docs: toolchain-notes.md), plus OpenSSL for the hash chain, clang-format for
# the committed style, and Maven + a JDK to fetch and run the Keycloak used by the tests.
# "a|b" means either package will do; the first one is installed when none is.
readonly PACKAGES=(
    cmake ninja-build g++ ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qcoro-qt6-dev
    libsqlite3-dev sqlite3 libsodium-dev libssl-dev
    xvfb xauth dbus dbus-x11 gnome-keyring imagemagick
    clang-format maven curl jq unzip
    "default-jdk-headless|openjdk-17-jdk-headless"
)

die() {
    echo "install-deps: $*" >&2
    exit 1
}

command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 ||
    die "dpkg-query/apt-get not found: this script supports Debian 12 (bookworm) only."

is_installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null)" == "ii "* ]]
}

missing=()
for entry in "${PACKAGES[@]}"; do
    IFS='|' read -r -a choices <<<"$entry"
    found=0
    for pkg in "${choices[@]}"; do
        if is_installed "$pkg"; then
            found=1
            break
        fi
    done
    if [[ $found -eq 0 ]]; then
        missing+=("${choices[0]}")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

if [[ $EUID -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    die "missing packages (${missing[*]}) and not root, and sudo is not installed." \
        "Run this script as root, or install sudo."
fi

echo "install-deps: installing ${missing[*]}" >&2
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"

for pkg in "${missing[@]}"; do
    is_installed "$pkg" || die "package $pkg is still not installed after apt-get install."
done
