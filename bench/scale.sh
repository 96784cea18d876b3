#!/usr/bin/env bash
# Alongside at scale on one machine: N families from `seed --families N` (referrals, plans,
# sessions, messages, home logs, groups and posts) on SQLite, then
#   - the seed's time;
#   - cold start: the app as deploy/ publishes it (for linux-x64, so compiled ahead of time) started
#     on the existing database, time to its first 200 on the home page and on a signed-in parent's /family;
#   - a mixed load at 64 connections for M minutes, the key pages side by side (the parent's home,
#     group search, the clinician's diary and triage, a message thread, a discussion topic), with
#     each page's requests a second, p50 and p99, and every answer's status;
#   - the process's resident memory, sampled every 5 s through the load, and its peak (VmHWM).
# Exits 1 when any answer is not 200, the peak is 400 MB or more, or cold start takes 3 s or more.
# Usage: bench/scale.sh [families] [minutes]
set -euo pipefail
cd "$(dirname "$0")/.."
families=${1:-100000}
minutes=${2:-10}
port=5085
source bench/seeded-app.sh
command -v sqlite3 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }

# The app as deployed (deploy/alongside@.service); the seed runs from the build seeded-app.sh made.
dotnet publish src/Alongside.Web -c Release -r linux-x64 --self-contained false -o "$data/app" --nologo -v q >/dev/null
seed --families "$families"
echo "# seeded $families families in $seeded s" >&2

# Cold start: the process from nothing to its first answers, on the database the seed left.
started=$(date +%s%N)
dotnet "$data/app/Alongside.Web.dll" --contentRoot "$PWD/src/Alongside.Web" --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
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
base="http://127.0.0.1:$port"
thread=$(curl -s -H "Cookie: $clinician" "$base/messages" | grep -o 'href="/messages/[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f2 || true)
# Sam's group, where the benchmark parents post; its general topic has the group's id.
group=$(sqlite3 "$data/alongside.db" "SELECT lower(m.GroupId) FROM PeerGroupMembers m JOIN AspNetUsers u ON u.Id = m.UserId WHERE u.Email = 'parent@alongside.test' AND m.Status = 'Member' LIMIT 1")
topic=${group:+/groups/$group/discussion/topics/$group}
[ -n "$thread" ] && [ -n "$topic" ] || { echo "no thread ($thread) or topic ($topic) found to measure" >&2; exit 1; }

# name path cookie connections: 64 in all, more where pages are read more often.
pages="family /family parent 16
groups-near /groups?near=M1&radiusKm=25 parent 8
diary /staff/sessions clinician 10
triage /staff/referrals clinician 10
thread $thread clinician 10
discussion $topic parent 10"
cookie() { [ "$1" = parent ] && echo "$parent" || echo "$clinician"; }

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
hwm=$(awk '/^VmHWM/ {print int($2/1024)}' "/proc/$app/status")
rss_end=$(awk '/^VmRSS/ {print int($2/1024)}' "/proc/$app/status")

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load at the end $(cut -d' ' -f1-3 /proc/loadavg), $families families (seeded in $seeded s), SQLite, Release, Development settings"
echo "# cold start on the seeded database: first 200 on / after $first_home ms; on a parent's /family (with signing in) after $first_family ms"
echo "# mixed load: 64 connections for $minutes min, the six pages at once"
printf '| page | path | connections | req/s | p50 ms | p99 ms | status codes |\n|---|---|---|---|---|---|---|\n'
bad=0
while read -r name path who c; do
  out="$data/$name.txt"
  codes=$(awk '/responses$/ {printf "%s%sx%s", sep, $2, $1; sep=","}' "$out")
  [[ "$codes" =~ ^[0-9]+x\[200\]$ ]] || bad=1
  shown=$path
  case $name in thread) shown="/messages/{thread}" ;; discussion) shown="/groups/{id}/discussion/topics/{topic}" ;; esac
  printf '| %s | %s | %s | %.0f | %.1f | %.1f | %s |\n' "$name" "$shown" "$c" \
    "$(awk '/Requests\/sec/ {print $2}' "$out")" "$(awk '/ 50% in/ {print $3*1000}' "$out")" "$(awk '/ 99% in/ {print $3*1000}' "$out")" "$codes"
done <<< "$pages"
echo
echo "resident memory: peak $hwm MB (VmHWM), highest 5 s sample $peak_sample MB, $rss_end MB at the end"
status=0
[ "$bad" = 0 ] || { echo "Not every answer was 200."; status=1; }
[ "$hwm" -lt 400 ] || { echo "Over the bar: the process must stay under 400 MB resident."; status=1; }
[ "$first_home" -lt 3000 ] || { echo "Over the bar: cold start must reach its first 200 within 3 s."; status=1; }
exit $status
