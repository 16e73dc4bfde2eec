#!/usr/bin/env bash
# Makes sure node and npm are on the PATH, for building the dashboard (module ui/). Installs Debian's
# nodejs and npm packages with apt only if they are missing; never downloads a Node build.
set -euo pipefail
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  exit 0
fi
echo "node/npm are not installed: installing Debian's nodejs and npm packages with apt" >&2
export DEBIAN_FRONTEND=noninteractive
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
sudo_if_needed apt-get update -qq
sudo_if_needed apt-get install -y -qq nodejs npm >/dev/null
node --version >&2
