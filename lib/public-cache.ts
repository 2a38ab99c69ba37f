// The public pages' data cache. Public reads (seasons, ideas, announcements, figures) go through `cachedRead`,
// which keeps their result in Next's data cache under tags naming what it shows; every write action that changes
// what a public page shows calls `revalidatePublic` with exactly those tags. Nothing cached depends on the time:
// the cache holds rows, and the app's clock (read live per request, lib/organization.ts) decides what of them is
// public yet — so an embargoed post appears at its publish time, and decisions at the announcement phase, with no
// write and no expiry to wait for. The cache lives in the server's memory (next.config.ts: isrFlushToDisk off), so
// two servers on two databases never share entries.
import 'server-only'
import { revalidateTag, unstable_cache } from 'next/cache'

export const PUBLIC_TAG = 'public'
export const tags = {
  organization: 'organization',
  seasons: 'seasons',
  season: (seasonId: string) => `season:${seasonId}`,
  ideas: (seasonId: string) => `ideas:${seasonId}`,
  announcements: 'announcements',
  stats: (seasonId: string) => `stats:${seasonId}`,
  /** Every public page (lib/public-page.ts): the demo clock moving changes what each shows. */
  clock: 'clock',
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** JSON with Dates kept as `{ $date: iso }` (the data cache stores JSON; Prisma rows carry Dates). */
function encode(value: unknown): Json {
  return JSON.parse(
    JSON.stringify(value, function (this: Record<string, unknown>, key, json) {
      const raw = this[key]
      return raw instanceof Date ? { $date: raw.toISOString() } : json
    }) ?? 'null',
  ) as Json
}

function decode(value: Json): unknown {
  if (Array.isArray(value)) return value.map(decode)
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
    if (keys.length === 1 && keys[0] === '$date' && typeof value.$date === 'string') return new Date(value.$date)
    return Object.fromEntries(keys.map((key) => [key, decode(value[key]!)]))
  }
  return value
}

/**
 * `read(...args)` through the data cache, keyed by `name` and the arguments, tagged with `tagsFor(...args)` and
 * PUBLIC_TAG. Outside a Next.js server (unit tests, scripts) it simply reads.
 */
export function cachedRead<Args extends (string | number)[], Result>(
  name: string,
  tagsFor: (args: NoInfer<Args>) => string[],
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    if (!process.env.NEXT_RUNTIME) return read(...args)
    const cached = unstable_cache(async (...inner: Args) => encode(await read(...inner)), [name], {
      tags: [PUBLIC_TAG, ...tagsFor(args)],
    })
    try {
      return decode(await cached(...args)) as Result
    } catch (error) {
      // No cache in this context (e.g. a request the proxy answers before routing): read directly.
      if (error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing')) return read(...args)
      throw error
    }
  }
}

// Counts the public writes of this server process, for what cannot use tags: the proxy's memory of which
// addresses exist (lib/missing-pages.ts). On globalThis, because the proxy and the actions are separate bundles.
const GENERATION = Symbol.for('summer.public-cache.generation')
type WithGeneration = typeof globalThis & { [GENERATION]?: number }

/** The number of `revalidatePublic` calls in this process so far. */
export function publicGeneration(): number {
  return (globalThis as WithGeneration)[GENERATION] ?? 0
}

/** Drops the cached public data and pages behind these tags now: the next request reads the database. */
export function revalidatePublic(...names: string[]) {
  ;(globalThis as WithGeneration)[GENERATION] = publicGeneration() + 1
  for (const name of new Set(names)) revalidateTag(name, { expire: 0 })
}
