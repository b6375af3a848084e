#!/usr/bin/env bash
# Starts a published gateway the way the container does (configured by environment only, as an unprivileged user
# when run as root), waits for its health probe (the container's HEALTHCHECK command), asks one query, stops it.
set -euo pipefail
published=$(cd "${1:?usage: build/smoke-test.sh <published folder>}" && pwd)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
# The unprivileged user gets its own world-readable copy of the publish (the given folder may sit under a
# private temporary or home folder) and a writable home of its own (nobody's home does not exist).
staging=$(mktemp -d)
chmod 755 "$staging"
mkdir "$staging/home"
trap 'rm -rf "$staging" "$log"' EXIT
run_as=()
user=$(id -un)
if [ "$(id -u)" -eq 0 ] && command -v runuser >/dev/null 2>&1; then
  cp -R "$published" "$staging/app"
  chmod -R a+rX "$staging/app"
  chown nobody "$staging/home"
  published="$staging/app"
  run_as=(runuser -u nobody --)
  user=nobody
fi

env -i PATH="$PATH" HOME="$staging/home" DOTNET_CLI_HOME="$staging/home" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 \
  DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 ASPNETCORE_ENVIRONMENT=Production Urls="http://127.0.0.1:$port" \
  "${run_as[@]}" env HOME="$staging/home" DOTNET_CLI_HOME="$staging/home" dotnet "$published/Gateway.dll" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$staging" "$log"' EXIT

healthy=0
for _ in $(seq 1 60); do
  if dotnet "$published/Gateway.dll" health "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
    healthy=1
    break
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
if [ "$healthy" -ne 1 ]; then
  echo "smoke test: the published gateway never became healthy" >&2
  cat "$log" >&2
  exit 1
fi

answer=$(python3 - "$port" <<'PY'
import json, sys, urllib.request
request = urllib.request.Request(f"http://127.0.0.1:{sys.argv[1]}/graphql", data=json.dumps({"query": "{ __typename }"}).encode(),
                                 headers={"content-type": "application/json"})
print(urllib.request.urlopen(request, timeout=10).read().decode())
PY
)
[ "$answer" = '{"data":{"__typename":"Query"}}' ] || { echo "smoke test: unexpected answer $answer" >&2; cat "$log" >&2; exit 1; }
echo "smoke test: published gateway healthy as user $user, answered $answer"
