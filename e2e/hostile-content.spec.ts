// Hostile content as a visitor meets it: a stored text the renderer cannot handle must not take a page down, and
// a page must not send the browser private data it does not show.
import { expect, test } from './csp'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { signInAs, snap, sql } from './helpers'

test('an idea whose stored description cannot be rendered as Markdown still answers 200, as plain text', async ({ page }, info) => {
  // Saving such a text is refused now (see lib/markdown.test.ts); this is one stored before that, or by hand.
  const [idea] = await sql<{ id: string; slug: string; description: string }>(
    `SELECT id, slug, description FROM "Idea" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`,
  )
  await sql(`UPDATE "Idea" SET description = $1 WHERE id = $2`, ['>'.repeat(1900), idea!.id])
  try {
    const response = await page.goto(`/seasons/2011/ideas/${idea!.slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByText('>'.repeat(100))).toBeVisible()
    await snap(page, 'idea-unrenderable-description', info.project.name)
  } finally {
    await sql(`UPDATE "Idea" SET description = $1 WHERE id = $2`, [idea!.description, idea!.id])
  }
})

test('the "propose an idea" page sends a mentor the other mentors’ names, never their e-mail addresses', async ({ page }) => {
  await signInAs(page, 'Lukas Brenner')
  const response = await page.goto('/seasons/2011/mentor/ideas/new')
  expect(response?.status()).toBe(200)
  const body = await response!.text() // the HTML with the page's serialized data, as the browser receives it
  await expect(page.getByRole('checkbox', { name: 'Mei Tanaka' })).toBeVisible()
  const addresses = new Set(body.match(/[\w.+-]+@example\.org/g) ?? [])
  addresses.delete('lukas.brenner@example.org')
  expect([...addresses]).toEqual([])
})

test('a forged server-action call with malformed arguments leaves one log line with its reason, no stack, no token', async ({ page }) => {
  await signInAs(page, 'Lena Fischer', '/me/profile')
  await page.goto('/me/profile')
  // The id of the profile form's action, as the browser sends it.
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action'])), page.getByRole('button', { name: 'Save profile' }).click()])
  const actionId = request.headers()['next-action']!
  const logFile = join(process.env.E2E_DATA_DIR!, 'server.log')
  const before = readFileSync(logFile, 'utf8').length
  const response = await page.request.post('/me/profile', {
    headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', 'x-request-id': 'e2e-malformed-1' },
    data: JSON.stringify(['not a form', 'not a form either']),
  })
  expect(response.status()).toBeGreaterThanOrEqual(400)
  expect(await response.text()).not.toMatch(/at \S+ \(|\.tsx?:\d+/) // no stack trace to the caller either
  await expect.poll(() => readFileSync(logFile, 'utf8').slice(before)).toContain('e2e-malformed-1')
  const lines = readFileSync(logFile, 'utf8').slice(before).split('\n').filter(Boolean)
  const entries = lines.map((line) => JSON.parse(line) as { reqId?: string; level: number; msg: string; err?: { stack?: string; message?: string } })
  const refused = entries.filter((entry) => entry.reqId === 'e2e-malformed-1')
  expect(refused).toHaveLength(1)
  expect(refused[0]).toMatchObject({ level: 40, msg: expect.stringContaining('refused action') })
  expect(refused[0]!.err?.message).toBeTruthy()
  // No line of this request carries a stack trace, and nothing but JSON lines reached the log.
  expect(entries.filter((entry) => entry.err?.stack)).toEqual([])
  expect(lines.every((line) => line.startsWith('{'))).toBe(true)
})
