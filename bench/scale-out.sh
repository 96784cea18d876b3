#!/usr/bin/env bash
# Two instances of Alongside behind nginx on loopback, sharing a throwaway PostgreSQL and Redis, and
# proof that it behaves as one site: a sign-in made by A works on B; a form fetched from A posts to B;
# a live group post sent through A reaches a member connected to B; an emailed link made by A opens
# and works on B; and kill -9 of one instance during a write storm through nginx loses no
# acknowledged write while the other keeps serving. Prints "ok - ..." or "FAIL - ..." per check and a
# summary; exits 1 on any failure. Everything runs on 127.0.0.1 and is removed on exit.
#
#   bench/scale-out.sh            (from the repository root; needs root or the postgres user for initdb)
#
# Settings: STORM_SECONDS (20), STORM_WORKERS (8), KILL_AFTER (8 seconds into the storm).
# The live check needs @microsoft/signalr: taken from NODE_PATH or src/Alongside.Web/node_modules
# when there, else installed into the temporary folder with npm.
set -uo pipefail
cd "$(dirname "$0")/.."

storm_seconds=${STORM_SECONDS:-20}
storm_workers=${STORM_WORKERS:-8}
kill_after=${KILL_AFTER:-8}
password=alongside-demo-2026

tmp=$(mktemp -d /tmp/alongside-scale.XXXXXX)
chmod 755 "$tmp"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  [ -f "$tmp/nginx.pid" ] && kill "$(cat "$tmp/nginx.pid")" 2>/dev/null
  [ -f "$tmp/redis.pid" ] && kill "$(cat "$tmp/redis.pid")" 2>/dev/null
  [ -d "$tmp/pg/data" ] && as_pg "$pgbin/pg_ctl" -D "$tmp/pg/data" -m immediate stop >/dev/null 2>&1
  wait 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

passed=0 failed=0
ok() { echo "ok - $*"; passed=$((passed + 1)); }
fail() { echo "FAIL - $*"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }
note() { echo "# $*"; }
die() { fail "$*"; echo "# $passed passed, $failed failed (stopped early)"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# --- build and tools ---------------------------------------------------------------------------
note "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$pgbin" ] || die "PostgreSQL server binaries are installed (apt-get install postgresql)"
for tool in redis-server nginx node psql curl python3; do command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || die "$tool is installed"; done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
dotnet build src/Alongside.Web -c Release --nologo -v q >"$tmp/build.log" 2>&1 || { tail -n 20 "$tmp/build.log"; die "the Release build succeeds"; }
dll=$PWD/src/Alongside.Web/bin/Release/net10.0/Alongside.Web.dll
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}$PWD/src/Alongside.Web/node_modules"
if ! node -e 'require.resolve("@microsoft/signalr")' 2>/dev/null; then
  note "installing @microsoft/signalr into the temporary folder"
  npm install --silent --no-save --no-audit --no-fund --prefix "$tmp/node" @microsoft/signalr@10.0.11 >"$tmp/npm.log" 2>&1 || die "npm installs @microsoft/signalr"
  export NODE_PATH="$tmp/node/node_modules"
fi

# --- PostgreSQL, Redis ---------------------------------------------------------------------------
pg_port=$(free_port) redis_port=$(free_port) port_a=$(free_port) port_b=$(free_port) port_lb=$(free_port)
mkdir -p "$tmp/pg" && chown postgres:postgres "$tmp/pg" 2>/dev/null
as_pg "$pgbin/initdb" -D "$tmp/pg/data" -U postgres --auth=trust -E UTF8 >/dev/null || die "initdb makes a throwaway cluster"
as_pg "$pgbin/pg_ctl" -D "$tmp/pg/data" -l "$tmp/pg/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$tmp/pg -c max_connections=200" start >/dev/null \
  || die "PostgreSQL starts on 127.0.0.1:$pg_port"
# Durable settings (fsync on, synchronous commit): an acknowledged write must survive what follows.
psql_() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d alongside -v ON_ERROR_STOP=1 -Atq "$@"; }
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qc "create database alongside" || die "the database is created"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --pidfile "$tmp/redis.pid" --logfile "$tmp/redis.log" --dir "$tmp" || die "Redis starts on 127.0.0.1:$redis_port"

