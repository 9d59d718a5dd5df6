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
# With GLAZE_INCLUDE_DIR set to Glaze's include directory (v5.5.4, not a Debian
# package: fetch it yourself), a second program, neptune_graph_bench_glaze
# (C++23), is built and run after the first with the same flags: this library's
# cases, the bounds and Glaze, in one process. Its results go to
# $BUILD_DIR/bench/results_glaze.json and a second table. Without it, that
# program is not configured.
#
# Then scripts/compile_cost.py compiles the translation units of
# benchmarks/compile/ three times each with $CXX (default g++) and prints their
# compile seconds and peak memory, with its targets; its JSON goes to
# $BUILD_DIR/bench/compile_cost.json.
#
# Last, when a python3 with matplotlib is found (on PATH or Debian's
# /usr/bin/python3), scripts/plot_benchmarks.py draws the charts of this run
# into $BUILD_DIR/bench/charts.
#
# Environment: JOBS (default 2) parallel jobs, BUILD_DIR (default build),
# GLAZE_INCLUDE_DIR (default unset; also adds a Glaze row to the compile-cost
# table), COMPILE_COST=0 skips the compile-cost table.
set -euo pipefail

GLAZE_INCLUDE_DIR="${GLAZE_INCLUDE_DIR:-}"
if [ -n "$GLAZE_INCLUDE_DIR" ]; then  # absolute before the cd: a relative path is the caller's
    GLAZE_INCLUDE_DIR="$(cd "$GLAZE_INCLUDE_DIR" && pwd)"
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib/deps.sh
source "$ROOT/scripts/lib/deps.sh"

JOBS="${JOBS:-2}"
BUILD_DIR="${BUILD_DIR:-build}"
dir="$BUILD_DIR/bench"

ng_install_missing libboost1.81-dev libboost-json1.81-dev cmake ninja-build \
    g++ libbenchmark-dev nlohmann-json3-dev rapidjson-dev libsimdjson-dev python3-matplotlib

targets=(neptune_graph_bench)
if [ -n "$GLAZE_INCLUDE_DIR" ]; then
    targets+=(neptune_graph_bench_glaze)
fi

# Passed even when empty, so that a build directory configured with Glaze
# before goes back to the suite without it.
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DNEPTUNE_GRAPH_BUILD_BENCHMARKS=ON -DNEPTUNE_GRAPH_BUILD_TESTS=OFF \
    -DNEPTUNE_GRAPH_GLAZE_INCLUDE_DIR="$GLAZE_INCLUDE_DIR"
cmake --build "$dir" -j "$JOBS" --target "${targets[@]}"

# run PROGRAM RESULTS [report.py flags]: runs PROGRAM with the flags of this
# script, its JSON saved to RESULTS and printed as a table.
run() {
    local bench="$dir/benchmarks/$1" out="$dir/$2"
    shift 2
    if [ -f benchmarks/report.py ]; then
        "$bench" --benchmark_format=json --benchmark_out="$out" "${args[@]}" \
            | python3 benchmarks/report.py "$@"
    else
        "$bench" "${args[@]}"
    fi
}

args=("$@")
run neptune_graph_bench results.json
if [ -n "$GLAZE_INCLUDE_DIR" ]; then
    echo
    echo "==> neptune_graph_bench_glaze (Glaze from $GLAZE_INCLUDE_DIR)"
    run neptune_graph_bench_glaze results_glaze.json --no-targets
fi

status=0
rm -f "$dir/compile_cost.json"
if [ "${COMPILE_COST:-1}" != 0 ]; then
    echo
    python3 scripts/compile_cost.py "${CXX:-g++}" "$ROOT" "$dir/compile_cost.json" 3 || status=$?
fi

# Charts of this run only: none left over from an earlier one.
rm -rf "$dir/charts"
for py in python3 /usr/bin/python3; do
    if "$py" -c 'import matplotlib' >/dev/null 2>&1; then
        echo
        "$py" scripts/plot_benchmarks.py --results "$dir/results.json" \
            --compile-cost "$dir/compile_cost.json" --out "$dir/charts" \
            || echo "warning: the charts were not drawn" >&2
        break
    fi
done
exit "$status"
