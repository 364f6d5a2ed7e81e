#!/usr/bin/env bash
# The README's test command. Installs what is missing, builds everything with warnings as
# errors, then runs CTest inside a private D-Bus session with an unlocked gnome-keyring, so the
# keychain tests use the real Secret Service. Extra arguments go to ctest (e.g. -R credential).
# Exits with ctest's status. Runs as root or as a user with sudo (for the packages only).
set -euo pipefail

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly BUILD="$ROOT/build"
readonly SELF="$ROOT/scripts/run-tests.sh"
# Internal first argument: the second half of this script, run inside dbus-run-session.
readonly IN_SESSION_ARG="__keyledger-in-dbus-session"

die() {
    echo "run-tests: $*" >&2
    exit 1
}

# ---- Servers the tests need, started before ctest and stopped after (outside the D-Bus session).
# A real Keycloak (scripts/keycloak-lib.sh): fetched once from Maven Central, started fresh on free
# loopback ports for this run, with a test realm; its coordinates reach the tests as
# KEYLEDGER_KEYCLOAK_* variables. An already running server can be used instead by exporting
# those variables before calling this script (as scripts/run-keycloak.sh --env-file writes them).
# shellcheck source=scripts/keycloak-lib.sh
source "$ROOT/scripts/keycloak-lib.sh"
KC_PID=""

start_test_services() {
    if [[ -n "${KEYLEDGER_KEYCLOAK_URL:-}" ]]; then
        echo "run-tests: using the Keycloak at $KEYLEDGER_KEYCLOAK_URL" >&2
        return 0
    fi
    local place="$BUILD/keycloak/test" home
    home="$(kc_install "$place")" || die "the test Keycloak could not be installed (see above)."
    # A fresh database each run: the bootstrap admin applies, no state leaks between runs.
    rm -rf "$home/data"
    local http_port management_port
    http_port="$(kc_free_port)" || die "no free port for Keycloak."
    management_port="$(kc_free_port)" || die "no free port for Keycloak's management interface."
    local admin_password client_secret limited_password
    admin_password="$(kc_random_secret)"
    client_secret="$(kc_random_secret)"
    limited_password="$(kc_random_secret)"
    kc_start "$home" "$http_port" "$management_port" "$admin_password" "$place/keycloak.log" ||
        die "the test Keycloak did not start (see above)."
    local url="http://127.0.0.1:$http_port"
    kc_create_realm "$url" "$admin_password" keyledger-test "$client_secret" "$limited_password" ||
        die "the test realm could not be created in Keycloak (see above)."
    export KEYLEDGER_KEYCLOAK_URL="$url"
    export KEYLEDGER_KEYCLOAK_REALM=keyledger-test
    export KEYLEDGER_KEYCLOAK_ADMIN=admin
    export KEYLEDGER_KEYCLOAK_ADMIN_PASSWORD="$admin_password"
    export KEYLEDGER_KEYCLOAK_CLIENT_ID=keyledger-sync
    export KEYLEDGER_KEYCLOAK_CLIENT_SECRET="$client_secret"
    export KEYLEDGER_KEYCLOAK_LIMITED_USER=limited-admin
    export KEYLEDGER_KEYCLOAK_LIMITED_PASSWORD="$limited_password"
    export KEYLEDGER_KEYCLOAK_LOG="$place/keycloak.log"
}

stop_test_services() {
    if [[ -n "$KC_PID" ]]; then
        kc_stop "$KC_PID"
        KC_PID=""
    fi
}

# ---- Inside the D-Bus session.
keyring_pid=""

start_keyring() {
    command -v gnome-keyring-daemon >/dev/null 2>&1 ||
        die "gnome-keyring-daemon is not installed (Debian package gnome-keyring)."
    command -v dbus-send >/dev/null 2>&1 || die "dbus-send is not installed (Debian package dbus)."
    # The password only guards a throwaway keyring inside the temporary folder.
    if ! printf '%s' "keyledger-tests" |
        gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        die "gnome-keyring-daemon could not start in the D-Bus session."
    fi
    local attempt
    for attempt in $(seq 50); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q 'boolean true'; then
            keyring_pid="$(dbus-send --session --print-reply --dest=org.freedesktop.DBus \
                /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
                string:org.freedesktop.secrets | awk '/uint32/ { print $2 }')"
            return 0
        fi
        sleep 0.1
    done
    die "gnome-keyring-daemon started, but no Secret Service (org.freedesktop.secrets) appeared" \
        "on the D-Bus session within 5 s."
}

stop_keyring() {
    if [[ -n "$keyring_pid" ]]; then
        kill "$keyring_pid" 2>/dev/null || true
        keyring_pid=""
    fi
}

run_in_session() {
    # Tells the outer half that dbus-run-session really started us.
    touch "$KEYLEDGER_TEST_STATE/session-started"
    trap stop_keyring EXIT
    start_keyring
    local status=0
    ctest --test-dir "$BUILD" --output-on-failure -j2 "$@" || status=$?
    return "$status"
}

if [[ "${1:-}" == "$IN_SESSION_ARG" ]]; then
    shift
    run_in_session "$@"
    exit $?
fi

# ---- Outside: packages, build, temporary state, services, then the session.
"$ROOT/scripts/install-deps.sh"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEYLEDGER_WERROR=ON
cmake --build "$BUILD"

command -v dbus-run-session >/dev/null 2>&1 || die "dbus-run-session is not installed (Debian package dbus)."

state="$(mktemp -d "${TMPDIR:-/tmp}/keyledger-tests.XXXXXX")"
cleanup() {
    stop_test_services
    rm -rf "$state"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_test_services

# Everything the tests and the keyring write (keyrings, QStandardPaths folders, settings) lands
# in the temporary folder, never in the real user's home.
mkdir -p "$state/home" "$state/data" "$state/config" "$state/cache" "$state/runtime"
chmod 700 "$state/runtime"
export KEYLEDGER_TEST_STATE="$state"
export HOME="$state/home"
export XDG_DATA_HOME="$state/data"
export XDG_CONFIG_HOME="$state/config"
export XDG_CACHE_HOME="$state/cache"
export XDG_RUNTIME_DIR="$state/runtime"
export QT_QPA_PLATFORM=offscreen

status=0
dbus-run-session -- bash "$SELF" "$IN_SESSION_ARG" "$@" || status=$?
if [[ ! -e "$state/session-started" ]]; then
    die "dbus-run-session could not start a D-Bus session (exit status $status)."
fi
exit "$status"
