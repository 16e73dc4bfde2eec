#!/usr/bin/env bash
# Makes sure Debian's prometheus package is installed, for the metrics integration test
# (PrometheusIT starts its own prometheus with a temporary configuration and storage; the package's
# system service is not needed, so it is stopped again if apt started it). Installs with apt only when
# the binary is missing; never downloads a release tarball.
set -euo pipefail
if command -v prometheus >/dev/null 2>&1; then
  exit 0
fi
echo "Prometheus is not installed: installing Debian's prometheus package with apt" >&2
export DEBIAN_FRONTEND=noninteractive
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
sudo_if_needed apt-get update -qq
apt-cache policy prometheus >&2
# --no-install-recommends: no node exporter, no alertmanager; policy-rc.d keeps the service from starting.
policy=/usr/sbin/policy-rc.d
created_policy=false
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | sudo_if_needed tee "$policy" >/dev/null
  sudo_if_needed chmod +x "$policy"
  created_policy=true
fi
trap '[ "$created_policy" = true ] && sudo_if_needed rm -f "$policy"' EXIT
sudo_if_needed apt-get install -y -qq --no-install-recommends prometheus >/dev/null
prometheus --version 2>&1 | head -1 >&2
