#!/usr/bin/env bash
# Sessions at scale: the demo clinician has a year of sessions (about 780; six months back and
# six ahead, three a weekday) and Sam's family 200 of them. Measures the booking page (free slots from working
# hours minus booked sessions), the family's sessions page, the clinician's diary and the
# family's calendar feed. The floor is /health/ready, one trivial SQL command, same run.
# Usage: bench/sessions.sh [requests-per-endpoint] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-1000}
concurrency=${2:-8}
port=5079
source bench/seeded-app.sh
# The feed's per-address limit (60 a minute) would answer most of this run with 429.
export RateLimits__TokenLinkPermitsPerMinute=100000
seed --sessions
start_app

clinician=$(cookie_for clinician@alongside.test)
parent=$(cookie_for parent@alongside.test)
jar="$data/parent@alongside.test.jar"
token=$(curl -s -b "$jar" -c "$jar" "http://127.0.0.1:$port/account/calendar" | token_of)
feed=$(curl -s -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/account/calendar" \
  | grep -o 'id="feed-url">[^<]*' | sed 's/.*>//; s#^https\?://[^/]*##')

run() { # name path cookie
  hey -n 100 -c "$concurrency" -H "Cookie: $3" "http://127.0.0.1:$port$2" >/dev/null
  hey -n "$requests" -c "$concurrency" -H "Cookie: $3" "http://127.0.0.1:$port$2" > "$data/$1.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$data/$1.txt")
  p50=$(awk '/ 50% in/ {print $3*1000}' "$data/$1.txt")
  p99=$(awk '/ 99% in/ {print $3*1000}' "$data/$1.txt")
  codes=$(awk '/responses$/ {printf "%s%sx%s", sep, $2, $1; sep=","}' "$data/$1.txt")
  echo "$1 $2 $rps $p50 $p99 $codes"
}

slots=$(curl -s -H "Cookie: $parent" "http://127.0.0.1:$port/family/sessions/book?kind=ParentingSupport" | grep -c 'name="start"' || true)
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, a year of sessions for one clinician, 200 for one family, $requests requests per endpoint, $concurrency concurrent, $engine, Release; $slots free slots on the first booking page"
results=$(
  run floor /health/ready ""
  run booking-slots "/family/sessions/book?kind=ParentingSupport" "$parent"
  run my-sessions /family/sessions "$parent"
  run diary /staff/sessions "$clinician"
  run calendar-feed "$feed" ""
)
floor=$(echo "$results" | awk '$1=="floor" {print $3}')
printf '| endpoint | path | req/s | p50 ms | p99 ms | ratio to floor | status codes |\n|---|---|---|---|---|---|---|\n'
echo "$results" | awk -v f="$floor" '{ p=$2; if ($1=="calendar-feed") p="/calendar/{secret}.ics"; printf "| %s | %s | %.0f | %.1f | %.1f | %.2f | %s |\n", $1, p, $3, $4, $5, $3/f, $6 }'
