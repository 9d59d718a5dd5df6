#!/usr/bin/env bash
# The example server as a local import/export service, driven by the real AWS SDK for JavaScript v3
# client: graphs and tasks created through the API, moved along by the server's clock.
#
#   tests/interop/run_service.sh <path to neptune-graph-example-server>
#
# Starts the server with --time-scale 600 (ten simulated minutes take one real
# second) and --max-graphs 60, runs service.test.mjs against it, then stops it
# with SIGTERM and checks that it exits 0. Never skipped: without node, npm or
# the npm registry, the test fails and says why.
set -euo pipefail

fail() { echo "interop_service: FAIL: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: $0 <path to neptune-graph-example-server>"
server=$1
[ -x "$server" ] || fail "the server '$server' is not an executable file"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/support/example_server.sh
source "$here/../support/example_server.sh"
# shellcheck source=tests/interop/install_sdk.sh
source "$here/install_sdk.sh"

started=$SECONDS
max_graphs=60
install_sdk "$here" interop_service
start_example_server "$server" --time-scale 600 --max-graphs "$max_graphs"
echo "interop_service: server pid $server_pid listening on 127.0.0.1:$port"

status=0
NEPTUNE_GRAPH_ENDPOINT="http://127.0.0.1:$port" NEPTUNE_GRAPH_MAX_GRAPHS=$max_graphs \
    run_sdk_node --test "$here/service.test.mjs" || status=$?

stop_example_server
if [ "$status" -ne 0 ]; then
  echo "interop_service: server log (last 100 lines):" >&2
  tail -n 100 "$work/server.log" >&2
  fail "node --test failed (exit $status)"
fi
[ "$server_status" -eq 0 ] || fail "the server exited $server_status on SIGTERM, not 0"
echo "interop_service: passed in $((SECONDS - started)) s"
