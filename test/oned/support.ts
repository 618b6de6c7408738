/**
 * The real-oned tier's gate and helpers: an OpenNebula 6.10.5 front-end built from source
 * (toolchain/oned.sh) and started per test file by oned/zone.ts.
 */
import * as fs from 'fs';
import { DEFAULT_PREFIX, onedMissing } from '../../oned/zone';
import { realProviderMissing } from '../plan/support';
import { describeTier } from '../support/tier';

/** Why the real-oned tier cannot run here (it needs the build, root-free loopback and the real provider for applies). */
export function realOnedMissing(needsProvider: boolean): string | undefined {
  if (process.platform !== 'linux' || !fs.existsSync('/proc/self/cmdline')) return 'the real-oned tier runs on Linux only';
  return onedMissing(DEFAULT_PREFIX) ?? (needsProvider ? realProviderMissing() : undefined);
}

/**
 * `describe` when the OpenNebula build is in .tools/opennebula (and, with `needsProvider`, the
 * real provider too); otherwise skipped loudly, or a failing test under REQUIRE_REAL_ONED=1.
 */
export function describeWithRealOned(name: string, body: () => void, needsProvider = false): void {
  describeTier(name, {
    missing: realOnedMissing(needsProvider),
    requireVariable: 'REQUIRE_REAL_ONED',
    failingTitle: 'needs a real OpenNebula build',
    what: 'The real-oned tier',
  }, body);
}
