#!/usr/bin/env bash
# Alongside at scale on one machine: N families from `seed --families N` (referrals, plans,
# sessions, messages, home logs, groups and posts) on SQLite, or on PostgreSQL when
# ALONGSIDE_BENCH_POSTGRES names a server (bench/seeded-app.sh), then
#   - the seed's time;
#   - cold start: the app as deploy/ publishes it (for linux-x64, so compiled ahead of time) started
#     on the existing database, time to its first 200 on the home page and on a signed-in parent's /family;
#   - a mixed load at 64 connections for M minutes, the key pages side by side (the parent's home,
#     group search, the clinician's diary and triage, a message thread, a discussion topic), with
#     each page's requests a second, p50 and p99, and every answer's status;
#   - the same 64 connections paced for a minute, each sending one request a second (64 a second in
#     all), with each page's p50 and p99: the wait a person sees on a busy service, not a queue;
#   - the process's resident memory, sampled every 5 s through the mixed load, and its peak (VmHWM);
#   - each key page one request at a time (and the booking review, whose one-time check the
#     confirm shares), its p50 beside the same page's p50 at a baseline of 1,000 families seeded
#     and measured the same way in the same run, and the ratio;
#   - each of those pages against its floor: the SQL one request of the page sent, sent again through
#     bare ADO.NET with the same values (Infrastructure/SqlFloors.cs), requests a second of each;
#   - posts a second of a message reply, a home-log entry and a group post, each against its floor
#     (the same SQL, each inserted row under a new key), 100 posts a round: the group post limit per
#     person is raised to its most, 1,000 a minute, for this app (Discussion__PostsPerMinute), and the
#     floor's posts count toward it. A booking takes its time, so it cannot be repeated.
# Exits 1 when any answer is not 200, a page's p99 under the paced load is over 100 ms, the peak is
# 400 MB or more, cold start takes 3 s or more,
# a page's p50 one at a time is more than 1.5 times its p50 at the baseline, or a page reaches
# less than half its floor's requests a second.
# Usage: bench/scale.sh [families] [minutes] [baseline families, default 1000]
set -euo pipefail
cd "$(dirname "$0")/.."
families=${1:-100000}
minutes=${2:-10}
baseline=${3:-1000}
port=5085
source bench/seeded-app.sh
[ "$engine" = PostgreSQL ] || command -v sqlite3 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }
base="http://127.0.0.1:$port"

# The app as deployed (deploy/alongside@.service); the seed runs from the build seeded-app.sh made.
dotnet publish src/Alongside.Web -c Release -r linux-x64 --self-contained false -o "$data/app" --nologo -v q >/dev/null

