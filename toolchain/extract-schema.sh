#!/usr/bin/env bash
# Extracts the provider schema from the real provider with `tofu providers schema -json`,
# normalizes it (sorted keys, canonical registry address) and writes
# schema/opennebula-provider-1.5.0.json. Needs the toolchain built with the real provider
# (see toolchain/toolchain.sh); refuses to run against the schema-only stand-in, which would
# only echo the committed file back.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
version=1.5.0
[ "$(cat "$tools/provider-kind" 2>/dev/null)" = real ] || {
  echo "extract-schema: the toolchain holds no real provider (see toolchain/toolchain.sh)" >&2
  exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/main.tf.json" <<JSON
{"terraform": {"required_providers": {"opennebula": {"source": "opennebula/opennebula", "version": "$version"}}}}
JSON
export TF_CLI_CONFIG_FILE="$tools/tofurc" CHECKPOINT_DISABLE=1
(cd "$work" && "$tools/bin/tofu" init -input=false -no-color >/dev/null && "$tools/bin/tofu" providers schema -json >schema.raw.json)
node "$root/scripts/normalize-schema.js" "$work/schema.raw.json" "$root/schema/opennebula-provider-$version.json"
echo "extract-schema: wrote schema/opennebula-provider-$version.json"
