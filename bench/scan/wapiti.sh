#!/usr/bin/env bash
# Scans the portal with wapiti (Debian's package), signed in as the demo editor, on 127.0.0.1 only.
#
#   bash bench/scan/wapiti.sh                       # about 20-25 minutes on 2 cores
#   bash bench/scan/wapiti.sh --crawl-seconds 60 --attack-seconds 20    # a quick look
#
# Builds the portal in Release, starts it on a free port of 127.0.0.1 with a fresh data folder, demo accounts and
# demo content, signs in as editor@resoma.local, hands that session to wapiti and runs the modules of issue 11
# (never ssrf). Writes the JSON report, wapiti's log and a summary under bench/scan/results/<UTC time>/ and prints
# the summary. Run as root, the portal and wapiti run in a network namespace of their own that has only a loopback
# interface, so no request can leave 127.0.0.1 whatever a module tries. See bench/README.md.
set -euo pipefail

ALL_MODULES="xss,permanentxss,sql,blindsql,redirect,csrf,http_headers,cookieflags,csp,file,exec,crlf,methods"
MODULES=${SCAN_MODULES:-$ALL_MODULES}
EDITOR_EMAIL="editor@resoma.local"
# Pages the scan must reach signed in; they are also given to wapiti as start pages.
EDITOR_PAGES="/editor/briefs /editor/consultations /editor/events /editor/interviews /editor/news"

usage() {
    cat <<'EOF'
usage: bash bench/scan/wapiti.sh [options]
  --results DIR            where the report, logs and summary go (default bench/scan/results/<UTC time>)
  --crawl-seconds N        wapiti --max-scan-time: how long the crawl may last (default 240)
  --attack-seconds N       wapiti --max-attack-time: how long each module may attack (default 200)
  --depth N                wapiti --depth (default 8)
  --max-links-per-page N   wapiti --max-links-per-page (default 100)
  --max-files-per-dir N    wapiti --max-files-per-dir (default 25)
  --per-shape N            crawl at most N URLs of each shape, e.g. /editor/briefs/N/edit (default 1; 0: all)
  --request-timeout N      wapiti --timeout, seconds per request (default 10)
  --exclude PATH           also keep wapiti off these paths (wapiti -x on the portal's address; * matches
                           anything; repeatable), e.g. --exclude '/editor/briefs*' to spend a focused run elsewhere
  --modules LIST           only some of the 13 modules, e.g. xss,permanentxss (never ssrf; default: all 13)
  --app DIR                use an existing `dotnet publish` output instead of building
  --no-netns               do not use a network namespace even when running as root
  --keep                   keep the temporary folder (published app, data folder, wapiti session)
EOF
}