find_pages() { # folder of the database → $pages: name path who (the connections of the mixed load)
  local thread group topic book clinician_id start
  thread=$(curl -s -H "Cookie: $clinician" "$base/messages" | grep -o 'href="/messages/[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f2 || true)
  # Sam's group, where the benchmark parents post; its general topic has the group's id.
  group=$(db_rows "$1" "SELECT lower(CAST(m.\"GroupId\" AS TEXT)) FROM \"PeerGroupMembers\" m JOIN \"AspNetUsers\" u ON u.\"Id\" = m.\"UserId\" WHERE u.\"Email\" = 'parent@alongside.test' AND m.\"Status\" = 'Member' LIMIT 1")
  topic=${group:+/groups/$group/discussion/topics/$group}
  # The first free time next week on the parent's booking page, for its review.
  book=$(curl -s -H "Cookie: $parent" "$base/family/sessions/book?kind=ParentingSupport&week=1")
  clinician_id=$(grep -o 'name="clinicianId" value="[^"]*"' <<< "$book" | head -1 | sed 's/.*value="//;s/"//' || true)
  start=$(grep -o 'name="start" value="[^"]*"' <<< "$book" | head -1 | sed 's/.*value="//;s/"//' || true)
  [ -n "$thread" ] && [ -n "$topic" ] && [ -n "$start" ] || { echo "no thread ($thread), topic ($topic) or free time ($start) found to measure" >&2; exit 1; }
  pages="family /family parent 16
groups-near /groups?near=M1&radiusKm=25 parent 8
diary /staff/sessions clinician 10
triage /staff/referrals clinician 10
thread $thread clinician 10
discussion $topic parent 10"
  review="/family/sessions/book/review?kind=ParentingSupport&clinicianId=$clinician_id&start=$start"
}
cookie() { [ "$1" = parent ] && echo "$parent" || echo "$clinician"; }

one_at_a_time() { # label → $data/one-label-name.txt: each page 100 times, one request at a time, after 20 to warm
  while read -r name path who _; do
    hey -n 20 -c 1 -H "Cookie: $(cookie "$who")" "$base$path" >/dev/null
    hey -n 100 -c 1 -H "Cookie: $(cookie "$who")" "$base$path" > "$data/one-$1-$name.txt"
  done <<< "$pages
review $review parent"
}

floors() { # each page against its floor, /bench/floor/sql/NAME: the SQL one request of the page sent, again
  # through bare ADO.NET (Infrastructure/SqlFloors.cs); 8 connections, 5 s each, three rounds, page and floor in turn.
  while read -r name path who _; do
    curl -fs -o /dev/null -H "Cookie: $(cookie "$who")" -H "X-Floor-Record: $name" "$base$path"
    curl -fs -H "Cookie: $(cookie "$who")" "$base/bench/floor/sql/$name" > "$data/floor-what-$name.txt"
    for round in 1 2 3; do
      hey -z 5s -c 8 -H "Cookie: $(cookie "$who")" "$base$path" > "$data/floor-page-$name-$round.txt"
      hey -z 5s -c 8 -H "Cookie: $(cookie "$who")" "$base/bench/floor/sql/$name" > "$data/floor-sql-$name-$round.txt"
    done
  done <<< "$pages
review $review parent"
}
writes() { # each write against its floor: the post's SQL sent again, each inserted row under a new key
  local log token thread topic
  thread=$(awk '$1 == "thread" {print $2}' <<< "$pages")
  topic=$(awk '$1 == "discussion" {print $2}' <<< "$pages")
  log=$(curl -s -H "Cookie: $parent" "$base/family/strategies" | grep -o 'href="/family/strategies/[0-9a-f-]\{36\}/log"' | head -1 | cut -d'"' -f2 || true)
  [ -n "$log" ] || { echo "no strategy of the demo parent found to log against" >&2; exit 1; }
  # name path who fields (form-encoded; the form's token, fetched from the path with the cookie, goes first)
  posts="reply $thread clinician Body=Thank+you+for+telling+me.
home-log $log parent Input.Date=$(date -u +%F)&Input.WhatHappened=We+tried+it+at+bedtime&Input.Rating=4&Input.Note=
group-post $topic parent Body=Bedtime+went+better+tonight"
  while read -r name path who body; do
    token=$(curl -s -H "Cookie: $(cookie "$who")" "$base$path" | token_of || true) # a page of several forms: head closes the pipe
    [ -n "$token" ] || { echo "no form token on $path" >&2; exit 1; }
    body="__RequestVerificationToken=$token&$body"
    curl -fs -o /dev/null -H "Cookie: $(cookie "$who")" -H "X-Floor-Record: $name" -H "Content-Type: application/x-www-form-urlencoded" --data "$body" "$base$path"
    curl -fs -H "Cookie: $(cookie "$who")" "$base/bench/floor/sql/$name" > "$data/floor-what-$name.txt"
    for round in 1 2 3; do
      hey -n 100 -c 8 -m POST -disable-redirects -T application/x-www-form-urlencoded -d "$body" -H "Cookie: $(cookie "$who")" "$base$path" > "$data/floor-page-$name-$round.txt"
      hey -n 100 -c 8 -H "Cookie: $(cookie "$who")" "$base/bench/floor/sql/$name" > "$data/floor-sql-$name-$round.txt"
    done
  done <<< "$posts"
}
median_rps() { awk '/Requests\/sec/ {print $2}' "$@" | sort -g | sed -n 2p; }
codes_of() { cat "$@" | awk '/responses$/ {n[$1] += $2} END {for (c in n) {printf "%s%sx%s", sep, n[c], c; sep=","}}'; } # hey's files → 300x[200]

# The baseline: the same pages on a small service, in its own folder, with the same build.
mkdir -p "$second_data"
(export $second_settings; seed --families "$baseline")
env $second_settings dotnet "$data/app/Alongside.Web.dll" --contentRoot "$PWD/src/Alongside.Web" --urls "$base" >"$data/baseline.log" 2>&1 &
app=$!
until curl -fs -o /dev/null "$base/"; do kill -0 "$app" 2>/dev/null || { cat "$data/baseline.log" >&2; exit 1; }; sleep 0.05; done
parent=$(cookie_for parent@alongside.test)
clinician=$(cookie_for clinician@alongside.test)
find_pages "$second_data"
one_at_a_time baseline
kill "$app"; wait "$app" 2>/dev/null || true

seed --families "$families"
echo "# seeded $families families in $seeded s" >&2

# Cold start: the process from nothing to its first answers, on the database the seed left. The seed's
# writes reach the disk first, so the start does not wait on another process's 1 GB of flushing.
sync
started=$(date +%s%N)
Benchmark__Floors=true Discussion__PostsPerMinute=1000 dotnet "$data/app/Alongside.Web.dll" --contentRoot "$PWD/src/Alongside.Web" --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
  kill -0 "$app" 2>/dev/null || { cat "$data/app.log" >&2; exit 1; }
  sleep 0.02
done
first_home=$(( ($(date +%s%N) - started) / 1000000 ))
parent=$(cookie_for parent@alongside.test)
curl -fs -o /dev/null -H "Cookie: $parent" "http://127.0.0.1:$port/family"
first_family=$(( ($(date +%s%N) - started) / 1000000 ))

clinician=$(cookie_for clinician@alongside.test)
# name path cookie connections: 64 in all, more where pages are read more often.
find_pages "$data"
one_at_a_time scaled
floors
writes

while read -r name path who c; do hey -n 50 -c 4 -H "Cookie: $(cookie "$who")" "$base$path" >/dev/null; done <<< "$pages"
loads=()
while read -r name path who c; do
  hey -z "${minutes}m" -c "$c" -H "Cookie: $(cookie "$who")" "$base$path" > "$data/$name.txt" &
  loads+=($!)
done <<< "$pages"
peak_sample=0
for _ in $(seq 1 $(( minutes * 12 ))); do
  sleep 5
  rss=$(awk '/^VmRSS/ {print int($2/1024)}' "/proc/$app/status")
  [ "$rss" -gt "$peak_sample" ] && peak_sample=$rss
  echo "rss $rss MB at $(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg)" >&2
done
wait "${loads[@]}"
# The same 64 connections, each sending one request a second (64 a second in all): the wait a person
# sees on a busy service. Each connection is its own hey, started 1/64 s after the last, so requests
# arrive spread over each second; one hey of 64 workers fires them all on the same tick, and the last
# of each burst waits for the other 63. At full speed (above) the connections queue instead.
paced=()
while read -r name path who c; do
  for i in $(seq 1 "$c"); do
    hey -z 1m -c 1 -q 1 -o csv -H "Cookie: $(cookie "$who")" "$base$path" > "$data/paced-$name-$i.csv" &
    paced+=($!)
    sleep 0.0156
  done
done <<< "$pages"
# hey fails outright when a connection got no answer at all; the counts below catch that, and any failed request.
wait "${paced[@]}" || true
hwm=$(awk '/^VmHWM/ {print int($2/1024)}' "/proc/$app/status")
rss_end=$(awk '/^VmRSS/ {print int($2/1024)}' "/proc/$app/status")

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load at the end $(cut -d' ' -f1-3 /proc/loadavg), $families families (seeded in $seeded s), $engine, Release, Development settings"
echo "# cold start on the seeded database: first 200 on / after $first_home ms; on a parent's /family (with signing in) after $first_family ms"
echo "# mixed load: 64 connections for $minutes min, the six pages at once"
printf '| page | path | connections | req/s | p50 ms | p99 ms | status codes |\n|---|---|---|---|---|---|---|\n'
bad=0
while read -r name path who c; do
  out="$data/$name.txt"
  codes=$(codes_of "$out")
  [[ "$codes" =~ ^[0-9]+x\[200\]$ ]] || bad=1
  shown=$path
  case $name in thread) shown="/messages/{thread}" ;; discussion) shown="/groups/{id}/discussion/topics/{topic}" ;; esac
  printf '| %s | %s | %s | %.0f | %.1f | %.1f | %s |\n' "$name" "$shown" "$c" \
    "$(awk '/Requests\/sec/ {print $2}' "$out")" "$(awk '/ 50% in/ {print $3*1000}' "$out")" "$(awk '/ 99% in/ {print $3*1000}' "$out")" "$codes"
