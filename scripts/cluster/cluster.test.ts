// npm run test:cluster — two production instances behind nginx, sharing one PostgreSQL database and one Redis
// (scripts/cluster/cluster.ts starts them). What must hold when the app runs as several instances:
// caches shared (a write through one instance is served by the other within a second, an embargoed post by
// none before its time), sessions valid on every instance and ended on every instance, one rate-limit allowance
// for all instances, and no accepted submission lost or doubled when an instance dies mid-run.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createClient } from '@redis/client'
import { after, before, describe, test } from 'node:test'
import { actionFormFields, actionIds, callAction, Jar, request, signIn, signOut, submitForm, viewer } from './client'
import { PORTS, startCluster, type Cluster } from './cluster'
import { smtpSink } from './smtp-sink'

const SEASON = '2011'
const APPLICATIONS_OPEN = new Date('2011-04-01T12:00:00Z')
const ANNOUNCED = '2011-04-26T12:00:00.000Z'
const ACCEPTED_POST = '/news/gsoc-2011-accepted-students'

let cluster: Cluster
let ids: Record<string, string>
const action = (file: string, name: string) => {
  const id = ids[`${file}#${name}`]
  assert.ok(id, `no server action ${file}#${name} in the build`)
  return id
}
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/**
 * Polls until `check` holds; fails when no check *started* within `ms` held. Returns when the check that held
 * started: on a loaded machine a request may take longer than `ms` to answer, which says nothing of the cache.
 */
async function within(ms: number, what: string, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  for (;;) {
    const asked = Date.now()
    if (asked - started > ms) assert.fail(`${what}: not within ${ms} ms`)
    if (await check()) return asked - started
    await sleep(50)
  }
}

const text = async (base: string, path: string, jar?: Jar) => {
  const response = await request(base, path, jar)
  return { status: response.status, body: await response.text(), upstream: response.headers.get('x-upstream') }
}

let adminId: string
let seasonId: string

const sink = smtpSink(PORTS.nginx + 25)

before(async () => {
  await sink.start()
  process.env.CLUSTER_SMTP_URL = sink.url
  cluster = await startCluster()
  ids = actionIds()
  const season = await cluster.db.season.findFirstOrThrow({ where: { slug: SEASON } })
  seasonId = season.id
  adminId = (await cluster.db.user.findFirstOrThrow({ where: { name: 'Ana Ferreira' } })).id
  // Applications open, by the demo clock; set behind the app's back, so drop what the instances cached of it.
  await cluster.db.organization.updateMany({ data: { clockOverride: APPLICATIONS_OPEN } })
  await cluster.db.season.update({ where: { id: seasonId }, data: { maxProposalsPerStudent: 20 } })
  await cluster.flushCache()
})

after(async () => {
  await cluster?.stop()
  await sink.stop()
})

