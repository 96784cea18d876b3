#!/usr/bin/env bash
# A group discussion's topic page at 100 posts a topic, three ways in the same run: Alongside's
# page as a welcomed member reads it (30 posts a page), its floor (a bare endpoint that runs the
# page's own queries and answers one line), and the same topic in NodeBB (npm `nodebb`, 1.4.0,
# the version this registry serves) on Redis, read as a guest, also 30 posts a page. Rounds are
# interleaved and the median of three kept. Exits 1 when the page serves under twice NodeBB's
# requests a second or under half its floor's, or when any answer is not 200.
# Usage: bench/discussion.sh [posts-a-topic] [requests-per-round] [concurrency]   (NODEBB=0 leaves NodeBB out)
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${1:-100}
requests=${2:-500}
concurrency=${3:-8}
port=5083 nodebb_port=4583 redis_port=6393
source bench/seeded-app.sh
source bench/nodebb/start.sh
trap 'nodebb_stop; kill ${app:-} 2>/dev/null || true; rm -rf "$data"' EXIT

topic=$(dotnet "$dll" seed --discussion "$posts" 2>/dev/null | awk '/^Discussion topic: / {print $3}')
[ -n "$topic" ] || { echo "seed --discussion gave no topic" >&2; exit 1; }
group=$(echo "$topic" | cut -d/ -f3) topic_id=$(echo "$topic" | cut -d/ -f6)
start_app Benchmark__Floors=true
parent=$(cookie_for parent@alongside.test)
floor="/bench/floor/discussion-topic?groupId=$group&topicId=$topic_id"
if [ "${NODEBB:-1}" != 0 ]; then nodebb_start "$posts"; fi

measure() { # name url [cookie] → "name rps p50 p99 codes"
  local out="$data/$1.txt"
  hey -n "$requests" -c "$concurrency" ${3:+-H "Cookie: $3"} "$2" > "$out"
  echo "$1 $(awk '/Requests\/sec/ {print $2}' "$out") $(awk '/ 50% in/ {print $3*1000}' "$out") $(awk '/ 99% in/ {print $3*1000}' "$out") $(awk '/responses$/ {printf "%s%sx%s", sep, $2, $1; sep=","}' "$out")"
}
alongside="http://127.0.0.1:$port"
shown=$(curl -s -H "Cookie: $parent" "$alongside$topic" | grep -c 'id="post-' || true)
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $posts posts a topic (20 topics), $requests requests a round, $concurrency concurrent, 3 rounds interleaved (medians), SQLite, Release; Alongside shows $shown posts on the page; floor: $(curl -s -H "Cookie: $parent" "$alongside$floor")"
for url in "$alongside$floor" "$alongside$topic"; do hey -n 200 -c "$concurrency" -H "Cookie: $parent" "$url" >/dev/null; done
[ -n "${nodebb_topic:-}" ] && hey -n 100 -c "$concurrency" "http://127.0.0.1:$nodebb_port$nodebb_topic" >/dev/null
results=$(for round in 1 2 3; do
  measure floor "$alongside$floor" "$parent"
  measure page "$alongside$topic" "$parent"
  [ -z "${nodebb_topic:-}" ] || measure nodebb "http://127.0.0.1:$nodebb_port$nodebb_topic"
done)
printf '| endpoint | req/s | p50 ms | p99 ms | status codes (all rounds) |\n|---|---|---|---|---|\n'
echo "$results" | sort -k1,1 -k2,2n | awk '
  { n[$1]++; rps[$1, n[$1]] = $2; p50[$1, n[$1]] = $3; p99[$1, n[$1]] = $4; codes[$1] = codes[$1] (codes[$1] ? ";" : "") $5 }
  $5 !~ /^[0-9]+x\[200\]$/ { bad = bad " " $1 }
  END {
    for (name in n) { m = int((n[name] + 1) / 2); med[name] = rps[name, m]; printf "| %s | %.0f | %.1f | %.1f | %s |\n", name, med[name], p50[name, m], p99[name, m], codes[name] }
    printf "\npage / floor: %.2f\n", med["page"] / med["floor"]
    if ("nodebb" in med) printf "page / NodeBB: %.2f\n", med["page"] / med["nodebb"]
    if (bad != "") print "Not all 200:" bad
    slow = (med["page"] < med["floor"] / 2) || ("nodebb" in med && med["page"] < 2 * med["nodebb"])
    if (slow) print "Under the bar: the page must serve at least half its floor and twice NodeBB."
    if (bad != "" || slow) exit 1
  }'
