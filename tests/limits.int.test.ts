// Rate limits on autosaves, Markdown previews and sign-in links (per person, per address, per client address),
// and autosave audit rows that coalesce into one per proposal per window, which the database lets grow only
// within that window.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { db } from '@/lib/db'
import { previewMarkdown } from '@/lib/markdown-preview'
import { saveProposal } from '@/lib/proposals/actions'
import { LIMITS, checkLimit, databaseStore, setLimiterStore } from '@/lib/rate-limit'
import { refuseOverLimitSignIn } from '@/lib/sign-in-limit'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, setClock, signInAs, signOut } from './support/session'

// The request headers a server action sees (next/headers): what a reverse proxy would send.
const request = vi.hoisted(() => ({ headers: {} as Record<string, string> }))
vi.mock('next/headers', () => ({ headers: async () => new Headers(request.headers) }))

let f: SeasonFixture
beforeAll(async () => {
  f = await createSeasonFixture()
})
beforeEach(() => {
  setLimiterStore()
  request.headers = {}
  delete process.env.TRUST_PROXY
})
afterEach(() => {
  signOut()
  vi.useRealTimers()
})
afterAll(async () => {
  delete process.env.TRUST_PROXY
  await db.proposal.deleteMany({ where: { seasonId: f.season.id } })
  await db.rateLimit.deleteMany({})
})

async function newStudent() {
  const user = await db.user.create({ data: { name: 'Typist', email: `typist-${Math.random().toString(36).slice(2)}@example.test` } })
  await db.seasonRole.create({ data: { userId: user.id, seasonId: f.season.id, role: 'STUDENT' } })
  const proposal = await db.proposal.create({ data: { seasonId: f.season.id, studentId: user.id, ideaId: f.idea.id, title: 'First', links: [] } })
  await signInAs(user.email!)
  return { user, proposal }
}

const save = (proposalId: string, title: string) => saveProposal(initialActionState, form({ proposalId, title }))
const updates = (entityId: string) => db.auditLog.findMany({ where: { entityId, action: 'proposal.update' }, orderBy: { id: 'asc' } })
const autosave = LIMITS.autosave.user.points

