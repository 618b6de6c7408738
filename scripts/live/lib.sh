# Shared settings of scripts/live/{up,down,logs}.sh (sourced, not run).
# shellcheck shell=bash disable=SC2034

LIVE_STATE=${LIVE_STATE:-/var/tmp/cdktf-opennebula-live}
LIVE_LOGS=$LIVE_STATE/logs
LIVE_SERVER=puppet.localhost
LIVE_PDB_HTTP=http://127.0.0.1:8080
LIVE_PDB_STATUS=$LIVE_PDB_HTTP/status/v1/services/puppetdb-status
LIVE_SERVER_STATUS=https://puppet.localhost:8140/status/v1/simple
PUPPET_CONFDIR=/etc/puppet
PUPPET_SSLDIR=/var/lib/puppet/ssl
PUPPETSERVER_CONFD=/etc/puppet/puppetserver/conf.d

log() { printf 'live: %s\n' "$*"; }
die() { printf 'live: error: %s\n' "$*" >&2; exit 1; }

# The PID in pid file $1 when that process is alive, else nothing.
live_pid() {
  local pid
  [ -r "$1" ] || return 1
  pid=$(cat "$1")
  case $pid in '' | *[!0-9]*) return 1 ;; esac
  kill -0 "$pid" 2>/dev/null || return 1
  printf '%s\n' "$pid"
}
