import * as fc from 'fast-check';
import { Declaration, declare, synthesize } from '../support/synth';

/**
 * Every resource as `type.address` -> attributes, leaving out ordering-only and metadata keys, and
 * the readiness gates (`terraform_data`), which are meant to run again when their datacenter's
 * VMs change (see the test on gates below).
 */
function addresses(document: any): Map<string, any> {
  const out = new Map<string, any>();
  for (const [type, byAddress] of Object.entries<any>(document.resource ?? {})) {
    if (type === 'terraform_data') continue;
    for (const [address, body] of Object.entries<any>(byAddress)) {
      const { ['//']: _metadata, depends_on: _order, ...attributes } = body;
      out.set(`${type}.${address}`, attributes);
    }
  }
  return out;
}

const synth = (declaration: Declaration) => synthesize((stack) => declare(stack, declaration));

const DC_NAMES = ['dc1', 'dc2', 'dc3', 'east', 'west'];
const declarations = fc.record({
  datacenters: fc.shuffledSubarray(DC_NAMES, { minLength: 2, maxLength: 4 }),
  instances: fc.integer({ min: 1, max: 4 }),
  overrides: fc.dictionary(fc.constantFrom(...DC_NAMES), fc.integer({ min: 1, max: 4 }), { maxKeys: 2 }),
  service: fc.constantFrom('my_service', 'web', 'api_gateway'),
});
type Generated = typeof declarations extends fc.Arbitrary<infer T> ? T : never;

function toDeclaration(g: Generated, change: Partial<{ datacenters: string[]; instances: number }> = {}): Declaration {
  const datacenters = change.datacenters ?? g.datacenters;
  const overrides = Object.fromEntries(Object.entries(g.overrides).filter(([dc]) => datacenters.includes(dc)));
  return {
    datacenters: datacenters.map((name) => {
      const n = DC_NAMES.indexOf(name);
      return { name, clusterId: 100 + n, networkId: 10 + n, imageId: 20 + n };
    }),
    serviceId: g.service,
    service: { instances: change.instances ?? g.instances, instancesPerDatacenter: overrides },
  };
}

/** Every address of `before` exists in `after` with the same attributes. */
function expectKept(before: Map<string, any>, after: Map<string, any>): void {
  for (const [address, attributes] of before) {
    expect(after.get(address)).toEqual(attributes);
  }
}

const RUNS = { numRuns: 25 };

describe('stable addresses: a plan adds and never replaces', () => {
  test('raising instances keeps every existing resource and only adds VMs', () => {
    fc.assert(fc.property(declarations, (g) => {
      const before = addresses(synth(toDeclaration(g)));
      const after = addresses(synth(toDeclaration({ ...g, overrides: {} }, { instances: g.instances + 1 })));
      const beforeWithoutOverrides = addresses(synth(toDeclaration({ ...g, overrides: {} })));
      expectKept(beforeWithoutOverrides, after);
      const added = [...after.keys()].filter((a) => !beforeWithoutOverrides.has(a));
      expect(added.every((a) => a.startsWith('opennebula_virtual_machine.'))).toBe(true);
      expect(added).toHaveLength(g.datacenters.length);
      expect(before.size).toBeGreaterThan(0);
    }), RUNS);
  });

  test('adding a datacenter keeps every existing resource', () => {
    fc.assert(fc.property(declarations, (g) => {
      const extra = DC_NAMES.find((dc) => !g.datacenters.includes(dc))!;
      const before = addresses(synth(toDeclaration(g)));
      const after = addresses(synth(toDeclaration(g, { datacenters: [...g.datacenters, extra] })));
      expectKept(before, after);
      expect(after.size).toBeGreaterThan(before.size);
    }), RUNS);
  });

  test('reordering the datacenters changes nothing at all', () => {
    fc.assert(fc.property(declarations, (g) => {
      const before = synth(toDeclaration(g));
      const after = synth(toDeclaration(g, { datacenters: [...g.datacenters].reverse() }));
      expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    }), RUNS);
  });

  test('removing a datacenter removes only what was in it', () => {
    fc.assert(fc.property(declarations.filter((g) => g.datacenters.length >= 3), (g) => {
      const [gone, ...kept] = g.datacenters;
      const before = addresses(synth(toDeclaration(g)));
      const after = addresses(synth(toDeclaration(g, { datacenters: kept })));
      expectKept(after, before);
      const removed = [...before.keys()].filter((a) => !after.has(a));
      for (const address of removed) {
        expect(address).toContain(`_${gone}_`);
      }
      expect(removed.length).toBeGreaterThan(0);
    }), RUNS);
  });

  test('a readiness gate changes (runs again) only in the datacenters whose VMs change', () => {
    const gates = (document: any) => new Map(Object.entries<any>(document.resource.terraform_data ?? {}));
    const before = gates(synth(toDeclaration({ datacenters: ['dc1', 'dc2'], instances: 2, overrides: {}, service: 'web' })));
    const after = gates(synth(toDeclaration({ datacenters: ['dc1', 'dc2'], instances: 2, overrides: { dc2: 3 }, service: 'web' })));
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...before.keys()].filter((address) => JSON.stringify(before.get(address)) !== JSON.stringify(after.get(address)));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^web_dc2_ready_/);
    expect(before.size).toBe(4); // a clearing gate and a readiness gate per datacenter
  });

  test('lowering instances removes only the highest-numbered VMs', () => {
    const before = addresses(synth(toDeclaration({ datacenters: ['dc1', 'dc2'], instances: 3, overrides: {}, service: 'web' })));
    const after = addresses(synth(toDeclaration({ datacenters: ['dc1', 'dc2'], instances: 2, overrides: {}, service: 'web' })));
    expectKept(after, before);
    const removed = [...before.keys()].filter((a) => !after.has(a)).sort();
    expect(removed).toHaveLength(2);
    expect(removed.every((a) => /vm-3_/.test(a))).toBe(true);
  });
});
