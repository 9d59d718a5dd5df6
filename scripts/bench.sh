#!/usr/bin/env bash
# The project's benchmark command.
#
#   scripts/bench.sh [google-benchmark flags...]
#
# Installs missing Debian packages, builds the benchmarks in Release into
# $BUILD_DIR/bench and runs them, passing "$@" through (e.g.
# --benchmark_filter=decode). When benchmarks/report.py exists, the JSON
# results (also saved to $BUILD_DIR/bench/results.json) are piped into it to
# print a table.
#
# Environment: JOBS (default 2) parallel jobs, BUILD_DIR (default build).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib/deps.sh
source "$ROOT/scripts/lib/deps.sh"

JOBS="${JOBS:-2}"
BUILD_DIR="${BUILD_DIR:-build}"
dir="$BUILD_DIR/bench"

ng_install_missing libboost1.81-dev libboost-json1.81-dev cmake ninja-build \
    g++ libbenchmark-dev nlohmann-json3-dev rapidjson-dev libsimdjson-dev

cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DNEPTUNE_GRAPH_BUILD_BENCHMARKS=ON -DNEPTUNE_GRAPH_BUILD_TESTS=OFF
cmake --build "$dir" -j "$JOBS" --target neptune_graph_bench

bench="$dir/benchmarks/neptune_graph_bench"
if [ -f benchmarks/report.py ]; then
    "$bench" --benchmark_format=json --benchmark_out="$dir/results.json" "$@" \
        | python3 benchmarks/report.py
else
    "$bench" "$@"
fi
