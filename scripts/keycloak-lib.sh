# Shell functions to fetch, start, set up and stop a local Keycloak (Quarkus distribution from
# Maven Central, `kc.sh start-dev`, loopback only). Sourced by scripts/run-tests.sh (one server
# per test run) and scripts/run-keycloak.sh (a server to try the app against).
#
# Every function prints what went wrong and returns non-zero; the callers decide to stop.
# shellcheck shell=bash

readonly KEYCLOAK_VERSION="26.5.6"
readonly KEYCLOAK_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip"
readonly KEYCLOAK_DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

kc_log() {
    echo "keycloak: $*" >&2
}

# kc_install HOME_PARENT: unpacks the distribution into HOME_PARENT/keycloak-<version> (once) and
# prints that folder. The zip comes from Maven's local repository, fetched from Maven Central
# the first time.
kc_install() {
    local parent="$1"
    local home="$parent/keycloak-$KEYCLOAK_VERSION"
    if [[ -x "$home/bin/kc.sh" ]]; then
        echo "$home"
        return 0
    fi
    command -v mvn >/dev/null 2>&1 || { kc_log "Maven (mvn) is not installed: run scripts/install-deps.sh."; return 1; }
    command -v java >/dev/null 2>&1 || { kc_log "Java is not installed: run scripts/install-deps.sh."; return 1; }
    mkdir -p "$parent"
    local zip="$parent/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
    if [[ ! -s "$zip" ]]; then
        kc_log "fetching $KEYCLOAK_ARTIFACT from Maven Central (about 165 MB, once)"
        if ! mvn -B -q "$KEYCLOAK_DEPENDENCY_PLUGIN:copy" -Dartifact="$KEYCLOAK_ARTIFACT" \
            -DoutputDirectory="$parent" >"$parent/fetch.log" 2>&1; then
            kc_log "could not fetch $KEYCLOAK_ARTIFACT with Maven; its output:"
            tail -n 30 "$parent/fetch.log" >&2
            return 1
        fi
    fi
    rm -rf "$home.partial"
    mkdir -p "$home.partial"
    if ! unzip -q "$zip" -d "$home.partial"; then
        kc_log "could not unpack $zip"
        return 1
    fi
    mv "$home.partial/keycloak-$KEYCLOAK_VERSION" "$home"
    rm -rf "$home.partial"
    echo "$home"
}

# kc_free_port: prints a TCP port on 127.0.0.1 that nothing listens on.
kc_free_port() {
    local port attempt
    for attempt in $(seq 200); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    kc_log "no free TCP port found on 127.0.0.1"
    return 1
}

# kc_start HOME HTTP_PORT MANAGEMENT_PORT ADMIN_PASSWORD LOG: starts start-dev in the background,
# sets KC_PID, and waits (up to 240 s) until it reports ready. A fresh data folder makes the
# bootstrap admin apply; pass an existing one to keep the server's state.
kc_start() {
    local home="$1" http_port="$2" management_port="$3" admin_password="$4" log="$5"
    kc_log "starting Keycloak $KEYCLOAK_VERSION on http://127.0.0.1:$http_port (log: $log)"
    # setsid: the server gets its own process group, so stopping it reaches the JVM too.
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
        JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m" \
        setsid "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$http_port" \
        --http-management-port="$management_port" --health-enabled=true \
        --hostname-strict=false >"$log" 2>&1 </dev/null &
    KC_PID=$!
    local waited=0
    until curl -sf "http://127.0.0.1:$management_port/health/ready" >/dev/null 2>&1; do
        if ! kill -0 "$KC_PID" 2>/dev/null; then
            kc_log "Keycloak exited while starting; the end of its log:"
            tail -n 40 "$log" >&2
            KC_PID=""
            return 1
        fi
        if ((waited >= 240)); then
            kc_log "Keycloak was not ready after 240 s; the end of its log:"
            tail -n 40 "$log" >&2
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    kc_log "ready after ${waited} s"
}

# kc_stop PID: stops the server's process group, then waits for it (SIGKILL after 30 s).
kc_stop() {
    local pid="$1"
    [[ -n "$pid" ]] || return 0
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || return 0
    local waited=0
    while kill -0 "$pid" 2>/dev/null && ((waited < 30)); do
        sleep 1
        waited=$((waited + 1))
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
}

# kc_admin_token URL ADMIN_PASSWORD: prints a master-realm access token of the bootstrap admin.
kc_admin_token() {
    local url="$1" password="$2"
    curl -sf -X POST "$url/realms/master/protocol/openid-connect/token" \
        --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
        --data-urlencode username=admin --data-urlencode "password=$password" | jq -r .access_token
}

# kc_create_realm URL ADMIN_PASSWORD REALM CLIENT_SECRET LIMITED_PASSWORD: creates REALM (events on) with
#  - client "keyledger-sync": confidential, service account with the realm-management roles
#    Keyledger uses (manage-users, view-users, query-users, view-realm, manage-realm, view-events);
#  - user "limited-admin" (password LIMITED_PASSWORD) with only realm-management query-users,
#    for the tests of a missing role;
#  - realm roles "auditor" and "operator".
# An existing realm of that name is deleted first. The secrets are generated by the caller.
kc_create_realm() {
    local url="$1" admin_password="$2" realm="$3" client_secret="$4" limited_password="$5"
    local token
    token="$(kc_admin_token "$url" "$admin_password")" || { kc_log "cannot get an admin token"; return 1; }
    [[ -n "$token" && "$token" != null ]] || { kc_log "the bootstrap admin cannot log in"; return 1; }
    curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $token" "$url/admin/realms/$realm"
    local body
    body="$(jq -n --arg realm "$realm" --arg secret "$client_secret" --arg limited "$limited_password" '{
        realm: $realm, enabled: true,
        eventsEnabled: true, eventsListeners: ["jboss-logging"], eventsExpiration: 0,
        enabledEventTypes: ["LOGIN", "LOGIN_ERROR", "LOGOUT"],
        roles: { realm: [ { name: "auditor" }, { name: "operator" } ] },
        clients: [ {
            clientId: "keyledger-sync", enabled: true, publicClient: false,
            clientAuthenticatorType: "client-secret", secret: $secret,
            serviceAccountsEnabled: true, standardFlowEnabled: false, directAccessGrantsEnabled: false
        } ],
        users: [
            { username: "service-account-keyledger-sync", enabled: true,
              serviceAccountClientId: "keyledger-sync",
              clientRoles: { "realm-management": ["manage-users", "view-users", "query-users",
                                                   "view-realm", "manage-realm", "view-events"] } },
            { username: "limited-admin", enabled: true, email: "limited-admin@example.test",
              firstName: "Limited", lastName: "Admin", emailVerified: true,
              credentials: [ { type: "password", value: $limited, temporary: false } ],
              clientRoles: { "realm-management": ["query-users"] } }
        ]
    }')"
    local status
    status="$(curl -s -o /tmp/keyledger-kc-realm.out -w '%{http_code}' -X POST \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        --data "$body" "$url/admin/realms")"
    if [[ "$status" != 201 ]]; then
        kc_log "creating realm $realm failed with HTTP $status: $(cat /tmp/keyledger-kc-realm.out)"
        return 1
    fi
    rm -f /tmp/keyledger-kc-realm.out
}

# kc_random_secret: prints 24 random alphanumeric characters.
kc_random_secret() {
    # Reads a fixed amount first: `tr </dev/urandom | head` dies of SIGPIPE under pipefail.
    local chars
    chars="$(head -c 64 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')"
    echo "${chars:0:24}"
}
