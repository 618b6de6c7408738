#!/bin/bash
# Starts the live registration tier on loopback, idempotently: PostgreSQL, the Puppet CA,
# PuppetDB and puppetserver (policy autosigning, storeconfigs and reports to PuppetDB), from the
# Debian 12 packages in scripts/live/packages.txt, as root, without systemd. Nothing listens on
# anything but 127.0.0.0/8. State (pids, logs, the challenge password) under $LIVE_STATE.
#
# Environment: LIVE_CHALLENGE_PASSWORD (the autosign secret; generated and kept in
# $LIVE_STATE/challenge-password, mode 0600, when unset), LIVE_ALLOWED_SERVICES and
# LIVE_ALLOWED_ENVIRONMENTS (space-separated, default my_service / production),
# LIVE_START_TIMEOUT (seconds per service, default 240).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

[ "$(id -u)" = 0 ] || die "run as root"
for tool in pg_ctlcluster psql puppetserver puppet java haproxy ruby curl unshare setpriv; do
  command -v "$tool" >/dev/null || die "$tool not found: apt-get install -y $(grep -v '^#' "$here/packages.txt" | tr '\n' ' ')"
done
timeout_s=${LIVE_START_TIMEOUT:-240}
started_all=$SECONDS

mkdir -p "$LIVE_STATE" "$LIVE_LOGS" "$LIVE_STATE/run" "$LIVE_STATE/members"
chmod 0755 "$LIVE_STATE" "$LIVE_LOGS"
chown root:puppet "$LIVE_LOGS"
chmod 0775 "$LIVE_LOGS"

# --- names -------------------------------------------------------------------------------------
if ! grep -Eq "^[[:space:]]*127\.0\.0\.1[[:space:]].*\b$LIVE_SERVER\b" /etc/hosts; then
  printf '127.0.0.1 %s\n' "$LIVE_SERVER" >>/etc/hosts
  log "added $LIVE_SERVER -> 127.0.0.1 to /etc/hosts"
fi

# --- secret and autosign policy ----------------------------------------------------------------
secret_file=$LIVE_STATE/challenge-password
if [ -n "${LIVE_CHALLENGE_PASSWORD:-}" ]; then
  (umask 077; printf '%s' "$LIVE_CHALLENGE_PASSWORD" >"$secret_file")
elif [ ! -s "$secret_file" ]; then
  # Random, with the characters a shell would expand if the context carried the password in clear
  # (the enrolment script receives it base64-encoded: docs/security.md).
  (umask 077; { head -c 18 /dev/urandom | base64 | tr '+/' '-_' | tr -d '\n'; printf '%s' '`id`$(id)\"'; } >"$secret_file")
fi
chmod 0600 "$secret_file"
secret=$(cat "$secret_file")

yaml_list() { local out='' v; for v in $1; do out="$out'$v', "; done; printf '[%s]' "${out%, }"; }
policy=$LIVE_STATE/autosign-policy
install -m 0755 -o root -g root "$here/autosign-policy.rb" "$policy"
(
  umask 027
  {
    printf -- '---\n'
    printf "challenge_password: '%s'\n" "${secret//\'/\'\'}"
    printf 'allowed:\n'
    printf '  pp_service: %s\n' "$(yaml_list "${LIVE_ALLOWED_SERVICES:-my_service}")"
    printf '  pp_environment: %s\n' "$(yaml_list "${LIVE_ALLOWED_ENVIRONMENTS:-production}")"
    printf "log: '%s'\n" "$LIVE_LOGS/autosign.log"
  } >"$LIVE_STATE/autosign.yaml.tmp"
)
chown root:puppet "$LIVE_STATE/autosign.yaml.tmp"
mv -f "$LIVE_STATE/autosign.yaml.tmp" "$LIVE_STATE/autosign.yaml"
touch "$LIVE_LOGS/autosign.log"
chown puppet:puppet "$LIVE_LOGS/autosign.log"

# --- PostgreSQL --------------------------------------------------------------------------------
t0=$SECONDS
pg_conf=/etc/postgresql/15/main/conf.d/cdktf-opennebula-live.conf
printf "listen_addresses = '127.0.0.1'\n" >"$pg_conf"
if ! pg_ctlcluster 15 main status >/dev/null 2>&1; then
  pg_ctlcluster 15 main start
  touch "$LIVE_STATE/run/postgresql.started"