describe('instances built separately', () => {
  const built = (instance: Cluster['a']) => ({
    buildId: readFileSync(join(instance.distDir, 'BUILD_ID'), 'utf8'),
    actions: actionIds(instance.distDir),
  })

  test('two builds of one release, each with the shared key and deployment id, agree on the build id and every action id', () => {
    assert.notEqual(cluster.a.distDir, cluster.b.distDir, 'B must run a build of its own (CLUSTER_B_DIST_DIR)')
    const a = built(cluster.a)
    const b = built(cluster.b)
    assert.equal(b.buildId, a.buildId)
    assert.ok(Object.keys(a.actions).length > 20)
    assert.deepEqual(b.actions, a.actions)
  })

  test('every script and style of a page A served is served by B, byte for byte', async () => {
    const page = await text(cluster.a.url, `/seasons/${SEASON}/ideas`)
    const assets = [...new Set([...page.body.matchAll(/\/_next\/static\/[^"'?\s)\\]+/g)].map((m) => m[0]))]
    assert.ok(assets.length > 3, 'the page references its chunks')
    for (const asset of assets) {
      const [fromA, fromB] = await Promise.all([cluster.a.url, cluster.b.url].map(async (base) => {
        const response = await request(base, asset)
        return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
      }))
      assert.equal(fromB!.status, 200, `B has no ${asset}`)
      assert.ok(fromA!.bytes.equals(fromB!.bytes), `${asset} differs between the builds`)
    }
  })

  test('a form A rendered, posted to B without script, saves; a client navigation from A’s page to B is not a skew', async () => {
    const student = await cluster.db.user.findFirstOrThrow({ where: { proposals: { some: {} }, email: { not: null } }, orderBy: { email: 'asc' } })
    const jar = await signIn(cluster.a.url, student.id)
    const page = await text(cluster.a.url, '/me/profile', jar)
    assert.equal(page.status, 200)
    const hidden = actionFormFields(page.body)
    assert.ok(hidden.some(([name]) => name.startsWith('$ACTION_REF_')), 'the profile form is a server-action form')
    const name = `${student.name ?? 'Student'} (saved through B)`
    const fields: [string, string][] = [
      ...hidden,
      ['name', name],
      ['email', student.email ?? ''],
      ['timeZone', student.timeZone ?? 'UTC'],
      ['githubHandle', student.githubHandle ?? ''],
      ['school', student.school ?? ''],
      ['country', student.country ?? ''],
    ]
    const answer = await submitForm(cluster.b.url, '/me/profile', fields, jar)
    assert.equal(answer.status, 200, `B refused A's form: HTTP ${answer.status}`)
    assert.equal((await cluster.db.user.findUniqueOrThrow({ where: { id: student.id } })).name, name)
    await cluster.db.user.update({ where: { id: student.id }, data: { name: student.name } })

    // Next's client sends its deployment id with every navigation; an answer with another id forces a full reload.
    const dpl = /data-dpl-id="([^"]+)"/.exec(page.body)?.[1]
    assert.ok(dpl, 'the page carries its deployment id')
    const rsc = { headers: { RSC: '1', 'x-deployment-id': dpl } }
    let navigation = await request(cluster.b.url, `/seasons/${SEASON}/ideas`, jar, rsc)
    // Next sends a navigation without its cache-busting `_rsc` parameter to the address that has it.
    if (navigation.status === 307) navigation = await request(cluster.b.url, navigation.headers.get('location')!.replace(/^https?:\/\/[^/]+/, ''), jar, rsc)
    assert.equal(navigation.status, 200)
    assert.match(navigation.headers.get('content-type') ?? '', /text\/x-component/)
    assert.equal(navigation.headers.get('x-nextjs-deployment-id'), dpl)
  })
})

describe('one cache for all instances (Redis)', () => {
  test('a page one instance cached is served by the other from the shared cache', async () => {
    const idea = await cluster.db.idea.findFirstOrThrow({ where: { seasonId, status: 'PUBLISHED' }, orderBy: { slug: 'asc' } })
    const path = `/seasons/${SEASON}/ideas/${idea.slug}`
    const first = await text(cluster.b.url, path)
    assert.equal(first.status, 200)
    assert.ok(first.body.includes(idea.title))
    // Changed behind the app's back (no revalidation): an instance that reads the cache still shows the old title,
    // A included, which never read this idea: it got it from the entry B wrote to Redis.
    await cluster.db.idea.update({ where: { id: idea.id }, data: { title: `${idea.title} (changed in SQL)` } })
    const fromA = await text(cluster.a.url, path)
    assert.ok(fromA.body.includes(idea.title) && !fromA.body.includes('(changed in SQL)'), 'A did not serve the cached row')
    await cluster.db.idea.update({ where: { id: idea.id }, data: { title: idea.title } })
  })

  test('an idea archived through B is gone from A and from nginx within a second', async () => {
    const idea = await cluster.db.idea.findFirstOrThrow({ where: { seasonId, status: 'PUBLISHED' }, orderBy: { slug: 'desc' } })
    const path = `/seasons/${SEASON}/ideas/${idea.slug}`
    for (const base of [cluster.a.url, cluster.b.url]) {
      assert.equal((await text(base, path)).status, 200)
      assert.ok((await text(base, `/seasons/${SEASON}/ideas`)).body.includes(`/ideas/${idea.slug}"`), `${base} lists the idea`)
    }
    const admin = await signIn(cluster.b.url, adminId)
    const archived = await callAction(cluster.b.url, `/seasons/${SEASON}/admin/ideas`, action('lib/ideas/actions.ts', 'archiveIdea'), { seasonId, ideaId: idea.id }, admin)
    assert.equal(archived.result?.ok, true, `archiveIdea: ${archived.status} ${archived.raw.slice(0, 300)}`)
    const took = await within(1000, 'A stops serving the archived idea', async () => (await text(cluster.a.url, path)).status === 404)
    console.log(`  archived on B → 404 on A for a request sent ${took} ms after the action answered`)
    for (let i = 0; i < 2; i++) assert.equal((await text(cluster.url, path)).status, 404)
    const list = await text(cluster.a.url, `/seasons/${SEASON}/ideas`)
    assert.ok(!list.body.includes(`/ideas/${idea.slug}"`), 'the archived idea is still on A’s list')
    // Back as it was: restored to a draft, then published again (through A this time); B serves it again.
    const restore = await callAction(cluster.a.url, `/seasons/${SEASON}/admin/ideas`, action('lib/ideas/actions.ts', 'restoreIdea'), { seasonId, ideaId: idea.id }, await signIn(cluster.a.url, adminId))
    assert.equal(restore.result?.ok, true)
    const publish = await callAction(cluster.a.url, `/seasons/${SEASON}/admin/ideas`, action('lib/ideas/actions.ts', 'publishIdea'), { seasonId, ideaId: idea.id }, admin)
    assert.equal(publish.result?.ok, true, 'a session from B publishes through A')
    await within(1000, 'B serves the republished idea', async () => (await text(cluster.b.url, path)).status === 200)
  })

  test('an embargoed post is served by no instance before its time, and by every one once the clock moved on A', async () => {
    for (const base of [cluster.a.url, cluster.b.url, cluster.url, cluster.url]) {
      assert.equal((await text(base, ACCEPTED_POST)).status, 404, `${base} served the post before the announcement`)
      assert.ok(!(await text(base, '/news/feed.xml')).body.includes(ACCEPTED_POST))
    }
    const admin = await signIn(cluster.a.url, adminId)
    const moved = await callAction(cluster.a.url, `/seasons/${SEASON}/admin`, action('lib/clock/actions.ts', 'setDemoClock'), { seasonId, at: ANNOUNCED }, admin)
    assert.equal(moved.result?.ok, true, `setDemoClock: ${moved.status} ${moved.raw.slice(0, 300)}`)
    try {
      const took = await within(1000, 'B serves the announcement', async () => (await text(cluster.b.url, ACCEPTED_POST)).status === 200)
      console.log(`  clock moved on A → the post on B for a request sent ${took} ms after the action answered`)
      for (let i = 0; i < 2; i++) assert.equal((await text(cluster.url, ACCEPTED_POST)).status, 200)
      // The feed too, within the same second (Next keeps a route's last answer for up to a second).
      await within(1000, 'B’s feed has the announcement', async () => (await text(cluster.b.url, '/news/feed.xml')).body.includes(ACCEPTED_POST))
    } finally {
      const back = await callAction(cluster.b.url, `/seasons/${SEASON}/admin`, action('lib/clock/actions.ts', 'setDemoClock'), { seasonId, at: APPLICATIONS_OPEN.toISOString() }, admin)
      assert.equal(back.result?.ok, true)
    }
    await within(1000, 'A hides the post again', async () => (await text(cluster.a.url, ACCEPTED_POST)).status === 404)
  })
})

describe('sessions on every instance', () => {
  test('a session cookie from A works on B and through nginx; signing out on A ends it on B', async () => {
    const jar = await signIn(cluster.a.url, adminId)
    assert.equal(await viewer(cluster.b.url, jar), 'Ana Ferreira')
    for (let i = 0; i < 2; i++) assert.equal(await viewer(cluster.url, jar), 'Ana Ferreira')
    const stolen = jar.copy() // the cookie as it was before signing out, replayed later
    await signOut(cluster.a.url, jar)
    assert.equal(await viewer(cluster.b.url, stolen), null)
    assert.equal(await viewer(cluster.url, stolen), null)
    assert.equal(await viewer(cluster.url, stolen), null)
  })
  test('a role taken away is gone on every instance at the next request', async () => {
    const roles = await cluster.db.seasonRole.findMany({ where: { seasonId }, select: { id: true, userId: true, role: true } })
    const mentor = roles.find((r) => r.role === 'MENTOR' && !roles.some((o) => o.userId === r.userId && o.role === 'ADMIN'))!
    const jar = await signIn(cluster.a.url, mentor.userId)
    for (const base of [cluster.a.url, cluster.b.url]) assert.equal((await request(base, `/seasons/${SEASON}/review`, jar)).status, 200)
    await cluster.db.seasonRole.delete({ where: { id: mentor.id } })
    try {
      for (const base of [cluster.b.url, cluster.a.url, cluster.url]) assert.equal((await request(base, `/seasons/${SEASON}/review`, jar)).status, 403, base)
    } finally {
      await cluster.db.seasonRole.create({ data: { id: mentor.id, userId: mentor.userId, seasonId, role: 'MENTOR' } })
    }
  })
})

describe('one rate-limit allowance for all instances (Redis)', () => {
  test('sign-in links for one address through nginx: the allowance counts once, whichever instance answers', async () => {
    const upstreams = new Set<string>()
    const statuses: number[] = []
    for (let i = 0; i < 9; i++) {
      const response = await request(cluster.url, '/api/auth/signin/email', undefined, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email: 'limited@example.org', callbackUrl: '/' }),
      })
      statuses.push(response.status)
      upstreams.add(response.headers.get('x-upstream') ?? '?')
      await response.arrayBuffer()
    }
    assert.equal(upstreams.size, 2, `both instances answered: ${[...upstreams].join(', ')}`)
    // LIMITS.signInEmail.address: 5 per 15 minutes, for the whole cluster (two separate counters would allow 10).
    assert.equal(statuses.filter((status) => status !== 429).length, 5, `statuses: ${statuses.join(' ')}`)
    assert.equal(statuses.at(-1), 429)
  })
})

