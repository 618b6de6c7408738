/**
 * The README's "Use it in your app" is the app CI installs from the packed tarball
 * (examples/consumer/main.ts, test/package/): the code block and the file must not drift apart.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

test('the README quick start\'s main.ts is examples/consumer/main.ts, after its header comment', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Use it in your app\n'));
  if (section === undefined) throw new Error('README.md has no "## Use it in your app" section');
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  const main = fs.readFileSync(path.join(ROOT, 'examples', 'consumer', 'main.ts'), 'utf8');
  expect(block).toBe(main.slice(main.indexOf('import ')));
  expect(readme.indexOf('## Use it in your app')).toBeLessThan(readme.indexOf('## Two commands on a fresh machine'));
});

test('the README quick start installs the versions examples/consumer/package.json declares', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Use it in your app\n'))!;
  const installs = section.split('\n').filter((line) => line.startsWith('npm install '));
  const named: { [name: string]: string } = {};
  for (const word of installs.join(' ').split(/\s+/)) {
    const match = /^(@?[a-z0-9./-]+)@([^\s]+)$/.exec(word);
    if (match) named[match[1]] = match[2];
  }
  const app = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'consumer', 'package.json'), 'utf8'));
  const declared = { ...app.dependencies, ...app.devDependencies };
  delete declared['cdktf-opennebula'];
  expect(named).toEqual(declared);
});
