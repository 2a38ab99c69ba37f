// npm run bench — issue 16's measurement. Builds for production, prepares a database with a scale season of 2,000
// proposals (DATABASE_URL when set, else a fresh embedded database in a temporary folder), starts `next start` on
// loopback, and measures each page with autocannon: 16 connections, a warm-up, then a fixed time — the public pages,
// then signed in (a session cookie minted for a mentor who is also the season's admin, as next-auth would) the
// review list (unfiltered, filtered, searched), a proposal's review page and the rank list. Requests accept gzip, as
// every browser does. The floor (a page prerendered at build time) is measured again right before each page, and
// each page's ratios are to that floor: other processes on the machine change the speed of both alike. Prints
// requests/s and latency p50/p95/p99 with their ratios, the server's resident memory after the run, and the pure
// cores (scripts/bench-pure.ts); writes everything as JSON.
// Usage: npm run bench [-- --seconds 10 --warmup 3 --connections 16 --proposals 2000 --port 3900 --no-build --only rank,figures --json bench-results.json]
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { encode } from 'next-auth/jwt'
import { databaseUrlFromEnv } from '../lib/database-url'
import { migrate } from '../lib/migrate'
import { createPrismaClient } from '../lib/prisma-client'
import { seedDemo } from '../prisma/seed'
import { seedScale } from '../prisma/seed/scale'
import { run, waitFor } from './bench-process'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    proposals: { type: 'string', default: '2000' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '3900' },
    json: { type: 'string', default: 'bench-results.json' },
    'no-build': { type: 'boolean', default: false },
    // Measures only the pages whose name contains one of these words (comma-separated), e.g. --only rank,idea.
    only: { type: 'string', default: '' },
  },
})
const bounded = (value: string, min: number, max: number, name: string) => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`)
  return n
}
const seconds = bounded(values.seconds, 1, 120, 'seconds')
const warmup = bounded(values.warmup, 0, 60, 'warmup')
const connections = bounded(values.connections, 1, 256, 'connections')
const proposals = bounded(values.proposals, 1, 100_000, 'proposals')
const port = bounded(values.port, 1024, 65535, 'port')
const root = resolve(import.meta.dirname, '..')
const next = join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
const base = `http://127.0.0.1:${port}`



type Measure = { name: string; path: string; signedIn: boolean; reference: boolean; requestsPerSecond: number; kilobytes: number; p50: number; p95: number; p99: number; requests: number; errors: number; non2xx: number }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN

// A reference row is measured like the others but has no target: it shows what the cheapest page of its kind costs.
type Page = { name: string; path: string; cookie?: string; reference?: boolean }

async function measure({ name, path, cookie, reference }: Page): Promise<Measure> {
  const url = base + path
  const headers: Record<string, string> = { 'accept-encoding': 'gzip', ...(cookie ? { cookie } : {}) }
  if (warmup > 0) await autocannon({ url, connections, duration: warmup, headers })
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((done, failed) => {
    const instance = autocannon({ url, connections, duration: seconds, headers }, (error, result) => (error ? failed(error) : done(result)))
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
  latencies.sort((a, b) => a - b)
  return {
    name,
    path,
    signedIn: Boolean(cookie),
    reference: Boolean(reference),
    requestsPerSecond: result.requests.total / seconds,
    // Mean bytes per response as sent (gzip), headers included: what each request costs the wire and the compressor.
    kilobytes: result.requests.total ? result.throughput.total / result.requests.total / 1024 : 0,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

function residentMb(pid: number | undefined): number | null {
  if (!pid) return null
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))
    return line ? Number(line.split(/\s+/)[1]) / 1024 : null
  } catch {
    return null
  }
}

/**
 * The signed-in pages of the scale season, as a mentor who reviewed some proposals and is the season's admin too
 * (made one here when the season has none): a next-auth session cookie minted with the server's secret.
 */
async function signedInPages(prisma: ReturnType<typeof createPrismaClient>, slug: string, secret: string): Promise<Page[]> {
  const season = await prisma.season.findFirstOrThrow({ where: { slug }, select: { id: true } })
  const role = await prisma.seasonRole.findFirstOrThrow({
    where: { seasonId: season.id, role: 'MENTOR' },
    orderBy: { user: { email: 'asc' } },
    select: { user: { select: { id: true, name: true, email: true, sessionVersion: true } } },
  })
  const user = role.user
  await prisma.seasonRole.upsert({
    where: { userId_seasonId_role: { userId: user.id, seasonId: season.id, role: 'ADMIN' } },
    update: {},
    create: { userId: user.id, seasonId: season.id, role: 'ADMIN' },
  })
  const reviewed = await prisma.review.findFirstOrThrow({ where: { reviewerId: user.id, proposal: { seasonId: season.id } }, select: { proposalId: true } })
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email, sv: user.sessionVersion }, secret })
  const cookie = `next-auth.session-token=${token}`
  const review = `/seasons/${slug}/review`
  return [
    { name: 'review list (2,000 proposals)', path: review, cookie },
    { name: 'review list, filtered', path: `${review}?unreviewed=1&min=3`, cookie },
    { name: 'review list, searched', path: `${review}?q=tests`, cookie },
    { name: 'a proposal with its reviews', path: `${review}/proposals/${reviewed.proposalId}`, cookie },
    { name: 'rank list', path: `${review}/rank`, cookie },
    // What any page rendered per request costs here, before it shows anything of its own: a dynamic page signed
    // out (the sign-in form), the header's route handler signed out (it answers `null`: what the feed's handler
    // costs before its own work), and a signed-in page with no rows (this mentor has no proposals of their own).
    { name: 'reference: dynamic, signed out (/signin)', path: '/signin', reference: true },
    { name: 'reference: route handler, signed out (/api/viewer)', path: '/api/viewer', reference: true },
    { name: 'reference: signed in, no rows (/me/proposals)', path: '/me/proposals', cookie, reference: true },
  ]
}

