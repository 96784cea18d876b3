#!/usr/bin/env bash
# Foundation benchmark: the app in Release on SQLite, loaded with `hey` from this machine only.
# Each endpoint is compared with a floor measured in the same run: /health/live, which does
# no I/O, so the ratio shows what a page or a database round trip adds.
# Usage: bench/run.sh [requests-per-endpoint] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-3000}
concurrency=${2:-16}
port=5077
data=$(mktemp -d /tmp/alongside-bench.XXXXXX)
command -v hey >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey >/dev/null; }

dotnet build src/Alongside.Web -c Release --nologo -v q >/dev/null
ASPNETCORE_ENVIRONMENT=Production Database__DataFolder="$data" App__SeedDemoData=true App__PublicBaseUrl="http://127.0.0.1:$port" \
  dotnet src/Alongside.Web/bin/Release/net10.0/Alongside.Web.dll --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
trap 'kill ${app:-} 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.5; done

run() { # name path
  # warm up, then measure
  hey -n 200 -c "$concurrency" "http://127.0.0.1:$port$2" >/dev/null
  hey -n "$requests" -c "$concurrency" "http://127.0.0.1:$port$2" > "$data/$1.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$data/$1.txt")
  p50=$(awk '/ 50% in/ {print $3*1000}' "$data/$1.txt")
  p99=$(awk '/ 99% in/ {print $3*1000}' "$data/$1.txt")
  codes=$(awk '/responses$/ {printf "%s%sx%s", sep, $2, $1; sep=","}' "$data/$1.txt")
  echo "$1 $2 $rps $p50 $p99 $codes"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $requests requests per endpoint, $concurrency concurrent, SQLite, Release"
results=$( run floor /health/live; run ready /health/ready; run home /; run sign-in /account/sign-in )
floor=$(echo "$results" | awk '$1=="floor" {print $3}')
printf '| endpoint | path | req/s | p50 ms | p99 ms | ratio to floor | status codes |\n|---|---|---|---|---|---|---|\n'
echo "$results" | awk -v f="$floor" '{ printf "| %s | %s | %.0f | %.1f | %.1f | %.2f | %s |\n", $1, $2, $3, $4, $5, $3/f, $6 }'
