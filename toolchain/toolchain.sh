#!/usr/bin/env bash
# Builds the project's Terraform toolchain into the git-ignored .tools/ :
#   .tools/bin/tofu                         OpenTofu, from our own tools module (toolchain/tofu)
#   .tools/plugins/<host>/opennebula/...    terraform-provider-opennebula 1.5.0 as a filesystem mirror
#   .tools/tofurc                           CLI configuration: providers come from that mirror only (offline)
#   .tools/provider-kind                    "real" or "schema-stand-in" (see below)
#
# Heavy builds are cached OUTSIDE the clone, in $CDKTF_OPENNEBULA_CACHE (default
# ~/.cache/cdktf-opennebula), keyed by what they are built from: a fresh clone on a machine that
# built them once copies them in seconds.
#
# The provider is the real one, built from its v1.5.0 source, in this order of preference:
#   1. OPENNEBULA_PROVIDER_SRC, a checkout of the v1.5.0 tag;
#   2. ../shared/third_party/terraform-provider-opennebula-1.5.0 beside the clone, when present
#      (read-only: `go build -o <cache>` writes nothing into it);
#   3. the Go module proxy at the pinned version, when it serves the module;
#   4. otherwise toolchain/schema-provider: a schema-only stand-in serving the committed
#      schema/opennebula-provider-1.5.0.json, good for `tofu validate` and nothing else.
# REQUIRE_REAL_PROVIDER=1 (or OPENNEBULA_REQUIRE_REAL_PROVIDER=1) fails instead of falling back to 4.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
cache="${CDKTF_OPENNEBULA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cdktf-opennebula}"
tofu_version=v1.9.1
provider_module=github.com/OpenNebula/terraform-provider-opennebula
provider_version=1.5.0
shared_provider_src="$root/../shared/third_party/terraform-provider-opennebula-$provider_version"
schema="$root/schema/opennebula-provider-$provider_version.json"
platform="$(go env GOOS)_$(go env GOARCH)"
go_version=$(go env GOVERSION)
require_real=0
if [ "${REQUIRE_REAL_PROVIDER:-0}" = 1 ] || [ "${OPENNEBULA_REQUIRE_REAL_PROVIDER:-0}" = 1 ]; then require_real=1; fi
# goca (a dependency of the provider) is a pseudo-version the checksum database does not list.
export GONOSUMDB="${GONOSUMDB:+$GONOSUMDB,}github.com/OpenNebula/one"
export GOFLAGS="${GOFLAGS:-} -trimpath"

mkdir -p "$tools/bin" "$tools/build" "$cache"

log() { printf 'toolchain: %s\n' "$*" >&2; }
key() { printf '%s' "$*" | sha256sum | cut -c1-16; }

# cached NAME KEY: the cache entry of artefact NAME built from KEY (a directory).
cached() { printf '%s/%s-%s' "$cache" "$1" "$2"; }

build_tofu() {
  local entry
  entry=$(cached tofu "$(key "tofu $tofu_version $go_version $(cat "$root/toolchain/tofu/go.sum" "$root/toolchain/tofu/go.mod" | sha256sum)")")
  if [ -x "$entry/tofu" ]; then
    log "tofu $tofu_version: cached ($entry)"
  else
    log "building OpenTofu $tofu_version into $entry (several minutes on a cold cache)"
    mkdir -p "$entry.tmp"
    (cd "$root/toolchain/tofu" && go build -ldflags "-X github.com/opentofu/opentofu/version.dev=no" -o "$entry.tmp/tofu" github.com/opentofu/opentofu/cmd/tofu)
    rm -rf "$entry" && mv "$entry.tmp" "$entry"
  fi
  cp "$entry/tofu" "$tools/bin/tofu"
}

install_plugin() { # install_plugin BINARY KIND
  local host
  for host in registry.terraform.io registry.opentofu.org; do
    local dir="$tools/plugins/$host/opennebula/opennebula/$provider_version/$platform"
    mkdir -p "$dir"
    cp "$1" "$dir/terraform-provider-opennebula_v$provider_version"
  done
  printf '%s\n' "$2" >"$tools/provider-kind"
}

# tree_key DIR: a digest of every file of a source tree (names and contents).
tree_key() {
  (cd "$1" && find . -type f ! -path './.git/*' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
}

# build_from_source DIR: builds the real provider from a checkout of its v1.5.0 tag.
build_from_source() {
  local src=$1 module entry
  module=$(cd "$src" && go list -m)
  [ "$module" = "$provider_module" ] || { log "$src holds $module, not $provider_module"; exit 1; }
  entry=$(cached provider-real "$(key "$go_version $platform $(tree_key "$src")")")
  if [ -x "$entry/terraform-provider-opennebula" ]; then
    log "provider $provider_version (real, from $src): cached ($entry)"
  else
    log "building the real provider $provider_version from $src into $entry"
    mkdir -p "$entry.tmp"
    (cd "$src" && go build -o "$entry.tmp/terraform-provider-opennebula" .)
    rm -rf "$entry" && mv "$entry.tmp" "$entry"
  fi
  install_plugin "$entry/terraform-provider-opennebula" real
}

build_provider() {
  local src
  for src in "${OPENNEBULA_PROVIDER_SRC:-}" "$shared_provider_src"; do
    if [ -n "$src" ] && [ -f "$src/go.mod" ]; then
      build_from_source "$(cd "$src" && pwd)"
      return
    fi
  done
  local entry
  entry=$(cached provider-proxy "$(key "$go_version $platform $provider_version")")
  if [ -x "$entry/terraform-provider-opennebula" ]; then
    install_plugin "$entry/terraform-provider-opennebula" real
    log "provider $provider_version (real, from the module proxy): cached ($entry)"
    return
  fi
  log "no provider source found; trying $provider_module v$provider_version from the Go module proxy"
  mkdir -p "$entry.tmp"
  if GOBIN="$entry.tmp" go install "$provider_module@v$provider_version" 2>"$tools/build/proxy.log"; then
    rm -rf "$entry" && mv "$entry.tmp" "$entry"
    install_plugin "$entry/terraform-provider-opennebula" real
    return
  fi
  log "the module proxy did not serve it: $(grep -m1 -o '[0-9]\{3\} [A-Za-z ]*' "$tools/build/proxy.log" || tail -n1 "$tools/build/proxy.log")"
  if [ "$require_real" = 1 ]; then
    log "REQUIRE_REAL_PROVIDER=1 and no real provider could be built (expected its source in $shared_provider_src or OPENNEBULA_PROVIDER_SRC)"
    exit 1
  fi
  log "falling back to the schema-only stand-in provider (validate only)"
  cp "$schema" "$root/toolchain/schema-provider/schema.json"
  (cd "$root/toolchain/schema-provider" && go build -o "$tools/build/terraform-provider-opennebula" .)
  install_plugin "$tools/build/terraform-provider-opennebula" schema-stand-in
}

write_cli_config() {
  cat >"$tools/tofurc" <<CONFIG
# Written by toolchain/toolchain.sh: providers come from the local mirror only.
provider_installation {
  filesystem_mirror {
    path = "$tools/plugins"
  }
}
CONFIG
}

build_tofu
build_provider
write_cli_config
log "ready: $(TF_CLI_CONFIG_FILE="$tools/tofurc" "$tools/bin/tofu" version | head -n1), provider $provider_version ($(cat "$tools/provider-kind"))"
