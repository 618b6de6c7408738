/** The seed example and the helpers the registration specifications share. */
import * as fs from 'fs';
import * as path from 'path';
import { RunResult, run, scratch } from './tools';
import { DeclarationError, Problems, ValidationProblem } from '../../src/core/validation';
import {
  HaproxyMember, HaproxyMode, HaproxyProps, PuppetProps, ServiceIdentity, haproxyFacts, renderStartScript, serviceIdentity,
} from '../../src/registration';

/** The seed example: service my_service in zone production, datacenters dc1 and dc2, two VMs each. */
export const SEED_PUPPET: PuppetProps = { server: 'puppet.example.com', role: 'my_service' };
export const SEED_HAPROXY: HaproxyProps = { port: 8080, healthCheck: { path: '/health' } };
export const SEED_DATACENTERS = ['dc1', 'dc2'];
export const SEED_IDENTITY: ServiceIdentity = serviceIdentity('my_service', 'production', 'dc1', SEED_PUPPET);
export const SEED_FACTS = haproxyFacts('my_service', SEED_HAPROXY, 'dc1');
export const SEED_MEMBERS: HaproxyMember[] = [
  { name: 'my-service-dc1-1', address: '10.0.1.11', datacenter: 'dc1' },
  { name: 'my-service-dc1-2', address: '10.0.1.12', datacenter: 'dc1' },
  { name: 'my-service-dc2-1', address: '10.0.2.11', datacenter: 'dc2' },
  { name: 'my-service-dc2-2', address: '10.0.2.12', datacenter: 'dc2' },
];

/** Strings that would break a shell script, a YAML file or an HAProxy line if they got through. */
export const HOSTILE = [
  "it's",
  'a"b',
  '$(touch pwned)',
  '`touch pwned`',
  '${HOME}',
  'a\nb',
  'a\rb',
  'x; rm -rf /',
  'tab\there',
  '#comment',
  ': key',
  '- item',
  'yes',
  'null',
  '~',
  '',
  ' leading',
  'trailing ',
  '\\backslash',
  'é ü 漢字 😀',
];

/** The hostile strings that are not valid names (`yes` and `null` are valid names, written quoted). */
export const HOSTILE_NON_NAMES = HOSTILE.filter((v) => !/^[a-z][a-z0-9_]*$/.test(v));

/** The problems validation finds, as `field = value: allowed` lines. */
export function problemLines(validate: (problems: Problems) => void): string[] {
  const problems = new Problems('test/my_service');
  validate(problems);
  return problems.all.map((p: ValidationProblem) => `${p.field} = ${p.value}: ${p.allowed}`);
}

/** The fields named by the problems validation finds. */
export function problemFields(validate: (problems: Problems) => void): string[] {
  const problems = new Problems('test/my_service');
  validate(problems);
  return problems.all.map((p) => p.field);
}

export interface Vm {
  /** The scratch directory: `vm/` is the VM's file system, `bin/` the fake puppet, `puppet.log` its calls. */
  readonly dir: string;
  readonly root: string;
  readonly script: string;
}

/**
 * A scratch VM holding the enrolment script and a fake `puppet` that logs its arguments, prints
 * FAKE_CONFDIR for `config print confdir`, and for `agent` keeps a copy of csr_attributes.yaml and
 * exits FAKE_AGENT_EXIT.
 */
export function scratchVm(script: string): Vm {
  const dir = scratch('enrol');
  const root = path.join(dir, 'vm');
  fs.mkdirSync(root);
  fs.mkdirSync(path.join(dir, 'bin'));
  /** A fake command in bin/: logs `logged` to the file named by `$logVariable`, then runs `rest`. */
  const fake = (name: string, logged: string, logVariable: string, rest: string[]) =>
    fs.writeFileSync(path.join(dir, 'bin', name), ['#!/bin/sh', `printf '%s\\n' "${logged}" >>"$${logVariable}"`, ...rest, ''].join('\n'), { mode: 0o755 });
  fake('puppet', '$*', 'FAKE_PUPPET_LOG', [
    'if [ "$1 $2 $3" = "config print confdir" ]; then printf \'%s\\n\' "${FAKE_CONFDIR:-/etc/puppetlabs/puppet}"; fi',
    // The CSR attributes as the agent finds them when it asks for its certificate.
    'if [ "$1" = agent ]; then cp "$HASERVICE_ROOT${FAKE_CONFDIR:-/etc/puppetlabs/puppet}/csr_attributes.yaml" "$FAKE_CSR_SEEN" 2>/dev/null; exit "${FAKE_AGENT_EXIT:-0}"; fi',
    'exit 0',
  ]);
  // OneGate's client: logs what the guest reports; exits FAKE_ONEGATE_EXIT.
  fake('onegate', '$*', 'FAKE_ONEGATE_LOG', ['exit "${FAKE_ONEGATE_EXIT:-0}"']);
  // The health probe: logs the URL and prints FAKE_HEALTH_STATUS (200 by default).
  fake('probe', '$1', 'FAKE_PROBE_LOG', ['printf \'%s\' "${FAKE_HEALTH_STATUS:-200}"']);
  const scriptFile = path.join(dir, 'start-script.sh');
  fs.writeFileSync(scriptFile, script);
  return { dir, root, script: scriptFile };
}

