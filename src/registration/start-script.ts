/**
 * The first-boot enrolment script every VM of a service runs (START_SCRIPT_BASE64).
 *
 * It embeds no value of any declaration: everything it needs arrives as context variables,
 * which one-context exports to the script's environment. So no declaration can change the
 * script's code, and it is byte-identical for every VM, service and zone.
 */
export const ENROLMENT_SCRIPT = `#!/bin/sh
# cdktf-opennebula: enrol this VM in Puppet as its service, once.
# Inputs are OpenNebula context variables (see docs/registration.md). For tests, every path
# is relative to HASERVICE_ROOT and PUPPET_BIN names the puppet executable.
set -eu

root="\${HASERVICE_ROOT:-}"
context_env="\${ONE_CONTEXT_ENV:-/var/run/one-context/one_env}"
if [ -r "$root$context_env" ]; then
  # shellcheck disable=SC1090
  . "$root$context_env"
fi

state_dir="$root/var/lib/cdktf-opennebula"
marker="$state_dir/enrolled"
if [ -e "$marker" ]; then
  exit 0
fi

: "\${SERVICE_NAME:?context variable SERVICE_NAME is missing}"
: "\${SERVICE_ZONE:?context variable SERVICE_ZONE is missing}"
: "\${SERVICE_DATACENTER:?context variable SERVICE_DATACENTER is missing}"
: "\${PUPPET_SERVER:?context variable PUPPET_SERVER is missing}"
: "\${PUPPET_ROLE:?context variable PUPPET_ROLE is missing}"
: "\${PUPPET_ENVIRONMENT:?context variable PUPPET_ENVIRONMENT is missing}"
port="\${PUPPET_PORT:-8140}"
wait_seconds="\${PUPPET_WAITFORCERT:-120}"
certname="\${SET_HOSTNAME:-$(hostname)}"
puppet="\${PUPPET_BIN:-puppet}"

# YAML single-quoted scalar: the only character to escape is the quote itself.
yaml_quote() {
  printf "'%s'" "$(printf '%s' "$1" | sed "s/'/''/g")"
}

confdir=$("$puppet" config print confdir 2>/dev/null || true)
[ -n "$confdir" ] || confdir=/etc/puppetlabs/puppet
mkdir -p "$root$confdir"
csr="$root$confdir/csr_attributes.yaml"
umask 077
{
  echo '---'
  if [ -n "\${PUPPET_CHALLENGE_PASSWORD:-}" ]; then
    echo 'custom_attributes:'
    echo "  '1.2.840.113549.1.9.7': $(yaml_quote "$PUPPET_CHALLENGE_PASSWORD")"
  fi
  echo 'extension_requests:'
  echo "  pp_service: $(yaml_quote "$SERVICE_NAME")"
  echo "  pp_role: $(yaml_quote "$PUPPET_ROLE")"
  echo "  pp_environment: $(yaml_quote "$PUPPET_ENVIRONMENT")"
  echo "  pp_zone: $(yaml_quote "$SERVICE_ZONE")"
  echo "  pp_datacenter: $(yaml_quote "$SERVICE_DATACENTER")"
} >"$csr.tmp"
mv "$csr.tmp" "$csr"
umask 022

facts_dir="$root\${FACTS_DIR:-/etc/puppetlabs/facter/facts.d}"
mkdir -p "$facts_dir"
{
  echo '---'
  echo "haservice_service: $(yaml_quote "$SERVICE_NAME")"
  echo "haservice_zone: $(yaml_quote "$SERVICE_ZONE")"
  echo "haservice_datacenter: $(yaml_quote "$SERVICE_DATACENTER")"
  if [ -n "\${HAPROXY_BACKEND:-}" ]; then
    echo "haservice_haproxy_backend: $(yaml_quote "$HAPROXY_BACKEND")"
    echo "haservice_haproxy_port: $(yaml_quote "\${HAPROXY_PORT:-}")"
    echo "haservice_haproxy_mode: $(yaml_quote "\${HAPROXY_MODE:-}")"
    echo "haservice_haproxy_check_path: $(yaml_quote "\${HAPROXY_CHECK_PATH:-}")"
    echo "haservice_haproxy_backup: $(yaml_quote "\${HAPROXY_BACKUP:-false}")"
  fi
} >"$facts_dir/haservice.yaml.tmp"
mv "$facts_dir/haservice.yaml.tmp" "$facts_dir/haservice.yaml"

"$puppet" config set server "$PUPPET_SERVER" --section main
"$puppet" config set serverport "$port" --section main
"$puppet" config set certname "$certname" --section main
"$puppet" config set environment "$PUPPET_ENVIRONMENT" --section agent

# --test exits 0 (no changes) or 2 (changes) on success; 4 and 6 mean failures.
status=0
"$puppet" agent --test --waitforcert "$wait_seconds" || status=$?
case "$status" in
  0|2) ;;
  *)
    echo "cdktf-opennebula: puppet agent failed with exit $status; will retry at next boot" >&2
    exit 1
    ;;
esac
"$puppet" resource service puppet ensure=running enable=true >/dev/null

mkdir -p "$state_dir"
date -u +%Y-%m-%dT%H:%M:%SZ >"$marker"
`;

/** The script as OpenNebula's START_SCRIPT_BASE64 carries it. */
export function enrolmentScriptBase64(): string {
  return ENROLMENT_SCRIPT_BASE64;
}

const ENROLMENT_SCRIPT_BASE64 = Buffer.from(ENROLMENT_SCRIPT, 'utf8').toString('base64');
