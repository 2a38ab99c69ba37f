// npm run bench:cluster — the public pages and a signed-in page through nginx, with two instances behind it and
// then with one, in the same run on the same machine (the cluster of `npm run test:cluster`: Redis, one
// PostgreSQL database with the demo season, two production instances of the existing build, nginx round robin),
// page by page. Prints requests/s and p95 per page for both, and the ratio two ÷ one. On a 2-core machine the instances share
// the cores with nginx, Redis, PostgreSQL and the load generator, so expect little gain: the point is that
// nothing degrades. Options: --seconds (5), --warmup (2), --connections (16), --json <file>.
import { parseArgs } from 'node:util'
import { writeFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { signIn } from './cluster/client'
import { startCluster } from './cluster/cluster'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '16' },
    json: { type: 'string' },
  },
})
const seconds = Number(values.seconds)
const warmup = Number(values.warmup)
const connections = Number(values.connections)
process.env.LOG_LEVEL ??= 'warn'

type Row = { name: string; path: string; rps: number; p95: number; errors: number }

async function measure(url: string, headers: Record<string, string>): Promise<{ rps: number; p95: number; errors: number }> {
  if (warmup > 0) await autocannon({ url, connections, duration: warmup, headers })
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((done, failed) => {
    const run = autocannon({ url, connections, duration: seconds, headers }, (error, result) => (error ? failed(error) : done(result)))
    run.on('response', (_client, _status, _bytes, time) => latencies.push(time))
  })
  latencies.sort((a, b) => a - b)
  const p95 = latencies[Math.min(latencies.length - 1, Math.ceil(0.95 * latencies.length) - 1)] ?? NaN
  return { rps: result.requests.total / seconds, p95, errors: result.errors + result.timeouts + result.non2xx }
}

const cluster = await startCluster()
try {
  const student = await cluster.db.user.findFirstOrThrow({ where: { name: 'Kwame Mensah' } })
  const jar = await signIn(cluster.url, student.id)
  const pages: [string, string, Record<string, string>][] = [
    ['static: /help/review-scores', '/help/review-scores', {}],
    ['home', '/', {}],
    ['season', '/seasons/2011', {}],
    ['ideas list', '/seasons/2011/ideas', {}],
    ['announcement', '/news/gsoc-2011-accepted-students', {}],
    ['news', '/news', {}],
    ['feed', '/news/feed.xml', {}],
    ['signed in: /me/proposals', '/me/proposals', { Cookie: jar.header() }],
  ]
  // Every route loaded once on each instance first: a route's first request loads its code, which no
  // measurement should include.
  for (const [, path, headers] of pages) for (const instance of [cluster.a, cluster.b]) for (let i = 0; i < 3; i++) await (await fetch(instance.url + path, { headers })).arrayBuffer()
  // Page by page, two instances then one (nginx reloaded in between; the idle instance stays up), so that a
  // change in the machine's load during the run weighs on both alike.
  const one: Row[] = []
  const two: Row[] = []
  for (const [name, path, headers] of pages) {
    for (const [label, rows, instances] of [['two instances', two, [cluster.a, cluster.b]], ['one instance', one, [cluster.a]]] as const) {
      await cluster.useOnly(...instances)
      const m = await measure(cluster.url + path, headers)
      rows.push({ name, path, ...m })
      console.log(`bench-cluster: ${label}: ${name}: ${m.rps.toFixed(0)} req/s, p95 ${m.p95.toFixed(0)} ms${m.errors ? `, ${m.errors} errors` : ''}`)
    }
  }

  console.log(`\nthrough nginx, ${connections} connections, ${warmup} s warm-up, ${seconds} s measured per page`)
  console.log(`${'page'.padEnd(30)}${'1: req/s'.padStart(10)}${'2: req/s'.padStart(10)}${'2÷1'.padStart(7)}${'1: p95'.padStart(9)}${'2: p95'.padStart(9)}  errors`)
  for (const [i, a] of one.entries()) {
    const b = two[i]!
    console.log(`${a.name.padEnd(30)}${a.rps.toFixed(0).padStart(10)}${b.rps.toFixed(0).padStart(10)}${(b.rps / a.rps).toFixed(2).padStart(7)}${a.p95.toFixed(0).padStart(9)}${b.p95.toFixed(0).padStart(9)}  ${a.errors + b.errors}`)
  }
  if (values.json) writeFileSync(values.json, JSON.stringify({ connections, warmup, seconds, one, two }, null, 2))
} finally {
  await cluster.stop()
}