describe('Redis out of reach', () => {
  test('pages are still served (from the database) and writes still show everywhere; the cache is used again once Redis is back', async () => {
    await cluster.redis.stop()
    try {
      for (const base of [cluster.a.url, cluster.b.url, cluster.url]) {
        assert.equal((await text(base, '/')).status, 200, base)
        assert.equal((await text(base, `/seasons/${SEASON}/ideas`)).status, 200, base)
      }
      // A change while Redis is down is seen at once: nothing is served from a per-instance copy.
      const idea = await cluster.db.idea.findFirstOrThrow({ where: { seasonId, status: 'PUBLISHED' }, orderBy: { slug: 'asc' } })
      await cluster.db.idea.update({ where: { id: idea.id }, data: { title: `${idea.title} (while Redis was down)` } })
      for (const base of [cluster.a.url, cluster.b.url]) assert.ok((await text(base, `/seasons/${SEASON}/ideas/${idea.slug}`)).body.includes('(while Redis was down)'), base)
      await cluster.db.idea.update({ where: { id: idea.id }, data: { title: idea.title } })
    } finally {
      await cluster.redis.start()
    }
    const client = createClient({ url: cluster.redisUrl })
    await client.connect()
    try {
      await within(10_000, 'the instances write to Redis again', async () => {
        await text(cluster.url, `/seasons/${SEASON}/ideas`)
        return (await client.dbSize()) > 0
      })
    } finally {
      await client.close()
    }
  })
})