export interface Enrolment extends RunResult {
  /** Arguments of every puppet call, one string each. */
  readonly calls: string[];
  /** Arguments of every onegate call (READY reports), one string each. */
  readonly reports: string[];
  /** URLs the health probe was called with. */
  readonly probes: string[];
  /** csr_attributes.yaml as the agent read it when asking for its certificate (undefined: no agent run). */
  readonly csrSeen?: string;
}

function lines(file: string): string[] {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((line) => line !== '') : [];
}

/** Runs the script of `vm` with `shell`, as one-context would, with `env` as the context variables. */
export function enrol(vm: Vm, env: { [key: string]: string } = {}, shell: string[] = ['sh']): Enrolment {
  const log = path.join(vm.dir, 'puppet.log');
  const onegateLog = path.join(vm.dir, 'onegate.log');
  const probeLog = path.join(vm.dir, 'probe.log');
  const csrSeen = path.join(vm.dir, 'csr-seen.yaml');
  for (const file of [log, onegateLog, probeLog, csrSeen]) if (fs.existsSync(file)) fs.rmSync(file);
  const result = run(shell[0], [...shell.slice(1), vm.script], {
    env: {
      PATH: process.env.PATH,
      HASERVICE_ROOT: vm.root,
      PUPPET_BIN: path.join(vm.dir, 'bin', 'puppet'),
      ONEGATE_BIN: path.join(vm.dir, 'bin', 'onegate'),
      HASERVICE_HEALTH_PROBE: path.join(vm.dir, 'bin', 'probe'),
      FAKE_PUPPET_LOG: log,
      FAKE_ONEGATE_LOG: onegateLog,
      FAKE_PROBE_LOG: probeLog,
      FAKE_CSR_SEEN: csrSeen,
      SET_HOSTNAME: 'my-service-dc1-1',
      VMID: '42',
      ...env,
    },
  });
  return {
    ...result,
    calls: lines(log),
    reports: lines(onegateLog),
    probes: lines(probeLog),
    csrSeen: fs.existsSync(csrSeen) ? fs.readFileSync(csrSeen, 'utf8') : undefined,
  };
}

/** Every file under `dir` with its mode, modification time and content. */
export function snapshot(dir: string): { [file: string]: string } {
  const out: { [file: string]: string } = {};
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      const stat = fs.statSync(full);
      if (entry.isDirectory()) {
        out[`${full}/`] = `${stat.mode}:${stat.mtimeMs}`;
        walk(full);
      } else {
        out[full] = `${stat.mode}:${stat.mtimeMs}:${fs.readFileSync(full, 'utf8')}`;
      }
    }
  };
  walk(dir);
  return out;
}

/** The seed script of dc1. */
export function seedScript(puppet: PuppetProps = SEED_PUPPET, facts = SEED_FACTS): string {
  return renderStartScript(SEED_IDENTITY, puppet, facts);
}

/** A complete HAProxy configuration around one backend, as `haproxy -c` needs it to exit 0. */
export function haproxyConfig(backend: string, backendName: string, mode: string = HaproxyMode.HTTP, port = 18080): string {
  return [
    'global',
    '    maxconn 100',
    '',
    'defaults',
    `    mode ${mode}`,
    '    timeout connect 5s',
    '    timeout client 30s',
    '    timeout server 30s',
    '',
    'frontend service_in',
    `    bind 127.0.0.1:${port}`,
    `    default_backend ${backendName}`,
    '',
    backend,
  ].join('\n');
}

/** `haproxy -c -f` on a configuration. */
export function haproxyCheck(config: string): RunResult {
  const file = path.join(scratch('haproxy'), 'haproxy.cfg');
  fs.writeFileSync(file, config);
  return run('haproxy', ['-c', '-f', file]);
}

/** The problems of the DeclarationError `fn` throws (and fails when it throws anything else). */
export function thrownProblems(fn: () => unknown): Array<{ path: string; field: string; value: string; allowed: string }> {
  try {
    fn();
  } catch (e) {
    if (!DeclarationError.isDeclarationError(e)) throw new Error(`expected a DeclarationError, got ${String(e)}`);
    return e.problems;
  }
  throw new Error('expected a DeclarationError, nothing was thrown');
}
