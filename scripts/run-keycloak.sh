#!/usr/bin/env bash
# Starts a local Keycloak to try Keyledger against: the same distribution and version the
# tests use, on http://127.0.0.1:8180 (management port 9180), with its data kept under
# build/keycloak/local between runs. The first start creates the realm "keyledger-demo" with a
# confidential client "keyledger-sync" whose service account has the roles Keyledger needs, and
# prints how to connect. Stops with Ctrl+C.
#
# Options: --port P (HTTP port, default 8180; the management port is P+1000),
#          --env-file F (also write the connection as shell exports to F, for scripts),
#          --reset (forget the previous data: new admin password, new realm).
set -euo pipefail

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly PLACE="$ROOT/build/keycloak/local"
# shellcheck source=scripts/keycloak-lib.sh
source "$ROOT/scripts/keycloak-lib.sh"

port=8180
env_file=""
reset=0
while [[ $# -gt 0 ]]; do
    case "$1" in
    --port) port="$2"; shift 2 ;;
    --env-file) env_file="$2"; shift 2 ;;
    --reset) reset=1; shift ;;
    *) echo "run-keycloak: unknown option $1 (see the comment at the top of this script)" >&2; exit 2 ;;
    esac
done
management_port=$((port + 1000))

"$ROOT/scripts/install-deps.sh"
home="$(kc_install "$PLACE")"
state="$PLACE/state"
if [[ $reset -eq 1 ]]; then
    rm -rf "$home/data" "$state"
fi
mkdir -p "$state"
chmod 700 "$state"
if [[ ! -f "$state/admin-password" || ! -d "$home/data" ]]; then
    rm -rf "$home/data"
    kc_random_secret >"$state/admin-password"
    kc_random_secret >"$state/client-secret"
    kc_random_secret >"$state/limited-password"
    rm -f "$state/realm-created"
fi
admin_password="$(cat "$state/admin-password")"
client_secret="$(cat "$state/client-secret")"
limited_password="$(cat "$state/limited-password")"

KC_PID=""
trap 'kc_stop "$KC_PID"' EXIT
trap 'exit 130' INT TERM
kc_start "$home" "$port" "$management_port" "$admin_password" "$PLACE/keycloak.log"
url="http://127.0.0.1:$port"
if [[ ! -f "$state/realm-created" ]]; then
    kc_create_realm "$url" "$admin_password" keyledger-demo "$client_secret" "$limited_password"
    touch "$state/realm-created"
fi

if [[ -n "$env_file" ]]; then
    umask 077
    cat >"$env_file" <<EOF
export KEYLEDGER_KEYCLOAK_URL=$url
export KEYLEDGER_KEYCLOAK_REALM=keyledger-demo
export KEYLEDGER_KEYCLOAK_ADMIN=admin
export KEYLEDGER_KEYCLOAK_ADMIN_PASSWORD=$admin_password
export KEYLEDGER_KEYCLOAK_CLIENT_ID=keyledger-sync
export KEYLEDGER_KEYCLOAK_CLIENT_SECRET=$client_secret
export KEYLEDGER_KEYCLOAK_LIMITED_USER=limited-admin
export KEYLEDGER_KEYCLOAK_LIMITED_PASSWORD=$limited_password
EOF
fi

cat <<EOF

Keycloak $KEYCLOAK_VERSION is running at $url (admin console: $url/admin/).
  Console / master admin:  admin / $admin_password
  Realm for Keyledger:     keyledger-demo
  Service account client:  keyledger-sync, secret $client_secret
Connect Keyledger to it:
  keyledger-cli profile add local --url $url --realm keyledger-demo --client keyledger-sync
  keyledger-cli login local          (paste the secret above; it goes to the OS keychain)
Press Ctrl+C to stop Keycloak.
EOF
wait "$KC_PID"
