// npm run bench:load — issue 17's deadline-day scenario. Builds for production (unless --no-build), prepares a
// database (DATABASE_URL when set, else a fresh embedded one), adds a season whose applications are open by the
// app's clock with S students, each with a draft, and starts `next start` on loopback. Then, for each S:
//   - R clients read the season's public ideas page with autocannon for a fixed time, alone (the baseline);
//   - the same readers again while S students each autosave their own proposal about once a second, for the same
//     time, through the editor's server action (saveProposal) exactly as the browser calls it: a POST to the
//     editor's address with the `Next-Action` header carrying the action's id (read from the build's
//     server-reference manifest), the arguments encoded by React's own `encodeReply` (the code the browser runs),
//     the student's next-auth session cookie (a JWT minted with the server's secret, as next-auth does at
//     sign-in) and the Origin header a browser sends. Each student sends the version (updatedAt) its last
//     acknowledged save returned, as the editor does, and one deliberately stale save (an old version), which
//     must be refused;
//   - then it checks that every proposal holds the last text the server acknowledged for it (and the audit row
//     of the edit window holds it too), and that no refused save left a trace in the proposal or the audit log.
// Before the scenarios, a profile run (a second server with PRISMA_LOG_QUERIES=1) counts the statements of one
// save and the size of its response (a response carrying a re-rendered page is kilobytes, not 190 bytes), and a
// calibration measures the server's CPU time per save and per page read, one at a time, and per save layer (a call
// refused signed out, one refused as invalid, a full save): robust to other processes sharing the cores.
// Usage: npm run bench:load [-- --students 50,200,500 --seconds 20 --readers 8 --port 3600 --no-build
//                               --no-profile --json bench-results-load.json]
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { encode } from 'next-auth/jwt'
import { databaseUrlFromEnv } from '../lib/database-url'
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../lib/embedded-postgres'
import { migrate } from '../lib/migrate'
import { createPrismaClient } from '../lib/prisma-client'
import { seedDemo } from '../prisma/seed'
import { run, waitFor } from './bench-process'

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '50,200,500' },
    seconds: { type: 'string', default: '20' },
    readers: { type: 'string', default: '8' },
    port: { type: 'string', default: process.env.BENCH_LOAD_PORT ?? '3600' },
    json: { type: 'string', default: 'bench-results-load.json' },
    'no-build': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
})
const bounded = (value: string, min: number, max: number, name: string) => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`)
  return n
}
const sizes = values.students.split(',').map((s) => bounded(s.trim(), 1, 5000, 'students'))
const seconds = bounded(values.seconds, 2, 600, 'seconds')
const readers = bounded(values.readers, 0, 256, 'readers')
const port = bounded(values.port, 1024, 65534, 'port')
const root = resolve(import.meta.dirname, '..')
const nextBin = join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
const distDir = process.env.NEXT_DIST_DIR || '.next'
const secret = randomBytes(32).toString('base64url')
const SAVE_TIMEOUT_MS = 60_000

/**
 * Node's fetch gives up connecting after 10 s; a browser waits far longer, and a server whose accept queue is full
 * (hundreds of students connecting at once to a starved process) answers later than that. Same limit as a save:
 * the global dispatcher is replaced by one of its own class (Node bundles undici but does not export it).
 */
async function patientFetch() {
  await fetch('data:,').catch(() => undefined) // makes Node create its global dispatcher
  const key = Symbol.for('undici.globalDispatcher.1')
  const global = globalThis as unknown as Record<symbol, object | undefined>
  const Agent = global[key]?.constructor as (new (options: object) => object) | undefined
  if (Agent) global[key] = new Agent({ connect: { timeout: SAVE_TIMEOUT_MS } })
}

// React's reply encoder, from the copy Next.js ships: what the browser's generated action stub calls.
const require = createRequire(import.meta.url)
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node') as {
  encodeReply: (value: unknown) => Promise<string | FormData>
}



/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); NaN elsewhere. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)))
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN

/** The id of `saveProposal` in lib/proposals/actions.ts, from the build's server-reference manifest. */
function saveActionId(): string {
  const manifest = JSON.parse(readFileSync(join(root, distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>
  }
  const found = Object.entries(manifest.node).filter(([, entry]) => entry.exportedName === 'saveProposal' && entry.filename?.includes('lib/proposals/actions'))
  if (found.length !== 1) throw new Error(`expected one saveProposal action in the manifest, found ${found.length}`)
  return found[0]![0]
}

function startServer(url: string, serverPort: number, extra: Record<string, string> = {}, onStdout?: (chunk: string) => void): ChildProcess {
  const profiling = values['cpu-prof'] && !extra.PRISMA_LOG_QUERIES ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values['cpu-prof'])}`] : []
  const child = spawn(process.execPath, [...profiling, nextBin, 'start', '-H', '127.0.0.1', '-p', String(serverPort)], {
    cwd: root,
    stdio: ['ignore', onStdout ? 'pipe' : 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? (embedded ? '1' : '10'),
      NEXTAUTH_URL: `http://127.0.0.1:${serverPort}`,
      NEXTAUTH_SECRET: secret,
      DEMO_SIGN_IN: 'false',
      // Each simulated student sends its own X-Forwarded-For, as behind one proxy: the per-address limit counts too.
      TRUST_PROXY: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
      ...extra,
    },
  })
  if (onStdout) child.stdout!.setEncoding('utf8').on('data', onStdout)
  return child
}

