#!/usr/bin/env bash
# Makes sure Debian's python3-ecdsa is importable by /usr/bin/python3, for the Python REST snippet of
# docs/rest.md (RestSnippetsIT runs it). The system interpreter, not a pyenv one, because apt
# installs into it. Installs with apt only when the module is missing; never uses pip.
set -euo pipefail
if /usr/bin/python3 -c 'import ecdsa' >/dev/null 2>&1; then
  exit 0
fi
echo "python3-ecdsa is not installed: installing Debian's python3-ecdsa package with apt" >&2
export DEBIAN_FRONTEND=noninteractive
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
sudo_if_needed apt-get update -qq
sudo_if_needed apt-get install -y -qq --no-install-recommends python3 python3-ecdsa >/dev/null
/usr/bin/python3 -c 'import ecdsa; print("python3-ecdsa", ecdsa.__version__)' >&2
