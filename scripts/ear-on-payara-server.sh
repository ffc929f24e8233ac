#!/usr/bin/env bash
# Proves that ear-assembly/target/customer-service.ear deploys unchanged to full Payara Server
# and answers POST /rest/V1/customers there as it does on Payara Micro.
#
# Steps: build the EAR if it is missing; fetch the Payara Server zip from Maven Central with Maven
# (into target/payara-server/, reused on later runs); create a fresh domain on a port base away
# from 8080; start it with DATA_DIR pointing at a new temporary directory (an absolute path, so the
# embedded H2 database lands there); deploy the EAR; create a customer (expect 200 and an "id"),
# create it again (expect 400 and Magento's duplicate-email message); always stop the domain.
#
# Environment:
#   SKIP_BUILD=1            never build; fail if the EAR is missing
#   REBUILD=1               build even if the EAR exists
#   EAR=/path/to.ear        deploy this EAR instead of ear-assembly/target/customer-service.ear
#   PAYARA_SERVER_VERSION   default: <payara-server.version> in the root pom.xml, else 6.2025.9
#   PAYARA_PORTBASE         default 28000 (HTTP = base+80, admin = base+48)
#   WAIT_SECONDS            bound for each wait (start, deploy, stop); default 120
#   KEEP_DATA=1             keep the temporary data directory (it is always kept on failure)
# The server inherits this script's environment, so application config set there (DB_URL, DB_USER,
# DB_PASSWORD, ADMIN_PASSWORD, ...) reaches the application too; the script says so when it is set.
#
# Only loopback addresses are contacted (curl and asadmin go to 127.0.0.1); the server's phone-home
# service is switched off and its Hazelcast member is bound to 127.0.0.1 before the first start.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK_DIR="$REPO_ROOT/target/payara-server"
EAR="${EAR:-$REPO_ROOT/ear-assembly/target/customer-service.ear}"
WAIT_SECONDS="${WAIT_SECONDS:-120}"
PORTBASE="${PAYARA_PORTBASE:-28000}"
DOMAIN_NAME="customer-ear-check"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

pom_version="$(sed -n 's:.*<payara-server.version>\([^<]*\)</payara-server.version>.*:\1:p' "$REPO_ROOT/pom.xml" | head -n 1)"
PAYARA_VERSION="${PAYARA_SERVER_VERSION:-${pom_version:-6.2025.9}}"

ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
PAYARA_HOME="$WORK_DIR/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
DOMAINS_DIR="$PAYARA_HOME/glassfish/domains"
DOMAIN_DIR="$DOMAINS_DIR/$DOMAIN_NAME"
SERVER_LOG="$DOMAIN_DIR/logs/server.log"
BASE_URL="http://127.0.0.1:$HTTP_PORT"

EMAIL="a@example.com"
REQUEST_BODY="{\"customer\":{\"email\":\"$EMAIL\",\"firstname\":\"Jane\",\"lastname\":\"Doe\"},\"password\":\"Password1\"}"
DUPLICATE_MESSAGE="A customer with the same email address already exists in an associated website."

STEP="starting"
DOMAIN_STARTED=0
DATA_DIR=""
RESPONSE_FILE=""
APP_CONFIG_FROM_ENV=""

log() { printf '[ear-on-payara-server %4ss] %s\n' "$SECONDS" "$*"; }

fail() {
    log "ERROR: $*"
    exit 1
}

asadmin() {
    # Every asadmin call is bounded; remote commands go to the loopback admin port.
    timeout "$WAIT_SECONDS" "$ASADMIN" --interactive=false --host 127.0.0.1 --port "$ADMIN_PORT" "$@"
}

domain_pid() {
    local pid_file="$DOMAIN_DIR/config/pid"
    [[ -f "$pid_file" ]] || return 1
    local pid
    pid="$(tr -dc '0-9' <"$pid_file")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && printf '%s\n' "$pid"
}

stop_domain() {
    [[ -d "$DOMAIN_DIR" ]] || return 0
    local pid
    pid="$(domain_pid || true)"
    [[ -n "$pid" ]] || return 0
    log "stopping domain $DOMAIN_NAME (pid $pid)"
    if ! timeout "$WAIT_SECONDS" "$ASADMIN" --interactive=false stop-domain --domaindir "$DOMAINS_DIR" "$DOMAIN_NAME"; then
        log "stop-domain failed or timed out; killing pid $pid"
        kill "$pid" 2>/dev/null || true
    fi
    local deadline=$((SECONDS + 30))
    while kill -0 "$pid" 2>/dev/null; do
        if ((SECONDS >= deadline)); then
            log "domain still running after 30 s; sending SIGKILL to pid $pid"
            kill -9 "$pid" 2>/dev/null || true
            break
        fi
        sleep 1
    done
}

