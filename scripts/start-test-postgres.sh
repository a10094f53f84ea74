#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the `postgres` test project and prints
# its connection string. Installs PostgreSQL from Debian packages when it is missing.
# Usage: export CSEC_TEST_POSTGRES_URL=$(bash scripts/start-test-postgres.sh)
# The URL is the server's superuser: the test setup (scripts/lib/postgres-databases.ts) uses it only to
# create each run's databases and least-privilege roles (an owner that migrates, a service role the
# subgraphs connect as), as docs/configuration.md ("Database roles") describes for a county.
set -euo pipefail

port="${CSEC_TEST_POSTGRES_PORT:-55432}"
data_dir="${CSEC_TEST_POSTGRES_DIR:-/tmp/csec-test-postgres}"

bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin_dir" ]; then
  echo "Installing PostgreSQL from Debian packages..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bin_dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# PostgreSQL refuses to run as root; run it as the postgres user when we are root.
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ ! -f "$data_dir/PG_VERSION" ]; then
  mkdir -p "$data_dir"
  [ "$(id -u)" = "0" ] && chown postgres: "$data_dir"
  as_owner "$bin_dir/initdb" -D "$data_dir" -U csec --auth=trust >/dev/null
fi
if ! as_owner "$bin_dir/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
  as_owner "$bin_dir/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w \
    -o "-p $port -k $data_dir -c listen_addresses=127.0.0.1" start >/dev/null
fi
echo "postgres://csec@127.0.0.1:$port/postgres"
