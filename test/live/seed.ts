/**
 * The seed example's production stack as the library synthesizes it for the live tier (declared
 * like test/plan/support.ts's seedDocument, with the live Puppet server and a sensitive challenge
 * password variable), and what the tier reads from that Terraform JSON: each VM's context and the
 * outputs, with the Terraform references resolved to the live members.
 */
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Datacenter, HaService, OpenNebulaZone } from '../../src';

/** Name of the sensitive variable holding the autosign secret. */
export const CHALLENGE_VARIABLE = 'production_puppet_challenge_password';
/** Seconds between two certificate requests, and the first agent run's total wait for the certificate. */
export const WAIT_FOR_CERT = 5;
export const MAX_WAIT_FOR_CERT = 30;

/**
 * Terraform JSON of the seed example's production stack: two datacenters, two instances each,
 * Puppet enrolment with `server` and a challenge password token, HAProxy on `port` with a health
 * path. The certificate waits are short so that a refused request fails in seconds, not 15 minutes.
 */
export function liveSeedDocument(port: number, server: string): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'production');
  const zone = new OpenNebulaZone(stack, 'production', { name: 'production', endpoint: 'http://127.0.0.1:2633/RPC2' });
  const challenge = new TerraformVariable(stack, CHALLENGE_VARIABLE, { type: 'string', sensitive: true });
  const datacenters = [
    new Datacenter(stack, 'dc1', { zone, clusterId: 100, networkId: 10, imageId: 20 }),
    new Datacenter(stack, 'dc2', { zone, clusterId: 101, networkId: 11, imageId: 21 }),
  ];
  new HaService(stack, 'my_service', {
    zone,
    datacenters,
    instances: 2,
    size: { cpu: 1, vcpu: 2, memoryMb: 4096, diskMb: 20480 },
    puppet: {
      server,
      role: 'my_service',
      challengePassword: challenge.stringValue,
      waitForCertSeconds: WAIT_FOR_CERT,
      maxWaitForCertSeconds: MAX_WAIT_FOR_CERT,
    },
    haproxy: { port, healthCheck: { path: '/health' } },
  });
  return JSON.parse(JSON.stringify(stack.toTerraform()));
}

/** One `opennebula_virtual_machine` of the document. */
export interface SynthesizedVm {
  /** Terraform resource name (the `<x>` of `opennebula_virtual_machine.<x>`). */
  readonly resource: string;
  /** VM name. */
  readonly name: string;
  /** `SERVICE_DATACENTER` of its context. */
  readonly datacenter: string;
  /**
   * Its context as the provider sends it: the VM's own `context` merged over its template's,
   * keys upper-cased.
   */
  readonly context: { [key: string]: string };
}

function upperKeys(map: { [key: string]: unknown } | undefined): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const [key, value] of Object.entries(map ?? {})) {
    if (typeof value !== 'string') throw new Error(`context ${key} is not a string: ${JSON.stringify(value)}`);
    out[key.toUpperCase()] = value;
  }
  return out;
}

/** The VMs of the document in declaration order, with their contexts. */
export function synthesizedVms(doc: any): SynthesizedVm[] {
  const vms = doc.resource?.opennebula_virtual_machine ?? {};
  const templates = doc.resource?.opennebula_template ?? {};
  return Object.entries<any>(vms).map(([resource, vm]) => {
    let templateContext: { [key: string]: string } = {};
    const ref = /^\$\{opennebula_template\.([^.}]+)\.id\}$/.exec(String(vm.template_id ?? ''));
    if (ref) {
      if (!templates[ref[1]]) throw new Error(`VM ${resource} names template ${ref[1]}, which the document does not hold`);
      templateContext = upperKeys(templates[ref[1]].context);
    }
    const context = { ...templateContext, ...upperKeys(vm.context) };
    return { resource, name: String(vm.name), datacenter: context.SERVICE_DATACENTER, context };
  });
}

/** Values of one live member, for the Terraform references of the outputs. */
export interface ResolvedVm {
  readonly ip: string;
  readonly id: number;
  readonly name: string;
}

/**
 * `text` with every `${opennebula_virtual_machine.<x>.ip|id|name}` replaced by that VM's value in
 * `vms` (by resource name). Any other interpolation, or a VM not in `vms`, throws.
 */
export function resolveVmReferences(text: string, vms: { [resource: string]: ResolvedVm }): string {
  const out = text.replace(/\$\{([^}]*)\}/g, (whole, expression: string) => {
    const m = /^opennebula_virtual_machine\.([^.]+)\.(ip|id|name)$/.exec(expression);
    if (!m) throw new Error(`unexpected Terraform interpolation ${whole} in an output`);
    const vm = vms[m[1]];
    if (!vm) throw new Error(`${whole}: no live member for VM resource ${m[1]}`);
    return String(vm[m[2] as keyof ResolvedVm]);
  });
  return out;
}

/** The value of output `name`; throws when the document has none. */
export function outputValue(doc: any, name: string): any {
  const output = doc.output?.[name];
  if (output === undefined) throw new Error(`the document has no output ${name} (outputs: ${Object.keys(doc.output ?? {}).join(', ')})`);
  return output.value;
}
