/**
 * Synthesizes the seed scenario into cdktf.out/ and prints what was made.
 * Run with `npm run example`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { summarize } from './summary';
import { buildSeedApp } from './stacks';

const outdir = path.resolve(process.argv[2] ?? 'cdktf.out');
const { app, stacks } = buildSeedApp(outdir);
app.synth();

for (const stack of stacks) {
  const file = path.join(outdir, 'stacks', stack.node.id, 'cdk.tf.json');
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  console.log(summarize(stack.node.id, path.relative(process.cwd(), file), stack.service.plan, document));
}
