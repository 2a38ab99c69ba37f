import { resolve } from 'node:path'
import type { NextConfig } from 'next'

// Several instances (README, "Running several instances"): with REDIS_URL, Next's caches live in Redis and this
// server keeps no copy in memory, so a write on one instance is seen by all. Without it, nothing changes.
const sharedCache: Partial<NextConfig> = process.env.REDIS_URL
  ? { cacheHandler: resolve('cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : {}

const nextConfig: NextConfig = {
  // Instances built separately (README, "Running several instances") agree on the build id when they are given the
  // same NEXT_DEPLOYMENT_ID (say, the release's commit), which Next also uses as the deployment id (asset URLs'
  // ?dpl=, the skew check on navigation). Without it every build gets a random id, as before.
  generateBuildId: async () => process.env.NEXT_DEPLOYMENT_ID || null,
  // Lets two builds live side by side (parallel browser-test runs during development).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  // isrFlushToDisk off: the data cache of public pages (lib/public-cache.ts) stays in this server's memory, so a
  // build shared by two servers on two databases (the browser tests) never serves one's rows from the other.
  // useCache: the 'use cache' directive without cacheComponents (which would change every signed-in page), used
  // for one thing: a public page's lifetime, which ends at the next publish time (lib/public-page.ts).
  experimental: { authInterrupts: true, isrFlushToDisk: false, useCache: true },
  // Server-only packages that must not be bundled (native pg bindings are optional; PGlite ships WebAssembly).
  serverExternalPackages: ['pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  poweredByHeader: false,
  // No ETags: Next computes one per response by hashing the whole HTML in JavaScript, on every cache hit too —
  // for the 1.2 MB ideas list of a 400-idea season that hash was the largest cost of serving the cached page.
  // The cost: no 304 answers to If-None-Match; public pages are revalidated by the server, not the browser.
  generateEtags: false,
  // Resolve <title> and <meta> before sending <head> for every client, not only for known bots: valid HTML
  // for any reader (validators, feed readers, link previews) at the cost of streaming metadata.
  htmlLimitedBots: /.*/,
  ...sharedCache,
}

export default nextConfig
