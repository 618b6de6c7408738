/**
 * Synthesizes the built-in example into cdktf.out/ and prints what was made:
 *
 *   npm run example                              # the seed scenario, declared in TypeScript (stacks.ts)
 *   npm run example -- --catalog                 # the same services from the YAML catalog (examples/catalog)
 *   npm run example -- --catalog <dir>           # any catalog directory
 *   npm run example -- [--out <dir> | <dir>]     # another output directory
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { summarize } from './summary';
import { buildSeedApp } from './stacks';
import { Catalog, HaService } from '../../src';

const USAGE = 'usage: npm run example [-- [--catalog [<dir>]] [--out <dir> | <dir>]]';
const DEFAULT_CATALOG = path.join(__dirname, '..', 'catalog');

interface Options { readonly outdir: string; readonly catalog?: string }

function parse(args: string[]): Options {
  let outdir: string | undefined;
  let catalog: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--catalog') {
      catalog = args[i + 1] !== undefined && !args[i + 1].startsWith('-') ? args[++i] : DEFAULT_CATALOG;
    } else if (arg === '--out') {
      if (args[i + 1] === undefined || args[i + 1].startsWith('-')) fail('--out needs a directory');
      outdir = args[++i];
    } else if (arg.startsWith('-')) {
      fail(`unknown option "${arg}"`);
    } else if (outdir === undefined) {
      outdir = arg;
    } else {
      fail(`unexpected argument "${arg}"`);
    }
  }
  return { outdir: path.resolve(outdir ?? 'cdktf.out'), catalog };
}

function fail(message: string): never {
  console.error(`example: ${message}\n${USAGE}`);
  process.exit(2);
}

/** The services of each stack, in declaration order. */
function servicesByStack(stacks: TerraformStack[], services: HaService[]): Array<[TerraformStack, HaService[]]> {
  return stacks.map((stack) => [stack, services.filter((service) => TerraformStack.of(service) === stack)]);
}

const options = parse(process.argv.slice(2));
let app: App;
let made: Array<[TerraformStack, HaService[]]>;
if (options.catalog !== undefined) {
  const existed = fs.existsSync(options.outdir);
  app = new App({ outdir: options.outdir });
  let catalog: Catalog;
  try {
    catalog = Catalog.fromDirectory(app, options.catalog);
  } catch (error) {
    // The App made the output directory: an invalid catalog leaves nothing behind.
    if (!existed) fs.rmSync(options.outdir, { recursive: true, force: true });
    console.error(`example: ${(error as Error).message}`);
    process.exit(2);
  }
  made = servicesByStack(catalog.stacks, catalog.services);
} else {
  const seed = buildSeedApp(options.outdir);
  app = seed.app;
  made = seed.stacks.map((stack) => [stack, [stack.service]]);
}
app.synth();

for (const [stack, services] of made) {
  const file = path.join(options.outdir, 'stacks', stack.node.id, 'cdk.tf.json');
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  console.log(summarize(stack.node.id, path.relative(process.cwd(), file), services.map((service) => service.plan), document));
}