fi
for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL did not accept connections on 127.0.0.1:5432 within 60 s"
db_ini=/etc/puppetdb/conf.d/database.ini
db_password=$(sed -n 's/^[[:space:]]*password[[:space:]]*=[[:space:]]*//p' "$db_ini" | head -n1)
[ -n "$db_password" ] || die "no password in $db_ini"
psql_admin() { PGOPTIONS='-c client_min_messages=warning' runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_admin -c "select 1 from pg_roles where rolname = 'puppetdb'")" != 1 ]; then
  psql_admin -c "create role puppetdb login password '${db_password//\'/\'\'}'"
else
  psql_admin -c "alter role puppetdb login password '${db_password//\'/\'\'}'"
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname = 'puppetdb'")" != 1 ]; then
  psql_admin -c "create database puppetdb owner puppetdb encoding 'UTF8' template template0"
fi
psql_admin -d puppetdb -c 'create extension if not exists pg_trgm'
sed -i 's|^[[:space:]]*subname[[:space:]]*=.*|subname = //127.0.0.1:5432/puppetdb|' "$db_ini"
log "PostgreSQL ready in $((SECONDS - t0)) s"

# --- Puppet CA and the server's own settings ---------------------------------------------------
t0=$SECONDS
cadir=$(puppet config print cadir --section server)
if [ ! -s "$cadir/ca_crt.pem" ]; then
  puppetserver ca setup --certname "$LIVE_SERVER" >"$LIVE_LOGS/ca-setup.log" 2>&1 ||
    { cat "$LIVE_LOGS/ca-setup.log" >&2; die "puppetserver ca setup failed"; }
  log "CA set up in $((SECONDS - t0)) s"
else
  log "CA already set up ($cadir)"
fi
puppet config set certname "$LIVE_SERVER" --section main
puppet config set server "$LIVE_SERVER" --section main
puppet config set storeconfigs true --section server
puppet config set storeconfigs_backend puppetdb --section server
puppet config set reports store,puppetdb --section server
puppet config set autosign "$policy" --section server
cat >"$PUPPET_CONFDIR/routes.yaml" <<ROUTES
---
server:
  facts:
    terminus: puppetdb
    cache: yaml
ROUTES
cat >"$PUPPET_CONFDIR/puppetdb.conf" <<PDBCONF
[main]
server_urls = https://$LIVE_SERVER:8081
PDBCONF
mkdir -p "$PUPPET_CONFDIR/code/environments/production/manifests"
[ -e "$PUPPET_CONFDIR/code/environments/production/manifests/site.pp" ] ||
  printf '# live registration tier: members get an empty catalog\n' >"$PUPPET_CONFDIR/code/environments/production/manifests/site.pp"
sed -i -E 's|^([[:space:]]*ssl-host:).*|\1 127.0.0.1|' "$PUPPETSERVER_CONFD/webserver.conf"
grep -Eq '^[[:space:]]*ssl-host:[[:space:]]*127\.0\.0\.1' "$PUPPETSERVER_CONFD/webserver.conf" || die "could not set ssl-host in webserver.conf"

# --- PuppetDB: TLS from the CA, jetty on loopback ----------------------------------------------
install -d -m 0750 -o puppetdb -g puppetdb /etc/puppetdb/ssl
install -m 0600 -o puppetdb -g puppetdb "$PUPPET_SSLDIR/private_keys/$LIVE_SERVER.pem" /etc/puppetdb/ssl/private.pem
install -m 0644 -o puppetdb -g puppetdb "$PUPPET_SSLDIR/certs/$LIVE_SERVER.pem" /etc/puppetdb/ssl/public.pem
install -m 0644 -o puppetdb -g puppetdb "$PUPPET_SSLDIR/certs/ca.pem" /etc/puppetdb/ssl/ca.pem
cat >/etc/puppetdb/conf.d/jetty.ini <<JETTY
# Written by cdktf-opennebula scripts/live/up.sh: loopback only.
[jetty]
host = 127.0.0.1
port = 8080
ssl-host = 127.0.0.1
ssl-port = 8081
ssl-key = /etc/puppetdb/ssl/private.pem
ssl-cert = /etc/puppetdb/ssl/public.pem
ssl-ca-cert = /etc/puppetdb/ssl/ca.pem
access-log-config = /etc/puppetdb/request-logging.xml
JETTY
install -d -m 0755 -o puppetdb -g puppetdb /run/puppetdb /var/log/puppetdb /var/lib/puppetdb
install -d -m 0750 -o puppet -g puppet /run/puppetserver /var/log/puppetserver /var/lib/puppetserver