describe('background work runs once', () => {
  test('50 pending mails with both instances running: each delivered exactly once, also when the mail server is down for a while', async () => {
    // Written before the dispatcher landed: it assumes only that a queued OutboxMail row (no sentAt) is due at
    // once and gets its sentAt when delivered. Adjust the insert if the dispatcher's columns need more.
    const before = sink.received.length
    const mails = Array.from({ length: 50 }, (_, i) => ({ seasonId, to: `outbox-${i}@example.test`, subject: `Cluster mail ${i}`, body: `Mail ${i} of the cluster test.` }))
    await cluster.db.outboxMail.createMany({ data: mails })
    // The mail server goes away for a few seconds after the first deliveries, then comes back.
    await within(30_000, 'the first mails are delivered', async () => sink.received.length > before)
    await sink.stop()
    await sleep(4_000)
    await sink.start()
    await within(60_000, 'every mail is marked sent', async () =>
      (await cluster.db.outboxMail.count({ where: { subject: { startsWith: 'Cluster mail ' }, sentAt: null } })) === 0,
    )
    await sleep(2_000) // a second delivery would arrive now
    for (const mail of mails) {
      const copies = sink.received.filter((m) => m.to.includes(mail.to))
      assert.equal(copies.length, 1, `${mail.to} received ${copies.length} copies`)
    }
  })
})