done <<< "$pages"
echo
echo "# paced load: the same 64 connections for 1 min, each sending one request a second (64 a second in all)"
printf '| page | connections | req/s | p50 ms | p99 ms | slowest ms | status codes |\n|---|---|---|---|---|---|---|\n'
late=0
while read -r name _ _ c; do
  # Every answer of the page's connections: milliseconds and status, from hey's CSV (seconds, code in column 7).
  tail -q -n +2 "$data"/paced-"$name"-*.csv | awk -F, '{printf "%.1f %s\n", $1 * 1000, $7}' | sort -g > "$data/paced-$name.all"
  n=$(wc -l < "$data/paced-$name.all")
  at() { awk -v n="$n" -v p="$1" 'NR == (int(n * p) < n * p ? int(n * p) + 1 : int(n * p)) {print $1}' "$data/paced-$name.all"; }
  p99=$(at 0.99)
  codes=$(awk '{n["[" $2 "]"]++} END {for (c in n) {printf "%s%sx%s", sep, n[c], c; sep=","}}' "$data/paced-$name.all")
  # hey's CSV holds only the requests that were answered: one a second for a minute each, give or take one.
  [ "$n" -ge $(( 59 * c )) ] || { codes="$codes (of $(( 60 * c )) sent)"; bad=1; }
  [[ "$codes" =~ ^[0-9]+x\[200\]$ ]] || bad=1
  awk -v p="$p99" 'BEGIN {exit !(p > 100)}' && late=1
  printf '| %s | %s | %.1f | %s | %s | %s | %s |\n' "$name" "$c" "$(awk -v n="$n" 'BEGIN {print n / 60}')" "$(at 0.5)" "$p99" "$(tail -1 "$data/paced-$name.all" | cut -d' ' -f1)" "$codes"
