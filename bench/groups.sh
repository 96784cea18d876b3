#!/usr/bin/env bash
# Group search at scale: 100,000 groups over GB postcode districts. Times nearest-first search
# through the latitude/longitude index against a full scan in the same process and run, on
# SQLite and, when ALONGSIDE_BENCH_POSTGRES holds a server connection string, on PostgreSQL;
# then the public API over HTTP with hey, next to the /health/ready floor.
# Usage: bench/groups.sh [groups] [searches] [http-requests]
set -euo pipefail
cd "$(dirname "$0")/.."
groups=${1:-100000}
searches=${2:-200}
requests=${3:-1000}
port=5081
data=$(mktemp -d /tmp/alongside-bench.XXXXXX)
command -v hey >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey >/dev/null; }
dotnet build src/Alongside.Web -c Release --nologo -v q >/dev/null
dll=src/Alongside.Web/bin/Release/net10.0/Alongside.Web.dll
export ASPNETCORE_ENVIRONMENT=Development Database__DataFolder="$data" App__SeedDemoData=false Logging__LogLevel__Default=Warning
trap 'kill ${app:-} 2>/dev/null || true; rm -rf "$data"' EXIT

echo "## SQLite"
dotnet "$dll" seed --groups "$groups" >/dev/null
dotnet "$dll" bench-groups --queries "$searches"

if [ -n "${ALONGSIDE_BENCH_POSTGRES:-}" ]; then
  echo "## PostgreSQL"
  db="alongside_bench_$$"
  # The app's migration creates the database; psql, given the same host, port and user, drops it.
  field() { echo "$ALONGSIDE_BENCH_POSTGRES" | tr ';' '\n' | awk -F= -v k="$1" 'tolower($1)==tolower(k) {print $2}'; }
  (
    export Database__Provider=Postgres ConnectionStrings__Alongside="${ALONGSIDE_BENCH_POSTGRES};Database=$db"
    dotnet "$dll" seed --groups "$groups" >/dev/null
    dotnet "$dll" bench-groups --queries "$searches"
  )
  psql -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -d postgres -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null
fi

echo "## HTTP, SQLite"
export RateLimits__PublicApiPermitsPerMinute=100000
dotnet "$dll" --contentRoot "$PWD/src/Alongside.Web" --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.5; done
run() { # name path
  hey -n 100 -c 8 "http://127.0.0.1:$port$2" >/dev/null
  hey -n "$requests" -c 8 "http://127.0.0.1:$port$2" > "$data/$1.txt"
  printf "| %s | %s | %.0f | %.1f | %.1f | %s |\n" "$1" "$2" "$(awk '/Requests\/sec/ {print $2}' "$data/$1.txt")" \
    "$(awk '/ 50% in/ {print $3*1000}' "$data/$1.txt")" "$(awk '/ 99% in/ {print $3*1000}' "$data/$1.txt")" \
    "$(awk '/responses$/ {printf "%s%sx%s", sep, $2, $1; sep=","}' "$data/$1.txt")"
}
echo "| endpoint | path | req/s | p50 ms | p99 ms | status codes |"
echo "|---|---|---|---|---|---|"
run floor /health/ready
run api-near-manchester "/api/v1/groups?near=M1&radiusKm=25"
run page-near-leeds "/groups?near=LS1&radiusKm=25"
run api-rural-wide "/api/v1/groups?near=PH33&radiusKm=100"
