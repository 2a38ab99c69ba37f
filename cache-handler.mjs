// Next.js's cache (pages, data cache, revalidateTag/revalidatePath) in Redis, for several instances behind a load
// balancer: next.config.ts loads this file only when REDIS_URL is set. It is @fortedigital/nextjs-cache-handler's
// Redis handler ("redis-strings") on one node-redis client per server process. Every instance reads and writes
// the same entries, and a tag revalidated on one instance deletes the entries behind it for all of them.
//
// When Redis cannot be reached, reads miss and writes are dropped (the handler throws, the package's wrapper
// treats that as a miss): every request then reads the database. There is deliberately no in-memory fallback:
// a per-instance copy would keep serving what another instance has since changed.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

/** Used while building (no Redis needed to build) and when REDIS_URL is missing: caches nothing. */
const noCache = {
  name: 'no-cache',
  get: async () => null,
  set: async () => {},
  revalidateTag: async () => {},
  delete: async () => {},
}

CacheHandler.onCreation(async ({ buildId }) => {
  const url = process.env.REDIS_URL
  if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [noCache] }
  const state = globalThis
  if (!state.summerCacheRedis) {
    const client = createClient({ url, pingInterval: 10_000 })
    let reported = false
    client.on('error', (error) => {
      // node-redis reconnects by itself; say so once per outage, not once per retry.
      if (!reported) console.error(`summer: the Redis cache at REDIS_URL is out of reach (${error.message}); serving without a cache until it is back`)
      reported = true
    })
    client.on('ready', () => {
      if (reported) console.error('summer: the Redis cache is back')
      reported = false
    })
    client.connect().catch(() => {})
    state.summerCacheRedis = client
  }
  return {
    handlers: [
      createRedisHandler({
        client: state.summerCacheRedis,
        // Entries of one build only: instances of a new release never read pages rendered by the old one.
        keyPrefix: `summer:next:${process.env.CACHE_KEY_PREFIX ?? buildId ?? 'build'}:`,
        timeoutMs: 1_000,
      }),
    ],
  }
})

export default CacheHandler
