/**
 * The YAML parser, loaded on first use: an app that declares its services in TypeScript never
 * reads a catalog, and loading the parser is about a third of the package's own import time
 * (docs/performance.md, "Import cost"). Types come from `import type`, which costs nothing.
 */
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/** The `yaml` module. */
export function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('yaml') as typeof Yaml;
  return loaded;
}
