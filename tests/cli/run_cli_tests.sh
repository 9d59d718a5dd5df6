#!/usr/bin/env bash
# End-to-end tests of the example tool neptune-graph-json.
#
#   bash run_cli_tests.sh <path-to-neptune-graph-json> <dir-of-this-script>
#
# Each case is a group of files in <dir>/cases sharing a name; NAME.args marks a case:
#   NAME.args      the arguments, on one line, split at spaces (an empty file: no arguments)
#   NAME.json      the bytes fed to stdin (absent: empty stdin)
#   NAME.expected  the exact stdout (absent: stdout must be empty)
#   NAME.stderr    the exact stderr (absent: stderr must be empty)
#   NAME.status    the exit status (absent: 0)
# A case with a NAME.json that exits 0 is also run on its own expected output,
# which must come back unchanged: the canonical form is a fixed point.
#
# Prints one line per check, then "N passed, M failed"; exits 1 if any failed.
# Needs only bash, diff and printf.

set -u

if [[ $# -ne 2 ]]; then
    printf 'usage: bash %s <path-to-neptune-graph-json> <dir-of-this-script>\n' "$0" >&2
    exit 2
fi
cli=$1
cases=$2/cases
if [[ ! -x $cli ]]; then
    printf 'not an executable: %s\n' "$cli" >&2
    exit 2
fi

passed=0
failed=0

pass() {
    printf 'ok   %s\n' "$1"
    passed=$((passed + 1))
}

# fail NAME WHY [DETAILS]: DETAILS (a diff) is shown indented under the line.
fail() {
    printf 'FAIL %s: %s\n' "$1" "$2"
    if [[ -n ${3-} ]]; then
        printf '%s\n' "$3" | while IFS= read -r line; do printf '       %s\n' "$line"; done
    fi
    failed=$((failed + 1))
}

# check NAME STDIN EXPECTED_OUT EXPECTED_ERR EXPECTED_STATUS ARGS...
# Runs the tool once per stream so each is compared byte for byte by diff
# (a variable would lose trailing newlines and NUL bytes).
check() {
    local name=$1 input=$2 want_out=$3 want_err=$4 want_status=$5
    shift 5
    local status out_diff err_diff
    "$cli" "$@" < "$input" > /dev/null 2>&1
    status=$?
    if [[ $status -ne $want_status ]]; then
        fail "$name" "exit status $status, expected $want_status"
        return
    fi
    if ! out_diff=$(diff "$want_out" <("$cli" "$@" < "$input" 2> /dev/null) 2>&1); then
        fail "$name" "stdout differs (< expected, > actual)" "$out_diff"
        return
    fi
    if ! err_diff=$(diff "$want_err" <("$cli" "$@" < "$input" 2>&1 > /dev/null) 2>&1); then
        fail "$name" "stderr differs (< expected, > actual)" "$err_diff"
        return
    fi
    pass "$name"
}

for args_file in "$cases"/*.args; do
    [[ -e $args_file ]] || break
    case=${args_file%.args}
    name=${case##*/}

    args=()
    read -r -a args < "$args_file"
    input=/dev/null
    [[ -e $case.json ]] && input=$case.json
    want_out=/dev/null
    [[ -e $case.expected ]] && want_out=$case.expected
    want_err=/dev/null
    [[ -e $case.stderr ]] && want_err=$case.stderr
    want_status=0
    [[ -e $case.status ]] && read -r want_status < "$case.status"

    # ${args[@]+...}: an empty array under `set -u` on bash before 4.4.
    check "$name" "$input" "$want_out" "$want_err" "$want_status" ${args[@]+"${args[@]}"}
    if [[ $input != /dev/null && $want_status -eq 0 ]]; then
        check "$name (fixed point)" "$want_out" "$want_out" /dev/null 0 ${args[@]+"${args[@]}"}
    fi
done

if [[ $((passed + failed)) -eq 0 ]]; then
    fail "cases" "no cases found in $cases"
fi
printf '%d passed, %d failed\n' "$passed" "$failed"
[[ $failed -eq 0 ]]
