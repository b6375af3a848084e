#!/usr/bin/env bash
# The gateway's release publish: the one the Dockerfile runs, and the one .ci/run builds and smoke-tests.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: build/publish.sh <output folder> [--without-playground]}
# --without-playground: the benchmark (bench/run.sh) runs this publish and needs no IDE, nor npm for it.
require_playground=true
[ "${2:-}" = --without-playground ] && require_playground=false
# The IDE's static build must already be in playground/node_modules (npm ci --prefix playground).
# ReadyToRun: the gateway and its libraries are compiled ahead of time for this machine's architecture, so a fresh
# instance's first queries do not wait for the JIT (measured on the simulator at 20 ms: a fresh gateway's first session
# query 0.30 s -> 0.20 s). Still framework-dependent: the image's ASP.NET Core runtime runs it.
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "publish: no ReadyToRun runtime identifier for $(uname -m)" >&2; exit 1 ;;
esac
dotnet publish src/Gateway/Gateway.csproj --nologo --disable-build-servers --configuration Release --output "$out" -p:InstallPlayground=false \
  --runtime "$rid" --self-contained false -p:PublishReadyToRun=true
! $require_playground || test -f "$out/bananacakepop/index.html" || { echo "publish: Banana Cake Pop is missing from $out" >&2; exit 1; }
