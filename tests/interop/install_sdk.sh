# shellcheck shell=bash
# Sourced by the tests that run the AWS SDK for JavaScript v3 (tests/interop/run.sh,
# tests/interop/sdk_serialization.sh). The caller defines fail().
#
# install_sdk DIR NAME: checks node (20 or later) and npm, then installs the client
# pinned in DIR/package-lock.json into DIR/node_modules (`npm ci`, one install at a
# time; an install that already matches the lock file is reused). Fails, never
# skips, without node, npm or the npm registry. NAME prefixes what it prints.
install_sdk() {
  local dir=$1 name=$2
  command -v node > /dev/null || fail "node is not installed (Node.js 20 or later is needed; Debian: apt-get install nodejs npm)"
  command -v npm > /dev/null || fail "npm is not installed (Debian: apt-get install npm)"
  local node_major
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$node_major" -ge 20 ] || fail "node $(node --version) is too old: the pinned client needs Node.js 20 or later"

  # npm ci rewrites node_modules: one install at a time (the lock file is the lock).
  exec 9< "$dir/package-lock.json"
  command -v flock > /dev/null && flock 9

  # npm keeps a copy of what it installed in node_modules/.package-lock.json.
  if node -e '
      const fs = require("fs");
      const strip = (f) => { const p = JSON.parse(fs.readFileSync(f, "utf8")).packages; delete p[""]; return JSON.stringify(p); };
      process.exit(strip(process.argv[1]) === strip(process.argv[2]) ? 0 : 1);
    ' "$dir/package-lock.json" "$dir/node_modules/.package-lock.json" 2> /dev/null; then
    echo "$name: using the SDK already installed in $dir/node_modules"
  else
    local registry ping_output
    registry=$(npm config get registry 2> /dev/null || echo "the npm registry")
    if ! ping_output=$(timeout 90 npm ping --fetch-retries=1 --fetch-timeout=30000 2>&1); then
      grep -i "error" <<< "$ping_output" | head -5 >&2 || true
      exec 9<&-
      fail "npm cannot reach its registry ($registry): the $name test needs it to install @aws-sdk/client-neptune-graph"
    fi
    echo "$name: npm ci (from $registry)"
    if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error); then
      exec 9<&-
      fail "npm ci failed: could npm reach its registry ($registry)? See npm's output above"
    fi
  fi
  exec 9<&-  # installed: let the next run in
  echo "$name: @aws-sdk/client-neptune-graph $(node -p "require('$dir/node_modules/@aws-sdk/client-neptune-graph/package.json').version"), node $(node --version)"
}

# run_sdk_node ARGS...: node with nothing of the user's AWS or proxy settings, so
# that nothing can reach AWS (static credentials, no instance metadata lookup).
# $work must name a scratch directory.
run_sdk_node() {
  env -u AWS_PROFILE -u AWS_DEFAULT_PROFILE -u AWS_REGION -u AWS_DEFAULT_REGION \
      -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY -u AWS_SESSION_TOKEN \
      -u AWS_ENDPOINT_URL -u AWS_ENDPOINT_URL_NEPTUNE_GRAPH -u AWS_USE_FIPS_ENDPOINT -u AWS_USE_DUALSTACK_ENDPOINT \
      -u HTTP_PROXY -u HTTPS_PROXY -u http_proxy -u https_proxy -u NODE_USE_ENV_PROXY -u NODE_OPTIONS \
      AWS_EC2_METADATA_DISABLED=true \
      AWS_CONFIG_FILE="${work:?}/no-aws-config" AWS_SHARED_CREDENTIALS_FILE="${work:?}/no-aws-credentials" \
      node "$@"
}
