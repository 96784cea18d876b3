# Sourced by the benchmarks that measure pages on seeded data (referrals, sessions, outcomes,
# reports): a Release build on SQLite in a throwaway folder that is removed on exit, the seed,
# the app on loopback, and signing in as the demo people. The caller sets `port` first.
# With ALONGSIDE_BENCH_POSTGRES set to a server's connection string (host, port, user; no
# database), the same on PostgreSQL, in a throwaway database dropped on exit. `engine` names it.
data=$(mktemp -d /tmp/alongside-bench.XXXXXX)
engine=SQLite
pg_drop() { :; }
if [ -n "${ALONGSIDE_BENCH_POSTGRES:-}" ]; then
  engine=PostgreSQL
  pg_db="alongside_bench_$$"
  # The app's migration (in the seed) creates the database; psql, given the same host, port and user, drops it.
  pg_field() { echo "$ALONGSIDE_BENCH_POSTGRES" | tr ';' '\n' | awk -F= -v k="$1" 'tolower($1)==tolower(k) {print $2}'; }
  pg_psql() { psql -h "$(pg_field Host)" -p "$(pg_field Port)" -U "$(pg_field Username)" "$@"; }
  pg_drop() { for db in "$pg_db" "${pg_db}_2"; do pg_psql -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true; done; }
  export Database__Provider=Postgres ConnectionStrings__Alongside="${ALONGSIDE_BENCH_POSTGRES};Database=$pg_db"
fi
# A second database beside the first (scale.sh's baseline): its folder, and the settings that choose it.
second_data="$data/second"
second_settings="Database__DataFolder=$second_data"
[ "$engine" = SQLite ] || second_settings="$second_settings ConnectionStrings__Alongside=${ALONGSIDE_BENCH_POSTGRES};Database=${pg_db}_2"
db_rows() { # folder sql → the rows, from the database kept in that folder ($data or $second_data)
  if [ "$engine" = SQLite ]; then sqlite3 "$1/alongside.db" "$2"; return; fi
  local db=$pg_db
  [ "$1" = "$second_data" ] && db=${pg_db}_2
  pg_psql -d "$db" -At -c "$2"
}
# Set before anything can fail; `|| true` so a server that already stopped still leaves no data behind under set -e.
trap 'kill ${app:-} 2>/dev/null || true; [ -z "${app:-}" ] || wait "$app" 2>/dev/null || true; pg_drop; rm -rf "$data"' EXIT
command -v hey >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey >/dev/null; }

dotnet build src/Alongside.Web -c Release --nologo -v q >/dev/null
dll=src/Alongside.Web/bin/Release/net10.0/Alongside.Web.dll
# Development settings only so the demo staff need no authenticator and cookies work over http.
export ASPNETCORE_ENVIRONMENT=Development Database__DataFolder="$data" App__SeedDemoData=false
export Logging__LogLevel__Default=Warning

seed() { # seed arguments → its progress on stderr; `seeded` is the seconds it took
  local started
  started=$(date +%s)
  dotnet "$dll" seed "$@" >&2
  seeded=$(( $(date +%s) - started ))
}

start_app() { # [NAME=value ...]: settings for this app only, such as Benchmark__Floors=true
  # The source folder as content root, so appsettings.Development.json is read as under `dotnet run`.
  env "$@" dotnet "$dll" --contentRoot "$PWD/src/Alongside.Web" --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.5; done
}

token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

cookie_for() { # email → Cookie header value; the cookie jar stays in $data/email.jar
  local jar="$data/$1.jar" token
  token=$(curl -s -c "$jar" "http://127.0.0.1:$port/account/sign-in" | token_of)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=alongside-demo-2026" "http://127.0.0.1:$port/account/sign-in"
  awk '$6 ~ /^alongside/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar"
}
