#!/usr/bin/env bash
# Installs what a fresh clone lacks: npm packages (with Node 24 from the registry); with
# --chromium, a Chromium for the browser tests; with --postgres, Debian's PostgreSQL server for
# the intake's store tests (they start a throwaway cluster of their own; nothing runs as a service).
# Safe to run again: it does nothing when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.package-lock.json
if [ ! -x node_modules/.bin/node ] || [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "Installing npm packages (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
fi

args=" $* "

if [[ "$args" == *" --chromium "* ]]; then
  if ! bash scripts/find-chromium.sh >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian's chromium (apt-get)..."
      (apt-get update -qq || true) >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      echo "No Chromium or Chrome found. Install one, for example:" >&2
      echo "  sudo apt-get install -y chromium" >&2
      echo "or point CHROMIUM_PATH at a Chromium or Chrome binary." >&2
      exit 1
    fi
  fi
  echo "Chromium: $(bash scripts/find-chromium.sh)"
fi

if [[ "$args" == *" --postgres "* ]]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian's postgresql (apt-get)..."
      (apt-get update -qq || true) >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      # The package starts a cluster as a service; the tests start their own and need none.
      (service postgresql stop || true) >/dev/null 2>&1
    else
      echo "No PostgreSQL server found. Install one, for example:" >&2
      echo "  sudo apt-get install -y postgresql" >&2
      exit 1
    fi
  fi
  echo "PostgreSQL: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
