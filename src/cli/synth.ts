/**
 * `cdktf-opennebula synth <catalog-dir> [--out dir]`: turns a service catalog (docs/catalog.md)
 * into stacks and synthesizes them, without a cdktf program.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { Catalog } from '../catalog/catalog';
import { DeclarationError } from '../core/validation';

export const SYNTH_USAGE = `Usage: cdktf-opennebula synth <catalog-dir> [--out <dir>]

Reads the service catalog in <catalog-dir> (platform.yaml and one YAML file per service or list
of services, see docs/catalog.md) and synthesizes one stack per zone into <dir>
(default cdktf.out), as \`cdktf synth\` would: <dir>/stacks/<zone>/cdk.tf.json.

Exit status: 0 synthesized; 2 bad arguments or an invalid catalog (every problem is printed on
stderr at its file:line:column, no stack is synthesized).`;

/** Where the command writes. */
export interface SynthIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export function synthCommand(args: string[], io: SynthIo): number {
  const usage = (message: string) => {
    io.err(`cdktf-opennebula synth: ${message}`);
    io.err('Run `cdktf-opennebula synth --help` for the options.');
    return 2;
  };
  let out = 'cdktf.out';
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') {
      io.out(SYNTH_USAGE);
      return 0;
    }
    if (arg === '--out') {
      if (i + 1 >= args.length || args[i + 1] === '') return usage('--out needs a directory');
      out = args[++i];
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
      if (out === '') return usage('--out needs a directory');
    } else if (arg.startsWith('-')) {
      return usage(`unknown option ${JSON.stringify(arg)}`);
    } else {
      operands.push(arg);
    }
  }
  if (operands.length !== 1 || operands[0] === '') return usage(operands.length === 0 ? 'synth needs a catalog directory' : `synth takes one catalog directory, got ${operands.length}`);
  const outdir = path.resolve(out);
  // cdktf makes the out directory as soon as the App exists: a refused catalog must leave no trace.
  const existed = fs.existsSync(outdir);
  const app = new App({ outdir, skipValidation: false });
  let catalog: Catalog;
  try {
    catalog = Catalog.fromDirectory(app, operands[0]);
    app.synth();
  } catch (e) {
    if (!existed) fs.rmSync(outdir, { recursive: true, force: true });
    if (!DeclarationError.isDeclarationError(e)) throw e;
    io.err((e as Error).message);
    return 2;
  }
  for (const stack of catalog.stacks) {
    const services = catalog.services.filter((s) => s.node.scope === stack).map((s) => s.serviceName);
    io.out(`stack ${stack.node.id}: ${services.join(', ')} -> ${path.join(out, 'stacks', stack.node.id, 'cdk.tf.json')}`);
  }
  for (const node of app.node.findAll()) {
    for (const entry of node.node.metadata) {
      if (entry.type === '@cdktf/warn') io.err(`warning: ${node.node.path}: ${entry.data}`);
    }
  }
  return 0;
}
