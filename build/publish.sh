#!/usr/bin/env bash
# The gateway's release publish: the one the Dockerfile runs, and the one .ci/run builds and smoke-tests.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: build/publish.sh <output folder>}
# The IDE's static build must already be in playground/node_modules (npm ci --prefix playground).
dotnet publish src/Gateway/Gateway.csproj --nologo --configuration Release --output "$out" -p:InstallPlayground=false
test -f "$out/bananacakepop/index.html" || { echo "publish: Banana Cake Pop is missing from $out" >&2; exit 1; }
