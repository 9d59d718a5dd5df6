#!/usr/bin/env bash
# Compiles tests/strict/every_entry_point.cpp, with every public header
# included, under a user's strictest warning flags and -Werror: our headers
# come in with -I (as vendored code does), Boost with -isystem.
#
#   check_strict.sh REPO_ROOT WORK_DIR COMPILER STD [COMPILER STD ...]
#
# Fails on any warning, naming the compiler and standard. A compiler that is
# not installed fails too: the test asks for both g++ and clang++.
set -euo pipefail

root="$1" work="$2"
shift 2
mkdir -p "$work"

# Every public header, each included once: code no entry point instantiates
# is still parsed under the flags.
all="$work/all_headers.hpp"
(cd "$root/include" && find neptune_graph -name '*.hpp' | LC_ALL=C sort) \
    | sed 's|.*|#include <&>|' > "$all"
[ -s "$all" ] || { echo "no public headers found under $root/include" >&2; exit 1; }

flags=(-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
       -Wnon-virtual-dtor -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion -Wformat=2
       -Wimplicit-fallthrough -Werror)

# Boost from a system directory (Debian's /usr/include already is one);
# elsewhere, BOOST_INCLUDE_DIR names it and it is passed with -isystem.
boost=()
[ -n "${BOOST_INCLUDE_DIR:-}" ] && boost=(-isystem "$BOOST_INCLUDE_DIR")
status=0
while [ $# -ge 2 ]; do
    cxx="$1" std="$2"
    shift 2
    echo "==> $cxx -std=$std"
    # -O2: -Wnull-dereference and some others are only reported by the optimizer.
    if ! "$cxx" -std="$std" -O2 "${flags[@]}" -I "$root/include" "${boost[@]}" \
        "-DNEPTUNE_GRAPH_ALL_HEADERS=\"$all\"" \
        -c "$root/tests/strict/every_entry_point.cpp" -o "$work/every_entry_point-$(basename "$cxx")-$std.o"; then
        echo "FAILED: $cxx -std=$std: warnings (or errors) above" >&2
        status=1
    fi
done
exit $status