describe('autosave', () => {
  it('folds a burst of saves into one audit row per window, holding the text before and the latest text', async () => {
    const { user, proposal } = await newStudent()
    for (let i = 1; i <= 25; i++) expect(await save(proposal.id, `Title ${i}`)).toMatchObject({ ok: true })
    const rows = await updates(proposal.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ actorId: user.id, before: { title: 'First' }, after: { title: 'Title 25' } })
    expect((await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).title).toBe('Title 25')
  })

  it('keeps every field’s value from the start of the window when later saves change other fields', async () => {
    const { proposal } = await newStudent()
    await save(proposal.id, 'Second')
    await saveProposal(initialActionState, form({ proposalId: proposal.id, title: 'Third', abstract: 'Now with an abstract' }))
    const [row] = await updates(proposal.id)
    expect(row).toMatchObject({ before: { title: 'First', abstract: '' }, after: { title: 'Third', abstract: 'Now with an abstract' } })
  })

  it('starts a new row once the window is over, and the database refuses to rewrite the old one', async () => {
    const { user, proposal } = await newStudent()
    const old = await db.auditLog.create({
      data: { actorId: user.id, seasonId: f.season.id, action: 'proposal.update', entity: 'Proposal', entityId: proposal.id, recordedAt: new Date(Date.now() - 6 * 60_000), before: { title: 'Zero' }, after: { title: 'First' } },
    })
    expect(await save(proposal.id, 'Later')).toMatchObject({ ok: true })
    const rows = await updates(proposal.id)
    expect(rows.map((r) => r.after)).toEqual([{ title: 'First' }, { title: 'Later' }])
    await expect(db.auditLog.update({ where: { id: old.id }, data: { after: { title: 'Rewritten' } } })).rejects.toThrow(/append-only/)
  })

  it('lets the database extend an open autosave row only by its rules, and nothing else', async () => {
    const { proposal } = await newStudent()
    await save(proposal.id, 'Second')
    const [row] = await updates(proposal.id)
    const id = row!.id
    // Allowed: a later text, a field added to before.
    await db.auditLog.update({ where: { id }, data: { after: { title: 'Third' }, before: { title: 'First', plan: '' } } })
    const refused: Parameters<typeof db.auditLog.update>[0]['data'][] = [
      { before: { title: 'Forged' } },
      { before: { plan: '' } },
      { at: new Date() },
      { recordedAt: new Date() },
      { actorId: null },
      { action: 'proposal.submit' },
      { entityId: 'another' },
    ]
    for (const data of refused) await expect(db.auditLog.update({ where: { id }, data }), JSON.stringify(data)).rejects.toThrow(/append-only/)
    await expect(db.auditLog.delete({ where: { id } })).rejects.toThrow(/append-only/)
    const other = await db.auditLog.findFirstOrThrow({ where: { action: { not: 'proposal.update' } }, orderBy: { id: 'desc' } })
    await expect(db.auditLog.update({ where: { id: other.id }, data: { after: {} } })).rejects.toThrow(/append-only/)
  })

  it('coalesces while the demo clock is pinned to the past (the window runs on the database’s clock)', async () => {
    const pinned = new Date(Date.now() - 2 * 24 * 60 * 60_000) // inside the fixture's application window
    await setClock(pinned)
    try {
      const { proposal } = await newStudent()
      await save(proposal.id, 'Second')
      await save(proposal.id, 'Third')
      const rows = await updates(proposal.id)
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ after: { title: 'Third' } })
      expect(rows[0]!.at.toISOString()).toBe(pinned.toISOString())
    } finally {
      await setClock(null)
    }
  })

  it('never refuses a person typing (a save a second for two minutes)', async () => {
    const { proposal } = await newStudent()
    vi.useFakeTimers({ toFake: ['Date'] })
    const refused: number[] = []
    for (let i = 0; i < 120; i++) {
      vi.setSystemTime(Date.now() + 1_000)
      const result = await save(proposal.id, `Typed ${i}`)
      if (!result.ok) refused.push(i)
    }
    expect(refused).toEqual([])
  })

  it('refuses a save loop over the limit with a clear message, changing nothing', async () => {
    const { proposal } = await newStudent()
    for (let i = 1; i <= autosave; i++) expect(await save(proposal.id, `Loop ${i}`)).toMatchObject({ ok: true })
    const before = await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })
    const audit = await updates(proposal.id)
    const result = await save(proposal.id, 'One too many')
    expect(result).toMatchObject({ ok: false, error: 'rate_limited', message: /Not saved\. Too many saves in a short time: please wait \d+ seconds? and try again/ })
    expect(await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).toEqual(before)
    expect(await updates(proposal.id)).toEqual(audit)
  })

  it('counts per client address only behind a trusted proxy', async () => {
    const { proposal } = await newStudent()
    request.headers = { 'x-forwarded-for': '203.0.113.9' }
    // Someone else behind the same address has used up its allowance.
    for (let i = 0; i < LIMITS.autosave.ip.points; i++) await checkLimit('autosave', { ip: '203.0.113.9' })
    expect(await save(proposal.id, 'Not trusted: the header is ignored')).toMatchObject({ ok: true })
    process.env.TRUST_PROXY = '1'
    expect(await save(proposal.id, 'Trusted: the address is spent')).toMatchObject({ ok: false, error: 'rate_limited' })
    request.headers = { 'x-forwarded-for': '203.0.113.9, 198.51.100.4' }
    expect(await save(proposal.id, 'Another address')).toMatchObject({ ok: true })
  })
})