done <<< "$pages"
echo
echo "# one request at a time (100 after 20 to warm), p50 at $families families against $baseline, ms"
printf '| page | p50 at %s | p50 at %s | ratio | status codes |\n|---|---|---|---|---|\n' "$baseline" "$families"
slow=0
while read -r name _; do
  small=$(awk '/ 50% in/ {print $3*1000}' "$data/one-baseline-$name.txt")
  large=$(awk '/ 50% in/ {print $3*1000}' "$data/one-scaled-$name.txt")
  codes=$(codes_of "$data/one-baseline-$name.txt" "$data/one-scaled-$name.txt")
  [[ "$codes" =~ ^[0-9]+x\[200\]$ ]] || bad=1
  ratio=$(awk -v a="$large" -v b="$small" 'BEGIN {printf "%.2f", a / b}')
  awk -v r="$ratio" 'BEGIN {exit !(r > 1.5)}' && slow=1
  printf '| %s | %.1f | %.1f | %s | %s |\n' "$name" "$small" "$large" "$ratio" "$codes"
done <<< "$pages
review $review parent"
echo
echo "# each page against its floor at $families families: requests a second at 8 connections, median of 3 rounds of 5 s, in turn"
printf '| page | page req/s | floor req/s | page/floor | the floor sent | status codes |\n|---|---|---|---|---|---|\n'
low=0
while read -r name _; do
  page_rps=$(median_rps "$data"/floor-page-"$name"-*.txt)
  floor_rps=$(median_rps "$data"/floor-sql-"$name"-*.txt)
  codes=$(codes_of "$data"/floor-page-"$name"-*.txt "$data"/floor-sql-"$name"-*.txt)
  [[ "$codes" =~ ^[0-9]+x\[200\]$ ]] || bad=1
  ratio=$(awk -v a="$page_rps" -v b="$floor_rps" 'BEGIN {printf "%.2f", a / b}')
  awk -v r="$ratio" 'BEGIN {exit !(r < 0.5)}' && low=1
  printf '| %s | %.0f | %.0f | %s | %s | %s |\n' "$name" "$page_rps" "$floor_rps" "$ratio" "$(cat "$data/floor-what-$name.txt")" "$codes"
done <<< "$pages
review $review parent"
echo
echo "# each write against its floor: posts a second at 8 connections (redirects not followed), median of 3 rounds of 100 posts, in turn"
printf '| write | page posts/s | floor posts/s | page/floor | the floor sent | status codes |\n|---|---|---|---|---|---|\n'
while read -r name _; do
  page_rps=$(median_rps "$data"/floor-page-"$name"-*.txt)
  floor_rps=$(median_rps "$data"/floor-sql-"$name"-*.txt)
  page_codes=$(codes_of "$data"/floor-page-"$name"-*.txt)
  floor_codes=$(codes_of "$data"/floor-sql-"$name"-*.txt)
  [[ "$page_codes" =~ ^[0-9]+x\[302\]$ && "$floor_codes" =~ ^[0-9]+x\[200\]$ ]] || bad=1
  printf '| %s | %.0f | %.0f | %s | %s | %s; %s |\n' "$name" "$page_rps" "$floor_rps" \
    "$(awk -v a="$page_rps" -v b="$floor_rps" 'BEGIN {printf "%.2f", a / b}')" "$(cat "$data/floor-what-$name.txt")" "$page_codes" "$floor_codes"
done <<< "$posts"
echo
echo "resident memory: peak $hwm MB (VmHWM), highest 5 s sample $peak_sample MB, $rss_end MB at the end"
status=0
[ "$bad" = 0 ] || { echo "Not every answer was 200."; status=1; }
[ "$low" = 0 ] || { echo "Under the bar: a page must reach half the throughput of its floor."; status=1; }
[ "$slow" = 0 ] || { echo "Over the bar: a page one at a time must stay within 1.5 times its p50 at $baseline families."; status=1; }
[ "$late" = 0 ] || { echo "Over the bar: at 64 connections sending 64 requests a second, each page's p99 must be 100 ms or less."; status=1; }
[ "$hwm" -lt 400 ] || { echo "Over the bar: the process must stay under 400 MB resident."; status=1; }
[ "$first_home" -lt 3000 ] || { echo "Over the bar: cold start must reach its first 200 within 3 s."; status=1; }
exit $status
