#!/usr/bin/env bash
# npm run test:cluster — the app as several instances: Redis, two production instances built separately from the
# same source on one PostgreSQL database, nginx round robin in front (scripts/cluster/cluster.ts), then the checks
# in scripts/cluster/cluster.test.ts. Installs Debian's redis-server and nginx when missing and run as root; builds
# instance B's copy every time, and A's when there is none (set NEXT_DIST_DIR to use another one). Ports: CLUSTER_PORT (3700: nginx,
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

# Instance A runs the build in NEXT_DIST_DIR (.next); instance B runs a second build of the same source, made here
# separately, as on machines that each build the release: both builds get the same server-action key
# (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) and deployment id (NEXT_DEPLOYMENT_ID, which next.config.ts also makes the
# build id). npm test exports both for its build; run alone, this reads them from A's build, or makes A's build.
dist_a="${NEXT_DIST_DIR:-.next}"
dist_b="${CLUSTER_B_DIST_DIR:-.next-cluster-b}"
deployment_of() { node -e 'try { process.stdout.write(require(process.argv[1]).deploymentId || "") } catch {}' "$PWD/$1/routes-manifest.json"; }
if [ ! -f "$dist_a/BUILD_ID" ] || [ -z "$(deployment_of "$dist_a")" ]; then
  echo "No production build with a deployment id in $dist_a: building instance A's"
  export NEXT_DEPLOYMENT_ID="${NEXT_DEPLOYMENT_ID:-cluster-$(date +%s)}"
  export NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="${NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:-$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64"))')}"
  NEXT_DIST_DIR="$dist_a" node_modules/.bin/next build
fi
key="$(node -e 'process.stdout.write(require(process.argv[1]).encryptionKey)' "$PWD/$dist_a/server/server-reference-manifest.json")"
deployment="$(deployment_of "$dist_a")"
if [ "${CLUSTER_B_BUILT:-}" = 1 ] && [ -f "$dist_b/BUILD_ID" ]; then
  # npm test built it already, separately, while its other tests ran (scripts/test.sh).
  echo "Instance B's copy was built separately in $dist_b (deployment id $(deployment_of "$dist_b"))"
else
  echo "Building instance B's copy separately in $dist_b (deployment id $deployment)"
  rm -rf "$dist_b"
  build_log="$(mktemp -t summer-build-b.XXXXXX)"
  NEXT_DIST_DIR="$dist_b" NEXT_DEPLOYMENT_ID="$deployment" NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$key" node_modules/.bin/next build >"$build_log" 2>&1 \
    || { tail -40 "$build_log" >&2; echo "instance B's build failed" >&2; exit 1; }
fi
export NEXT_DIST_DIR="$dist_a" CLUSTER_B_DIST_DIR="$dist_b"

# npm test (scripts/test.sh) asks for a TAP copy of the results for its summary.
reporters=(--test-reporter=spec --test-reporter-destination=stdout)
[ -n "${CLUSTER_TAP_OUTPUT:-}" ] && reporters+=(--test-reporter=tap "--test-reporter-destination=$CLUSTER_TAP_OUTPUT")
exec node --import tsx --test "${reporters[@]}" --test-concurrency=1 scripts/cluster/cluster.test.ts
