#!/usr/bin/env bash
# The cache benchmark: builds the gateway, the simulator and the runner in Release, then runs the scenarios
# (memory only, Redis, two instances on one Redis) and prints the figures. Options: bash bench/run.sh --help.
# With "subscriptions" first (what bench/subscriptions.sh does), the subscription benchmark instead.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pid_file=$(mktemp)
bench_pid=""

# Kills whatever the runner started and did not stop (it was killed, or crashed), by the ids it wrote down.
# Only ids whose command line is still one of ours are touched: an id may have been reused since.
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$bench_pid" ] && kill -0 "$bench_pid" 2>/dev/null; then
    kill -TERM "$bench_pid" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 "$bench_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL "$bench_pid" 2>/dev/null || true
  fi
  while read -r pid; do
    [ -n "$pid" ] || continue
    if grep -qaE 'Gateway\.dll|GenesysCloud\.Simulator\.dll|Gateway\.Bench\.Ceiling\.dll|redis-server' "/proc/$pid/cmdline" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done < "$pid_file"
  rm -f "$pid_file"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# No build servers: nothing the build starts outlives it.
# The runner references the simulator, so building it builds the simulator too.
echo "building bench/Gateway.Bench/Gateway.Bench.csproj (Release)" >&2
dotnet build bench/Gateway.Bench/Gateway.Bench.csproj -c Release --nologo -v quiet --disable-build-servers >&2
# The gateway as it ships: the release publish (ReadyToRun) the Dockerfile runs; RepositoryLayout.GatewayDll.
echo "publishing src/Gateway/Gateway.csproj (build/publish.sh, ReadyToRun)" >&2
bash build/publish.sh bench/bin/gateway --without-playground >&2

# The mode, if any, stays the runner's first argument.
mode=()
if [ "${1:-}" = subscriptions ]; then
  mode=(subscriptions)
  shift
fi

# In the background so a signal reaches this shell's trap at once rather than after the runner exits.
dotnet bench/Gateway.Bench/bin/Release/net10.0/Gateway.Bench.dll ${mode[@]+"${mode[@]}"} --pid-file "$pid_file" "$@" &
bench_pid=$!
wait "$bench_pid"
