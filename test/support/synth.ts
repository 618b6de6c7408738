import { TerraformStack, Testing } from 'cdktf';
import { Datacenter, DatacenterProps, HaService, HaServiceProps, OpenNebulaZone } from '../../src';
import { synthStack } from '../../src/testing/synth';

/** Synthesizes one stack built by `build` and returns its Terraform JSON, parsed. */
export function synthesize(build: (stack: TerraformStack) => void): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  build(stack);
  // Linear in the number of resources; Testing.synth is quadratic.
  return synthStack(stack);
}

/** The resources of one type, keyed by address, without cdktf's metadata. */
export function resources(document: any, type: string): { [address: string]: any } {
  const out: { [address: string]: any } = {};
  for (const [address, body] of Object.entries<any>(document.resource?.[type] ?? {})) {
    const { ['//']: _metadata, ...rest } = body;
    out[address] = rest;
  }
  return out;
}

/** Finds the one resource of a type whose `name` attribute is `name`. */
export function byName(document: any, type: string, name: string): any {
  const matches = Object.values(resources(document, type)).filter((r) => r.name === name);
  if (matches.length !== 1) throw new Error(`expected one ${type} named ${name}, found ${matches.length}`);
  return matches[0];
}

/** Address (`type.logical_id`) of the one resource of a type named `name`. */
export function addressOf(document: any, type: string, name: string): string {
  const entry = Object.entries(resources(document, type)).find(([, r]) => r.name === name);
  if (!entry) throw new Error(`no ${type} named ${name}`);
  return `${type}.${entry[0]}`;
}

export interface Declaration {
  readonly zone?: string;
  readonly datacenters: Array<Partial<DatacenterProps> & { name: string }>;
  readonly service?: Partial<HaServiceProps>;
  readonly serviceId?: string;
}

export const SIZE = { cpu: 1, vcpu: 2, memoryMb: 4096, diskMb: 20480 };

/** Builds a zone, its datacenters and one service into `stack` from plain data. */
export function declare(stack: TerraformStack, declaration: Declaration): HaService {
  const zoneName = declaration.zone ?? 'production';
  const zone = new OpenNebulaZone(stack, zoneName, { name: zoneName, endpoint: 'https://one.example.com/RPC2' });
  const datacenters = declaration.datacenters.map((dc, i) => new Datacenter(stack, dc.name, {
    clusterId: 100 + i, networkId: 10 + i, imageId: 20 + i, ...dc, zone,
  }));
  return new HaService(stack, declaration.serviceId ?? 'my_service', {
    zone, datacenters, instances: 2, size: SIZE, ...declaration.service,
  });
}