# --- the two instances -------------------------------------------------------------------------
lb=http://127.0.0.1:$port_lb A=http://127.0.0.1:$port_a B=http://127.0.0.1:$port_b
# Development only so the demo staff need no authenticator and cookies work over http.
export ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
  Database__Provider=Postgres Database__MigrateOnStartup=false App__SeedDemoData=false \
  ConnectionStrings__Alongside="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=alongside" \
  Redis__Configuration="127.0.0.1:$redis_port" App__PublicBaseUrl="$lb" \
  Discussion__PostsPerMinute=1000 RateLimits__SignInPermitsPerMinute=1000
mkdir -p "$tmp/a" "$tmp/b"
Database__DataFolder="$tmp/a" dotnet "$dll" seed >"$tmp/seed.log" 2>&1 || { tail -n 20 "$tmp/seed.log"; die "migrate and demo seed on PostgreSQL"; }
start_instance() { # name port → pid in instance_pid; each has its own data folder (its own mail pickup folder)
  Database__DataFolder="$tmp/$1" dotnet "$dll" --contentRoot "$PWD/src/Alongside.Web" --urls "http://127.0.0.1:$2" >"$tmp/$1.log" 2>&1 &
  instance_pid=$!
  pids+=("$instance_pid")
}
start_instance a "$port_a"; pid_a=$instance_pid
start_instance b "$port_b"; pid_b=$instance_pid
ready() { curl -fs -o /dev/null --max-time 5 "$1/health/ready"; }
for _ in $(seq 1 120); do ready "$A" && ready "$B" && break; kill -0 "$pid_a" "$pid_b" 2>/dev/null || break; sleep 0.5; done
check "instance A is ready on $A (PostgreSQL and Redis)" ready "$A"
check "instance B is ready on $B (PostgreSQL and Redis)" ready "$B"

