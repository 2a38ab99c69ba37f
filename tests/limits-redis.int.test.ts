// Rate limits counted in Redis (REDIS_URL), the store several instances share: two instances' limiters give one
// allowance between them, and a Redis out of reach leaves each instance counting on its own rather than
// refusing or letting everything through. Needs redis-server (Debian's package `redis-server`): started here on a
// private port, and the test is skipped, saying so, on a machine without it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { connect } from 'node:net'
import { createClient } from '@redis/client'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { LIMITS, checkLimit, redisStore, setLimiterStore, storeFromEnv } from '@/lib/rate-limit'

const PORT = Number(process.env.TEST_REDIS_PORT ?? 3791)
const binary = process.env.REDIS_SERVER ?? '/usr/bin/redis-server'
const available = spawnSync(binary, ['--version']).status === 0
if (!available) console.warn(`limits-redis: skipped, no redis-server at ${binary} (apt-get install redis-server, or set REDIS_SERVER)`)

describe('which store counts', () => {
  it('is Redis when REDIS_URL is set, memory otherwise, and RATE_LIMIT_STORE overrides both', () => {
    expect(storeFromEnv({})).toBe('memory')
    expect(storeFromEnv({ REDIS_URL: 'redis://127.0.0.1:6379' })).toBe('redis')
    expect(storeFromEnv({ REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_STORE: 'database' })).toBe('database')
    expect(storeFromEnv({ RATE_LIMIT_STORE: 'memory', REDIS_URL: 'redis://x' })).toBe('memory')
    expect(storeFromEnv({ RATE_LIMIT_STORE: 'redis' })).toBe('memory') // no Redis to count in
  })
})

describe.skipIf(!available)('counters in Redis, for several instances', () => {
  let server: ChildProcess
  const url = `redis://127.0.0.1:${PORT}`
  // One client per "instance", as two server processes would each hold.
  const clients: { close(): Promise<unknown> }[] = []
  // Not awaited: an instance's first requests come while its client is still connecting, and must wait for it.
  const instance = () => {
    const client = createClient({ url })
    clients.push(client)
    client.on('error', () => {})
    client.connect().catch(() => {})
    return client
  }

  beforeAll(async () => {
    // Never someone else's Redis: the port must be free (this test empties the server it starts).
    const taken = await new Promise<boolean>((done) => {
      const socket = connect({ port: PORT, host: '127.0.0.1' })
      socket.once('connect', () => (socket.destroy(), done(true)))
      socket.once('error', () => done(false))
    })
    if (taken) throw new Error(`port ${PORT} is in use: set TEST_REDIS_PORT to a free one`)
    server = spawn(binary, ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
    const probe = createClient({ url, socket: { reconnectStrategy: 100 } })
    probe.on('error', () => {})
    await probe.connect()
    await probe.flushAll()
    await probe.quit()
  })
  afterAll(async () => {
    for (const client of clients) await client.close().catch(() => {})
    server?.kill()
  })
  beforeEach(() => setLimiterStore())

  it('gives two instances one allowance, also when they are asked at the same moment', async () => {
    const points = LIMITS.signInEmail.address.points
    const ask = () => checkLimit('signInEmail', { address: 'shared@example.org' })
    const a = instance()
    const b = instance()
    setLimiterStore(redisStore(() => a as never))
    const first = await Promise.all(Array.from({ length: 3 }, ask))
    setLimiterStore(redisStore(() => b as never))
    const second = await Promise.all(Array.from({ length: 20 }, ask))
    expect([...first, ...second].filter((r) => r.ok)).toHaveLength(points)
    expect(second.at(-1)).toMatchObject({ ok: false, message: /Too many sign-in links/ })
    const keys = await a.keys('*')
    expect(keys.length).toBe(1)
    expect(keys[0]).not.toContain('shared') // hashed, never the address
  })

  it('counts in the instance’s memory while Redis is out of reach', async () => {
    const gone = createClient({ url: 'redis://127.0.0.1:1', socket: { reconnectStrategy: false } })
    gone.on('error', () => {})
    setLimiterStore(redisStore(() => gone as never))
    const results = await Promise.all(Array.from({ length: 8 }, () => checkLimit('signInEmail', { address: 'offline@example.org' })))
    expect(results.filter((r) => r.ok)).toHaveLength(LIMITS.signInEmail.address.points)
  })
})
