#!/usr/bin/env bash
# The load test: a bounded burst of valid and malformed requests against the example server.
#
#   tests/load/run.sh <neptune-graph-example-server> <neptune-graph-load-client>
#
# 1. starts the server on 127.0.0.1, any free port, with the shipped seed;
# 2. runs the load client against it: LOAD_REQUESTS requests (default 20000) on
#    LOAD_CONNECTIONS keep-alive connections (default 16), every answer checked,
#    and the server's resident memory read after a warm-up quarter of the burst
#    and at the end (more than LOAD_MAX_RSS_GROWTH_KB, default 4096, fails);
# 3. checks that the server is still up and answers one more request;
# 4. stops it with SIGTERM and checks that it exits 0;
# 5. starts it again with a 2 s idle limit and checks that a silent connection
#    and one stalled inside its request are closed after it, unanswered.
set -euo pipefail

fail() { echo "load: FAIL: $*" >&2; exit 1; }

[ $# -eq 2 ] || fail "usage: $0 <path to neptune-graph-example-server> <path to neptune-graph-load-client>"
server=$1
client=$2
[ -x "$server" ] || fail "the server '$server' is not an executable file"
[ -x "$client" ] || fail "the load client '$client' is not an executable file"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/support/example_server.sh
source "$here/../support/example_server.sh"
seed="$here/../../examples/server/seed.json"
requests=${LOAD_REQUESTS:-20000}
connections=${LOAD_CONNECTIONS:-16}
# Once warm, the server holds nothing per request and nothing per closed
# connection; what may still move is malloc's free lists and the buffers of
# the 16 live connections (at most 16 KB of header and 64 KB of body each,
# 1.3 MB in all). 4 MB is three times that, and over the 15,000 requests
# after the warm-up it catches a leak of 300 bytes a request or 10 KB a
# connection opened.
max_growth_kb=${LOAD_MAX_RSS_GROWTH_KB:-4096}
started=$SECONDS

# --- 1. the server ------------------------------------------------------------
start_example_server "$server" --seed "$seed"
echo "load: server pid $server_pid listening on 127.0.0.1:$port"

server_log_tail() {
  echo "load: the server's log ends with:" >&2
  tail -n 20 "$work/server.log" >&2
}

# --- 2. the burst -------------------------------------------------------------
status=0
"$client" --port "$port" --seed "$seed" --requests "$requests" --connections "$connections" \
  --server-pid "$server_pid" --max-rss-growth-kb "$max_growth_kb" || status=$?
if [ "$status" -ne 0 ]; then
  server_log_tail
  fail "the load client failed (exit $status)"
fi

# --- 3. still up, still answering --------------------------------------------
kill -0 "$server_pid" 2> /dev/null || { server_log_tail; fail "the server is gone after the burst"; }
exec 3<> "/dev/tcp/127.0.0.1/$port" || fail "the server takes no connection after the burst"
printf 'GET /importtasks/t-detail0001 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
answer=$(timeout 10 cat <&3 | tr -d '\r') || true
exec 3<&-
head -n 1 <<< "$answer" | grep -q '^HTTP/1.1 200 ' && grep -q '"taskId":"t-detail0001"' <<< "$answer" ||
  { server_log_tail; fail "the server's answer to GetImportTask after the burst is wrong: $(head -c 300 <<< "$answer")"; }
echo "load: the server still answers GetImportTask after the burst"

# --- 4. stop it ---------------------------------------------------------------
stop_example_server
if [ "$server_status" -ne 0 ]; then
  server_log_tail
  fail "the server exited $server_status on SIGTERM, not 0"
fi
echo "load: the server exited 0 on SIGTERM"

# --- 5. the idle limit ----------------------------------------------------------
# A server whose idle limit is 2 s: a connection that sends nothing, and one that
# stops halfway through its request line, are both closed after it, unanswered.
idle=2
start_example_server "$server" --seed "$seed" --idle-seconds "$idle"
closed_after_ms() { # bytes to send first; the time until the server closed the connection
  local fd t0
  exec {fd}<> "/dev/tcp/127.0.0.1/$port" || { echo "no connection"; return; }
  printf '%s' "$1" >&"$fd"
  t0=$(date +%s%3N)
  timeout 20 cat <&"$fd" > "$work/idle-answer-$2" || true  # returns when the server closes
  echo $(($(date +%s%3N) - t0))
  exec {fd}<&-
}
closed_after_ms "" silent > "$work/idle-silent" &
silent_pid=$!
closed_after_ms $'GET /importtasks HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a' partial > "$work/idle-partial" &
partial_pid=$!
wait "$silent_pid" "$partial_pid"
for kind in silent partial; do
  ms=$(cat "$work/idle-$kind")
  [[ "$ms" =~ ^[0-9]+$ ]] && [ "$ms" -ge $((idle * 1000 - 500)) ] && [ "$ms" -le $((idle * 1000 + 6000)) ] ||
    { server_log_tail; fail "a $kind connection was not closed about ${idle} s after it went idle (after: $ms ms)"; }
  [ ! -s "$work/idle-answer-$kind" ] || fail "the server answered a $kind idle connection: $(head -c 200 "$work/idle-answer-$kind")"
  echo "load: a $kind connection was closed $ms ms after it went idle (limit ${idle} s)"
done
stop_example_server
[ "$server_status" -eq 0 ] || fail "the second server exited $server_status on SIGTERM, not 0"
echo "load: passed in $((SECONDS - started)) s"
