#!/usr/bin/env bash
# npm test — everything that must pass before a change lands, in the order that fails fastest:
# types, schema/migration agreement, unit + integration tests on a real Postgres engine, then a production
# build, the browser suite in Debian's Chromium, and the cluster test (two instances behind nginx on Redis and
# PostgreSQL, scripts/test-cluster.sh). It stops at the first failing stage and always ends with a
# summary of each stage and the line `tests: N passed, N failed, N skipped` (CI reads it; a failed stage that
# is not a test runner counts as one failure, and a browser test that passed only on retry is counted as
# flaky on a line of its own, not as passed).
#
# The integration tests use the machine's PostgreSQL (TEST_DATABASE=server, the default) and fail when it
# does not answer; run them on the embedded engine on purpose with TEST_DATABASE=embedded.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
results="$(mktemp -d)"
export TEST_RESULTS_DIR="$results"
trap 'node scripts/test-summary.mjs "$results"' EXIT

step() { printf '\n== %s\n' "$*"; }
# Runs one stage and records its exit status; stops the run (the summary still prints) when it fails.
stage() {
  local name="$1"
  shift
  "$@"
  local status=$?
  echo "$name $status" >>"$results/stages"
  [ "$status" = 0 ] || exit "$status"
}

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
stage types node_modules/.bin/tsc --noEmit

step "Migrations match prisma/schema.prisma"
stage migrations node_modules/.bin/tsx scripts/migration-diff.ts --check

# Built as a release that several machines build (README, "Running several instances"): the production build below
# and a second build of the same source for the cluster stage's instance B, made separately, with one server-action
# key and deployment id; the cluster stage checks that the two agree. B's build runs while the tests below do
# (after the type check, which reads next-env.d.ts, which a build rewrites).
export NEXT_DEPLOYMENT_ID="${NEXT_DEPLOYMENT_ID:-test-$(date +%s)}"
export NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="${NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:-$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64"))')}"
export CLUSTER_B_DIST_DIR=.next-cluster-b
rm -rf "$CLUSTER_B_DIST_DIR"
(NEXT_DIST_DIR="$CLUSTER_B_DIST_DIR" node_modules/.bin/next build >"$results/build-b.log" 2>&1; echo $? >"$results/build-b.status") &
build_b=$!
trap 'pkill -P "$build_b" 2>/dev/null; kill "$build_b" 2>/dev/null; node scripts/test-summary.mjs "$results"' EXIT
wait_for_build_b() {
  wait "$build_b" 2>/dev/null
  if [ "$(cat "$results/build-b.status" 2>/dev/null)" != 0 ]; then
    tail -40 "$results/build-b.log" >&2
    echo "the cluster instance B's build failed" >&2
    echo "build 1" >>"$results/stages"
    exit 1
  fi
  export CLUSTER_B_BUILT=1
}

step "Unit and integration tests (database engine: TEST_DATABASE=${TEST_DATABASE:-server})"
stage vitest node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"

step "Production build"
# B's build first has to be done: two builds at once in one folder would both rewrite next-env.d.ts.
wait_for_build_b
stage build node_modules/.bin/next build

step "Browser tests (Playwright in $chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" CHROMIUM_PATH="$chromium" \
  E2E_LANES=1 stage playwright node_modules/.bin/playwright test --reporter=list,json

step "Cluster: two production instances behind nginx, sharing PostgreSQL and Redis"
CLUSTER_TAP_OUTPUT="$results/cluster.tap" stage cluster bash scripts/test-cluster.sh
