#!/usr/bin/env bash
# Runs every Alongside test: unit, integration (SQLite and PostgreSQL) and browser.
# Installs what the tests need when missing, starts a throwaway PostgreSQL cluster on a
# loopback port, and ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

log() { printf '==> %s\n' "$*"; }

# --- what the tests need -----------------------------------------------------
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql)
fc-list 2>/dev/null | grep -qi dejavu || need_apt+=(fonts-dejavu-core)
command -v java >/dev/null || need_apt+=(default-jre-headless)   # runs the W3C Nu HTML checker (npm vnu-jar)
command -v redis-server >/dev/null || need_apt+=(redis-server)    # the scale-out tests start their own throwaway server
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
command -v npm >/dev/null || { echo "npm is needed to build the front end"; exit 1; }
(cd src/Alongside.Web && [ -d node_modules/nhsuk-frontend ] || npm ci --no-audit --no-fund --loglevel=error)
(cd tests/Alongside.BrowserTests && [ -f node_modules/vnu-jar/build/dist/vnu.jar ] || npm ci --no-audit --no-fund --loglevel=error)
(cd tests/Alongside.IntegrationTests && [ -x node_modules/.bin/redocly ] || npm ci --no-audit --no-fund --loglevel=error)   # lints the OpenAPI document

# Each integration test host watches its settings files with inotify; with over a hundred hosts in
# one run, Debian's default of 128 instances per user can run out (seen: 8 report tests failed).
if [ "$(id -u)" -eq 0 ] && [ "$(cat /proc/sys/fs/inotify/max_user_instances 2>/dev/null || echo 1024)" -lt 1024 ]; then
  sysctl -q -w fs.inotify.max_user_instances=1024 || true
fi

# --- a throwaway PostgreSQL cluster ------------------------------------------
# max_connections: each integration test host keeps a pool of up to 20 and its background services
# hold some of them; at 300 a fresh-clone run hit "53300: sorry, too many clients already" in 20
# PostgreSQL tests once the new background services (digests, earlier-time holds) came in.
pgbin=/usr/lib/postgresql/15/bin
pgdir=$(mktemp -d /tmp/alongside-pg.XXXXXX)
chown postgres:postgres "$pgdir" 2>/dev/null || true
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap stop_pg EXIT
log "starting PostgreSQL on 127.0.0.1:$pgport"
as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$pgport -c unix_socket_directories=$pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=1000" start >/dev/null
export ALONGSIDE_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20"

# --- build once, then run each test project -----------------------------------
log "building"
if ! dotnet build Alongside.slnx -c Release -warnaserror --nologo -v q > "$results/build.log" 2>&1; then
  cat "$results/build.log" | tail -40
  echo "0 passed, 1 failed"
  exit 1
fi
log "checking formatting"
format_failed=0
if ! dotnet format Alongside.slnx --verify-no-changes --no-restore > "$results/format.log" 2>&1; then
  tail -20 "$results/format.log"
  format_failed=1
fi

status=0
for project in Alongside.Tests Alongside.IntegrationTests Alongside.BrowserTests; do
  log "testing $project"
  if ! dotnet test "tests/$project" -c Release --no-build --nologo \
      --logger "trx;LogFileName=$project.trx" --results-directory "$results" \
      -- RunConfiguration.TreatNoTestsAsError=true > "$results/$project.log" 2>&1; then
    status=1
  fi
  grep -E 'Failed |Error Message|Passed!|Failed!|error' "$results/$project.log" | head -n 60
done

# --- the one closing line, counted from the TRX files ------------------------
python3 - "$results" "$format_failed" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0)) + int(counters.get("inconclusive", 0))
    # Each failure's message and the top of its stack, so a CI log says why without the TRX.
    for result in ET.parse(path).getroot().iter("{%s}UnitTestResult" % ns["t"]):
        if result.get("outcome") != "Failed": continue
        print("FAILED", result.get("testName"))
        for tag in ("Message", "StackTrace"):
            node = result.find(".//t:ErrorInfo/t:" + tag, ns)
            if node is not None and node.text:
                print("\n".join("    " + line for line in node.text.strip().splitlines()[:8]))
projects = len(glob.glob(sys.argv[1] + "/*.trx"))
if projects < 3: failed += 3 - projects   # a project that did not report counts as a failure
failed += int(sys.argv[2])                 # formatting drift counts as a failure
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or skipped else 0)
PY
exit $(( $? | status ))