# --- nginx ---------------------------------------------------------------------------------------
# Loopback HTTP, modelled on deploy/nginx-alongside.conf: both instances for pages, one per client for the hub.
cat >"$tmp/nginx.conf" <<EOF
worker_processes 1;
error_log $tmp/nginx-error.log warn;
events { worker_connections 512; }
http {
    client_body_temp_path $tmp/nginx-body;
    proxy_temp_path $tmp/nginx-proxy;
    fastcgi_temp_path $tmp/nginx-fastcgi;
    uwsgi_temp_path $tmp/nginx-uwsgi;
    scgi_temp_path $tmp/nginx-scgi;
    log_format upstream '\$request_method \$uri \$status \$upstream_addr';
    access_log $tmp/nginx-access.log upstream;
    upstream alongside {
        server 127.0.0.1:$port_a max_fails=3 fail_timeout=10s;
        server 127.0.0.1:$port_b max_fails=3 fail_timeout=10s;
        keepalive 32;
    }
    upstream alongside_hub {
        ip_hash;
        server 127.0.0.1:$port_a max_fails=3 fail_timeout=10s;
        server 127.0.0.1:$port_b max_fails=3 fail_timeout=10s;
    }
    map \$http_upgrade \$alongside_connection { default upgrade; '' ''; }
    server {
        listen 127.0.0.1:$port_lb;
        client_max_body_size 28m;
        proxy_http_version 1.1;
        proxy_set_header Host              \$host;
        proxy_set_header X-Forwarded-For   \$proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto \$scheme;
        proxy_set_header X-Forwarded-Host  \$host;
        proxy_set_header Connection        "";
        proxy_connect_timeout 5s;
        proxy_read_timeout    60s;
        proxy_next_upstream error timeout http_502 http_503;
        proxy_next_upstream_tries 2;
        location / { proxy_pass http://alongside; }
        location /hubs/ {
            proxy_pass http://alongside_hub;
            proxy_set_header Upgrade    \$http_upgrade;
            proxy_set_header Connection \$alongside_connection;
            proxy_read_timeout 1h;
            proxy_buffering off;
        }
    }
}
EOF
"$nginx_bin" -p "$tmp" -e "$tmp/nginx-error.log" -c "$tmp/nginx.conf" -g "daemon off; pid $tmp/nginx.pid;" 2>>"$tmp/nginx-error.log" &
pids+=($!)
for _ in $(seq 1 20); do ready "$lb" && break; sleep 0.25; done
check "nginx on $lb passes to the instances" ready "$lb"
[ "$failed" -eq 0 ] || { tail -n 5 "$tmp/a.log" "$tmp/b.log" "$tmp/nginx-error.log"; die "everything started"; }

# --- helpers -----------------------------------------------------------------------------------
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
code_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 15 "$@"; }
sign_in() { # instance email [password] → cookie jar $tmp/email.jar; the status of the sign-in post (302 when it worked)
  local jar="$tmp/$2.jar" token
  rm -f "$jar"
  token=$(curl -s --max-time 15 -c "$jar" "$1/account/sign-in" | token_of)
  code_of -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$2" --data-urlencode "Input.Password=${3:-$password}" "$1/account/sign-in"
}
cookie_of() { awk '$6 ~ /^alongside/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$tmp/$1.jar"; }
form_post() { # instance jar path-to-fetch-token-from path-to-post [curl args] → status
  local base=$1 jar=$2 from=$3 to=$4 token; shift 4
  token=$(curl -s --max-time 15 -b "$jar" -c "$jar" "$base$from" | token_of)
  code_of -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$token" "$@" "$base$to"
}
is() { [ "$1" = "$2" ] || { echo "#   expected $2, got $1"; return 1; }; }

# --- 1. a sign-in made by A works on B ----------------------------------------------------------
check "parent signs in on A" is "$(sign_in "$A" parent@alongside.test)" 302
check "A's sign-in cookie opens /family on B (200)" is "$(code_of -b "$tmp/parent@alongside.test.jar" "$B/family")" 200
check "without it B sends /family to sign-in (302)" is "$(code_of "$B/family")" 302

# --- 2. a form fetched from A posts to B --------------------------------------------------------
jar=$tmp/form.jar
token=$(curl -s --max-time 15 -c "$jar" "$A/account/forgot-password" | token_of)
body=$(curl -s --max-time 15 -b "$jar" -w '\n%{http_code}' --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Email=nobody-$RANDOM@example.test" "$B/account/forgot-password")
check "the forgot-password form from A is accepted by B (200, \"Check your email\")" \
  bash -c '[ "$(tail -1 <<<"$1")" = 200 ] && grep -q "Check your email" <<<"$1"' _ "$body"
body=$(curl -s --max-time 15 -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "__RequestVerificationToken=not-$token" \
  --data-urlencode "Input.Email=nobody@example.test" "$B/account/forgot-password")
check "the same form with a made-up token is refused by B (400)" is "$body" 400

# --- 3. a live group post sent through A reaches a member connected to B ------------------------
# Sam (the demo parent) joins Jo's group and posts through A; Jo, who runs the group, watches it on B.
group=$(psql_ -c "select \"Id\" from \"PeerGroups\" where \"Name\" = 'Manchester adopters'' evening'")
parent_id=$(psql_ -c "select \"Id\" from \"AspNetUsers\" where \"Email\" = 'parent@alongside.test'")
# The demo group holds a new member's first posts for approval; the bench's posts should show at once
# (as the integration tests' groups do), so that is switched off here.
psql_ -c "update \"PeerGroups\" set \"NewMembersPostsNeedApproval\" = false where \"Id\" = '$group'"
parent_jar=$tmp/parent@alongside.test.jar jo_jar=$tmp/peer@alongside.test.jar
sign_in "$A" peer@alongside.test >/dev/null
joined=$(form_post "$A" "$parent_jar" "/groups/$group" "/groups/$group?handler=Join" --data-urlencode "Join.DisplayName=Sam" --data-urlencode "Join.Introduction=")
welcomed=$(form_post "$B" "$jo_jar" "/groups/$group/manage" "/groups/$group/manage?handler=Decide&userId=$parent_id&welcome=true")
accepted=$(form_post "$A" "$parent_jar" "/groups/$group/discussion" "/groups/$group/discussion?handler=Conduct")
check "Sam asks to join on A, Jo welcomes on B, Sam accepts the code of conduct on A (302 302 302)" is "$joined $welcomed $accepted" "302 302 302"
message="Live across instances $RANDOM$RANDOM"
: >"$tmp/live.out"
node bench/live-watch.js "$B" "$(cookie_of peer@alongside.test)" "$group" "$message" 20 >"$tmp/live.out" 2>&1 &
live=$!; pids+=("$live")
for _ in $(seq 1 60); do grep -q '^watching\|^failed' "$tmp/live.out" && break; sleep 0.25; done
check "Jo's live connection to B watches the group" grep -q '^watching' "$tmp/live.out"
check "Sam posts through A (302)" is "$(form_post "$A" "$parent_jar" "/groups/$group/discussion" "/groups/$group/discussion" --data-urlencode "Body=$message")" 302
wait "$live"; live_status=$?
check "the post reaches Jo on B: $(tail -1 "$tmp/live.out")" is "$live_status" 0

# --- 4. an emailed link made by A opens and works on B ------------------------------------------
# commissioner@ so the parent's password stays as it is; the reset link's code is made by A's Data Protection keys.
check "a password reset asked on A (200)" is "$(form_post "$A" "$tmp/reset.jar" /account/forgot-password /account/forgot-password --data-urlencode "Input.Email=commissioner@alongside.test")" 200
link=""
for _ in $(seq 1 60); do
  link=$(python3 - "$tmp/a/mail" "$tmp/b/mail" <<'EOF'
import email, email.policy, glob, re, sys
for path in sorted(p for folder in sys.argv[1:] for p in glob.glob(folder + "/*.eml")):
    message = email.message_from_file(open(path), policy=email.policy.default)
    if "commissioner@alongside.test" not in str(message["To"]): continue
    text = message.get_body(("plain",)).get_content()
    found = re.search(r"https?://\S*/account/reset-password\S*", text)
    if found: print(found.group(0)); break
EOF
)
  [ -n "$link" ] && break; sleep 0.5
done
check "the reset email is delivered with its link" test -n "$link"
path=/${link#http*://*/}
reset_jar=$tmp/reset-b.jar
page=$(curl -s --max-time 15 -c "$reset_jar" -w '\n%{http_code}' "$B$path")
check "A's emailed link opens on B (200)" is "$(tail -1 <<<"$page")" 200
email_=$(python3 -c 'import sys,urllib.parse as u; q=u.parse_qs(u.urlsplit(sys.argv[1]).query); print(q.get("email",q.get("Email",[""]))[0])' "$link")
code=$(python3 -c 'import sys,urllib.parse as u; q=u.parse_qs(u.urlsplit(sys.argv[1]).query); print(q.get("code",q.get("Code",[""]))[0])' "$link")
reset=$(curl -s --max-time 15 -b "$reset_jar" --data-urlencode "__RequestVerificationToken=$(token_of <<<"$page")" \
  --data-urlencode "Input.Password=a brand new lantern phrase" --data-urlencode "Email=$email_" --data-urlencode "Code=$code" "$B$path")
check "the link's code changes the password on B" grep -q "Your password has been changed" <<<"$reset"
check "the new password signs in on A (302)" is "$(sign_in "$A" commissioner@alongside.test "a brand new lantern phrase")" 302

# --- 5. kill -9 of one instance during a write storm through nginx ------------------------------
# The storm's writers post in the same group through nginx, so the writes spread over both instances.
# Each author may post 1,000 times a minute (the setting's ceiling), so Sam and four demo staff who
# join the group share the workers; a rate-limited post would answer 200, never counted as acknowledged.
authors=(parent@alongside.test)
for who in clinician@alongside.test ot@alongside.test supervisor@alongside.test referrer@alongside.test; do
  [ "$(sign_in "$A" "$who")" = 302 ] || continue
  id=$(psql_ -c "select \"Id\" from \"AspNetUsers\" where \"Email\" = '$who'")
  steps="$(form_post "$A" "$tmp/$who.jar" "/groups/$group" "/groups/$group?handler=Join" --data-urlencode "Join.DisplayName=${who%%@*}" --data-urlencode "Join.Introduction=")"
  steps+=" $(form_post "$A" "$jo_jar" "/groups/$group/manage" "/groups/$group/manage?handler=Decide&userId=$id&welcome=true")"
  steps+=" $(form_post "$A" "$tmp/$who.jar" "/groups/$group/discussion" "/groups/$group/discussion?handler=Conduct")"
  [ "$steps" = "302 302 302" ] && authors+=("$who") || note "$who could not join the group ($steps)"
done
declare -A storm_token
tokens=0
for who in "${authors[@]}"; do
  storm_token[$who]=$(curl -s --max-time 15 -b "$tmp/$who.jar" "$lb/groups/$group/discussion" | token_of)
  [ -n "${storm_token[$who]}" ] && tokens=$((tokens + 1))
done
check "the storm's ${#authors[@]} authors have their discussion forms, fetched through nginx" is "$tokens" "${#authors[@]}"
run=$RANDOM$RANDOM
storm_end=$(( $(date +%s) + storm_seconds ))
worker() { # n: posts until the storm ends; each 302 is an acknowledged write, logged as "ms marker"
  local n=$1 i=0 status marker who=${authors[$(( ($1 - 1) % ${#authors[@]} ))]}
  while [ "$(date +%s)" -lt "$storm_end" ]; do
    i=$((i + 1)); marker="storm-$run-$n-$i"
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -b "$tmp/$who.jar" \
      --data-urlencode "__RequestVerificationToken=${storm_token[$who]}" --data-urlencode "Body=$marker" "$lb/groups/$group/discussion")
    if [ "$status" = 302 ]; then echo "$(date +%s%3N) $marker" >>"$tmp/acked.$n"; else echo "$(date +%s%3N) $marker $status" >>"$tmp/refused.$n"; fi
  done
}
workers=()
for n in $(seq 1 "$storm_workers"); do worker "$n" & workers+=($!); done
pids+=("${workers[@]}")
sleep "$kill_after"
killed_at=$(date +%s%3N)
kill -9 "$pid_a"; wait "$pid_a" 2>/dev/null
note "kill -9 instance A (pid $pid_a) ${kill_after} s into a ${storm_seconds} s storm of $storm_workers writers through nginx"
wait "${workers[@]}"
cat "$tmp"/acked.* 2>/dev/null | sort -n >"$tmp/acked"
cat "$tmp"/refused.* 2>/dev/null >"$tmp/refused"
acked=$(wc -l <"$tmp/acked")
acked_after=$(awk -v t="$killed_at" '$1 > t' "$tmp/acked" | wc -l)
psql_ -c "select \"Body\" from \"GroupPosts\" where \"Body\" like 'storm-$run-%'" | sort >"$tmp/stored"
awk '{print $2}' "$tmp/acked" | sort >"$tmp/acked-markers"
lost=$(comm -23 "$tmp/acked-markers" "$tmp/stored" | wc -l)
unacked_stored=$(comm -13 "$tmp/acked-markers" "$tmp/stored" | wc -l)
note "acknowledged (302) $acked, of which $acked_after after the kill; not acknowledged $(wc -l <"$tmp/refused") ($(awk '{print $3}' "$tmp/refused" | sort | uniq -c | awk '{printf "%s%s x %s", sep, $1, $2; sep=", "}')); rows in PostgreSQL $(wc -l <"$tmp/stored") ($unacked_stored stored though not acknowledged)"
note "nginx upstreams for the storm's posts: $(grep "^POST /groups/$group/discussion " "$tmp/nginx-access.log" | cut -d' ' -f3- | sort | uniq -c | awk '{n=$1; $1=""; printf "%s%s x%s", sep, n, $0; sep="; "}')"
check "the storm acknowledged writes ($acked)" test "$acked" -gt 0
check "no acknowledged write is lost: $lost of $acked missing from PostgreSQL" test "$lost" -eq 0
check "instance A is gone" bash -c "! kill -0 $pid_a 2>/dev/null"
check "B kept acknowledging writes after the kill ($acked_after)" test "$acked_after" -gt 0
check "B still answers /health/ready (200)" is "$(code_of "$B/health/ready")" 200
check "B still serves the discussion page (200)" is "$(code_of -b "$parent_jar" "$B/groups/$group/discussion")" 200
check "nginx still serves the site through B (200 x 5)" is "$(for _ in 1 2 3 4 5; do code_of -b "$parent_jar" "$lb/groups/$group/discussion"; echo; done | sort | uniq -c | awk '{print $2 " x " $1}')" "200 x 5"

echo "# $passed passed, $failed failed"
[ "$failed" -eq 0 ]