# Starts "$@" as user $2 in its own session, pid in $LIVE_STATE/run/$1.pid, output in $LIVE_LOGS/$1.out.
start_daemon() {
  local name=$1 user=$2
  shift 2
  # shellcheck disable=SC2016 # expanded by the inner sh
  setsid sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$LIVE_STATE/run/$name.pid" \
    setpriv --reuid="$user" --regid="$user" --init-groups "$@" \
    </dev/null >>"$LIVE_LOGS/$name.out" 2>&1 &
  for _ in $(seq 1 50); do
    [ -s "$LIVE_STATE/run/$name.pid" ] && return 0
    sleep 0.1
  done
  die "$name did not start"
}

# Waits until $2 answers with a body matching $3; $1 names the service, $4 its pid file.
wait_ready() {
  local name=$1 url=$2 pattern=$3 pidfile=$4 since=$5
  while [ $((SECONDS - since)) -lt "$timeout_s" ]; do
    if curl -fsS --max-time 5 --cacert "$PUPPET_SSLDIR/certs/ca.pem" "$url" 2>/dev/null | grep -Eq "$pattern"; then
      log "$name ready in $((SECONDS - since)) s"
      printf '%s %s\n' "$name" "$((SECONDS - since))" >>"$LIVE_STATE/start-seconds"
      return 0
    fi
    live_pid "$pidfile" >/dev/null || { bash "$here/logs.sh" >&2 || true; die "$name exited while starting"; }
    sleep 1
  done
  bash "$here/logs.sh" >&2 || true
  die "$name not ready within $timeout_s s ($url)"
}

: >"$LIVE_STATE/start-seconds"
pdb_since=$SECONDS
if live_pid "$LIVE_STATE/run/puppetdb.pid" >/dev/null; then
  log "PuppetDB already running (pid $(live_pid "$LIVE_STATE/run/puppetdb.pid"))"
else
  printf 0 >/run/puppetdb/restart
  chown puppetdb:puppetdb /run/puppetdb/restart
  (cd /var/lib/puppetdb && start_daemon puppetdb puppetdb \
    java -Xmx192m -Djava.security.egd=/dev/urandom -XX:OnOutOfMemoryError="kill -9 %p" \
    -cp /usr/share/puppetdb/puppetdb.jar clojure.main -m puppetlabs.puppetdb.core services \
    --config /etc/puppetdb/conf.d --bootstrap-config /etc/puppetdb/bootstrap.cfg --restart-file /run/puppetdb/restart)
  log "PuppetDB started (pid $(cat "$LIVE_STATE/run/puppetdb.pid"))"
fi

ps_since=$SECONDS
if live_pid "$LIVE_STATE/run/puppetserver.pid" >/dev/null; then
  log "puppetserver already running (pid $(live_pid "$LIVE_STATE/run/puppetserver.pid"))"
else
  java_args=$(. /etc/default/puppetserver && printf '%s' "$JAVA_ARGS")
  printf 0 >/run/puppetserver/restart
  chown puppet:puppet /run/puppetserver/restart
  # shellcheck disable=SC2086 # JAVA_ARGS is a list of words, as in the packaged unit
  (cd /usr/share/puppetserver && umask 027 && start_daemon puppetserver puppet \
    java $java_args -Djruby.lib=/usr/share/jruby/lib -XX:+CrashOnOutOfMemoryError \
    -XX:ErrorFile=/var/log/puppetserver/puppetserver_err_pid%p.log \
    -jar /usr/share/puppetserver/puppetserver.jar \
    --config "$PUPPETSERVER_CONFD" --bootstrap-config /etc/puppet/puppetserver/services.d \
    --restart-file /run/puppetserver/restart)
  log "puppetserver started (pid $(cat "$LIVE_STATE/run/puppetserver.pid"))"
fi

wait_ready puppetdb "$LIVE_PDB_STATUS" '"state" *: *"running"' "$LIVE_STATE/run/puppetdb.pid" "$pdb_since"
wait_ready puppetserver "$LIVE_SERVER_STATUS" '^running' "$LIVE_STATE/run/puppetserver.pid" "$ps_since"

# Nothing of ours listens beyond loopback.
if command -v ss >/dev/null; then
  exposed=$(ss -Hltn | awk '{print $4}' | grep -E ':(5432|8080|8081|8140)$' |
    grep -Ev '^(127\.[0-9.]+|\[::ffff:127\.[0-9.]+\]):[0-9]+$' || true)
  [ -z "$exposed" ] || die "listening beyond 127.0.0.0/8: $(echo "$exposed" | tr '\n' ' ')"
fi
log "live tier up in $((SECONDS - started_all)) s; state in $LIVE_STATE (challenge password: $secret_file)"
