#!/usr/bin/env bash
# The example server's --state across restarts, driven by the real AWS SDK for
# JavaScript v3 client (restart.mjs), loopback only.
#
#   tests/interop/run_restart.sh <path to neptune-graph-example-server>
#
# Starts the server with --state and --time-scale 60, creates a graph and its
# import, kills the server with SIGKILL, starts it again on the same file after
# 3 s (the downtime must not count: it is a quarter of the import or more), starts an export and cancels a second
# import, kills it again, and on the third start checks every task is there and
# waits for them to end. Then: files that are not valid state files (truncated,
# another version) make the server exit 1 and are left byte for byte as they
# were. Never skipped: without node, npm or the npm registry, it fails.
set -euo pipefail

fail() { echo "interop_restart: FAIL: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: $0 <path to neptune-graph-example-server>"
server=$1
[ -x "$server" ] || fail "the server '$server' is not an executable file"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/support/example_server.sh
source "$here/../support/example_server.sh"
# shellcheck source=tests/interop/install_sdk.sh
source "$here/install_sdk.sh"

started=$SECONDS
install_sdk "$here" interop_restart
work=$(mktemp -d)
state="$work/state.json"
scale=60
downtime=3
notes="$work/notes.json"

# phase NAME: one phase of restart.mjs against the running server; the server's log if it fails.
phase() {
  if ! NEPTUNE_GRAPH_ENDPOINT="http://127.0.0.1:$port" NEPTUNE_GRAPH_TIME_SCALE=$scale \
      NEPTUNE_GRAPH_DOWNTIME=$downtime run_sdk_node "$here/restart.mjs" "$1" "$notes"; then
    echo "interop_restart: server log (last 50 lines):" >&2
    tail -n 50 "$work/server.log" >&2
    fail "phase '$1' failed"
  fi
}

# kill_server: SIGKILL, as a crash: nothing is flushed or saved on the way out.
kill_server() {
  kill -KILL "$server_pid"
  wait "$server_pid" 2> /dev/null || true
  server_pid=
}

start_example_server "$server" --state "$state" --time-scale "$scale"
[ -f "$state" ] || fail "the server did not write $state on start"
phase create
kill_server
sleep "$downtime"

start_example_server "$server" --state "$state" --time-scale "$scale"
phase export
kill_server
sleep "$downtime"

start_example_server "$server" --state "$state" --time-scale "$scale"
phase finish
stop_example_server
[ "$server_status" -eq 0 ] || fail "the server exited $server_status on SIGTERM, not 0"
ls -A "$work" | grep -q '\.tmp$' && fail "a temporary file was left in $work: $(ls -A "$work")"

# refused FILE EXPECTED: the server exits 1 on FILE, saying EXPECTED, and leaves FILE as it was.
refused() {
  local file=$1 expected=$2 before after rc=0
  before=$(sha256sum < "$file")
  "$server" --port 0 --state "$file" > "$work/refused.out" 2> "$work/refused.log" || rc=$?
  after=$(sha256sum < "$file")
  [ "$rc" -eq 1 ] || fail "the server exited $rc, not 1, on $(basename "$file"): $(cat "$work/refused.log")"
  grep -qF -- "$expected" "$work/refused.log" ||
    fail "the server did not say '$expected' about $(basename "$file"): $(cat "$work/refused.log")"
  [ "$before" = "$after" ] || fail "the server changed $(basename "$file") while refusing it"
  [ ! -s "$work/refused.out" ] || fail "the server listened on a file it refused"
  echo "interop_restart: refused: $(cat "$work/refused.log")"
}
head -c "$(($(wc -c < "$state") / 2))" "$state" > "$work/truncated.json"
refused "$work/truncated.json" "truncated.json: \$"
sed 's/"version": 1,/"version": 2,/' "$state" > "$work/version2.json"
refused "$work/version2.json" "version2.json: \$.version: unsupported version 2"
printf 'not json' > "$work/garbage.json"
refused "$work/garbage.json" "garbage.json: \$"

echo "interop_restart: passed in $((SECONDS - started)) s"
