#!/usr/bin/env bash
# Every test: type-check, lint, unit tests (vitest), builds, end-to-end tests in real Chromium.
# Installs what a fresh clone lacks first. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

bash scripts/ensure-deps.sh --chromium --postgres || exit 1
export CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
mkdir -p .test-reports
rm -f .test-reports/*.json

status=0
step() { echo; echo "== $1"; }

step "Type-check"
npm run --silent typecheck || status=1

step "Lint (Biome: import cycles, import direction, a few correctness rules; biome.json)"
npm run --silent lint || status=1

step "Unit tests (vitest)"
vitest run --reporter=default --reporter=json --outputFile=.test-reports/vitest.json || status=1

if ls test/e2e/*.spec.ts >/dev/null 2>&1; then
  step "Build"
  npm run --silent build || status=1
  step "End-to-end tests (Playwright, real Chromium)"
  PLAYWRIGHT_JSON_OUTPUT_NAME=.test-reports/playwright.json playwright test --reporter=list,json || status=1
fi

node scripts/summarise-tests.ts .test-reports/vitest.json .test-reports/playwright.json || status=1
exit $status
