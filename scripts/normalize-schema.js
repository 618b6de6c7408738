// Normalizes `tofu providers schema -json` output: one provider under its canonical
// registry address, keys sorted at every level, two-space indentation, trailing newline.
const fs = require('fs');

const [input, output] = process.argv.slice(2);
const CANONICAL = 'registry.terraform.io/opennebula/opennebula';

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
  }
  return value;
}

const raw = JSON.parse(fs.readFileSync(input, 'utf8'));
const entries = Object.entries(raw.provider_schemas);
if (entries.length !== 1 || !entries[0][0].endsWith('/opennebula/opennebula')) {
  throw new Error(`expected exactly the opennebula provider, found: ${entries.map(([k]) => k).join(', ')}`);
}
const normalized = sortKeys({
  format_version: raw.format_version,
  provider_schemas: { [CANONICAL]: entries[0][1] },
});
fs.writeFileSync(output, JSON.stringify(normalized, null, 2) + '\n');
