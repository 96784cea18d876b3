#!/usr/bin/env bash
# Outcome measures at scale: N families in support, each with a care team, an agreed plan and
# months of measures (about 50 answers a family, `seed --outcomes N`); the demo clinician has 60
# of them on their care team and Sam's family two years of weekly measures. Each page is
# compared with its own floor in the same run: a bare endpoint that runs the page's SQL (the
# same method, audited reads included) and answers one line of text, mapped only with
# Benchmark:Floors=true. Exits 1 when a page serves fewer than half its floor's requests a second.
# Usage: bench/outcomes.sh [families] [requests-per-endpoint] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
families=${1:-100000}
requests=${2:-1000}
concurrency=${3:-8}
port=5080
source bench/seeded-app.sh
seed --outcomes "$families"
start_app Benchmark__Floors=true
clinician=$(cookie_for clinician@alongside.test)
parent=$(cookie_for parent@alongside.test)

warm() { # path cookie
  hey -n 300 -c "$concurrency" -H "Cookie: $2" "http://127.0.0.1:$port$1" >/dev/null
}
run() { # name path cookie
  hey -n "$requests" -c "$concurrency" -H "Cookie: $3" "http://127.0.0.1:$port$2" > "$data/$1.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$data/$1.txt")
  p50=$(awk '/ 50% in/ {print $3*1000}' "$data/$1.txt")
  p99=$(awk '/ 99% in/ {print $3*1000}' "$data/$1.txt")
  codes=$(awk '/responses$/ {printf "%s%sx%s", sep, $2, $1; sep=","}' "$data/$1.txt")
  echo "$1 $2 $rps $p50 $p99 $codes"
}

# What each floor found, so a run that measured an empty caseload or a signed-out page shows it.
caseload=$(curl -s -H "Cookie: $clinician" "http://127.0.0.1:$port/bench/floor/caseload")
progress=$(curl -s -H "Cookie: $parent" "http://127.0.0.1:$port/bench/floor/progress")
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $families families with outcome measures (seeded in ${seeded} s), $requests requests per endpoint, $concurrency concurrent, $engine, Release; caseload floor: $caseload; progress floor: $progress"
# Every endpoint is warmed before any is measured: measured first, a floor ran slower than its
# page (JIT and caches still warming), which made the ratio flatter the page.
warm /bench/floor/caseload "$clinician"; warm /staff/caseload "$clinician"; warm /bench/floor/progress "$parent"; warm /family/progress "$parent"
results=$(
  run floor-caseload /bench/floor/caseload "$clinician"
  run caseload /staff/caseload "$clinician"
  run floor-progress /bench/floor/progress "$parent"
  run progress /family/progress "$parent"
)
printf '| endpoint | path | req/s | p50 ms | p99 ms | ratio to floor | status codes |\n|---|---|---|---|---|---|---|\n'
echo "$results" | awk '
  $1 ~ /^floor-/ { floor[substr($1, 7)] = $3; f = $3 }
  { printf "| %s | %s | %.0f | %.1f | %.1f | %.2f | %s |\n", $1, $2, $3, $4, $5, $3 / (($1 ~ /^floor-/) ? $3 : floor[$1]), $6 }
  $1 !~ /^floor-/ && $3 < floor[$1] / 2 { slow = slow " " $1 }
  $6 !~ /^[0-9]+x\[200\]$/ { bad = bad " " $1 }
  END {
    if (bad != "") print "Not all 200:" bad
    if (slow != "") print "Over 2x the floor:" slow
    if (bad != "" || slow != "") exit 1
  }'
