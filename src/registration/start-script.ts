import { ServiceIdentity, assertServiceIdentity } from './identity';
import type { PuppetProps } from './puppet-props';
import { shellQuote, yamlQuote } from './quoting';
import { ADDRESS_FACT, CONTEXT, assertFacts, contextValues, factContextKey, resolvePuppet, sortedFacts } from './settings';

/** The custom facts the script's health probe reads (set by the HAProxy registration in mode http). */
const HEALTH_FACTS = { path: 'haservice_haproxy_check_path', port: 'haservice_haproxy_port', status: 'haservice_haproxy_check_status' };
/** Health probes before READY is given up (every 2 s: 5 minutes). */
const HEALTH_TRIES = 150;

/** OID of the PKCS#9 challengePassword attribute, checked by policy-based autosigning. */
export const CHALLENGE_PASSWORD_OID = '1.2.840.113549.1.9.7';

/** A certificate extension the enrolment script requests: short name, OID and the identity field it carries. */
export interface ExtensionRequest {
  /** Puppet's short name, e.g. `pp_service`. */
  readonly name: string;
  /** Registered OID. */
  readonly oid: string;
  /** Field of the identity whose value is requested. */
  readonly field: string;
}

/**
 * The certificate extensions requested, in the order written, with their registered OIDs
 * (Puppet's arc 1.3.6.1.4.1.34380.1.1).
 */
export const EXTENSION_REQUESTS: ReadonlyArray<ExtensionRequest> = Object.freeze([
  { name: 'pp_service', oid: '1.3.6.1.4.1.34380.1.1.9', field: 'service' },
  { name: 'pp_role', oid: '1.3.6.1.4.1.34380.1.1.13', field: 'role' },
  { name: 'pp_environment', oid: '1.3.6.1.4.1.34380.1.1.12', field: 'environment' },
  { name: 'pp_zone', oid: '1.3.6.1.4.1.34380.1.1.20', field: 'zone' },
  { name: 'pp_datacenter', oid: '1.3.6.1.4.1.34380.1.1.19', field: 'datacenter' },
]);

/**
 * The `csr_attributes.yaml` the enrolment script writes for `identity`, byte for byte
 * (`challengePassword` is the value the script finds in its environment at boot).
 */
export function csrAttributesYaml(identity: ServiceIdentity, challengePassword?: string): string {
  const lines = ['---'];
  if (challengePassword !== undefined) lines.push('custom_attributes:', `  ${yamlQuote(CHALLENGE_PASSWORD_OID)}: ${yamlQuote(challengePassword)}`);
  lines.push('extension_requests:');
  for (const extension of EXTENSION_REQUESTS) lines.push(`  ${extension.name}: ${yamlQuote(identity[extension.field as keyof ServiceIdentity])}`);
  return lines.join('\n') + '\n';
}

/**
 * The external facts file the enrolment script writes, byte for byte: the custom facts in name
 * order, then `haservice_address` when the VM's first NIC has an address (ETH0_IP).
 */
export function factsYaml(facts: { [key: string]: string }, address?: string): string {
  const lines = ['---'];
  for (const [name, value] of sortedFacts(facts)) lines.push(`${yamlQuote(name)}: ${yamlQuote(value)}`);
  if (address !== undefined) lines.push(`${yamlQuote(ADDRESS_FACT)}: ${yamlQuote(address)}`);
  return lines.join('\n') + '\n';
}

/**
 * The POSIX sh script a VM runs at boot (OpenNebula START_SCRIPT_BASE64) to enrol in Puppet as
 * its service, once. It reads every value from its environment, the context variables one-context
 * exports (and `ONE_CONTEXT_ENV`, by default /var/run/one-context/one_env), falling back to the
 * values rendered here; the challenge password is only ever read from the environment.
 *
 * Behaviour, exit codes and files: docs/registration.md. Every embedded value is single-quoted
 * with `shellQuote`, and the script re-checks what it reads before writing anything.
 */
