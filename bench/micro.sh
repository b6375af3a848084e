#!/usr/bin/env bash
# The micro-benchmarks (bench/Gateway.MicroBench, BenchmarkDotNet): builds in Release and runs what the arguments pick.
#   bash bench/micro.sh                        every benchmark, BenchmarkDotNet's default job (minutes each)
#   bash bench/micro.sh --job short            every benchmark, 3 warm-up + 3 measured iterations
#   bash bench/micro.sh --filter '*Cache*'     some of them
# Arguments go to BenchmarkDotNet as they are (--filter '*' when none picks benchmarks). Results: bench/results/micro/.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

args=("$@")
if ! printf '%s\n' "${args[@]+"${args[@]}"}" | grep -qE '^--(filter|list)$|^-f$'; then
  args=(--filter '*' "${args[@]+"${args[@]}"}")
fi
dotnet run -c Release --project bench/Gateway.MicroBench --disable-build-servers -- --artifacts bench/results/micro "${args[@]}"
