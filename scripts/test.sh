#!/usr/bin/env bash
# npm test — everything that must pass before a change lands, in the order that fails fastest:
# types, schema/migration agreement, unit + integration tests on a real Postgres engine, then a production
# build and the browser suite in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
results="$(mktemp -d)"

step() { printf '\n== %s\n' "$*"; }

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "Installing Debian's Chromium for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
  else
    echo "The browser tests need Chromium at $chromium: install it (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

step "Type check"
node_modules/.bin/tsc --noEmit

step "Migrations match prisma/schema.prisma"
node_modules/.bin/tsx scripts/migration-diff.ts --check

step "Unit and integration tests"
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"

step "Production build"
node_modules/.bin/next build

step "Browser tests (Playwright in $chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" CHROMIUM_PATH="$chromium" \
  node_modules/.bin/playwright test --reporter=list,json

node -e '
const fs = require("fs")
const v = JSON.parse(fs.readFileSync(process.argv[1], "utf8"))
const p = JSON.parse(fs.readFileSync(process.argv[2], "utf8")).stats
const passed = v.numPassedTests + p.expected + p.flaky
const failed = v.numFailedTests + p.unexpected
const skipped = v.numPendingTests + v.numTodoTests + p.skipped
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
' "$results/vitest.json" "$results/playwright.json"