type EmbeddedProcess = { url: string; pid: number | undefined; stop: () => Promise<void> }

/** scripts/embedded-db.ts as a child process: resolves with its URL once it serves. */
function startEmbeddedProcess(dataDir: string): Promise<EmbeddedProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/embedded-db.ts', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  const stop = () => new Promise<void>((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill('SIGTERM'))))
  return new Promise((done, failed) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = out.split('\n').find((l) => l.startsWith('postgresql://'))
      if (line) done({ url: line.trim(), pid: child.pid, stop })
    })
    child.once('exit', (code) => failed(new Error(`the embedded database exited (code ${code})`)))
  })
}

let embedded: EmbeddedProcess | undefined
let server: ChildProcess | undefined
let embeddedDir: string | undefined
try {
  if (!values['no-build']) await run(process.execPath, [next, 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' })

  let url: string
  if (process.env.DATABASE_URL) url = databaseUrlFromEnv()
  else {
    embeddedDir = mkdtempSync(join(tmpdir(), 'summer-bench-'))
    // In a process of its own, as in the demo's launcher, so its memory is measured apart from this one's.
    embedded = await startEmbeddedProcess(join(embeddedDir, 'pglite'))
    url = embedded.url
  }
  await migrate(url)
  const prisma = createPrismaClient(url)
  await seedDemo(prisma)
  // Reuse a scale season of this size when the database has one (a server database across runs).
  const existing = await prisma.season.findFirst({ where: { slug: { startsWith: `scale-${proposals}-` } }, orderBy: { year: 'desc' }, select: { slug: true, year: true } })
  const newest = await prisma.season.findFirst({ orderBy: { year: 'desc' }, select: { year: true } })
  const started = performance.now()
  const slug = existing && existing.year === newest?.year ? existing.slug : (await seedScale(prisma, { proposals })).slug
  console.log(`bench: scale season ${slug} ready in ${((performance.now() - started) / 1000).toFixed(1)} s (${proposals} proposals)`)
  const secret = randomBytes(32).toString('base64url')
  const signedIn = await signedInPages(prisma, slug, secret)
  await prisma.$disconnect()

  server = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // As `npm start` runs it (package.json): the heap capped at 400 MB and two malloc arenas, which keep the
      // server's resident memory under 500 MB (without them it grows past 600 MB under this load).
      NODE_OPTIONS: `--max-old-space-size=400 ${process.env.NODE_OPTIONS ?? ''}`.trim(),
      MALLOC_ARENA_MAX: '2',
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: embedded ? '1' : (process.env.DATABASE_POOL_SIZE ?? '10'),
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: secret,
      DEMO_SIGN_IN: 'false',
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
    },
  })
  await waitFor(`${base}/news/feed.xml`, 60_000)

  const floorPage: Page = { name: 'floor: /help/review-scores (static)', path: '/help/review-scores' }
  const publicPages: Page[] = [
    { name: 'home', path: '/' },
    { name: 'season', path: `/seasons/${slug}` },
    { name: 'accepted-students announcement', path: '/news/gsoc-2011-accepted-students' },
    { name: `ideas list (${Math.max(1, Math.round(proposals / 5))} ideas)`, path: `/seasons/${slug}/ideas` },
    { name: 'an idea', path: `/seasons/${slug}/ideas/idea-1` },
    { name: 'figures', path: `/seasons/${slug}/stats` },
    { name: 'news', path: '/news' },
    { name: 'feed', path: '/news/feed.xml' },
  ]
  const rows: (Measure & { floor: Measure; throughputRatio: number; p50Ratio: number; p95Ratio: number; p99Ratio: number })[] = []
  let publicRssMb: number | null = null
  const wanted = values.only.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean)
  const chosen = [...publicPages, ...signedIn].filter((p) => !wanted.length || wanted.some((w) => p.name.toLowerCase().includes(w)))
  for (const page of chosen) {
    if (page === signedIn[0]) publicRssMb = residentMb(server.pid)
    // The floor right before the page: the pair sees the same load from the rest of the machine.
    const floor = await measure(floorPage)
    const r = await measure(page)
    rows.push({ ...r, floor, throughputRatio: r.requestsPerSecond / floor.requestsPerSecond, p50Ratio: r.p50 / floor.p50, p95Ratio: r.p95 / floor.p95, p99Ratio: r.p99 / floor.p99 })
    console.log(`bench: ${page.name}: ${r.requestsPerSecond.toFixed(0)} req/s (floor ${floor.requestsPerSecond.toFixed(0)} req/s)`)
  }
  const serverRssMb = residentMb(server.pid)
  // Without DATABASE_URL: the embedded database's process (what the demo's launcher holds) after the run.
  const embeddedRssMb = embedded ? residentMb(embedded.pid) : null

  const pad = (s: string, n: number) => s.padEnd(n)
  const num = (x: number, digits = 0) => x.toFixed(digits).padStart(8)
  console.log(`\n${connections} connections, ${warmup} s warm-up, ${seconds} s measured per page; ratios are to the floor measured right before each page`)
  console.log(`${pad('page', 52)}${'req/s'.padStart(7)}${'floor'.padStart(7)}${'×floor'.padStart(8)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'floor p95'.padStart(10)}${'p95×'.padStart(7)}${'gz kB'.padStart(8)}  errors`)
  for (const r of rows) {
    console.log(`${pad(r.name, 52)}${num(r.requestsPerSecond).slice(1)}${num(r.floor.requestsPerSecond).slice(1)}${num(r.throughputRatio, 2)}${num(r.p50)}${num(r.p95)}${num(r.p99)}${num(r.floor.p95).padStart(10)}${num(r.p95Ratio, 2).slice(1)}${num(r.kilobytes, 1)}  ${r.errors + r.non2xx}`)
  }
  console.log(`server resident memory after the run: ${serverRssMb?.toFixed(0) ?? '?'} MB (target < 500 MB); after the public pages: ${publicRssMb?.toFixed(0) ?? '?'} MB`)
  if (embeddedRssMb !== null) console.log(`embedded database's process (as in the demo's launcher) after the run: ${embeddedRssMb.toFixed(0)} MB resident (target < 500 MB)`)
  const publicRows = rows.filter((r) => !r.signedIn && !r.reference)
  const below = publicRows.filter((r) => r.throughputRatio < 0.8)
  console.log(`public pages at ≥ 0.8× the floor's throughput: ${publicRows.length - below.length} of ${publicRows.length}${below.length ? ` (below: ${below.map((r) => r.name).join(', ')})` : ''}`)
  const signedInRows = rows.filter((r) => r.signedIn && !r.reference)
  const slow = signedInRows.filter((r) => !(r.p95Ratio <= 3)) // NaN: no request answered in time
  console.log(`signed-in pages at p95 ≤ 3× the floor's: ${signedInRows.length - slow.length} of ${signedInRows.length}${slow.length ? ` (above: ${slow.map((r) => r.name).join(', ')})` : ''}`)

  server.kill('SIGTERM')
  server = undefined
  console.log('\nbench: the pure cores (npm run bench:pure)')
  const pureJson = join(tmpdir(), `summer-bench-pure-${process.pid}.json`)
  await run(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/bench-pure.ts', '--json', pureJson], process.env)
  const pure = JSON.parse(readFileSync(pureJson, 'utf8')) as unknown
  rmSync(pureJson, { force: true })

  writeFileSync(
    values.json,
    JSON.stringify(
      { at: new Date().toISOString(), database: embedded ? 'embedded' : 'server', connections, warmupSeconds: warmup, seconds, proposals, season: slug, pages: rows, serverRssMb, publicRssMb, embeddedRssMb, pure },
      null,
      2,
    ) + '\n',
  )
  console.log(`bench: wrote ${values.json}`)
} catch (error) {
  console.error(`bench failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  server?.kill('SIGTERM')
  await embedded?.stop()
  if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true })
}

// Issue 17's deadline-day scenario (scripts/bench-load.ts: students autosaving while readers read), when asked:
// BENCH_LOAD=1 npm run bench. It reuses this run's build.
if (process.env.BENCH_LOAD === '1' && !process.exitCode) {
  await run(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/bench-load.ts', '--no-build'], process.env).catch(() => (process.exitCode = 1))
}

// Issue 19's one-instance-versus-two run through nginx (scripts/bench-cluster.ts), when asked:
// BENCH_CLUSTER=1 npm run bench. It reuses this run's build.
if (process.env.BENCH_CLUSTER === '1' && !process.exitCode) {
  await run(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/bench-cluster.ts'], process.env).catch(() => (process.exitCode = 1))
}
