/**
 * The gate every optional test tier goes through: the block runs when what it needs is here;
 * otherwise it is skipped with a loud banner, or, when `requireVariable` is set to 1 (CI), it holds
 * one failing test naming what is missing, so a run without the tier can never pass.
 */
export interface TierGate {
  /** Why the tier cannot run here, or undefined when it can. */
  readonly missing: string | undefined;
  /** The environment variable that makes a missing tier a failure, e.g. `REQUIRE_LIVE`. */
  readonly requireVariable: string;
  /** Title of the failing test, e.g. `needs the real provider`. */
  readonly failingTitle: string;
  /** What did not run, for the banner, e.g. `The live registration tier`. */
  readonly what: string;
  /**
   * How a skip is announced: `banner`, framed, for a whole tier that did not run; `line`, one
   * warning line, for a block inside a tier (the real-tool checks of the unit tier).
   * @default 'banner'
   */
  readonly skipNotice?: 'banner' | 'line';
}

export function describeTier(name: string, gate: TierGate, body: () => void): void {
  const { missing, requireVariable } = gate;
  if (missing === undefined) {
    describe(name, body);
    return;
  }
  if (process.env[requireVariable] === '1') {
    describe(name, () => {
      test(`${gate.failingTitle} (${requireVariable}=1)`, () => {
        throw new Error(`${requireVariable}=1 but ${missing}`);
      });
    });
    return;
  }
  const bar = '!'.repeat(100);
  // eslint-disable-next-line no-console
  console.warn(gate.skipNotice === 'line' ? `skipping "${name}": ${missing}`
    : `${bar}\nSKIPPED "${name}":\n  ${missing}.\n  ${gate.what} did NOT run. Set ${requireVariable}=1 to make this a failure.\n${bar}`);
  describe.skip(name, body);
}