# ---------------------------------------------------------------------------------------------------------------
# Inner part: runs inside the network namespace (or directly with --no-netns). Everything it needs comes in the
# environment (SCAN_*) from the outer part below.
# ---------------------------------------------------------------------------------------------------------------
inner() {
    portal_pid="" wapiti_pid=""         # global: the EXIT trap runs after this function has returned
    local port base jar cookies session started finished rc=0

    stop_inner() {
        if [[ -n "${wapiti_pid:-}" ]] && kill -0 "$wapiti_pid" 2>/dev/null; then
            kill "$wapiti_pid" 2>/dev/null || true
            wait "$wapiti_pid" 2>/dev/null || true
        fi
        if [[ -n "${portal_pid:-}" ]] && kill -0 "$portal_pid" 2>/dev/null; then
            echo "[scan] stopping the portal (pid $portal_pid)"
            kill "$portal_pid" 2>/dev/null || true
            for _ in $(seq 1 20); do kill -0 "$portal_pid" 2>/dev/null || break; sleep 0.5; done
            kill -9 "$portal_pid" 2>/dev/null || true
            wait "$portal_pid" 2>/dev/null || true
        fi
    }
    trap stop_inner EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    if [[ "$SCAN_NETNS" == 1 ]]; then
        ip link set lo up
        echo "[scan] in a network namespace of its own: $(ip -brief link | tr -s ' ' | tr '\n' ';')"
    fi

    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    base="http://127.0.0.1:$port"
    jar="$SCAN_WORK/curl-cookies.txt"
    cookies="$SCAN_WORK/wapiti-cookies.json"
    session="$SCAN_WORK/wapiti-session"
    mkdir -p "$SCAN_WORK/data" "$session" "$SCAN_WORK/wapiti-config"

    # The rate limits are lifted so that the scanner reaches every form instead of meeting 429 (they have tests
    # of their own); everything else runs as in production.
    echo "[scan] starting the portal at $base (data folder $SCAN_WORK/data, log $SCAN_RESULTS/portal.log)"
    (
        cd "$SCAN_APP"
        exec env ASPNETCORE_ENVIRONMENT=Production \
            Storage__DataPath="$SCAN_WORK/data" \
            Seed__DemoAccounts=true Seed__DemoContent=true Seed__DemoPassword="$SCAN_PASSWORD" \
            Site__BaseUrl="$base" \
            RateLimits__QuestionnaireAnswers__PermitLimit=1000000 \
            RateLimits__SignInFailures__PermitLimit=1000000 \
            RateLimits__SignIn__PerAddress__PermitLimit=1000000 RateLimits__SignIn__PerAccount__PermitLimit=1000000 \
            RateLimits__Registration__PerAddress__PermitLimit=1000000 RateLimits__Registration__PerAccount__PermitLimit=1000000 \
            RateLimits__AccountMail__PerAddress__PermitLimit=1000000 RateLimits__AccountMail__PerAccount__PermitLimit=1000000 \
            RateLimits__SeatRegistration__PerAddress__PermitLimit=1000000 RateLimits__SeatRegistration__PerAccount__PermitLimit=1000000 \
            RateLimits__Contributions__PerAddress__PermitLimit=1000000 RateLimits__Contributions__PerAccount__PermitLimit=1000000 \
            Mail__ShowLinksOnScreen=false \
            dotnet ReSoma.Web.dll --urls "$base"
    ) > "$SCAN_RESULTS/portal.log" 2>&1 < /dev/null &
    portal_pid=$!

    local healthy=""
    for _ in $(seq 1 180); do            # at most 90 s
        if ! kill -0 "$portal_pid" 2>/dev/null; then
            echo "[scan] the portal exited; the end of its log:" >&2
            tail -30 "$SCAN_RESULTS/portal.log" >&2
            return 1
        fi
        if curl -fsS -m 2 -o /dev/null "$base/health" 2>/dev/null; then healthy=1; break; fi
        sleep 0.5
    done
    if [[ -z "$healthy" ]]; then
        echo "[scan] /health did not answer within 90 s" >&2
        return 1
    fi
    echo "[scan] /health answers"

    # Sign in as the editor: the login form's antiforgery token goes with the resoma.af cookie.
    local form token status
    form=$(curl -fsS -m 10 -c "$jar" -b "$jar" "$base/account/login")
    token=$(printf '%s' "$form" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' \
        | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
    if [[ -z "$token" ]]; then
        echo "[scan] no antiforgery token in /account/login" >&2
        return 1
    fi
    status=$(curl -sS -m 10 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "Email=$EDITOR_EMAIL" --data-urlencode "Password=$SCAN_PASSWORD" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/account/login")
    if [[ "$status" != 302* ]] || ! grep -q 'resoma\.auth' "$jar"; then
        echo "[scan] signing in as $EDITOR_EMAIL failed (answer: $status)" >&2
        return 1
    fi
    local page
    for page in $EDITOR_PAGES; do
        status=$(curl -sS -m 10 -o /dev/null -w '%{http_code}' -b "$jar" "$base$page")
        if [[ "$status" != 200 ]]; then
            echo "[scan] signed in, but $page answers $status" >&2
            return 1
        fi
    done
    echo "[scan] signed in as $EDITOR_EMAIL; the editor pages answer 200"

    # curl's cookie jar (Netscape format) -> wapiti's JSON cookie file: {domain: {path: {name: attributes}}}.
    python3 - "$jar" "$cookies" <<'PY'
import json, sys
jar, out = sys.argv[1], sys.argv[2]
cookies = {}
for line in open(jar, encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("#HttpOnly_"):
        line = line[len("#HttpOnly_"):]
    elif not line or line.startswith("#"):
        continue
    domain, _, path, secure, expires, name, value = line.split("\t")
    if domain != "127.0.0.1":
        sys.exit("unexpected cookie domain " + domain)
    cookies.setdefault(domain, {}).setdefault(path, {})[name] = {
        "value": value, "expires": int(expires) or None, "secure": secure == "TRUE", "port": None, "version": 0}
json.dump(cookies, open(out, "w"), indent=2)
print("[scan] cookies handed to wapiti: " + ", ".join(n for d in cookies.values() for p in d.values() for n in p))
PY

    local -a args=(
        -u "$base/" --scope folder -m "$MODULES"
        -c "$cookies"
        -x "$base/account/logout"
        --max-scan-time "$SCAN_CRAWL_SECONDS" --max-attack-time "$SCAN_ATTACK_SECONDS"
        -d "$SCAN_DEPTH" --max-links-per-page "$SCAN_MAX_LINKS" --max-files-per-dir "$SCAN_MAX_FILES"
        -t "$SCAN_REQUEST_TIMEOUT"
        --skip __RequestVerificationToken   # a changed token only earns a 400; the csrf module still checks it
        --endpoint "$base/"          # the endpoint modules (ssrf, xxe) are not run; never the public default
        --no-bugreport               # a crashing module would otherwise upload a report to wapiti3.ovh
        --flush-session --store-session "$session" --store-config "$SCAN_WORK/wapiti-config"
        -f json -o "$SCAN_RESULTS/wapiti-report.json"
        -v 1
    )
    for page in $EDITOR_PAGES /account; do args+=(-s "$base$page"); done
    local pattern
    while IFS= read -r pattern; do
        [[ -n "$pattern" ]] && args+=(-x "$base$pattern")
    done <<< "${SCAN_EXCLUDES:-}"
    case ",$MODULES," in *,ssrf,*) echo "[scan] refusing to run the ssrf module" >&2; return 1 ;; esac

    # Safety net only: wapiti stops itself with the two limits above; this bound must never be what ends it
    # (a killed wapiti writes no report).
    local modules_count hard_limit
    modules_count=$(tr ',' '\n' <<< "$MODULES" | wc -l)
    hard_limit=$(( SCAN_CRAWL_SECONDS + modules_count * SCAN_ATTACK_SECONDS + 600 ))
    echo "[scan] wapiti $(wapiti --version 2>/dev/null | tail -1 | awk '{print $2}') against $base/ (modules $MODULES;" \
        "crawl <= ${SCAN_CRAWL_SECONDS}s, each module <= ${SCAN_ATTACK_SECONDS}s, killed after ${hard_limit}s;" \
        "at most $SCAN_PER_SHAPE URLs of each shape)"
    # wapiti-run.py is wapiti itself with three changes (the -x bug of Debian 12, a sample of each URL shape, only
    # the modules asked for); see that file.
    WAPITI_PYTHON=$(head -1 "$(command -v wapiti)" | sed -n 's/^#! *\([^ ]*\).*/\1/p')
    WAPITI_PYTHON=${WAPITI_PYTHON:-/usr/bin/python3}
    printf '%q ' "RESOMA_WAPITI_PER_SHAPE=$SCAN_PER_SHAPE" "$WAPITI_PYTHON" "$SCAN_SCRIPT_DIR/wapiti-run.py" "${args[@]}" \
        > "$SCAN_RESULTS/wapiti-command.txt"
    echo >> "$SCAN_RESULTS/wapiti-command.txt"
    started=$(date +%s)
    RESOMA_WAPITI_PER_SHAPE="$SCAN_PER_SHAPE" timeout -k 30 "$hard_limit" "$WAPITI_PYTHON" "$SCAN_SCRIPT_DIR/wapiti-run.py" "${args[@]}" \
        < /dev/null > "$SCAN_RESULTS/wapiti.log" 2>&1 &
    wapiti_pid=$!
    wait "$wapiti_pid" || rc=$?
    wapiti_pid=""
    finished=$(date +%s)
    echo "[scan] wapiti finished with exit code $rc after $(( finished - started )) s (log $SCAN_RESULTS/wapiti.log)"

    # Is the session still alive after the attacks (nothing logged the editor out)?
    status=$(curl -sS -m 10 -o /dev/null -w '%{http_code}' -b "$jar" "$base/editor/briefs" || true)
    echo "[scan] after the scan, /editor/briefs with the editor's cookie answers $status"

    cp "$session"/*.db "$SCAN_RESULTS/" 2>/dev/null || true
    python3 "$SCAN_SCRIPT_DIR/wapiti-summary.py" --report "$SCAN_RESULTS/wapiti-report.json" \
        --session "$(ls "$session"/*.db 2>/dev/null | head -1)" --base "$base" \
        --seconds "$(( finished - started ))" --exit-code "$rc" --session-after "$status" \
        --editor-pages "$EDITOR_PAGES" --cookie-jar "$jar" --log "$SCAN_RESULTS/wapiti.log" \
        --portal-log "$SCAN_RESULTS/portal.log" | tee "$SCAN_RESULTS/summary.txt"
    [[ -s "$SCAN_RESULTS/wapiti-report.json" ]]
}

if [[ "${1:-}" == "__inner" ]]; then
    inner
    exit $?
fi

# ---------------------------------------------------------------------------------------------------------------
# Outer part: options, wapiti, build, then the inner part (in a network namespace when possible).
# ---------------------------------------------------------------------------------------------------------------
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/../.." && pwd)
RESULTS="" APP="" NETNS=auto KEEP=0 EXCLUDES=""
CRAWL_SECONDS=240 ATTACK_SECONDS=200 DEPTH=8 MAX_LINKS=100 MAX_FILES=25 PER_SHAPE=1 REQUEST_TIMEOUT=10

number() { [[ "${2:-}" =~ ^[0-9]+$ ]] || { echo "$1 needs a whole number" >&2; exit 2; }; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        --results) RESULTS=${2:?--results needs a folder}; shift 2 ;;
        --crawl-seconds) number "$1" "${2:-}"; CRAWL_SECONDS=$2; shift 2 ;;
        --attack-seconds) number "$1" "${2:-}"; ATTACK_SECONDS=$2; shift 2 ;;
        --depth) number "$1" "${2:-}"; DEPTH=$2; shift 2 ;;
        --max-links-per-page) number "$1" "${2:-}"; MAX_LINKS=$2; shift 2 ;;
        --max-files-per-dir) number "$1" "${2:-}"; MAX_FILES=$2; shift 2 ;;
        --per-shape) number "$1" "${2:-}"; PER_SHAPE=$2; shift 2 ;;
        --request-timeout) number "$1" "${2:-}"; REQUEST_TIMEOUT=$2; shift 2 ;;
        --modules) MODULES=${2:?--modules needs a list}; shift 2 ;;
        --exclude) [[ "${2:-}" == /* ]] || { echo "--exclude needs a path that starts with /" >&2; exit 2; }
                   EXCLUDES+="$2"$'\n'; shift 2 ;;
        --app) APP=$(cd "${2:?--app needs a folder}" && pwd); shift 2 ;;
        --no-netns) NETNS=0; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done
(( CRAWL_SECONDS >= 1 && ATTACK_SECONDS >= 1 )) || { echo "the time limits must be at least 1 s (0 means none to wapiti)" >&2; exit 2; }
for module in ${MODULES//,/ }; do
    case ",$ALL_MODULES," in
        *",$module,"*) ;;
        *) echo "module $module is not one of $ALL_MODULES (ssrf is never run)" >&2; exit 2 ;;
    esac
done

if ! command -v wapiti > /dev/null; then
    if [[ $(id -u) -eq 0 ]]; then
        echo "[scan] installing wapiti with apt-get"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wapiti > /dev/null
    else
        echo "wapiti is missing: sudo apt-get update && sudo apt-get install -y wapiti" >&2
        exit 1
    fi
fi
for tool in curl python3 timeout dotnet; do
    command -v "$tool" > /dev/null || { echo "$tool is missing" >&2; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/resoma-wapiti.XXXXXX")
inner_pid=""
cleanup() {
    if [[ -n "$inner_pid" ]] && kill -0 "$inner_pid" 2>/dev/null; then
        kill "$inner_pid" 2>/dev/null || true     # its own trap stops wapiti and the portal
        wait "$inner_pid" 2>/dev/null || true
    fi
    if [[ "$KEEP" == 1 ]]; then echo "[scan] kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

RESULTS=${RESULTS:-$SCRIPT_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$RESULTS"
RESULTS=$(cd "$RESULTS" && pwd)

begin=$(date +%s)
if [[ -z "$APP" ]]; then
    echo "[scan] building the portal in Release (log $RESULTS/publish.log)"
    if ! dotnet publish "$REPO/src/ReSoma.Web" -c Release -o "$WORK/app" > "$RESULTS/publish.log" 2>&1; then
        tail -20 "$RESULTS/publish.log" >&2
        exit 1
    fi
    APP="$WORK/app"
fi
[[ -f "$APP/ReSoma.Web.dll" ]] || { echo "no ReSoma.Web.dll in $APP" >&2; exit 1; }

if [[ "$NETNS" == auto ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v unshare > /dev/null && command -v ip > /dev/null \
        && unshare --net true 2>/dev/null; then
        NETNS=1
    else
        NETNS=0
        echo "[scan] warning: no network namespace (needs root, unshare and ip); the scan relies on wapiti's" \
            "scope and options to stay on 127.0.0.1" >&2
    fi
fi

export SCAN_WORK="$WORK" SCAN_APP="$APP" SCAN_RESULTS="$RESULTS" SCAN_NETNS="$NETNS" SCAN_SCRIPT_DIR="$SCRIPT_DIR"
export SCAN_CRAWL_SECONDS="$CRAWL_SECONDS" SCAN_ATTACK_SECONDS="$ATTACK_SECONDS" SCAN_DEPTH="$DEPTH"
export SCAN_MAX_LINKS="$MAX_LINKS" SCAN_MAX_FILES="$MAX_FILES" SCAN_REQUEST_TIMEOUT="$REQUEST_TIMEOUT"
export SCAN_PER_SHAPE="$PER_SHAPE" SCAN_MODULES="$MODULES" SCAN_EXCLUDES="$EXCLUDES"
# A password for the demo accounts of this throw-away data folder only.
SCAN_PASSWORD="Scan-$(python3 -c 'import secrets; print(secrets.token_urlsafe(12))')-9a"
export SCAN_PASSWORD

if [[ "$NETNS" == 1 ]]; then
    unshare --net -- bash "$SCRIPT_DIR/wapiti.sh" __inner &
else
    bash "$SCRIPT_DIR/wapiti.sh" __inner &
fi
inner_pid=$!
rc=0
wait "$inner_pid" || rc=$?
inner_pid=""
echo "[scan] done in $(( $(date +%s) - begin )) s in all (build included); results in $RESULTS"
exit "$rc"
