#!/usr/bin/env bash
# Prints the path of the Chromium (or Chrome) the browser tests use; exits 1 when there is none.
# CHROMIUM_PATH wins when set.
set -u
for candidate in "${CHROMIUM_PATH:-}" /usr/lib/chromium/chromium /usr/bin/chromium /usr/bin/chromium-browser \
  /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done
exit 1
