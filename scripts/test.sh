#!/usr/bin/env bash
# The project's test command: builds and runs every test suite.
#
#   scripts/test.sh
#
# 1. installs missing Debian packages (apt-get; sudo when not root),
# 2. a CMake + Ninja build in C++17, tested with ctest (unit tests, CLI tests,
#    the README example, the AWS SDK interop test, install/vendored/FetchContent
#    consumers, the strict-warnings check with g++ and clang++),
# 3. a Meson build of the same tests in C++20 with clang++ and in separate
#    compilation (NEPTUNE_GRAPH_SEPARATE_COMPILATION), run with `meson test`:
#    every test is built and run in both language versions, by both build
#    systems, by both compilers and in both modes, without a third full build,
# 4. the test suite again under AddressSanitizer + UndefinedBehaviorSanitizer
#    (LeakSanitizer included), and test_threads + test_decode under
#    ThreadSanitizer: any sanitizer report fails the run,
# 5. when CI=true, each libFuzzer target for 60 seconds, two at a time
#    (scripts/fuzz.sh),
# 6. prints one final line "N passed, M failed" and exits non-zero on any
#    failure (a build failure stops the script before that line).
#
# Environment: JOBS (default 2) parallel jobs, BUILD_DIR (default build),
# CI (true: also fuzz), SANITIZERS (default 1; 0 skips step 4).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib/deps.sh
source "$ROOT/scripts/lib/deps.sh"

JOBS="${JOBS:-2}"
BUILD_DIR="${BUILD_DIR:-build}"

ng_install_missing libboost1.81-dev libboost-json1.81-dev catch2 cmake \
    ninja-build meson pkg-config g++ clang nodejs npm

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

# Runs ctest in a build dir and records its summary. Sanitizer reports are
# also written to files under $dir/sanitizer-logs (log_path), so a report in a
# process whose exit status a test does not look at still fails the suite.
ctest_suite() { # name dir [ctest args...]
    local name="$1" dir="$2" logs rc summary failed total
    shift 2
    case "$dir" in
        /*) logs="$dir/sanitizer-logs" ;;
        *) logs="$ROOT/$dir/sanitizer-logs" ;;
    esac
    rm -rf "$logs"
    mkdir -p "$logs"
    if ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:log_path=$logs/asan" \
       UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:abort_on_error=1:log_path=$logs/ubsan" \
       TSAN_OPTIONS="halt_on_error=1:abort_on_error=1:second_deadlock_stack=1:log_path=$logs/tsan" \
       ctest --test-dir "$dir" --output-on-failure --no-tests=error -j "$JOBS" "$@" \
            2>&1 | tee "$dir/ctest.log"; then
        rc=0
    else
        rc=$?
    fi
    # e.g. "100% tests passed, 0 tests failed out of 9"
    summary="$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$dir/ctest.log" | tail -n 1 || true)"
    if [ -z "$summary" ]; then
        record "$name" 0 1 "$rc"   # no summary: ctest itself broke
        return
    fi
    failed="$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$summary")"
    total="$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$summary")"
    if [ -n "$(ls -A "$logs")" ]; then
        echo "==> $name: sanitizer reports:" >&2
        head -n 60 "$logs"/* >&2
        [ "$failed" -eq 0 ] && failed=1
    fi
    record "$name" "$((total - failed))" "$failed" "$rc"
}

# --- CMake: C++17 -------------------------------------------------------------
# -O0 and no debug info: these builds check behaviour, and template-heavy code
# compiles much faster so. The sanitizer build below optimizes.
dir="$BUILD_DIR/test-cxx17"
echo "==> CMake C++17 in $dir"
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS=-O0 \
    -DCMAKE_CXX_STANDARD=17 -DCMAKE_CXX_STANDARD_REQUIRED=ON
cmake --build "$dir" -j "$JOBS"
ctest_suite "ctest C++17" "$dir"

# --- Meson: C++20, clang++ ---------------------------------------------------
dir="$BUILD_DIR/meson-clang"
echo "==> Meson C++20 (clang++, separate compilation) in $dir"
if [ -d "$dir/meson-private" ]; then
    meson setup --reconfigure "$dir" -Dcpp_std=c++20 -Dbuildtype=plain -Dseparate_compilation=true
else
    rm -rf "$dir"
    CXX=clang++ meson setup "$dir" -Dcpp_std=c++20 -Dbuildtype=plain -Dseparate_compilation=true
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

# --- Sanitizers --------------------------------------------------------------
# Each report is also written to a file under $dir/sanitizer-logs (log_path), so
# a report in a process whose exit status a test does not look at still fails.
if [ "${SANITIZERS:-1}" != 0 ]; then
    # ASan + UBSan (+ LeakSanitizer, on by default with ASan on Linux x86-64):
    # every test; the packaging checks build a separate, uninstrumented project.
    dir="$BUILD_DIR/test-asan"
    echo "==> CMake ASan+UBSan in $dir"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=None \
        -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_STANDARD=17 -DCMAKE_CXX_STANDARD_REQUIRED=ON \
        "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O1 -g1" \
        -DNEPTUNE_GRAPH_CATCH_MAIN_OPTIONS=-fno-sanitize=all -DNEPTUNE_GRAPH_INSTALL=OFF
    cmake --build "$dir" -j "$JOBS"
    ctest_suite "ctest ASan+UBSan" "$dir" -E '^(install_consumer|vendored_consumer|fetchcontent_consumer|strict_warnings_.*)$'

    # TSan: the threads test (and the decoder's own tests) only, to save time.
    dir="$BUILD_DIR/test-tsan"
    echo "==> CMake TSan in $dir"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=None \
        -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_STANDARD=17 -DCMAKE_CXX_STANDARD_REQUIRED=ON \
        "-DCMAKE_CXX_FLAGS=-fsanitize=thread -fno-omit-frame-pointer -O1 -g1" \
        -DNEPTUNE_GRAPH_CATCH_MAIN_OPTIONS=-fno-sanitize=all -DNEPTUNE_GRAPH_INSTALL=OFF
    cmake --build "$dir" -j "$JOBS" --target test_threads test_decode
    ctest_suite "ctest TSan" "$dir" -R '^(test_threads|test_decode)$'
fi

# --- Fuzzing (CI only: bounded time per target) ------------------------------
if [ "${CI:-}" = true ]; then
    echo "==> fuzzing, 60 s per target, two at a time"
    if BUILD_DIR="$BUILD_DIR" FUZZ_PARALLEL=2 bash "$ROOT/scripts/fuzz.sh" 60; then
        record "fuzz" 1 0 0
    else
        record "fuzz" 0 1 1
    fi
fi

echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
