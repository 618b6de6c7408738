#!/bin/bash
# Stops everything scripts/live/up.sh and the live tier started: member agent daemons (from their
# pid files, and any process carrying the tier's member marker in its environment), test haproxy
# processes, puppetserver, PuppetDB, and PostgreSQL when up.sh started it. Leaves the state
# (CA, database, logs) in place for the next up.sh.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

[ "$(id -u)" = 0 ] || die "run as root"

# Sends TERM to each PID, waits up to $1 seconds for all to exit, then KILLs what is left.
stop_pids() {
  local grace=$1 pid left
  shift
  [ $# -gt 0 ] || return 0
  kill -TERM "$@" 2>/dev/null
  for _ in $(seq 1 $((grace * 10))); do
    left=
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && left=1; done
    [ -z "$left" ] && return 0
    sleep 0.1
  done
  for pid in "$@"; do
    if kill -0 "$pid" 2>/dev/null; then
      log "pid $pid still alive after ${grace} s: KILL"
      kill -KILL "$pid" 2>/dev/null
    fi
  done
}

# Processes started for members carry CDKTF_OPENNEBULA_LIVE_MEMBER in their environment.
member_pids() {
  local environ pid
  for environ in /proc/[0-9]*/environ; do
    pid=${environ#/proc/}
    pid=${pid%/environ}
    [ "$pid" = $$ ] && continue
    { tr '\0' '\n' <"$environ"; } 2>/dev/null | grep -q '^CDKTF_OPENNEBULA_LIVE_MEMBER=' && printf '%s\n' "$pid"
  done
}

pids=()
for pidfile in "$LIVE_STATE"/members/*/run-puppet/agent.pid "$LIVE_STATE"/members/*/agent.pid "$LIVE_STATE"/run/haproxy*.pid; do
  pid=$(live_pid "$pidfile") && pids+=("$pid")
done
while read -r pid; do [ -n "$pid" ] && pids+=("$pid"); done < <(member_pids)
if [ ${#pids[@]} -gt 0 ]; then
  mapfile -t pids < <(printf '%s\n' "${pids[@]}" | sort -un)
  log "stopping member agents and test haproxy: ${pids[*]}"
  stop_pids 10 "${pids[@]}"
fi

for name in puppetserver puppetdb; do
  if pid=$(live_pid "$LIVE_STATE/run/$name.pid"); then
    log "stopping $name (pid $pid)"
    stop_pids 60 "$pid"
  fi
  rm -f "$LIVE_STATE/run/$name.pid"
done

if [ -e "$LIVE_STATE/run/postgresql.started" ]; then
  log "stopping PostgreSQL"
  pg_ctlcluster 15 main stop -m fast || true
  rm -f "$LIVE_STATE/run/postgresql.started"
fi

left=$(member_pids)
[ -z "$left" ] || { log "error: member processes left: $left"; exit 1; }
log "live tier down"
