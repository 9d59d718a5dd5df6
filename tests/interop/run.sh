#!/usr/bin/env bash
# The interoperability test: the real AWS SDK for JavaScript v3 client against the example server.
#
#   tests/interop/run.sh <path to neptune-graph-example-server>
#
# 1. installs the client pinned in package-lock.json into tests/interop/node_modules
#    (`npm ci`; an install that already matches the lock file is reused);
# 2. starts the server on 127.0.0.1, any free port, with its shipped seed;
# 3. runs interop.test.mjs with `node --test` against it;
# 4. stops the server with SIGTERM and checks that it exits 0.
#
# Never skipped: without node, npm or the npm registry, the test fails and says why.
set -euo pipefail

fail() { echo "interop: FAIL: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: $0 <path to neptune-graph-example-server>"
server=$1
[ -x "$server" ] || fail "the server '$server' is not an executable file"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/support/example_server.sh
source "$here/../support/example_server.sh"

# shellcheck source=tests/interop/install_sdk.sh
source "$here/install_sdk.sh"

started=$SECONDS

# --- 1. the SDK, exactly as locked ------------------------------------------
install_sdk "$here" interop

# --- 2. the server ------------------------------------------------------------
start_example_server "$server"
echo "interop: server pid $server_pid listening on 127.0.0.1:$port"

# --- 3. the client ----------------------------------------------------------
# Nothing may reach AWS: the endpoint is overridden, credentials are static
# (no instance metadata lookup), and the user's AWS settings are hidden.
status=0
NEPTUNE_GRAPH_ENDPOINT="http://127.0.0.1:$port" \
    run_sdk_node --test "$here/interop.test.mjs" || status=$?

# --- 4. stop the server -------------------------------------------------------
stop_example_server

if [ "$status" -ne 0 ]; then
  echo "interop: server log:" >&2
  cat "$work/server.log" >&2
  fail "node --test failed (exit $status)"
fi
[ "$server_status" -eq 0 ] || fail "the server exited $server_status on SIGTERM, not 0"
echo "interop: the server exited 0 on SIGTERM"
echo "interop: passed in $((SECONDS - started)) s"
