// Rate limits on what costs mail or CPU: every limit is named here, with its allowance per person, per e-mail
// address and per client address. The counters live in a store chosen in one place (RATE_LIMIT_STORE, or
// setLimiterStore): Redis when REDIS_URL is set, so that several instances share one allowance; otherwise this
// process's memory, or on request the database's RateLimit table. Keys are hashed, so a shared store never holds
// an e-mail address.
import 'server-only'
import { createHash } from 'node:crypto'
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible'
import { db } from './db'
import { connected, redis, type RedisClient } from './redis'

/** What a limit counts by: the signed-in person, the e-mail address asked for, the client's address. */
export type LimitKey = 'user' | 'address' | 'ip'

type Allowance = { points: number; seconds: number }

/**
 * The limits. Autosave and preview allow several times what a person typing produces (the editor saves at most
 * once a second, the preview asks at most every 0.4 s while typing), so only a script or a loop is refused.
 * Per-IP allowances are wider than per-person ones: a school or an office shares one address.
 */
export const LIMITS = {
  /** Sign-in links by e-mail: each one is a mail sent. */
  signInEmail: {
    what: 'sign-in links',
    address: { points: 5, seconds: 15 * 60 },
    ip: { points: 30, seconds: 15 * 60 },
  },
  /** The Markdown fields' live preview: a render on the server per call. */
  markdownPreview: {
    what: 'previews',
    user: { points: 60, seconds: 20 },
    ip: { points: 600, seconds: 20 },
  },
  /** The proposal editor's autosave: a transaction per call. */
  autosave: {
    what: 'saves',
    user: { points: 40, seconds: 20 },
    ip: { points: 1_200, seconds: 20 },
  },
} as const satisfies Record<string, { what: string } & Partial<Record<LimitKey, Allowance>>>

export type LimitName = keyof typeof LIMITS

export type LimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number; message: string }

/** Makes the counter of one (limit, key kind): memoryStore, databaseStore or redisStore below. */
export type LimiterStore = ((options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract) & {
  /** Waited for before counting (a shared store's first connection). */
  ready?: () => Promise<void>
}

/** Counters in this process: right for one instance. */
export const memoryStore: LimiterStore = (options) => new RateLimiterMemory(options)

/**
 * Counters in the app's database (table RateLimit), shared by every instance. Should the database fail, each
 * instance falls back to counting in its own memory.
 */
export const databaseStore: LimiterStore = (options) =>
  new RateLimiterPrisma({ ...options, storeClient: db, tableName: 'rateLimit', insuranceLimiter: new RateLimiterMemory(options) })

/**
 * Counters in Redis (REDIS_URL), shared by every instance. While Redis is out of reach, each instance counts in its
 * own memory instead (at worst an allowance per instance, never none).
 */
export function redisStore(client: () => RedisClient = () => redis()): LimiterStore {
  const store: LimiterStore = (options) =>
    new RateLimiterRedis({
      ...options,
      storeClient: client(),
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    })
  store.ready = () => connected(client())
  return store
}

/** RATE_LIMIT_STORE=memory|database|redis; unset: Redis when REDIS_URL is set, else memory. Redis needs REDIS_URL. */
export function storeFromEnv(env: Record<string, string | undefined> = process.env): 'memory' | 'database' | 'redis' {
  const named = env.RATE_LIMIT_STORE
  if (named === 'memory' || named === 'database') return named
  return env.REDIS_URL ? 'redis' : 'memory'
}

const configuredStore = (): LimiterStore => ({ memory: memoryStore, database: databaseStore, redis: redisStore() })[storeFromEnv()]

// Kept on globalThis: Next may load this module once per server bundle, and the counters must be one.
const state = globalThis as unknown as { summerLimiters?: { store: LimiterStore; limiters: Map<string, RateLimiterAbstract> } }
const limiters = () => (state.summerLimiters ??= { store: configuredStore(), limiters: new Map() })

/** Replaces the store (a shared one for several instances, or a fresh one in tests); counters restart. */
export function setLimiterStore(store: LimiterStore = configuredStore()) {
  state.summerLimiters = { store, limiters: new Map() }
}

function limiter(name: LimitName, kind: LimitKey, allowance: Allowance): RateLimiterAbstract {
  const { store, limiters: map } = limiters()
  const keyPrefix = `summer:${name}:${kind}`
  let found = map.get(keyPrefix)
  if (!found) {
    found = store({ keyPrefix, points: allowance.points, duration: allowance.seconds })
    map.set(keyPrefix, found)
  }
  return found
}

const hashed = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 32)

/** Seconds as a person reads them. */
function wait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minute${minutes === 1 ? '' : 's'}`
}

/**
 * Counts one call against every allowance of the limit whose key is given (a missing key, such as an unknown
 * client address, skips that allowance). Refused when any allowance is spent, with the wait until it refills.
 */
/** A limiter's "over the limit" answer (RateLimiterRes), as opposed to a store's error. */
function isRefusal(value: unknown): value is RateLimiterRes {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    typeof (value as RateLimiterRes).msBeforeNext === 'number' &&
    typeof (value as RateLimiterRes).remainingPoints === 'number'
  )
}

export async function checkLimit(name: LimitName, keys: Partial<Record<LimitKey, string | null | undefined>>): Promise<LimitOutcome> {
  const limit: { what: string } & Partial<Record<LimitKey, Allowance>> = LIMITS[name]
  let retryAfterMs = 0
  await limiters().store.ready?.()
  for (const kind of ['user', 'address', 'ip'] as const) {
    const allowance = limit[kind]
    const key = keys[kind]
    if (!allowance || !key) continue
    try {
      await limiter(name, kind, allowance).consume(hashed(key.trim().toLowerCase()))
    } catch (refusal) {
      // A store that fails (a shared one out of reach) must not lock everyone out: the call goes through.
      // The refusal is recognised by its shape, not `instanceof`: a production bundle may hold two copies of the
      // library's class (one per chunk), and a refusal then looked like a store failure and let every call through.
      if (!isRefusal(refusal)) {
        console.error(`summer: rate limit ${name} could not be checked: ${refusal instanceof Error ? refusal.message : String(refusal)}`)
        continue
      }
      retryAfterMs = Math.max(retryAfterMs, refusal.msBeforeNext)
    }
  }
  if (retryAfterMs === 0) return { ok: true }
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  return { ok: false, retryAfterSeconds, message: `Too many ${limit.what} in a short time: please wait ${wait(retryAfterSeconds)} and try again.` }
}
