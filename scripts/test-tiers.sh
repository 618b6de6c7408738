#!/usr/bin/env bash
# The README's test command (`npm run test:all`): every test tier, one after the other, each
# timed, then one closing line "N passed, N failed" over all of them.
#   toolchain   OpenTofu and the real provider into .tools/ (cached outside the clone)
#   unit        jest specifications and the real-tool checks (tofu validate, haproxy -c,
#               shellcheck, puppet) - everything but the two tiers below
#   plan/apply  real `tofu apply` with the real provider against the OpenNebula stand-in:
#               test/plan/plan-apply.test.ts, test/plan/rollout.test.ts
#   oned        a real OpenNebula 6.10.5 (oned, scheduler, monitor, dummy hosts) built by
#               toolchain/oned.sh (the oned-build tier, cached outside the clone) and started per
#               test file on loopback: test/oned/
#   live        the registration chain on loopback (Puppet CA, PuppetDB, HAProxy): test/live/;
#               the services are started here (scripts/live/up.sh) and stopped after when this
#               script started them (LIVE_KEEP=1 leaves them running)
#   lint        eslint
# REQUIRE_REAL_TOOLS=1, REQUIRE_REAL_PROVIDER=1, REQUIRE_REAL_ONED=1 and REQUIRE_LIVE=1 turn a tier
# that cannot run into a failure instead of a loud skip (CI sets all four). Extra arguments go to every jest run.
set -uo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1 JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
reports=test-reports
rm -rf "$reports" && mkdir -p "$reports"
status=0
timings=()

tier() { # tier NAME COMMAND...: runs one tier, records its time and status
  local name=$1 started=$SECONDS rc=0
  shift
  printf '\n=== tier %s ===\n' "$name"
  "$@" || rc=$?
  timings+=("$(printf '%-11s %5d s  %s' "$name" $((SECONDS - started)) "$([ "$rc" = 0 ] && echo ok || echo "FAILED ($rc)")")")
  [ "$rc" = 0 ] || status=1
  return 0
}

jest_tier() { # jest_tier REPORT JEST-ARGS...
  local report=$1
  shift
  npx jest --ci --passWithNoTests=false --json --outputFile="$reports/$report.json" "$@"
}

live_started=0
live_up() {
  if bash scripts/live/up.sh; then
    live_started=1
  else
    echo "test: the live registration stack did not start" >&2
    bash scripts/live/logs.sh >&2 || true
    return 1
  fi
}

tier toolchain bash toolchain/toolchain.sh
if [ -f "${OPENNEBULA_SRC:-../shared/third_party/opennebula-6.10.5}/SConstruct" ] || [ "${REQUIRE_REAL_ONED:-0}" = 1 ]; then
  tier oned-build bash toolchain/oned.sh
else
  echo "test: no OpenNebula source (../shared/third_party/opennebula-6.10.5 or OPENNEBULA_SRC): the oned tier will be skipped" >&2
fi
tier unit jest_tier unit --testPathIgnorePatterns '/node_modules/' 'test/plan/plan-apply' 'test/plan/rollout' 'test/live/' 'test/oned/' -- "$@"
tier plan/apply jest_tier plan-apply --runInBand 'test/plan/plan-apply' 'test/plan/rollout' "$@"
tier oned jest_tier oned --runInBand 'test/oned/' "$@"
if [ "$(id -u)" = 0 ] && command -v puppetserver >/dev/null 2>&1; then
  tier live-up live_up
elif [ "${REQUIRE_LIVE:-0}" = 1 ]; then
  echo "test: REQUIRE_LIVE=1 but the live tier cannot start here (needs root and the packages of scripts/live/packages.txt)" >&2
  status=1
fi
tier live jest_tier live --runInBand 'test/live/' "$@"
if [ "$live_started" = 1 ] && [ "${LIVE_KEEP:-0}" != 1 ]; then
  [ "$status" = 0 ] || bash scripts/live/logs.sh >&2 || true
  tier live-down bash scripts/live/down.sh
fi
tier lint npx projen eslint

printf '\n=== time per tier ===\n'
printf '  %s\n' "${timings[@]}"
node scripts/ci-summary.js "$reports"/*.json || status=1
exit "$status"
