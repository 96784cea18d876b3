#!/usr/bin/env bash
# Reports at scale: N families referred to the demo therapy provider over three years, about 20
# sessions each charged to their plan's funded lines (plans ended once support is over), with
# course places, group meetings, peer support, feedback and outcome measures (`seed --reports N`). Two readers: the provider's admin (the service report) and the demo
# council's commissioner (the families it commissions or that live in its area), each with the
# default period (the financial year so far) and one filter. Each report is compared with its
# floor in the same run: a bare endpoint that builds the same scope and runs the same counting
# (ReportModel.LoadAsync, then ReportBuilder.BuildAsync) and answers one line of text, mapped only
# with Benchmark:Floors=true. Exits 1 when a report serves fewer than half its floor's requests a
# second, when its p95 is a second or more, or when a response is not 200.
# Usage: bench/reports.sh [families] [requests-per-endpoint] [concurrency]
# On PostgreSQL: ALONGSIDE_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres" bench/reports.sh ...
set -euo pipefail
cd "$(dirname "$0")/.."
families=${1:-100000}
requests=${2:-200}
concurrency=${3:-4}
port=5081
source bench/seeded-app.sh
seed --reports "$families"
start_app Benchmark__Floors=true
staff=$(cookie_for admin@alongside.test)
commissioner=$(cookie_for commissioner@alongside.test)
# The provider both may report on: the commissioner's list of reports has one link, to it.
provider=$(curl -s -H "Cookie: $commissioner" "http://127.0.0.1:$port/reports" | grep -o 'href="/reports/[0-9a-f-]\{36\}"' | head -1 | sed 's#.*/reports/##; s/"$//')
[ -n "$provider" ] || { echo "The commissioner sees no provider to report on" >&2; exit 1; }

# name floor-name path cookie: every report, with the floor it is compared with.
endpoints=(
  "floor-service - /bench/floor/reports/$provider staff"
  "service floor-service /reports/$provider staff"
  "service-csv floor-service /reports/$provider?handler=Csv staff"
  "floor-service-asgsf - /bench/floor/reports/$provider?funding=Asgsf staff"
  "service-asgsf floor-service-asgsf /reports/$provider?funding=Asgsf staff"
  "floor-commissioner - /bench/floor/reports/$provider commissioner"
  "commissioner floor-commissioner /reports/$provider commissioner"
  "floor-commissioner-commissioned - /bench/floor/reports/$provider?funding=Commissioned commissioner"
  "commissioner-commissioned floor-commissioner-commissioned /reports/$provider?funding=Commissioned commissioner"
)
cookie_of() { if [ "$1" = staff ]; then echo "$staff"; else echo "$commissioner"; fi; }

# What each floor found, so a run that measured an empty report or a signed-out reader shows it.
found=""
for e in "${endpoints[@]}"; do
  read -r name floor path who <<<"$e"
  [ "$floor" = - ] && found="$found; $name: $(curl -s -H "Cookie: $(cookie_of "$who")" "http://127.0.0.1:$port$path")"
done
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $families families for reports (seeded in ${seeded} s), $requests requests per endpoint, $concurrency concurrent, $engine, Release${found}"
# Every endpoint is warmed before any is measured, so JIT and caches favour none of them.
for e in "${endpoints[@]}"; do
  read -r name floor path who <<<"$e"
  hey -n $(( concurrency * 2 )) -c "$concurrency" -H "Cookie: $(cookie_of "$who")" "http://127.0.0.1:$port$path" >/dev/null
done
results=$(
  for e in "${endpoints[@]}"; do
    read -r name floor path who <<<"$e"
    # A long timeout, so a slow report is measured rather than dropped (hey's default gives up at 20 s).
    hey -n "$requests" -c "$concurrency" -t 300 -H "Cookie: $(cookie_of "$who")" "http://127.0.0.1:$port$path" > "$data/$name.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$data/$name.txt")
    # hey leaves out a percentile it has too few requests for (99% needs 100): "-" keeps the columns in place.
    pct() { awk -v p=" $1% in" 'index($0, p) {printf "%.0f\n", $3*1000}' "$data/$name.txt" | grep . || echo -; }
    p50=$(pct 50); p95=$(pct 95); p99=$(pct 99)
    codes=$(awk '/responses$/ {printf "%s%sx%s", sep, $2, $1; sep=","} /^Error distribution/ {e=1; next} e && /^ *\[[0-9]+\]/ {gsub(/[][]/, "", $1); printf "%s%sxerror", sep, $1; sep=","}' "$data/$name.txt")
    echo "$name $floor ${path//$provider/{provider\}} $rps $p50 $p95 $p99 $codes"
  done
)
printf '| endpoint | path | req/s | p50 ms | p95 ms | p99 ms | ratio to floor | status codes |\n|---|---|---|---|---|---|---|---|\n'
echo "$results" | awk '
  $2 == "-" { floor[$1] = $4 }
  { f = ($2 == "-") ? $4 : floor[$2]; printf "| %s | %s | %.2f | %s | %s | %s | %.2f | %s |\n", $1, $3, $4, $5, $6, $7, $4 / f, $8 }
  $2 != "-" && $4 < floor[$2] / 2 { slow = slow " " $1 }
  $2 != "-" && ($6 == "-" || $6 >= 1000) { late = late " " $1 }
  $8 !~ /^[0-9]+x\[200\]$/ { bad = bad " " $1 }
  END {
    if (bad != "") print "Not all 200:" bad
    if (slow != "") print "Over 2x the floor:" slow
    if (late != "") print "p95 of a second or more:" late
    if (bad != "" || slow != "" || late != "") exit 1
  }'
