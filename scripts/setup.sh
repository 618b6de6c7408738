#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh machine of this project's kind
# (Debian 12 with Node 20 and Go): the Debian packages of the real tools the tests run (including
# PostgreSQL, puppetserver, PuppetDB and HAProxy of the live tier; package installs do not start
# services), and the npm dependencies. The Go toolchain (OpenTofu, provider) is built by
# `npx projen toolchain`, the first step of `npm run test:all`.
set -euo pipefail
cd "$(dirname "$0")/.."

# The real tools of the unit tier, Python's venv for the package tier (the wheel is built and
# installed in fresh virtual environments), then those of the live registration tier
# (scripts/live/) and those that build and run OpenNebula for the real-oned tier (toolchain/oned.sh).
packages=(haproxy shellcheck puppet python3 python3-venv python3-pip)
for list in scripts/live/packages.txt toolchain/oned-packages.txt; do
  while read -r package; do
    case $package in ''|'#'*) ;; *) packages+=("$package") ;; esac
  done <"$list"
done
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v go >/dev/null || { echo "setup: Go is required to build the toolchain" >&2; exit 1; }
command -v node >/dev/null || { echo "setup: Node.js 20 is required" >&2; exit 1; }
npm ci --no-audit --no-fund