describe('Markdown preview', () => {
  it('pauses after the per-person allowance, for that person only', async () => {
    const { user } = await newStudent()
    for (let i = 0; i < LIMITS.markdownPreview.user.points; i++) expect((await previewMarkdown(`*${i}*`)).html).toContain('<em>')
    const paused = await previewMarkdown('*more*')
    expect(paused).toEqual({ html: '', warning: expect.stringMatching(/^Preview paused\. Too many previews in a short time: please wait \d+ seconds? and try again\.$/) })
    await newStudent()
    expect((await previewMarkdown('*other person*')).html).toContain('<em>')
    await signInAs(user.email!)
    expect((await previewMarkdown('*still paused*')).html).toBe('')
  })
})

describe('sign-in links by e-mail', () => {
  const ask = (email: string, from = '203.0.113.20', json = true) =>
    refuseOverLimitSignIn(
      new Request('http://localhost:3000/api/auth/signin/email', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': from },
        body: new URLSearchParams({ email, csrfToken: 'x', callbackUrl: '/', ...(json ? { json: 'true' } : {}) }).toString(),
      }),
    )

  it('lets a few through per address, then answers 429 pointing to the sign-in page’s message', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => ask(i % 2 ? 'Lena@Example.org' : 'lena@example.org ')))
    expect(results.filter((r) => r === null)).toHaveLength(LIMITS.signInEmail.address.points)
    const refused = results.find((r) => r !== null)!
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(await refused.json()).toMatchObject({ url: expect.stringMatching(/\/signin\?error=RateLimited$/), message: /Too many sign-in links/ })
    expect(await ask('someone.else@example.org')).toBeNull()
    const plain = await ask('lena@example.org', undefined, false)
    expect([plain?.status, plain?.headers.get('content-type')]).toEqual([429, 'text/plain; charset=utf-8'])
  })

  it('limits one client address asking for many addresses, behind a trusted proxy', async () => {
    process.env.TRUST_PROXY = 'true'
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => ask(`spray-${i}@example.org`)))
    expect(results.filter((r) => r === null)).toHaveLength(LIMITS.signInEmail.ip.points)
    expect(await ask('spray-new@example.org', '198.51.100.30')).toBeNull()
  })

  it('leaves every other auth request to next-auth', async () => {
    const other = new Request('http://localhost:3000/api/auth/signin/github', { method: 'POST', body: 'csrfToken=x' })
    for (let i = 0; i < 10; i++) expect(await refuseOverLimitSignIn(other)).toBeNull()
  })
})

describe('counters in the database (RATE_LIMIT_STORE=database), for several instances', () => {
  it('knows a refusal from another copy of the limiter library (a production bundle may hold two), and lets a failing store through', async () => {
    // What a second copy's RateLimiterRes looks like here: the same shape, another class.
    const refusal = { msBeforeNext: 60_000, remainingPoints: 0, consumedPoints: 6, isFirstInDuration: false }
    setLimiterStore(() => ({ consume: async () => Promise.reject(refusal) }) as unknown as ReturnType<typeof databaseStore>)
    expect(await checkLimit('signInEmail', { address: 'copy@example.org' })).toMatchObject({ ok: false, retryAfterSeconds: 60 })
    setLimiterStore(() => ({ consume: async () => Promise.reject(new Error('store unreachable')) }) as unknown as ReturnType<typeof databaseStore>)
    expect(await checkLimit('signInEmail', { address: 'copy@example.org' })).toEqual({ ok: true })
  })

  it('gives two instances one allowance, also when they are asked at the same moment', async () => {
    const points = LIMITS.signInEmail.address.points
    const ask = () => checkLimit('signInEmail', { address: 'shared@example.org' })
    setLimiterStore(databaseStore) // instance A
    const first = await Promise.all(Array.from({ length: 3 }, ask))
    setLimiterStore(databaseStore) // instance B: its own process memory, the same table
    const second = await Promise.all(Array.from({ length: 20 }, ask))
    expect([...first, ...second].filter((r) => r.ok)).toHaveLength(points)
    expect(second.at(-1)).toMatchObject({ ok: false, message: /Too many sign-in links/ })
    const rows = await db.rateLimit.findMany()
    expect(rows).toHaveLength(1)
    expect(rows[0]!.key).not.toContain('shared') // hashed, never the address
  })
})
