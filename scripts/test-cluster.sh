#!/usr/bin/env bash
# npm run test:cluster — the app as several instances: Redis, two production instances of one build on one
# PostgreSQL database, nginx round robin in front (scripts/cluster/cluster.ts), then the checks in
# scripts/cluster/cluster.test.ts. Installs Debian's redis-server and nginx when missing and run as root; builds
# the app when there is no build (set NEXT_DIST_DIR to use another one). Ports: CLUSTER_PORT (3700: nginx,
# 3701 and 3702: the instances, 3790: Redis). PostgreSQL: TEST_DATABASE_ADMIN_URL (default 127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

missing=()
[ -x "${REDIS_SERVER:-/usr/bin/redis-server}" ] || missing+=(redis-server)
[ -x "${NGINX:-/usr/sbin/nginx}" ] || missing+=(nginx)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's ${missing[*]} for the cluster test"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null
  else
    echo "The cluster test needs ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
# Debian starts the services it installs; this test runs its own on private ports and needs none of them.

if [ ! -f "${NEXT_DIST_DIR:-.next}/BUILD_ID" ]; then
  echo "No production build yet: building once for both instances"
  node_modules/.bin/next build
fi

# npm test (scripts/test.sh) asks for a TAP copy of the results for its summary.
reporters=(--test-reporter=spec --test-reporter-destination=stdout)
[ -n "${CLUSTER_TAP_OUTPUT:-}" ] && reporters+=(--test-reporter=tap "--test-reporter-destination=$CLUSTER_TAP_OUTPUT")
exec node --import tsx --test "${reporters[@]}" --test-concurrency=1 scripts/cluster/cluster.test.ts