export function renderStartScript(identity: ServiceIdentity, props: PuppetProps, facts: { [key: string]: string } = {}): string {
  assertServiceIdentity(identity);
  assertFacts(facts);
  const puppet = resolvePuppet(props);
  const defaults = contextValues(identity, puppet, facts);
  // Fact names (FACT_NAME) and the OID hold no quote: the printf formats below single-quote them
  // for YAML themselves, giving the same bytes as yamlQuote.
  const factList = sortedFacts(facts);
  // The health path the script probes before reporting READY: the HAProxy check of mode http.
  const health = facts[HEALTH_FACTS.path] !== undefined && facts[HEALTH_FACTS.port] !== undefined && facts[HEALTH_FACTS.status] !== undefined
    ? HEALTH_FACTS : undefined;

  return `#!/bin/sh
# haservice enrolment, rendered by cdktf-opennebula for service ${identity.service}, datacenter
# ${identity.datacenter}, zone ${identity.zone}. Enrols this VM in Puppet once; the contract is
# docs/registration.md of cdktf-opennebula.
#
# Inputs: OpenNebula context variables, which one-context exports to this script and writes to
# ONE_CONTEXT_ENV; each falls back to the value rendered below. Test hooks: HASERVICE_ROOT
# prefixes every path read or written, PUPPET_BIN and ONEGATE_BIN name the puppet and onegate
# commands, HASERVICE_HEALTH_PROBE a command printing the HTTP status of the URL it is given
# (HASERVICE_HEALTH_TRIES bounds the probes, 150 by default),
# HASERVICE_STATE_DIR and HASERVICE_FACTS_DIR move the state and the facts.
#
# Exit 0: enrolled now or before (marker present). Exit 1: not enrolled; the next boot retries.
set -eu
# Byte-wise pattern matching, whatever shell sh is (dash, or bash on some images).
LC_ALL=C
export LC_ALL

log() { printf 'haservice-enrol: %s\\n' "$*"; }
fail() { printf 'haservice-enrol: error: %s\\n' "$*" >&2; exit 1; }

root=\${HASERVICE_ROOT:-}
state_dir=$root\${HASERVICE_STATE_DIR:-/var/lib/haservice}
marker=$state_dir/enrolled

context_env=$root\${ONE_CONTEXT_ENV:-/var/run/one-context/one_env}
if [ -r "$context_env" ]; then
  # shellcheck disable=SC1090
  . "$context_env"
fi

# Values rendered at synthesis; a context variable of the same name wins when set.
${defaults.map(([key, value]) => `[ -n "\${${key}:-}" ] || ${key}=${shellQuote(value)}`).join('\n')}
challenge_expected=${puppet.challenge ? '1' : "''"}

# Nothing is written unless every value is what the contract allows.
require_name() {
  case $2 in
    ''|[!a-z]*|*[!a-z0-9_]*) fail "context variable $1 must match [a-z][a-z0-9_]*, got '$2'" ;;
  esac
}
require_number() {
  case $2 in
    ''|*[!0-9]*) fail "context variable $1 must be a number, got '$2'" ;;
  esac
}
require_text() {
  case $2 in
    *[![:print:]]*) fail "context variable $1 must be printable ASCII (no control character, line break or non-ASCII byte)" ;;
  esac
}
require_name ${CONTEXT.service} "$${CONTEXT.service}"
require_name ${CONTEXT.role} "$${CONTEXT.role}"
require_name ${CONTEXT.environment} "$${CONTEXT.environment}"
require_name ${CONTEXT.zone} "$${CONTEXT.zone}"
require_name ${CONTEXT.datacenter} "$${CONTEXT.datacenter}"
case $${CONTEXT.server} in
  ''|[!A-Za-z0-9]*|*[!A-Za-z0-9.-]*) fail "context variable ${CONTEXT.server} must be a DNS name, got '$${CONTEXT.server}'" ;;
esac
require_number ${CONTEXT.serverPort} "$${CONTEXT.serverPort}"
require_number ${CONTEXT.waitForCert} "$${CONTEXT.waitForCert}"
require_number ${CONTEXT.maxWaitForCert} "$${CONTEXT.maxWaitForCert}"
${factList.map(([name]) => `require_text ${factContextKey(name)} "$${factContextKey(name)}"`).join('\n')}
# The challenge password arrives base64-encoded: one-context writes every context value between
# double quotes into the file sourced above, where a \`, $ or \\ of a clear password would be
# expanded by the shell. The base64 alphabet holds none of them.
challenge=
if [ -n "$challenge_expected" ]; then
  [ -n "\${${CONTEXT.challenge}:-}" ] || fail "context variable ${CONTEXT.challenge} is missing (autosigning needs it)"
  case $${CONTEXT.challenge} in
    *[!A-Za-z0-9+/=]*) fail "context variable ${CONTEXT.challenge} is not base64" ;;
  esac
  challenge=$(printf '%s' "$${CONTEXT.challenge}" | base64 -d 2>/dev/null) || fail "context variable ${CONTEXT.challenge} is not base64"
  [ -n "$challenge" ] || fail "context variable ${CONTEXT.challenge} decodes to an empty password"
  require_text "the challenge password (${CONTEXT.challenge}, decoded)" "$challenge"
fi
unset ${CONTEXT.challenge}
address=\${ETH0_IP:-}
case $address in
  *[!0-9A-Fa-f.:]*) fail "context variable ETH0_IP is not an IP address, got '$address'" ;;
esac

# READY for the rollout's readiness gate, through OneGate, at every boot once enrolled${health ? ' and once the service\n# answers its health path' : ''}. Without a OneGate client nothing is reported.
report_ready() {
${health ? `  health_url="http://\${address:-127.0.0.1}:$${factContextKey(health.port)}$${factContextKey(health.path)}"
  case $${factContextKey(health.port)}$${factContextKey(health.path)} in
    [0-9]*/*) ;;
    *) fail "the health check port and path are not a number and a path" ;;
  esac
  case $${factContextKey(health.path)} in
    *[!A-Za-z0-9._~/%-]*) fail "the health check path holds characters outside a URL path" ;;
  esac
  tries=0
  code=
  probe=\${HASERVICE_HEALTH_PROBE:-}
  while :; do
    if [ -n "$probe" ]; then
      code=$("$probe" "$health_url") || code=000
    elif command -v curl >/dev/null 2>&1; then
      code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$health_url" 2>/dev/null) || code=000
    elif command -v wget >/dev/null 2>&1; then
      if wget -q -O /dev/null -T 5 "$health_url" 2>/dev/null; then code=$${factContextKey(health.status)}; else code=000; fi
    else
      log "neither curl nor wget: health path not checked"
      break
    fi
    [ "$code" = "$${factContextKey(health.status)}" ] && break
    tries=$((tries + 1))
    if [ "$tries" -ge "\${HASERVICE_HEALTH_TRIES:-${HEALTH_TRIES}}" ]; then
      log "$health_url did not answer $${factContextKey(health.status)} after $tries probes 2 s apart (last: $code): READY not reported"
      return 1
    fi
    sleep 2
  done
` : ''}  onegate=\${ONEGATE_BIN:-onegate}
  if ! command -v "$onegate" >/dev/null 2>&1; then
    log "no OneGate client ('$onegate'): READY not reported"
    return 0
  fi
  if "$onegate" vm update --data READY=YES; then
    log "reported READY"
  else
    log "OneGate refused READY: the readiness gate will wait"
    return 1
  fi
}

if [ -e "$marker" ]; then
  log "already enrolled ($marker exists)"
  report_ready || exit 1
  exit 0
fi

# The certname is the hostname one-context sets (SET_HOSTNAME), else the host's own name.
certname=\${SET_HOSTNAME:-}
if [ -z "$certname" ]; then
  certname=$(hostname -f 2>/dev/null || hostname)
fi
certname=$(printf '%s' "$certname" | tr '[:upper:]' '[:lower:]')
case $certname in
  ''|[!a-z0-9]*|*[!a-z0-9._-]*) fail "the hostname '$certname' is not a valid Puppet certname" ;;
esac
# One certname per VM incarnation: OpenNebula never reuses a VM ID, so a replacement (same name)
# or a re-created VM gets a certificate of its own, with no one cleaning the old one on the CA.
vm_id=\${VMID:-}
case $vm_id in
  '') log "no VMID in the context: the certname is the hostname alone" ;;
  *[!0-9]*) fail "context variable VMID must be a number, got '$vm_id'" ;;
  *) certname=$certname-$vm_id ;;
esac

# A YAML single-quoted scalar: only the quote itself is escaped, by doubling it. Values are
# printable ASCII (checked above), so no line folding or invisible character can alter them.
yaml_quote() {
  yq_rest=$1
  yq_out=
  while :; do
    case $yq_rest in
      *"'"*)
        yq_out=$yq_out\${yq_rest%%"'"*}"''"
        yq_rest=\${yq_rest#*"'"}
        ;;
      *) break ;;
    esac
  done
  printf "'%s%s'" "$yq_out" "$yq_rest"
}

puppet=\${PUPPET_BIN:-puppet}
have_puppet=
if command -v "$puppet" >/dev/null 2>&1; then
  have_puppet=1
fi
confdir=
if [ -n "$have_puppet" ]; then
  confdir=$("$puppet" config print confdir 2>/dev/null) || confdir=
fi
case $confdir in
  /*[[:cntrl:]]*|[!/]*|'') confdir=/etc/puppetlabs/puppet ;;
esac

# Trusted facts: extension requests of the certificate signing request, and the autosign secret
# (write_csr PASSWORD; an empty PASSWORD leaves it out).
mkdir -p "$root$confdir"
csr=$root$confdir/csr_attributes.yaml
write_csr() {
  (
    umask 077
    {
      printf '%s\\n' '---'
      if [ -n "$1" ]; then
        printf '%s\\n' 'custom_attributes:'
        printf "  '%s': %s\\n" ${shellQuote(CHALLENGE_PASSWORD_OID)} "$(yaml_quote "$1")"
      fi
      printf '%s\\n' 'extension_requests:'
${EXTENSION_REQUESTS.map((e) => `      printf '  %s: %s\\n' ${e.name} "$(yaml_quote "$${CONTEXT[e.field as keyof ServiceIdentity]}")"`).join('\n')}
    } >"$csr.tmp"
    mv -f "$csr.tmp" "$csr"
  )
}
write_csr "$challenge"

# Custom facts for the load balancers (node-asserted, unlike the trusted facts above).
facts_dir=$root\${HASERVICE_FACTS_DIR:-/etc/facter/facts.d}
mkdir -p "$facts_dir"
{
  printf '%s\\n' '---'
${factList.map(([name]) => `  printf "'%s': %s\\n" ${shellQuote(name)} "$(yaml_quote "$${factContextKey(name)}")"`).join('\n')}
  if [ -n "$address" ]; then
    printf "'%s': %s\\n" ${shellQuote(ADDRESS_FACT)} "$(yaml_quote "$address")"
  fi
} >"$facts_dir/haservice.yaml.tmp"
mv -f "$facts_dir/haservice.yaml.tmp" "$facts_dir/haservice.yaml"

if [ -z "$have_puppet" ]; then
  fail "puppet not found ('$puppet'); files written, enrolment retried at next boot"
fi
"$puppet" config set server "$${CONTEXT.server}" --section main
"$puppet" config set serverport "$${CONTEXT.serverPort}" --section main
"$puppet" config set certname "$certname" --section main
"$puppet" config set environment "$${CONTEXT.environment}" --section agent

# --test implies --detailed-exitcodes: 0 (no changes) and 2 (changes) are success, 1 (for
# example no certificate within --maxwaitforcert), 4 and 6 are failures.
log "first agent run as $certname with $${CONTEXT.server}:$${CONTEXT.serverPort}, environment $${CONTEXT.environment}"
status=0
"$puppet" agent --test --waitforcert "$${CONTEXT.waitForCert}" --maxwaitforcert "$${CONTEXT.maxWaitForCert}" || status=$?
# The agent service keeps trying after a failed first run (for example a certificate signed late).
"$puppet" resource service puppet ensure=running enable=true >/dev/null
case $status in
  0|2) ;;
  *) fail "puppet agent --test exited $status; the agent service keeps trying, this script retries at next boot" ;;
esac
# The certificate is signed: the challenge password has served and does not stay on the VM.
if [ -n "$challenge" ]; then
  write_csr ''
  challenge=
  log "challenge password removed from $csr"
fi

mkdir -p "$state_dir"
printf '%s %s\\n' "$certname" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$marker.tmp"
mv -f "$marker.tmp" "$marker"
log "enrolled as $certname"
report_ready || exit 1
`;
}
