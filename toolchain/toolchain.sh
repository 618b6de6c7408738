#!/usr/bin/env bash
# Builds the project's Terraform toolchain into the git-ignored cache .tools/ :
#   .tools/bin/tofu                         OpenTofu, from our own tools module (toolchain/tofu)
#   .tools/plugins/<host>/opennebula/...    terraform-provider-opennebula 1.5.0 as a filesystem mirror
#   .tools/tofurc                           CLI configuration: providers come from that mirror only (offline)
#   .tools/provider-kind                    "real" or "schema-stand-in" (see below)
#
# The provider is built, in this order of preference:
#   1. from the Go module proxy at the pinned version (the real provider);
#   2. from a local checkout of its v1.5.0 tag given in OPENNEBULA_PROVIDER_SRC (the real provider);
#   3. otherwise from toolchain/schema-provider: a schema-only stand-in serving the committed
#      schema/opennebula-provider-1.5.0.json, good for `tofu validate` and nothing else.
# Set OPENNEBULA_REQUIRE_REAL_PROVIDER=1 to fail instead of falling back to 3.
#
# Second runs are cache hits: each artefact carries a stamp of what it was built from.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
tofu_version=v1.9.1
provider_module=github.com/OpenNebula/terraform-provider-opennebula
provider_version=1.5.0
schema="$root/schema/opennebula-provider-$provider_version.json"
platform="$(go env GOOS)_$(go env GOARCH)"
go_version=$(go env GOVERSION)
# goca (a dependency of the provider) is a pseudo-version the checksum database does not list.
export GONOSUMDB="${GONOSUMDB:+$GONOSUMDB,}github.com/OpenNebula/one"
export GOFLAGS="${GOFLAGS:-} -trimpath"

mkdir -p "$tools/bin" "$tools/stamps"

log() { printf 'toolchain: %s\n' "$*" >&2; }

# fresh NAME STAMP: true when the cached artefact NAME was built from STAMP.
fresh() { [ -f "$tools/stamps/$1" ] && [ "$(cat "$tools/stamps/$1")" = "$2" ]; }
stamp() { printf '%s' "$2" >"$tools/stamps/$1"; }

build_tofu() {
  local want="tofu $tofu_version release $go_version $(sha256sum "$root/toolchain/tofu/go.sum" | cut -c1-16)"
  if fresh tofu "$want" && [ -x "$tools/bin/tofu" ]; then
    log "tofu $tofu_version: cached"
    return
  fi
  log "building OpenTofu $tofu_version (several minutes on a cold cache)"
  (cd "$root/toolchain/tofu" && go build -ldflags "-X github.com/opentofu/opentofu/version.dev=no" -o "$tools/bin/tofu" github.com/opentofu/opentofu/cmd/tofu)
  stamp tofu "$want"
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

build_provider() {
  local out="$tools/build/terraform-provider-opennebula"
  mkdir -p "$tools/build"
  local want_real="real $provider_version $go_version"
  if fresh provider "$want_real" && [ -f "$tools/provider-kind" ] && [ "$(cat "$tools/provider-kind")" = real ]; then
    log "provider $provider_version (real): cached"
    return
  fi
  log "building $provider_module v$provider_version from the Go module proxy"
  if GOBIN="$tools/build" go install "$provider_module@v$provider_version" 2>"$tools/build/proxy.log"; then
    install_plugin "$out" real
    stamp provider "$want_real"
    return
  fi
  log "the module proxy did not serve it: $(grep -m1 -o '[0-9]\{3\} [A-Za-z ]*' "$tools/build/proxy.log" || tail -n1 "$tools/build/proxy.log")"
  if [ -n "${OPENNEBULA_PROVIDER_SRC:-}" ]; then
    local module
    module=$(cd "$OPENNEBULA_PROVIDER_SRC" && go list -m)
    [ "$module" = "$provider_module" ] || { log "OPENNEBULA_PROVIDER_SRC holds $module, not $provider_module"; exit 1; }
    log "building the real provider from OPENNEBULA_PROVIDER_SRC=$OPENNEBULA_PROVIDER_SRC"
    (cd "$OPENNEBULA_PROVIDER_SRC" && go build -o "$out" .)
    install_plugin "$out" real
    stamp provider "$want_real"
    return
  fi
  if [ "${OPENNEBULA_REQUIRE_REAL_PROVIDER:-0}" = 1 ]; then
    log "OPENNEBULA_REQUIRE_REAL_PROVIDER=1 and no real provider could be built"
    exit 1
  fi
  local want_shim
  want_shim="schema-stand-in $go_version $(sha256sum "$schema" "$root/toolchain/schema-provider/main.go" | sha256sum | cut -c1-16)"
  if fresh provider "$want_shim" && [ "$(cat "$tools/provider-kind" 2>/dev/null)" = schema-stand-in ]; then
    log "provider $provider_version (schema-only stand-in): cached"
    return
  fi
  log "falling back to the schema-only stand-in provider (validate only)"
  cp "$schema" "$root/toolchain/schema-provider/schema.json"
  (cd "$root/toolchain/schema-provider" && go build -o "$out" .)
  install_plugin "$out" schema-stand-in
  stamp provider "$want_shim"
}

write_cli_config() {
  cat >"$tools/tofurc" <<EOF
# Written by toolchain/toolchain.sh: providers come from the local mirror only.
provider_installation {
  filesystem_mirror {
    path = "$tools/plugins"
  }
}
EOF
}

build_tofu
build_provider
write_cli_config
log "ready: $(TF_CLI_CONFIG_FILE="$tools/tofurc" "$tools/bin/tofu" version | head -n1), provider $provider_version ($(cat "$tools/provider-kind"))"
