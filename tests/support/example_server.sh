# Sourced by the tests that talk to the example server over loopback
# (tests/interop/run.sh, tests/load/run.sh). The caller defines fail().

# start_example_server SERVER [ARGS...]: starts SERVER on 127.0.0.1, any free
# port, with a work directory that an EXIT trap removes (the server is killed
# then if it still runs). Sets server_pid, port and work ($work/server.log is
# its stderr). A second server, once the first is stopped, shares the directory.
start_example_server() {
  local server=$1 line=
  shift
  work=${work:-$(mktemp -d)}
  server_pid=
  trap stop_example_server_on_exit EXIT
  # Emptied here, not by the redirection below: that one runs in the child,
  # possibly after the first read, which would then see the last server's port.
  : > "$work/server.out"
  "$server" --port 0 "$@" > "$work/server.out" 2> "$work/server.log" &
  server_pid=$!
  for _ in $(seq 200); do  # 20 s at most
    IFS= read -r line < "$work/server.out" || true
    [[ "$line" == listening* ]] && break
    kill -0 "$server_pid" 2> /dev/null || break
    sleep 0.1
  done
  port=${line#listening on 127.0.0.1:}
  if ! [[ "$port" =~ ^[0-9]+$ ]]; then
    cat "$work/server.log" >&2
    fail "the server did not announce 'listening on 127.0.0.1:<port>' (its first line: '$line')"
  fi
}

# stop_example_server: SIGTERM, then waits; sets server_status to its exit code.
stop_example_server() {
  kill -TERM "$server_pid"
  server_status=0
  wait "$server_pid" || server_status=$?
  server_pid=
}

stop_example_server_on_exit() {
  if [ -n "${server_pid:-}" ] && kill -0 "$server_pid" 2> /dev/null; then
    kill -KILL "$server_pid" 2> /dev/null || true
  fi
  rm -rf "${work:-}"
}
