// The app's Redis connection, for what several instances must share (rate limits). Only with REDIS_URL: a single
// instance needs no Redis. One client per server process, kept on globalThis (Next may load this module once per
// bundle). Next's own caches reach Redis through cache-handler.mjs, which holds a client of its own.
import 'server-only'
import { createClient } from '@redis/client'

const connect = (url: string) => createClient({ url, pingInterval: 10_000 })
export type RedisClient = ReturnType<typeof connect>

const state = globalThis as unknown as { summerRedis?: RedisClient }

/** The shared client, connecting on first use (node-redis reconnects by itself after an outage). */
export function redis(url = process.env.REDIS_URL): RedisClient {
  if (!url) throw new Error('REDIS_URL is not set')
  if (!state.summerRedis) {
    const client = connect(url)
    let reported = false
    client.on('error', (error: Error) => {
      if (!reported) console.error(`summer: Redis at REDIS_URL is out of reach (${error.message})`)
      reported = true
    })
    client.on('ready', () => {
      reported = false
    })
    client.connect().catch(() => {})
    state.summerRedis = client
  }
  return state.summerRedis
}

const firstConnection = new WeakMap<RedisClient, Promise<void>>()

/**
 * Resolves once the client has connected for the first time, or after `timeoutMs`; at once ever after (during a
 * later outage callers fall back straight away). Lets the first requests after a start wait for the connection
 * rather than count on their own.
 */
export function connected(client: RedisClient, timeoutMs = 2_000): Promise<void> {
  let waiting = firstConnection.get(client)
  if (!waiting) {
    waiting = client.isReady
      ? Promise.resolve()
      : new Promise<void>((done) => {
          const finish = () => {
            clearTimeout(timer)
            client.off('ready', finish)
            done()
          }
          const timer = setTimeout(finish, timeoutMs)
          client.on('ready', finish)
        })
    firstConnection.set(client, waiting)
  }
  return waiting
}
