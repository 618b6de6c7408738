/**
 * The gate of the plan/apply tier: it runs only with OpenTofu and the REAL provider in .tools/,
 * and says loudly when it does not.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeWithRealProvider, realProviderMissing } from './support';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function toolsDir(kind: string | undefined, withTofu = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-opennebula-tools-'));
  made.push(dir);
  if (withTofu) {
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.writeFileSync(path.join(dir, 'bin', 'tofu'), '');
    fs.writeFileSync(path.join(dir, 'tofurc'), '');
  }
  if (kind !== undefined) fs.writeFileSync(path.join(dir, 'provider-kind'), `${kind}\n`);
  return dir;
}

describe('the real-provider gate', () => {
  it('opens only for provider-kind "real" next to OpenTofu', () => {
    expect(realProviderMissing(toolsDir('real'))).toBeUndefined();
    expect(realProviderMissing(toolsDir('schema-stand-in'))).toMatch(/"schema-stand-in", which can validate but not plan or apply/);
    expect(realProviderMissing(toolsDir(undefined))).toMatch(/no toolchain/);
    expect(realProviderMissing(toolsDir('real', false))).toMatch(/no toolchain/);
  });

  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const previous = process.env.REQUIRE_REAL_PROVIDER;
  delete process.env.REQUIRE_REAL_PROVIDER;
  describeWithRealProvider('a tier that needs the real provider', () => {
    it('never runs here', () => {
      throw new Error('ran with the schema-only stand-in');
    });
  }, toolsDir('schema-stand-in'));
  if (previous !== undefined) process.env.REQUIRE_REAL_PROVIDER = previous;
  const warnings = warn.mock.calls.map((args) => String(args[0]));
  warn.mockRestore();

  it('skips with a loud warning naming the provider kind and REQUIRE_REAL_PROVIDER', () => {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^!{100}\nSKIPPED "a tier that needs the real provider":/);
    expect(warnings[0]).toContain('"schema-stand-in"');
    expect(warnings[0]).toContain('Set REQUIRE_REAL_PROVIDER=1 to make this a failure.');
  });
});