type Student = { index: number; userId: string; proposalId: string; cookie: string; address: string; version: string }

type SaveOutcome =
  | { kind: 'acknowledged'; updatedAt: string; bytes: number }
  | { kind: 'refused'; error: string; message: string; bytes: number }
  | { kind: 'failed'; reason: string }

/** The page's router state as the browser sends it (Next-Router-State-Tree) for /me/proposals/[id]. */
function routerState(proposalId: string): string {
  const tree = ['', { children: ['(app)', { children: ['me', { children: ['proposals', { children: [['id', proposalId, 'd'], { children: ['__PAGE__', {}] }] }] }] }] }, null, null, true]
  return encodeURIComponent(JSON.stringify(tree))
}

/** The action's result from its RSC response: row 0 points at the row holding the returned value. */
function actionResult(text: string): unknown {
  const rows = new Map<string, string>()
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1))
  }
  const head = JSON.parse(rows.get('0') ?? 'null') as { a?: unknown } | null
  const ref = typeof head?.a === 'string' && head.a.startsWith('$@') ? head.a.slice(2) : null
  if (ref && rows.has(ref)) return JSON.parse(rows.get(ref)!)
  return head?.a
}

async function save(base: string, actionId: string, student: Student, fields: Record<string, string>, version: string): Promise<SaveOutcome> {
  const form = new FormData()
  form.set('proposalId', student.proposalId)
  form.set('version', version)
  for (const [key, value] of Object.entries(fields)) form.set(key, value)
  const body = await encodeReply([{ ok: true }, form])
  let response: Response
  try {
    response = await fetch(`${base}/me/proposals/${student.proposalId}`, {
      method: 'POST',
      headers: {
        Accept: 'text/x-component',
        'Next-Action': actionId,
        'Next-Router-State-Tree': routerState(student.proposalId),
        Origin: base,
        Cookie: student.cookie,
        'X-Forwarded-For': student.address,
        ...(typeof body === 'string' ? { 'Content-Type': 'text/plain;charset=UTF-8' } : {}),
      },
      body,
      signal: AbortSignal.timeout(SAVE_TIMEOUT_MS),
    })
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause
    return { kind: 'failed', reason: (error as Error).name === 'TimeoutError' ? 'timeout' : `network: ${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}` }
  }
  const text = await response.text().catch(() => '')
  if (response.status !== 200) return { kind: 'failed', reason: `HTTP ${response.status}` }
  let result: { ok?: boolean; error?: string; message?: string; data?: { updatedAt?: string } }
  try {
    result = actionResult(text) as typeof result
  } catch {
    return { kind: 'failed', reason: 'unreadable response' }
  }
  if (result?.ok === true && typeof result.data?.updatedAt === 'string') return { kind: 'acknowledged', updatedAt: result.data.updatedAt, bytes: text.length }
  if (result?.ok === false) return { kind: 'refused', error: String(result.error), message: String(result.message), bytes: text.length }
  return { kind: 'failed', reason: 'no action result in the response' }
}

/** A plan of about 2 kB that names its save, so where each text ended up can be told apart. */
const marker = (student: number, n: number) => `⟦s${student}:n${n}⟧`
const filler = 'We will parse the xentrace binary format, group events by physical CPU and draw them on a zoomable timeline. '.repeat(18)
const planFor = (student: number, n: number) => `## Approach\n\n${filler}\n\nRevision ${marker(student, n)}`

