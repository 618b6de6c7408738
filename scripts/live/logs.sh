#!/bin/bash
# Prints the tail of every log of the live tier (used on failure): services, autosign, members.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"
lines=${LIVE_LOG_LINES:-40}

show() {
  [ -s "$1" ] || return 0
  printf '\n===== %s (last %s lines) =====\n' "$1" "$lines"
  tail -n "$lines" "$1"
}

for f in "$LIVE_LOGS"/*.log "$LIVE_LOGS"/*.out /var/log/puppetdb/puppetdb.log /var/log/puppetserver/puppetserver.log \
  /var/log/postgresql/postgresql-15-main.log "$LIVE_STATE"/members/*/output.log "$LIVE_STATE"/members/*/var-log-puppet/*.log; do
  show "$f"
done
for pidfile in "$LIVE_STATE"/run/*.pid; do
  [ -e "$pidfile" ] || continue
  name=$(basename "$pidfile" .pid)
  if pid=$(live_pid "$pidfile"); then state="running (pid $pid)"; else state="not running"; fi
  printf '%s: %s\n' "$name" "$state"
done
exit 0
