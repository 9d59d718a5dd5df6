#!/usr/bin/env bash
# The project's test command: builds and runs every test suite.
#
#   scripts/test.sh
#
# 1. installs missing Debian packages (apt-get; sudo when not root),
# 2. CMake + Ninja builds in C++17 and C++20, each tested with ctest
#    (unit tests, CLI tests, install/vendored consumer checks),
# 3. a Meson build of the same tests, run with `meson test`,
# 4. prints one final line "N passed, M failed" and exits non-zero on any
#    failure (a build failure stops the script before that line).
#
# Environment: JOBS (default 2) parallel jobs, BUILD_DIR (default build).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib/deps.sh
source "$ROOT/scripts/lib/deps.sh"

JOBS="${JOBS:-2}"
BUILD_DIR="${BUILD_DIR:-build}"

ng_install_missing libboost1.81-dev libboost-json1.81-dev catch2 cmake \
    ninja-build meson pkg-config g++ nodejs npm

total_passed=0
total_failed=0

# Add one suite's results to the totals. A suite that failed without a
# parsable summary still counts as one failure.
record() { # name passed failed exit-status
    local name="$1" passed="$2" failed="$3" rc="$4"
    if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
        failed=1
    fi
    echo "==> $name: $passed passed, $failed failed"
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
}

# --- CMake: C++17 and C++20 ------------------------------------------------
for std in 17 20; do
    dir="$BUILD_DIR/test-cxx$std"
    echo "==> CMake C++$std in $dir"
    cmake -S . -B "$dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 \
        -DCMAKE_CXX_STANDARD="$std" -DCMAKE_CXX_STANDARD_REQUIRED=ON
    cmake --build "$dir" -j "$JOBS"

    log="$dir/ctest.log"
    if ctest --test-dir "$dir" --output-on-failure --no-tests=error \
            -j "$JOBS" 2>&1 | tee "$log"; then
        rc=0
    else
        rc=$?
    fi
    # e.g. "100% tests passed, 0 tests failed out of 9"
    summary="$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)"
    if [ -n "$summary" ]; then
        failed="$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$summary")"
        total="$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$summary")"
        record "ctest C++$std" "$((total - failed))" "$failed" "$rc"
    else
        record "ctest C++$std" 0 1 "$rc"   # no summary: ctest itself broke
    fi
done

# --- Meson -----------------------------------------------------------------
dir="$BUILD_DIR/meson"
echo "==> Meson in $dir"
if [ -d "$dir/meson-private" ]; then
    meson setup --reconfigure "$dir" -Dcpp_std=c++17
else
    rm -rf "$dir"
    meson setup "$dir" -Dcpp_std=c++17
fi
meson compile -C "$dir" -j "$JOBS"

log="$dir/meson-test.log"
if meson test -C "$dir" --print-errorlogs --num-processes "$JOBS" 2>&1 | tee "$log"; then
    rc=0
else
    rc=$?
fi
# Summary lines look like "Ok:                 7"; "Fail:", "Timeout:" and
# "Unexpected Pass:" are failures.
count() {
    local n
    n="$(sed -nE "s/^$1:[[:space:]]+([0-9]+).*/\1/p" "$log" | tail -n 1)"
    echo "${n:-0}"
}
if grep -qE '^Ok:[[:space:]]+[0-9]+' "$log"; then
    failed=$(( $(count 'Fail') + $(count 'Unexpected Pass') + $(count 'Timeout') ))
    record "meson test" "$(count 'Ok')" "$failed" "$rc"
else
    record "meson test" 0 1 "$rc"   # no summary: meson test itself broke
fi

echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