type Scenario = {
  students: number
  seconds: number
  readers: number
  saves: { acknowledged: number; refused: number; refusedStaleExpected: number; refusedUnexpected: Record<string, number>; staleAccepted: number; failed: number; failedReasons: Record<string, number> }
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number }
  savesPerSecond: number
  meanResponseBytes: number
  check: { proposals: number; lost: number; uncertain: number; auditBehind: number; refusedTraces: number }
  readersAlone: { requestsPerSecond: number; p50: number; p95: number; errors: number }
  readersWithWriters: { requestsPerSecond: number; p50: number; p95: number; errors: number }
  readerRatio: number
  /** Cores the server kept busy (CPU seconds per second), readers alone and with the writers. */
  serverCpu: { readersAlone: number; withWriters: number; benchClientWithWriters: number }
  loadAverage: number[]
}

async function readPages(url: string, connections: number, duration: number) {
  if (connections === 0) return { requestsPerSecond: 0, p50: NaN, p95: NaN, errors: 0 }
  const result = await autocannon({ url, connections, duration })
  return { requestsPerSecond: result.requests.total / duration, p50: result.latency.p50, p95: result.latency.p97_5 ?? NaN, errors: result.errors + result.timeouts + result.non2xx }
}

let embedded: EmbeddedPostgres | undefined
let embeddedDir: string | undefined
const servers: ChildProcess[] = []
try {
  await patientFetch()
  if (!values['no-build']) await run(process.execPath, [nextBin, 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' })
  const actionId = saveActionId()

  let url: string
  if (process.env.DATABASE_URL) url = databaseUrlFromEnv()
  else {
    embeddedDir = mkdtempSync(join(tmpdir(), 'summer-bench-load-'))
    embedded = await startEmbeddedPostgres({ dataDir: join(embeddedDir, 'pglite') })
    url = embedded.url
  }
  await migrate(url)
  const prisma = createPrismaClient(url)
  await seedDemo(prisma)

  // A season of its own, applications open by real time (production ignores the demo's pinned clock).
  const tag = randomBytes(3).toString('hex')
  const DAY = 24 * 60 * 60 * 1000
  const now = Date.now()
  const org = await prisma.organization.findFirstOrThrow({ orderBy: { createdAt: 'asc' } })
  const season = await prisma.season.create({
    data: {
      organizationId: org.id,
      slug: `load-${tag}`,
      program: 'Google Summer of Code',
      year: new Date(now).getUTCFullYear(),
      title: `Deadline day ${tag}`,
      phases: {
        create: [
          { kind: 'IDEAS_PUBLISHED', startsAt: new Date(now - 30 * DAY) },
          { kind: 'APPLICATIONS_OPEN', startsAt: new Date(now - 10 * DAY) },
          { kind: 'APPLICATIONS_CLOSE', startsAt: new Date(now + 1 * DAY) },
        ],
      },
    },
  })
  await prisma.idea.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      seasonId: season.id,
      slug: `idea-${i + 1}`,
      title: `Idea ${i + 1}: a tracing tool for the hypervisor`,
      summary: 'Make scheduling problems visible at a glance, from the trace to a picture.',
      skills: ['C', 'Python'],
      status: 'PUBLISHED' as const,
      publishedAt: new Date(now - 20 * DAY),
    })),
  })
  const most = Math.max(...sizes)
  const total = most + 7 // more students for the profile and the calibration (one person's saves are rate-limited)
  await prisma.user.createMany({ data: Array.from({ length: total }, (_, i) => ({ name: `Load student ${i}`, email: `load-${tag}-${i}@example.test` })) })
  const users = await prisma.user.findMany({ where: { email: { startsWith: `load-${tag}-` } }, select: { id: true, email: true, name: true, sessionVersion: true } })
  users.sort((a, b) => Number(a.email!.split('-').pop()) - Number(b.email!.split('-').pop()))
  await prisma.seasonRole.createMany({ data: users.map((u) => ({ userId: u.id, seasonId: season.id, role: 'STUDENT' as const, createdAt: new Date(now) })) })
  // Drafts with their title already: on deadline day people type the plan. A save that changes the title re-renders
  // the page (the heading shows it); the profile measures that case apart.
  await prisma.proposal.createMany({
    data: users.map((u, i) => ({ seasonId: season.id, studentId: u.id, title: `Proposal of student ${i}`, links: [], createdAt: new Date(now), updatedAt: new Date(now) })),
  })
  const proposals = new Map((await prisma.proposal.findMany({ where: { seasonId: season.id }, select: { id: true, studentId: true, updatedAt: true } })).map((p) => [p.studentId, p]))
  const students: Student[] = await Promise.all(
    users.map(async (u, index) => {
      // What next-auth puts in the session cookie at sign-in (lib/auth.ts jwt callback: sub and the session version).
      const token = await encode({ token: { sub: u.id, name: u.name, email: u.email, sv: u.sessionVersion }, secret })
      const p = proposals.get(u.id)!
      return { index, userId: u.id, proposalId: p.id, cookie: `next-auth.session-token=${token}`, address: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`, version: p.updatedAt.toISOString() }
    }),
  )
  console.log(`bench:load: season ${season.slug} with ${most} students and their drafts (${embedded ? 'embedded database' : 'PostgreSQL server'})`)

  // ---------------------------------------------------------------- profile: statements per save
  let profile: { statementsPerSave: number; statements: string[]; responseBytes: number; titleSaveStatements: number; titleSaveResponseBytes: number } | null = null
  if (!values['no-profile']) {
    const lines: string[] = []
    const profilePort = port + 1
    const server = startServer(url, profilePort, { PRISMA_LOG_QUERIES: '1' }, (chunk) => lines.push(...chunk.split('\n').filter((l) => l.startsWith('prisma:query'))))
    servers.push(server)
    const base = `http://127.0.0.1:${profilePort}`
    await waitFor(`${base}/help/review-scores`, 60_000)
    const student = students[most]!
    const fields = (n: number, title = 'Profiled proposal') => ({ title, abstract: 'A viewer for traces.', plan: planFor(student.index, n), timeline: '', hoursPerWeek: '30', links: '' })
    // Warm up (first calls compile queries and load modules), then measure a plain save and a save that renames.
    for (let n = 1; n <= 3; n++) {
      const out = await save(base, actionId, student, fields(n), student.version)
      if (out.kind === 'acknowledged') student.version = out.updatedAt
      else throw new Error(`profile save ${n} not acknowledged: ${JSON.stringify(out)}`)
    }
    await sleep(300)
    const measureOne = async (n: number, title?: string) => {
      lines.length = 0
      const out = await save(base, actionId, student, fields(n, title), student.version)
      await sleep(300)
      if (out.kind !== 'acknowledged') throw new Error(`profile save not acknowledged: ${JSON.stringify(out)}`)
      student.version = out.updatedAt
      return { statements: lines.map((l) => l.replace(/^prisma:query \S+ /, '')), bytes: out.bytes }
    }
    const plain = await measureOne(4)
    const renamed = await measureOne(5, 'Profiled proposal, renamed')
    profile = { statementsPerSave: plain.statements.length, statements: plain.statements, responseBytes: plain.bytes, titleSaveStatements: renamed.statements.length, titleSaveResponseBytes: renamed.bytes }
    console.log(`bench:load: one autosave = ${plain.statements.length} statements, response ${plain.bytes} bytes; a save that changes the title = ${renamed.statements.length} statements, ${renamed.bytes} bytes`)
    for (const s of plain.statements) console.log(`    ${s}`)
    server.kill('SIGTERM')
    servers.pop()
    await sleep(500)
  }

  // ---------------------------------------------------------------- the scenarios
  const server = startServer(url, port)
  servers.push(server)
  const base = `http://127.0.0.1:${port}`
  const readUrl = `${base}/seasons/${season.slug}/ideas`
  await waitFor(readUrl, 60_000)
  await autocannon({ url: readUrl, connections: Math.max(1, readers), duration: 3 }) // warm-up

  // Calibration, on the quiet server: 60 saves one after another (six students taking turns, under the per-person
  // limit), one client reading the page 60 times; the server's CPU time per request (robust to other processes
  // sharing the cores, unlike latency).
  const cpuBefore = cpuMs(server.pid)
  let t = performance.now()
  for (let n = 100; n < 160; n++) {
    const calibrator = students[most + (n % 6)]!
    const out = await save(base, actionId, calibrator, { title: `Proposal of student ${calibrator.index}`, abstract: '', plan: planFor(calibrator.index, n), timeline: '', hoursPerWeek: '', links: '' }, calibrator.version)
    if (out.kind !== 'acknowledged') throw new Error(`calibration save not acknowledged: ${JSON.stringify(out)}`)
    calibrator.version = out.updatedAt
  }
  const saveCal = { meanLatencyMs: (performance.now() - t) / 60, serverCpuMs: (cpuMs(server.pid) - cpuBefore) / 60 }
  // Where a save's time goes, by what it skips: an action call refused before anything (no session cookie: Next's
  // action pipeline, the proxy and next-auth finding no session), and one refused by validation (the session
  // read, the user's row, the rate limit, zod), against the full save (plus the transaction).
  const floor = async (what: string, student: Student, fields: Record<string, string>, expected: string) => {
    const cpu0 = cpuMs(server.pid)
    const t0 = performance.now()
    for (let n = 0; n < 30; n++) {
      const out = await save(base, actionId, student, fields, student.version)
      if (out.kind !== 'refused' || out.error !== expected) throw new Error(`calibration (${what}): ${JSON.stringify(out)}`)
    }
    return { meanLatencyMs: (performance.now() - t0) / 30, serverCpuMs: (cpuMs(server.pid) - cpu0) / 30 }
  }
  const anonymous = { ...students[most]!, cookie: '' }
  const signedOut = await floor('signed out', anonymous, { title: 'x' }, 'unauthenticated')
  const invalidInput = await floor('invalid', students[most + 6]!, { title: 'x', hoursPerWeek: 'many' }, 'invalid')
  const cpuMid = cpuMs(server.pid)
  t = performance.now()
  for (let n = 0; n < 60; n++) await (await fetch(readUrl)).text()
  const readCal = { meanLatencyMs: (performance.now() - t) / 60, serverCpuMs: (cpuMs(server.pid) - cpuMid) / 60 }
  const calibration = { save: saveCal, read: readCal, refusedSignedOut: signedOut, refusedInvalid: invalidInput }
  console.log(
    `bench:load: calibration, one at a time: a save ${saveCal.meanLatencyMs.toFixed(1)} ms (server CPU ${saveCal.serverCpuMs.toFixed(1)} ms), ` +
      `a page read ${readCal.meanLatencyMs.toFixed(1)} ms (server CPU ${readCal.serverCpuMs.toFixed(1)} ms); ` +
      `server CPU of a call refused signed out ${signedOut.serverCpuMs.toFixed(1)} ms, refused as invalid ${invalidInput.serverCpuMs.toFixed(1)} ms`,
  )

  const scenarios: Scenario[] = []
  for (const size of sizes) {
    const group = students.slice(0, size)
    // Warm-up: one save each, not counted (modules loaded, queries compiled, connections open).
    const warm = await Promise.all(group.slice(0, 5).map((s) => save(base, actionId, s, { title: `Proposal of student ${s.index}`, abstract: '', plan: planFor(s.index, 0), timeline: '', hoursPerWeek: '', links: '' }, s.version)))
    warm.forEach((out, i) => {
      if (out.kind === 'acknowledged') group[i]!.version = out.updatedAt
    })

    const cpuAlone = cpuMs(server.pid)
    const alone = await readPages(readUrl, readers, seconds)
    const cpuStart = cpuMs(server.pid)

    const latencies: number[] = []
    let bytes = 0
    const saves: Scenario['saves'] = { acknowledged: 0, refused: 0, refusedStaleExpected: 0, refusedUnexpected: {}, staleAccepted: 0, failed: 0, failedReasons: {} }
    const state = group.map(() => ({ lastAcked: null as string | null, refusedMarkers: [] as string[], uncertain: [] as string[] }))
    const runFor = seconds * 1000
    const started = performance.now()
    const benchCpu0 = process.cpuUsage()
    const until = started + runFor
    const writer = async (s: Student) => {
      const mine = state[s.index]!
      const staleVersion = s.version // a version that every later save makes stale
      const staleAt = 3 + (s.index % 5) // each student sends one stale save, early in the run
      await sleep(Math.random() * 1000) // students do not type in step
      for (let n = 1; performance.now() < until; n++) {
        const tick = performance.now()
        const stale = n === staleAt
        const plan = planFor(s.index, n)
        const fields = { title: `Proposal of student ${s.index}`, abstract: 'A graphical viewer for xentrace output.', plan, timeline: '1. Week 1: the parser', hoursPerWeek: '30', links: 'https://example.org/patches' }
        const t0 = performance.now()
        const out = await save(base, actionId, s, fields, stale ? staleVersion : s.version)
        latencies.push(performance.now() - t0)
        if (out.kind === 'acknowledged') {
          if (stale && mine.lastAcked !== null) saves.staleAccepted++
          saves.acknowledged++
          bytes += out.bytes
          s.version = out.updatedAt
          mine.lastAcked = plan
          mine.uncertain = []
        } else if (out.kind === 'refused') {
          saves.refused++
          bytes += out.bytes
          mine.refusedMarkers.push(marker(s.index, n))
          if (stale && out.error === 'conflict') saves.refusedStaleExpected++
          else saves.refusedUnexpected[out.error] = (saves.refusedUnexpected[out.error] ?? 0) + 1
        } else {
          saves.failed++
          saves.failedReasons[out.reason] = (saves.failedReasons[out.reason] ?? 0) + 1
          mine.uncertain.push(plan) // may or may not have landed
        }
        await sleep(tick + 900 + Math.random() * 200 - performance.now()) // about once a second
      }
    }
    const [withWriters] = await Promise.all([readPages(readUrl, readers, seconds), ...group.map(writer)])
    const elapsed = (performance.now() - started) / 1000
    const benchCpu = process.cpuUsage(benchCpu0)
    const serverCpu = {
      readersAlone: (cpuStart - cpuAlone) / 1000 / seconds,
      withWriters: (cpuMs(server.pid) - cpuStart) / 1000 / elapsed,
      benchClientWithWriters: (benchCpu.user + benchCpu.system) / 1e6 / elapsed,
    }

    // The check: the database against what the server acknowledged.
    const rows = await prisma.proposal.findMany({ where: { id: { in: group.map((s) => s.proposalId) } }, select: { id: true, plan: true } })
    const plans = new Map(rows.map((r) => [r.id, r.plan]))
    const audits = await prisma.auditLog.findMany({ where: { entity: 'Proposal', entityId: { in: group.map((s) => s.proposalId) } }, orderBy: { id: 'asc' }, select: { entityId: true, before: true, after: true } })
    const auditText = new Map<string, string>()
    const latestAfter = new Map<string, unknown>()
    for (const a of audits) {
      auditText.set(a.entityId, (auditText.get(a.entityId) ?? '') + JSON.stringify(a.before) + JSON.stringify(a.after))
      latestAfter.set(a.entityId, (a.after as { plan?: unknown } | null)?.plan)
    }
    const check = { proposals: group.length, lost: 0, uncertain: 0, auditBehind: 0, refusedTraces: 0 }
    for (const s of group) {
      const mine = state[s.index]!
      const stored = plans.get(s.proposalId) ?? ''
      if (mine.uncertain.includes(stored)) check.uncertain++
      else if (mine.lastAcked !== null && stored !== mine.lastAcked) check.lost++
      if (mine.lastAcked !== null && stored === mine.lastAcked && latestAfter.get(s.proposalId) !== mine.lastAcked) check.auditBehind++
      const trail = stored + (auditText.get(s.proposalId) ?? '')
      check.refusedTraces += mine.refusedMarkers.filter((m) => trail.includes(m)).length
    }
    latencies.sort((a, b) => a - b)
    const scenario: Scenario = {
      students: size,
      seconds,
      readers,
      saves,
      latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? NaN, mean: latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1) },
      savesPerSecond: (saves.acknowledged + saves.refused + saves.failed) / elapsed,
      meanResponseBytes: bytes / Math.max(1, saves.acknowledged + saves.refused),
      check,
      readersAlone: alone,
      readersWithWriters: withWriters,
      readerRatio: alone.requestsPerSecond ? withWriters.requestsPerSecond / alone.requestsPerSecond : NaN,
      serverCpu,
      loadAverage: loadavg(),
    }
    scenarios.push(scenario)
    const l = scenario.latencyMs
    console.log(
      `bench:load: S=${size}: ${saves.acknowledged} acknowledged, ${saves.refused} refused (${saves.refusedStaleExpected} stale on purpose), ${saves.failed} failed; ` +
        `save p50/p95/p99 ${l.p50.toFixed(0)}/${l.p95.toFixed(0)}/${l.p99.toFixed(0)} ms; readers ${alone.requestsPerSecond.toFixed(0)} → ${withWriters.requestsPerSecond.toFixed(0)} req/s; ` +
        `lost ${check.lost}, refused traces ${check.refusedTraces}; server busy ${serverCpu.readersAlone.toFixed(2)} → ${serverCpu.withWriters.toFixed(2)} cores (this bench's own process ${serverCpu.benchClientWithWriters.toFixed(2)})`,
    )
  }
  await prisma.$disconnect()

  const pad = (s: string, n: number) => s.padStart(n)
  console.log(`\nDeadline day: S students autosaving ~1/s for ${seconds} s while ${readers} clients read ${readUrl.replace(base, '')}`)
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; database: ${embedded ? 'embedded' : 'PostgreSQL server'}; pool ${process.env.DATABASE_POOL_SIZE ?? (embedded ? 1 : 10)}`)
  console.log(`one at a time: a save ${calibration.save.meanLatencyMs.toFixed(1)} ms, server CPU ${calibration.save.serverCpuMs.toFixed(1)} ms; a page read ${calibration.read.meanLatencyMs.toFixed(1)} ms, server CPU ${calibration.read.serverCpuMs.toFixed(1)} ms`)
  console.log(`a save's server CPU, by layer: the action call itself (refused signed out) ${calibration.refusedSignedOut.serverCpuMs.toFixed(1)} ms; + session, user row, limit, validation (refused as invalid) ${calibration.refusedInvalid.serverCpuMs.toFixed(1)} ms; + the transaction (a full save) ${calibration.save.serverCpuMs.toFixed(1)} ms`)
  if (profile) console.log(`one autosave: ${profile.statementsPerSave} SQL statements, response ${profile.responseBytes} bytes (renaming: ${profile.titleSaveStatements} statements, ${profile.titleSaveResponseBytes} bytes)`)
  console.log(`${'S'.padStart(5)}${pad('acked', 8)}${pad('refused', 9)}${pad('failed', 8)}${pad('saves/s', 9)}${pad('p50', 7)}${pad('p95', 7)}${pad('p99', 7)}${pad('lost', 6)}${pad('traces', 8)}${pad('read alone', 12)}${pad('read+write', 12)}${pad('ratio', 7)}`)
  for (const s of scenarios) {
    console.log(
      `${String(s.students).padStart(5)}${pad(String(s.saves.acknowledged), 8)}${pad(`${s.saves.refused}`, 9)}${pad(String(s.saves.failed), 8)}${pad(s.savesPerSecond.toFixed(0), 9)}` +
        `${pad(s.latencyMs.p50.toFixed(0), 7)}${pad(s.latencyMs.p95.toFixed(0), 7)}${pad(s.latencyMs.p99.toFixed(0), 7)}${pad(String(s.check.lost), 6)}${pad(String(s.check.refusedTraces), 8)}` +
        `${pad(s.readersAlone.requestsPerSecond.toFixed(0), 12)}${pad(s.readersWithWriters.requestsPerSecond.toFixed(0), 12)}${pad(s.readerRatio.toFixed(2), 7)}`,
    )
  }
  console.log('(latency in ms, client-side; refused = the stale save each student sends on purpose, plus any other refusal listed in the JSON)')
  for (const s of scenarios) {
    const safe = s.saves.failed === 0 && s.check.lost === 0 && s.check.refusedTraces === 0 && s.saves.staleAccepted === 0
    const target = s.students <= 200 ? safe && s.latencyMs.p95 <= 250 : safe
    const unexpected = Object.entries(s.saves.refusedUnexpected)
    console.log(
      `S=${s.students}: ${target ? 'target holds' : 'TARGET MISSED'}${s.readerRatio < 0.5 ? '; readers below half their throughput' : ''}${unexpected.length ? `; unexpected refusals ${JSON.stringify(s.saves.refusedUnexpected)}` : ''}${s.saves.failed ? `; failures ${JSON.stringify(s.saves.failedReasons)}` : ''}${s.check.auditBehind ? `; audit behind for ${s.check.auditBehind}` : ''}`,
    )
  }
  writeFileSync(values.json, JSON.stringify({ at: new Date().toISOString(), database: embedded ? 'embedded' : 'server', cores: cpus().length, season: season.slug, actionId, profile, calibration, scenarios }, null, 2) + '\n')
  console.log(`bench:load: wrote ${values.json}`)
} catch (error) {
  console.error(`bench:load failed: ${(error as Error).stack ?? error}`)
  process.exitCode = 1
} finally {
  for (const server of servers) server.kill('SIGTERM')
  await embedded?.stop()
  if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true })
}
