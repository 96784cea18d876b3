#!/usr/bin/env bash
# Referral pages at scale: the triage queue, the waiting list (first and a deep page) and the
# family portal (whose place on the list is counted in SQL), with N referred families on SQLite.
# The floor is /health/ready, one trivial SQL command on the same database, same run.
# Usage: bench/referrals.sh [families] [requests-per-endpoint] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
families=${1:-20000}
requests=${2:-1000}
concurrency=${3:-8}
port=5078
source bench/seeded-app.sh
seed --families "$families"
start_app
clinician=$(cookie_for clinician@alongside.test)
parent=$(cookie_for parent@alongside.test)

run() { # name path cookie
  hey -n 100 -c "$concurrency" -H "Cookie: $3" "http://127.0.0.1:$port$2" >/dev/null
  hey -n "$requests" -c "$concurrency" -H "Cookie: $3" "http://127.0.0.1:$port$2" > "$data/$1.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$data/$1.txt")
  p50=$(awk '/ 50% in/ {print $3*1000}' "$data/$1.txt")
  p99=$(awk '/ 99% in/ {print $3*1000}' "$data/$1.txt")
  codes=$(awk '/responses$/ {printf "%s%sx%s", sep, $2, $1; sep=","}' "$data/$1.txt")
  echo "$1 $2 $rps $p50 $p99 $codes"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $families referred families, $requests requests per endpoint, $concurrency concurrent, $engine, Release"
results=$(
  run floor /health/ready ""
  run triage-new /staff/referrals "$clinician"
  run waiting-first /staff/referrals?list=waiting "$clinician"
  run waiting-deep "/staff/referrals?list=waiting&p=100" "$clinician"
  run family-portal /family "$parent"
)
floor=$(echo "$results" | awk '$1=="floor" {print $3}')
printf '| endpoint | path | req/s | p50 ms | p99 ms | ratio to floor | status codes |\n|---|---|---|---|---|---|---|\n'
echo "$results" | awk -v f="$floor" '{ printf "| %s | %s | %.0f | %.1f | %.1f | %.2f | %s |\n", $1, $2, $3, $4, $5, $3/f, $6 }'
