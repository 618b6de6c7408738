#!/usr/bin/env bash
# API compatibility of this checkout against an earlier one (a release tag, by default the latest
# tag): compiles the earlier commit's jsii assembly in a temporary worktree (sharing this
# checkout's node_modules) and runs jsii-diff, which exits non-zero on a breaking change to any
# type reachable from another jsii language. Run `npx projen compile` first.
#   bash scripts/release/api-diff.sh [<git-ref>]        e.g. v0.1.0, or main~10
# Intentional breaks are listed in .compatignore (jsii-diff --ignore-file) with the reason in
# CHANGELOG.md; see docs/releasing.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ref=${1:-$(git describe --tags --abbrev=0 2>/dev/null || true)}
if [ -z "$ref" ]; then
  echo "api-diff: no release tag yet and no <git-ref> given: nothing to compare with" >&2
  exit 2
fi
[ -f .jsii ] || { echo "api-diff: no .jsii here: run npx projen compile first" >&2; exit 2; }
work=$(mktemp -d)
trap 'git worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/old" "$ref" >/dev/null
ln -s "$PWD/node_modules" "$work/old/node_modules"
(cd "$work/old" && npx jsii --silence-warnings=reserved-word >"$work/jsii.log" 2>&1) || {
  cat "$work/jsii.log" >&2; echo "api-diff: $ref does not compile" >&2; exit 2; }
ignore=()
[ -f .compatignore ] && ignore=(--ignore-file .compatignore)
echo "api-diff: $(git rev-parse --short "$ref") ($ref) -> this checkout"
npx jsii-diff "$work/old" . --keys "${ignore[@]}"
