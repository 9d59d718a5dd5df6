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

command -v node > /dev/null || fail "node is not installed (Node.js 20 or later is needed; Debian: apt-get install nodejs npm)"
command -v npm > /dev/null || fail "npm is not installed (Debian: apt-get install npm)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || fail "node $(node --version) is too old: the pinned client needs Node.js 20 or later"

started=$SECONDS

# --- 1. the SDK, exactly as locked ------------------------------------------
# npm ci rewrites node_modules: one install at a time (the lock file is the lock).
exec 9< "$here/package-lock.json"
command -v flock > /dev/null && flock 9

# npm keeps a copy of what it installed in node_modules/.package-lock.json.
installed_matches_lock() {
  node -e '
    const fs = require("fs");
    const strip = (f) => { const p = JSON.parse(fs.readFileSync(f, "utf8")).packages; delete p[""]; return JSON.stringify(p); };
    process.exit(strip(process.argv[1]) === strip(process.argv[2]) ? 0 : 1);
  ' "$here/package-lock.json" "$here/node_modules/.package-lock.json" 2> /dev/null
}

if installed_matches_lock; then
  echo "interop: using the SDK already installed in $here/node_modules"
else
  registry=$(npm config get registry 2> /dev/null || echo "the npm registry")
  if ! ping_output=$(timeout 90 npm ping --fetch-retries=1 --fetch-timeout=30000 2>&1); then
    grep -i "error" <<< "$ping_output" | head -5 >&2 || true
    fail "npm cannot reach its registry ($registry): the interop test needs it to install @aws-sdk/client-neptune-graph"
  fi
  echo "interop: npm ci (from $registry)"
  if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error); then
    fail "npm ci failed: could npm reach its registry ($registry)? See npm's output above"
  fi
fi
exec 9<&-  # installed: let the next run in
echo "interop: @aws-sdk/client-neptune-graph $(node -p "require('$here/node_modules/@aws-sdk/client-neptune-graph/package.json').version"), node $(node --version)"

# --- 2. the server ------------------------------------------------------------
start_example_server "$server"
echo "interop: server pid $server_pid listening on 127.0.0.1:$port"

# --- 3. the client ----------------------------------------------------------
# Nothing may reach AWS: the endpoint is overridden, credentials are static
# (no instance metadata lookup), and the user's AWS settings are hidden.
status=0
env -u AWS_PROFILE -u AWS_DEFAULT_PROFILE -u AWS_REGION -u AWS_DEFAULT_REGION \
    -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY -u AWS_SESSION_TOKEN \
    -u AWS_ENDPOINT_URL -u AWS_ENDPOINT_URL_NEPTUNE_GRAPH -u AWS_USE_FIPS_ENDPOINT -u AWS_USE_DUALSTACK_ENDPOINT \
    -u HTTP_PROXY -u HTTPS_PROXY -u http_proxy -u https_proxy -u NODE_USE_ENV_PROXY -u NODE_OPTIONS \
    AWS_EC2_METADATA_DISABLED=true \
    AWS_CONFIG_FILE="$work/no-aws-config" AWS_SHARED_CREDENTIALS_FILE="$work/no-aws-credentials" \
    NEPTUNE_GRAPH_ENDPOINT="http://127.0.0.1:$port" \
    node --test "$here/interop.test.mjs" || status=$?

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
