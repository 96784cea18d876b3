#!/usr/bin/env bash
# Page weight and first paint: Lighthouse (mobile, performance only) on the home page, the group
# search and the parent's home, with the demo data, the app built in Release on this machine.
# Development settings, so the sign-in cookie works over plain http on loopback.
# Usage: bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=5078
base="http://127.0.0.1:$port"
data=$(mktemp -d /tmp/alongside-lighthouse.XXXXXX)
(cd bench/lighthouse && [ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund --loglevel=error)

dotnet build src/Alongside.Web -c Release --nologo -v q >/dev/null
ASPNETCORE_ENVIRONMENT=Development Database__DataFolder="$data" App__SeedDemoData=true App__PublicBaseUrl="$base" \
  dotnet src/Alongside.Web/bin/Release/net10.0/Alongside.Web.dll --urls "$base" >"$data/app.log" 2>&1 &
app=$!
trap 'kill ${app:-} 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -fs "$base/health/live" >/dev/null && break; sleep 0.5; done

# The parent signs in once; Lighthouse sends the cookie.
jar="$data/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=parent@alongside.test" \
  --data-urlencode "Input.Password=alongside-demo-2026" --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
cookie=$(sed 's/^#HttpOnly_//' "$jar" | grep -v '^#' | awk 'NF>=7 {printf "%s=%s; ", $6, $7}')

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, Lighthouse mobile defaults, Release build"
echo "| page | performance | first contentful paint | largest contentful paint | transferred |"
echo "|---|---|---|---|---|"
(cd bench/lighthouse && node lighthouse.mjs "$base/" && node lighthouse.mjs "$base/groups?near=M1" && node lighthouse.mjs "$base/family" "$cookie")
