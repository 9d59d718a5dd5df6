#!/usr/bin/env bash
# The test sdk_serialization: the library's REST-JSON binding of the import/export
# operations against the real AWS SDK for JavaScript v3, with no network at all.
#
#   tests/interop/sdk_serialization.sh <path to the sdk_serialization checker>
#
# 1. installs the client pinned in package-lock.json (install_sdk.sh, as run.sh does);
# 2. sdk_requests.mjs: the SDK builds requests from a set of inputs, answered by a
#    request handler of ours, so no socket is opened; the checker (`requests`) routes
#    each one with the library and rebuilds it with make_request, and compares;
# 3. the checker (`responses`) makes outputs and errors into responses, and
#    sdk_responses.mjs has the SDK read each one as the answer to its command.
#
# Never skipped: without node, npm or the npm registry, the test fails and says why.
set -euo pipefail

fail() { echo "sdk_serialization: FAIL: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: $0 <path to the sdk_serialization checker>"
checker=$1
[ -x "$checker" ] || fail "the checker '$checker' is not an executable file"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/interop/install_sdk.sh
source "$here/install_sdk.sh"

started=$SECONDS
install_sdk "$here" sdk_serialization

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- 2. requests: the SDK's, read and rebuilt by the library ---------------------
run_sdk_node --no-warnings "$here/sdk_requests.mjs" "$work/requests.json" || fail "sdk_requests.mjs failed"
"$checker" requests "$work/requests.json" || fail "the library disagrees with the SDK's requests (see above)"

# --- 3. responses: the library's, read by the SDK -------------------------------
"$checker" responses "$work/responses.json" || fail "the checker could not make the responses (see above)"
run_sdk_node --no-warnings "$here/sdk_responses.mjs" "$work/responses.json" ||
  fail "the SDK does not read the library's responses as made (see above)"

echo "sdk_serialization: passed in $((SECONDS - started)) s"
