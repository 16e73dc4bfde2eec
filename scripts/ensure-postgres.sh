#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on COLONIES_DB_HOST:COLONIES_DB_PORT (default 127.0.0.1:5432):
# starts the local cluster if it is down, and installs PostgreSQL with apt only if it is missing.
set -euo pipefail
host=${COLONIES_DB_HOST:-127.0.0.1}
port=${COLONIES_DB_PORT:-5432}

answers() { pg_isready -q -h "$host" -p "$port" 2>/dev/null; }

if command -v pg_isready >/dev/null 2>&1 && answers; then
  exit 0
fi
case "$host" in
  127.*|localhost|::1) ;;
  *) echo "PostgreSQL at $host:$port does not answer, and it is not local: start it there." >&2; exit 1 ;;
esac
if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  echo "PostgreSQL is not installed: installing it with apt" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  version=$(ls /etc/postgresql | sort -V | tail -1)
  # Local development trust, as on the CI machines: loopback connections need no password.
  sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "/etc/postgresql/$version/main/pg_hba.conf"
  sed -i -E 's/^(local\s+all\s+(postgres|all)\s+)\S+/\1trust/' "/etc/postgresql/$version/main/pg_hba.conf"
fi
version=$(ls /etc/postgresql | sort -V | tail -1)
echo "Starting PostgreSQL $version" >&2
pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
for _ in $(seq 1 30); do
  answers && exit 0
  sleep 1
done
echo "PostgreSQL did not come up on $host:$port" >&2
exit 1
