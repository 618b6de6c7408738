#!/usr/bin/env bash
# Builds a real OpenNebula front-end (oned, mm_sched, onemonitord and the dummy drivers) from the
# unmodified 6.10.5 source beside the clone (../shared/third_party/opennebula-6.10.5, or
# OPENNEBULA_SRC) and installs it as a self-contained prefix:
#   $CDKTF_OPENNEBULA_CACHE/oned-<key>/   the prefix (./install.sh -d), key = digest of the tree
#   .tools/opennebula -> that prefix       what the harness (test/oned/) starts
#
# The build is the heaviest step of CI (7.5 min on a quiet 2-core machine), so it is cached outside
# the clone and keyed by the source tree: a clone on a machine that built it once links it in
# a second. The source folder is read-only; the build runs in a scratch copy that is removed after.
# Debian packages it needs are listed in toolchain/oned-packages.txt (scripts/setup.sh installs them).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
cache="${CDKTF_OPENNEBULA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cdktf-opennebula}"
src="${OPENNEBULA_SRC:-$root/../shared/third_party/opennebula-6.10.5}"
jobs="${ONED_BUILD_JOBS:-$(nproc)}"

log() { printf 'oned: %s\n' "$*" >&2; }

[ -f "$src/SConstruct" ] || { log "no OpenNebula source at $src (set OPENNEBULA_SRC)"; exit 1; }
src=$(cd "$src" && pwd)
# The tree's symbolic links (driver actions shared between drivers, parser sources), listed as
# `path -> target` beside it, for a copy that arrived without them (as files holding the target).
links="${OPENNEBULA_SYMLINKS:-$src.symlinks.txt}"
for tool in scons g++ ruby; do
  command -v "$tool" >/dev/null || { log "$tool is missing: run scripts/setup.sh (packages in toolchain/oned-packages.txt)"; exit 1; }
done

# The key: every file and symbolic link of the tree (names, contents, link targets), and the
# compiler, so a new tree or toolchain builds anew.
key=$( {
  (cd "$src" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
  (cd "$src" && find . -type l -printf '%p -> %l\n' | LC_ALL=C sort)
  [ ! -f "$links" ] || cat "$links"
  g++ --version | head -n1
  sha256sum "$0" | cut -c1-64
} | sha256sum | cut -c1-16)
entry="$cache/oned-$key"
mkdir -p "$cache" "$tools"

if [ -x "$entry/bin/oned" ] && [ -f "$entry/.complete" ]; then
  log "OpenNebula $(cat "$entry/.complete"): cached ($entry)"
else
  started=$SECONDS
  work="$cache/oned-$key.build"
  rm -rf "$work" "$entry"
  log "building oned, mm_sched and onemonitord from $src into $entry (about 8 min on 2 cores)"
  mkdir -p "$work"
  cp -a "$src/." "$work/"
  chmod -R u+w "$work"
  restored=0
  if [ -f "$links" ]; then
    while IFS= read -r line; do
      link=${line%% -> *}
      target=${line#* -> }
      if [ -z "$link" ] || [ "$link" = "$line" ]; then continue; fi
      [ -L "$work/$link" ] && continue
      rm -f "$work/$link"
      mkdir -p "$(dirname "$work/$link")"
      ln -s "$target" "$work/$link"
      restored=$((restored + 1))
    done <"$links"
    log "restored $restored symbolic links from $links"
  fi
  (
    cd "$work"
    scons -j"$jobs" sqlite=yes mysql=no systemd=no svncterm=no new_xmlrpc=yes >"$work.log" 2>&1 ||
      { tail -n 40 "$work.log" >&2; exit 1; }
    # "cannot stat" lines are the web UIs, man pages and vendored binaries left out of the tree.
    ./install.sh -d "$entry" >>"$work.log" 2>&1 || { tail -n 40 "$work.log" >&2; exit 1; }
  )
  for binary in bin/oned bin/mm_sched lib/mads/onemonitord; do
    [ -x "$entry/$binary" ] || { log "the build did not install $binary (log: $work.log)"; exit 1; }
  done
  rm -rf "$work"
  basename "$src" | sed 's/^opennebula-//' >"$entry/.complete"
  log "built in $((SECONDS - started)) s"
fi
ln -sfn "$entry" "$tools/opennebula"
