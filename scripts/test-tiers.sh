#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions run indirectly, through tier()
# The README's test command (`npm run test:all`): every test tier, one after the other, each
# timed, then one closing line "N passed, N failed" over all of them.
#   toolchain   OpenTofu and the real provider into .tools/ (cached outside the clone)
#   unit        jest specifications and the real-tool checks (tofu validate, haproxy -c, the
#               shell linter, puppet) - everything but the tiers below
#   plan/apply  real `tofu apply` with the real provider against the OpenNebula stand-in:
#               test/plan/plan-apply.test.ts, test/plan/rollout.test.ts
#   oned        a real OpenNebula 6.10.5 (oned, scheduler, monitor, dummy hosts) built by
#               toolchain/oned.sh (the oned-build tier, cached outside the clone) and started per
#               test file on loopback: test/oned/
#   live        the registration chain on loopback (Puppet CA, PuppetDB, HAProxy): test/live/;
#               the services are started here (scripts/live/up.sh) and stopped after when this
#               script started them (LIVE_KEEP=1 leaves them running)
#   shared-state the stacks' state in the live tier's PostgreSQL (pg backend, locks, concurrent
#               applies, remote state against the stand-in): test/state/postgres.test.ts; runs
#               beside the oned tier (both mostly wait), so the live services start before it
#   package     the library as a user gets it: one pack (npm tarball + Python wheel), then the
#               TypeScript app of examples/consumer, the Python app of examples/python and the
#               cdktn route of examples/cdktn installed from it in clean temporary directories,
#               each synthesis compared byte for byte with the in-repo one: test/package/; runs
#               while the OpenNebula build may still be going (it waits on the registries)
#   lint        eslint
# REQUIRE_REAL_TOOLS=1, REQUIRE_REAL_PROVIDER=1, REQUIRE_REAL_ONED=1, REQUIRE_LIVE=1,
# REQUIRE_SHARED_STATE=1 and REQUIRE_PACKAGE=1 turn a tier that cannot run into a failure instead
# of a loud skip (CI sets all six). Extra arguments go to every jest run.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
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

# Tiers that mostly wait (on OpenTofu, the provider's polls, a scheduler or Puppet runs) can run
# beside another one: bg_tier starts one with its output in $reports/NAME.log, bg_wait collects it
# (log, time, status) once the foreground tier it ran beside is done.
declare -A bg_pid bg_started
bg_tier() { # bg_tier NAME COMMAND...
  local name=$1
  shift
  printf '\n=== tier %s: in the background (log: %s) ===\n' "$name" "$reports/$name.log"
  bg_started[$name]=$SECONDS
  ( "$@" >"$reports/$name.log" 2>&1 ) &
  bg_pid[$name]=$!
}
bg_wait() { # bg_wait NAME BESIDE: waits for the background tier NAME, which ran beside BESIDE
  local name=$1 beside=$2 rc=0
  [ -n "${bg_pid[$name]:-}" ] || return 0
  wait "${bg_pid[$name]}" || rc=$?
  printf '\n=== tier %s (ran beside %s) ===\n' "$name" "$beside"
  cat "$reports/$name.log"
  timings+=("$(printf '%-11s %5d s  %s' "$name" $((SECONDS - bg_started[$name])) "$([ "$rc" = 0 ] && echo "ok (beside $beside)" || echo "FAILED ($rc)")")")
  [ "$rc" = 0 ] || status=1
  return 0
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

# The OpenNebula build (minutes when not cached) runs in the background while the plan/apply tier,
# which mostly waits on OpenTofu and the provider's polls, uses little CPU; the oned tier waits for it.
oned_build_pid=
oned_build_started=$SECONDS
start_oned_build() {
  if [ -f "${OPENNEBULA_SRC:-../shared/third_party/opennebula-6.10.5}/SConstruct" ] || [ "${REQUIRE_REAL_ONED:-0}" = 1 ]; then
    oned_build_started=$SECONDS
    bash toolchain/oned.sh >"$reports/oned-build.log" 2>&1 &
    oned_build_pid=$!
    echo "test: building OpenNebula in the background (log: $reports/oned-build.log)"
  else
    echo "test: no OpenNebula source (../shared/third_party/opennebula-6.10.5 or OPENNEBULA_SRC): the oned tier will be skipped" >&2
  fi
}
wait_oned_build() { # the background build's status, with its log; its time is its own line
  [ -n "$oned_build_pid" ] || return 0
  local rc=0
  wait "$oned_build_pid" || rc=$?
  cat "$reports/oned-build.log"
  timings+=("$(printf '%-11s %5d s  %s' oned-build $((SECONDS - oned_build_started)) "$([ "$rc" = 0 ] && echo "ok (in the background of plan/apply)" || echo "FAILED ($rc)")")")
  [ "$rc" = 0 ] || status=1
  return "$rc"
}

tier toolchain bash toolchain/toolchain.sh
tier unit jest_tier unit --testPathIgnorePatterns '/node_modules/' 'test/plan/plan-apply' 'test/plan/rollout' 'test/live/' 'test/oned/' 'test/state/postgres' 'test/package/' -- "$@"
start_oned_build
tier plan/apply jest_tier plan-apply --runInBand 'test/plan/plan-apply' 'test/plan/rollout' "$@"
tier package jest_tier package-tier --runInBand 'test/package/' "$@"
# The live services (PostgreSQL, Puppet CA, PuppetDB) start before the oned tier: the shared-state
# tier (PostgreSQL and the stand-in) runs beside it, each waiting on its own tools.
if [ "$(id -u)" = 0 ] && command -v puppetserver >/dev/null 2>&1; then
  tier live-up live_up
elif [ "${REQUIRE_LIVE:-0}" = 1 ] || [ "${REQUIRE_SHARED_STATE:-0}" = 1 ]; then
  echo "test: REQUIRE_LIVE=1 or REQUIRE_SHARED_STATE=1 but the live services cannot start here (needs root and the packages of scripts/live/packages.txt)" >&2
  status=1
fi
bg_tier shared-state jest_tier shared-state --runInBand 'test/state/postgres' "$@"
if wait_oned_build; then
  tier oned jest_tier oned --runInBand 'test/oned/' "$@"
else
  echo "test: the OpenNebula build failed: the oned tier did not run" >&2
fi
bg_wait shared-state oned
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