print_server_log_excerpt() {
    [[ -f "$SERVER_LOG" ]] || { log "no server log at $SERVER_LOG"; return 0; }
    echo "----- $SERVER_LOG: SEVERE/WARNING records (first lines of each, last 30) -----"
    grep -n -A1 -E '\[(SEVERE|WARNING)\]' "$SERVER_LOG" | grep -v -E '^[0-9]+-\s*$|^--$' | tail -n 30 || true
    echo "----- $SERVER_LOG: root causes (last 10 'Caused by' lines) -----"
    grep -n 'Caused by:' "$SERVER_LOG" | tail -n 10 || true
    echo "----- end of server.log excerpt (full log: $SERVER_LOG) -----"
}

on_exit() {
    local status=$?
    trap - EXIT INT TERM
    set +e
    if ((status != 0)) && ((DOMAIN_STARTED)); then
        print_server_log_excerpt
    fi
    stop_domain
    [[ -n "$RESPONSE_FILE" ]] && rm -f "$RESPONSE_FILE"
    if [[ -n "$DATA_DIR" && -d "$DATA_DIR" ]]; then
        if ((status == 0)) && [[ "${KEEP_DATA:-0}" != 1 ]]; then
            rm -rf "$DATA_DIR"
        else
            log "data directory kept: $DATA_DIR"
        fi
    fi
    if ((status == 0)); then
        log "PASS: customer-service.ear deployed unchanged to Payara Server $PAYARA_VERSION and served POST /rest/V1/customers (${SECONDS}s)${APP_CONFIG_FROM_ENV:+; application config from the environment:$APP_CONFIG_FROM_ENV}"
    else
        log "FAIL at step '$STEP' (exit $status, ${SECONDS}s)"
    fi
    exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() {
    # A successful connect means something listens there. Loopback only.
    timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# post_customer EXPECTED_STATUS: POSTs the request; leaves the body in $RESPONSE_FILE, prints the status.
post_customer() {
    curl --noproxy '*' -sS --max-time 60 -o "$RESPONSE_FILE" -w '%{http_code}' \
        -H 'Content-Type: application/json' -H 'Accept: application/json' \
        -X POST --data "$REQUEST_BODY" "$BASE_URL/rest/V1/customers"
}

for tool in java mvn curl unzip timeout; do
    command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is not on PATH"
done

# 1. The EAR.
STEP="build"
if [[ "${REBUILD:-0}" == 1 || ! -f "$EAR" ]]; then
    if [[ "${SKIP_BUILD:-0}" == 1 ]]; then
        fail "EAR not found at $EAR and SKIP_BUILD=1"
    fi
    log "building the project: (cd $REPO_ROOT && mvn -B -q -Dstyle.color=never -DskipTests package)"
    (cd "$REPO_ROOT" && mvn -B -q -Dstyle.color=never -DskipTests package)
fi
[[ -f "$EAR" ]] || fail "EAR not found at $EAR after the build"
log "EAR: $EAR ($(wc -c <"$EAR") bytes)"

# 2. Payara Server from Maven Central, through Maven.
STEP="download Payara Server $PAYARA_VERSION"
mkdir -p "$WORK_DIR"
ZIP="$WORK_DIR/payara-$PAYARA_VERSION.zip"
if [[ ! -s "$ZIP" ]]; then
    log "fetching fish.payara.distributions:payara:$PAYARA_VERSION:zip with Maven"
    # Run from a directory with no pom.xml so that Maven runs the goal without a project.
    (cd "$WORK_DIR" && mvn -B -q -Dstyle.color=never "$DEPENDENCY_PLUGIN:copy" \
        -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
        -DoutputDirectory="$WORK_DIR")
fi
[[ -s "$ZIP" ]] || fail "Maven did not produce $ZIP"

# 3. Unpack (once per version) and create a fresh domain.
STEP="unpack Payara Server"
MARKER="$PAYARA_HOME/.unpacked-from-payara-$PAYARA_VERSION.zip"
if [[ ! -f "$MARKER" || ! -x "$ASADMIN" ]]; then
    if [[ -d "$DOMAIN_DIR" ]]; then stop_domain; fi
    log "unpacking $(basename "$ZIP")"
    rm -rf "$PAYARA_HOME"
    unzip -q "$ZIP" -d "$WORK_DIR"
    [[ -x "$ASADMIN" ]] || fail "no executable asadmin at $ASADMIN after unzip"
    touch "$MARKER"
fi

STEP="create domain"
if [[ -d "$DOMAIN_DIR" ]]; then
    stop_domain   # left running by an interrupted earlier run
    rm -rf "$DOMAIN_DIR"
fi
for offset in 9 37 38 39 48 49 59 66 76 80 81 86; do
    if port_in_use $((PORTBASE + offset)); then
        fail "port $((PORTBASE + offset)) on 127.0.0.1 is already in use; choose another PAYARA_PORTBASE"
    fi
done
log "creating domain $DOMAIN_NAME with --portbase $PORTBASE (HTTP $HTTP_PORT, admin $ADMIN_PORT)"
timeout "$WAIT_SECONDS" "$ASADMIN" --interactive=false create-domain \
    --domaindir "$DOMAINS_DIR" --portbase "$PORTBASE" --nopassword=true "$DOMAIN_NAME" >/dev/null

# Before the first start: no phone-home call, and the DAS's Hazelcast member on loopback only.
DOMAIN_XML="$DOMAIN_DIR/config/domain.xml"
sed -i \
    -e 's#<hazelcast-runtime-configuration #<hazelcast-runtime-configuration interface="127.0.0.1" das-bind-address="127.0.0.1" das-public-address="127.0.0.1" #' \
    -e 's#<config name="server-config">#&\n            <phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration>#' \
    "$DOMAIN_XML"
grep -q '<phone-home-runtime-configuration enabled="false">' "$DOMAIN_XML" || fail "could not disable phone home in $DOMAIN_XML"
grep -q 'das-bind-address="127.0.0.1"' "$DOMAIN_XML" || fail "could not bind Hazelcast to loopback in $DOMAIN_XML"

STEP="start domain"
DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/customer-ear-data.XXXXXX")"
export DATA_DIR   # MicroProfile Config maps data.dir to DATA_DIR; the server JVM inherits it.
for var in DB_URL DB_USER DB_PASSWORD ADMIN_USERNAME ADMIN_PASSWORD STORES_FILE; do
    if [[ -n "${!var+set}" ]]; then
        log "note: $var is set in the environment and reaches the server as MicroProfile Config"
        APP_CONFIG_FROM_ENV+=" $var"
    fi
done
log "starting domain (DATA_DIR=$DATA_DIR)"
DOMAIN_STARTED=1
timeout $((WAIT_SECONDS + 15)) "$ASADMIN" --interactive=false start-domain \
    --domaindir "$DOMAINS_DIR" --timeout "$WAIT_SECONDS" "$DOMAIN_NAME"
phone_home="$(asadmin list-phone-home)"
[[ "$phone_home" == *[Dd]isabled* ]] || fail "phone home is not disabled: $phone_home"

# 4. Deploy the EAR as built, then the requests.
STEP="deploy"
log "deploying $(basename "$EAR")"
asadmin deploy --name customer-service "$EAR"
asadmin list-applications

RESPONSE_FILE="$(mktemp)"

STEP="first POST /rest/V1/customers"
status="$(post_customer)" || fail "request failed (curl exit $?)"
body="$(cat "$RESPONSE_FILE")"
log "first POST -> HTTP $status: $body"
[[ "$status" == 200 ]] || fail "expected HTTP 200, got $status"
grep -Eq '"id"[[:space:]]*:' "$RESPONSE_FILE" || fail "no \"id\" in the response body"
grep -Fq "\"$EMAIL\"" "$RESPONSE_FILE" || fail "the response body does not echo the email $EMAIL"

STEP="second POST /rest/V1/customers (duplicate)"
status="$(post_customer)" || fail "request failed (curl exit $?)"
body="$(cat "$RESPONSE_FILE")"
log "second POST -> HTTP $status: $body"
[[ "$status" == 400 ]] || fail "expected HTTP 400, got $status"
grep -Fq "$DUPLICATE_MESSAGE" "$RESPONSE_FILE" || fail "the body lacks the message: $DUPLICATE_MESSAGE"

STEP="check the H2 database location"
if [[ -n "${DB_URL:-}" && "$DB_URL" != *data.dir* ]]; then
    log "DB_URL does not use data.dir; not looking for the H2 database under DATA_DIR"
else
    db_files="$(find "$DATA_DIR" -path '*/db/customer-accounts*' -type f | head -n 5)"
    [[ -n "$db_files" ]] || fail "no H2 database under DATA_DIR=$DATA_DIR: the server did not use the data directory"
    log "H2 database under DATA_DIR: $(echo "$db_files" | tr '\n' ' ')"
fi

STEP="stop domain"
stop_domain
DOMAIN_STARTED=0
STEP="done"