describe('an instance dies during submissions', () => {
  test('every submission that got a success answer is in the database, none twice', async () => {
    const STUDENTS = 8
    const WORKERS = 4
    const RUN_MS = Number(process.env.CLUSTER_RUN_MS ?? 10_000)
    const ideas = await cluster.db.idea.findMany({ where: { seasonId, status: 'PUBLISHED' }, select: { id: true, slug: true }, orderBy: { slug: 'asc' } })
    const students = await Promise.all(
      Array.from({ length: STUDENTS }, (_, i) =>
        cluster.db.user.create({ data: { name: `Cluster Student ${i}`, email: `cluster-student-${i}@example.test` } }),
      ),
    )
    const jars = await Promise.all(students.map((student) => signIn(cluster.url, student.id)))
    const start = action('lib/proposals/actions.ts', 'startProposal')
    const submit = action('lib/proposals/actions.ts', 'submitProposal')
    const submitted: { id: string; at: number }[] = []
    let failures = 0
    const began = Date.now()
    let killedAt = 0
    const killer = sleep(RUN_MS / 3).then(() => {
      killedAt = Date.now()
      cluster.kill(cluster.b)
    })
    const work = async (worker: number) => {
      const mine = students.map((_, i) => i).filter((i) => i % WORKERS === worker)
      for (let round = 0; round < ideas.length && Date.now() - began < RUN_MS; round++) {
        for (const s of mine) {
          if (Date.now() - began >= RUN_MS) return
          const idea = ideas[(round + s) % ideas.length]!
          try {
            const started = await callAction(cluster.url, `/me/proposals/new?season=${SEASON}&idea=${idea.slug}`, start, { seasonId, idea: idea.id }, jars[s]!)
            const id = started.result?.ok ? (started.result.data?.id as string) : null
            if (!id) {
              failures++
              continue
            }
            const done = await callAction(cluster.url, `/me/proposals/${id}`, submit, {
              proposalId: id,
              title: `Cluster proposal ${s}-${idea.slug}`,
              abstract: 'Written during the cluster test, while an instance is killed.',
              plan: '',
              timeline: '',
              hoursPerWeek: '20',
              links: '',
            }, jars[s]!)
            if (done.result?.ok) submitted.push({ id, at: Date.now() })
            else failures++
          } catch {
            failures++ // a connection cut by the kill: no success was claimed
          }
        }
      }
    }
    await Promise.all([...Array.from({ length: WORKERS }, (_, w) => work(w)), killer])
    console.log(`  ${submitted.length} submissions answered as successful, ${failures} not, instance B killed after ${killedAt - began} ms`)
    assert.ok(submitted.filter((s) => s.at < killedAt).length > 0, 'no submission succeeded before the kill')
    assert.ok(submitted.filter((s) => s.at > killedAt + 1000).length > 0, 'no submission succeeded after the kill')
    const rows = await cluster.db.proposal.findMany({ where: { studentId: { in: students.map((s) => s.id) } }, select: { id: true, studentId: true, ideaId: true, status: true } })
    const byId = new Map(rows.map((row) => [row.id, row]))
    for (const { id } of submitted) assert.equal(byId.get(id)?.status, 'SUBMITTED', `proposal ${id} answered as submitted is ${byId.get(id)?.status ?? 'missing'}`)
    const pairs = rows.map((row) => `${row.studentId}/${row.ideaId}`)
    assert.equal(new Set(pairs).size, pairs.length, 'a student has two proposals for one idea')
    assert.equal(new Set(submitted.map((s) => s.id)).size, submitted.length)
    const audits = await cluster.db.auditLog.groupBy({ by: ['entityId'], where: { action: 'proposal.submit', entityId: { in: submitted.map((s) => s.id) } }, _count: true })
    for (const audit of audits) assert.equal(audit._count, 1, `proposal ${audit.entityId} was submitted ${audit._count} times`)
    assert.equal(audits.length, submitted.length)
  })
})
