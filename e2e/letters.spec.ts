// From confirmed decisions to a published post and released letters, in the demo. The confirm screen is the
// accepted-set work's; here the seed's decisions stand in for a confirm: the seeded accepted-students post is made
// a draft again (SQL) and the admin writes the letters from the letters page (the same afterConfirm a confirm
// calls). The admin edits a letter (an unknown merge field is refused beside it, the preview shows a real
// applicant), schedules the post for 25 April 2011 in their zone: until then it is on no public page and the
// outbox holds exactly one letter per applicant; the clock moves past it, the post is everywhere (in the April
// archive), the letters are released, and a student sees their decision. Everything is put back at the end.
import { expect, test } from './csp'
import { moveClock, signInAs, snap, sql } from './helpers'
import { expectQualityAtBothWidths } from './quality'

const POST = 'gsoc-2011-accepted-students'

test('letters and the accepted-students post: held, scheduled, published, released', async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000)
  const [post] = await sql<{ id: string; publishAt: Date; body: string; seasonId: string }>(
    `SELECT "id", "publishAt", "body", "seasonId" FROM "Announcement" WHERE "slug" = $1`,
    [POST],
  )
  const [phase] = await sql<{ startsAt: Date }>(`SELECT "startsAt" FROM "SeasonPhase" WHERE "seasonId" = $1 AND "kind" = 'ACCEPTED_ANNOUNCED'`, [post!.seasonId])
  const letters = () =>
    sql<{ to: string; held: boolean; releaseAt: Date | null; releasedAt: Date | null }>(
      `SELECT "to", "held", "releaseAt", "releasedAt" FROM "OutboxMail" WHERE "dedupeKey" LIKE 'letter:' || $1 || ':%'`,
      [post!.seasonId],
    )
  const applicants = async () =>
    (
      await sql<{ n: number }>(
        `SELECT count(DISTINCT "studentId")::int AS n FROM "Proposal" WHERE "seasonId" = $1 AND "status" IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')`,
        [post!.seasonId],
      )
    )[0]!.n
  await sql(`UPDATE "Announcement" SET "publishAt" = NULL WHERE "id" = $1`, [post!.id])
  await moveClock(browser, '2011-04-20T12:00:00Z')
  try {
    // The admin writes the letters from the confirmed decisions.
    await signInAs(page, 'Ana Ferreira', '/seasons/2011/admin/letters')
    await expect(page.getByRole('heading', { name: 'Decision letters' })).toBeVisible()
    await page.getByRole('button', { name: 'Write the letters' }).click()
    const count = await applicants()
    await expect(page.getByText(`The letters are written: ${count} letters in the outbox, one per applicant.`)).toBeVisible()

    // An unknown merge field is refused beside the field; the preview reads as a real applicant's letter.
    const body = page.getByLabel('Text of the “not selected” letter')
    await body.fill('Dear {{student_name}},\n\nAbout {{proposal_title}}: not this time, out of {{applications}}.\n\n{{shared_comments}}\n\n{{signature}}')
    await page.getByRole('button', { name: 'Save the “not selected” letter' }).click()
    await expect(page.locator('#not-selected-body-error')).toContainText('Unknown merge field {{signature}}')
    await expect(body).toHaveAttribute('aria-invalid', 'true')
    await body.fill('Dear {{student_name}},\n\nAbout {{proposal_title}}: not this time, out of 30 applications.\n\n{{shared_comments}}\n\nThe Xen.org admins')
    await page.getByLabel('As it reads for').nth(1).selectOption({ label: 'Ingrid Berg' })
    await expect(page.getByTestId('not-selected-preview')).toContainText('Dear Ingrid Berg,')
    await expect(page.getByTestId('not-selected-preview')).toContainText('About PV-GRUB 2 on Mini-OS: not this time')
    await page.getByRole('button', { name: 'Save the “not selected” letter' }).click()
    await expect(page.getByText(/The “not selected” letter is saved\. \d+ held letters were written again from it\./)).toBeVisible()
    await expectQualityAtBothWidths(page)
    await snap(page, 'letters-admin', testInfo.project.name)

    // Schedule the post for 25 April 2011, 20:30 in Lisbon (19:30 UTC); a past time is refused beside the field.
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Announcements' }).click()
    await expect(page.getByRole('heading', { name: 'Announcements', level: 1 })).toBeVisible()
    await expectQualityAtBothWidths(page)
    await snap(page, 'announcements-admin', testInfo.project.name)
    await page.getByRole('link', { name: 'Welcome to our Google Summer of Code 2011 students' }).click()
    const publishAt = page.getByLabel('Publish at (Europe/Lisbon)')
    await publishAt.fill('2011-04-19T10:00')
    await page.getByRole('button', { name: 'Save the post' }).click()
    await expect(page.locator('#field-publishAt-error')).toContainText('a post cannot be scheduled in the past')
    await publishAt.fill('2011-04-25T20:30')
    await page.getByRole('button', { name: 'Save the post' }).click()
    await expect(page.getByText(/^Saved: the post is scheduled for 25 April 2011, 20:30 GMT\+1 \(Europe\/Lisbon\)\. \d+ held mails go out at that time\.$/)).toBeVisible()
    await expect(page.getByRole('region', { name: 'Preview of post' })).toContainText('Recovery of crashed Linux')
    await expectQualityAtBothWidths(page)
    await snap(page, 'announcement-editor', testInfo.project.name)
    const [scheduled] = await sql<{ publishAt: Date }>(`SELECT "publishAt" FROM "Announcement" WHERE "id" = $1`, [post!.id])
    expect(scheduled!.publishAt.toISOString()).toBe('2011-04-25T19:30:00.000Z')

    // Until then: on no public page, and exactly one held letter per applicant.
    const absent = async () => {
      expect((await page.request.get(`/news/${POST}`)).status()).toBe(404)
      expect(await (await page.request.get('/news')).text()).not.toContain(POST)
      expect(await (await page.request.get('/news/2011/04')).text()).not.toContain(POST)
      expect(await (await page.request.get('/news/feed.xml')).text()).not.toContain(POST)
    }
    await absent()
    const held = await letters()
    expect(held).toHaveLength(count)
    expect(new Set(held.map((l) => l.to)).size).toBe(count)
    expect(held.every((l) => l.held && l.releaseAt?.toISOString() === '2011-04-25T19:30:00.000Z' && !l.releasedAt)).toBe(true)
    await page.goto('/seasons/2011/admin/outbox')
    await expect(page.getByText('Held until 25 April 2011, 20:30 GMT+1 (Europe/Lisbon)').first()).toBeVisible()
    await expect(page.getByText(/^\d+ mails \(\d+ held until their release time\)\.$/)).toBeVisible()
    await expectQualityAtBothWidths(page)
    await snap(page, 'outbox-held', testInfo.project.name)

    // A status post from the live figures, a draft until scheduled.
    await page.goto('/seasons/2011/admin/announcements')
    await page.getByRole('button', { name: 'Draft a status post from today’s figures' }).click()
    await page.getByRole('link', { name: 'Edit and schedule the status post' }).click()
    const [{ applications }] = await sql<{ applications: number }>(
      `SELECT count(*)::int AS applications FROM "Proposal" WHERE "seasonId" = $1 AND "status" IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')`,
      [post!.seasonId],
    ) as [{ applications: number }]
    await expect(page.getByLabel('Post (Markdown)')).toHaveValue(new RegExp(`We received \\*\\*${applications} applications\\*\\*\\. \\d+ of our \\d+ ideas drew applications, up to \\d+ for one idea`))
    await expect(page.getByText('A draft: on no public page until it has a publish time.')).toBeVisible()

    // Past the publish time: the post is everywhere, in April's archive; the letters are released, once each.
    await moveClock(browser, '2011-04-26T09:00:00Z')
    expect((await page.request.get(`/news/${POST}`)).status()).toBe(200)
    expect(await (await page.request.get('/news')).text()).toContain(POST)
    expect(await (await page.request.get('/news/2011/04')).text()).toContain(POST)
    expect(await (await page.request.get('/news/2011/05')).text()).not.toContain(POST)
    expect(await (await page.request.get('/news/feed.xml')).text()).toContain(POST)
    const released = await letters()
    expect(released).toHaveLength(count)
    expect(released.every((l) => l.releasedAt !== null)).toBe(true)
    await page.goto('/seasons/2011/admin/outbox')
    await expect(page.getByText(/^Released 26 April 2011, 10:00/).first()).toBeVisible()
    await expect(page.getByText(/^Held until/)).toHaveCount(0)
    await page.goto('/seasons/2011/stats')
    // Counted from the rows (6 of the seed's 30 applications: 20%; other specs may have added one since).
    const [{ accepted, applications: all }] = (await sql<{ accepted: number; applications: number }>(
      `SELECT (SELECT count(*)::int FROM "Acceptance" WHERE "seasonId" = $1) AS accepted,
              (SELECT count(*)::int FROM "Proposal" WHERE "seasonId" = $1 AND "status" IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')) AS applications`,
      [post!.seasonId],
    )) as [{ accepted: number; applications: number }]
    await expect(page.locator('[data-figure="acceptanceRate"] dd')).toHaveText(`${Math.round((accepted / all) * 1000) / 10}%`)

    // A student sees their decision.
    await signInAs(page, 'Daniel Kiper', '/me/proposals')
    await expect(page.getByRole('article', { name: 'Recovery of crashed Linux' }).getByText('Accepted', { exact: true })).toBeVisible()
  } finally {
    // Put back behind the app's back first; moving the clock back then drops every cached public page.
    await sql(`DELETE FROM "OutboxMail" WHERE "dedupeKey" LIKE 'letter:' || $1 || ':%' OR "dedupeKey" LIKE 'mentor-letter:' || $1 || ':%'`, [post!.seasonId])
    await sql(`DELETE FROM "LetterTemplate" WHERE "seasonId" = $1`, [post!.seasonId])
    await sql(`DELETE FROM "Announcement" WHERE "seasonId" = $1 AND "kind" = 'STATUS' AND "publishAt" IS NULL`, [post!.seasonId])
    await sql(`UPDATE "Announcement" SET "publishAt" = $2, "body" = $3, "sourceDigest" = NULL WHERE "id" = $1`, [post!.id, post!.publishAt, post!.body])
    await sql(`UPDATE "SeasonPhase" SET "startsAt" = $2 WHERE "seasonId" = $1 AND "kind" = 'ACCEPTED_ANNOUNCED'`, [post!.seasonId, phase!.startsAt])
    await moveClock(browser, 'reset')
  }
})

test('the letters and announcements pages are the admins’: a mentor gets 403, a visitor signs in first, an unknown post is 404', async ({ page }) => {
  for (const path of ['/seasons/2011/admin/letters', '/seasons/2011/admin/announcements']) {
    await page.goto(path)
    await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
  }
  await signInAs(page, 'Lukas Brenner', '/seasons/2011/review')
  for (const path of ['/seasons/2011/admin/letters', '/seasons/2011/admin/announcements']) {
    expect((await page.goto(path))?.status()).toBe(403)
  }
  await signInAs(page, 'Ana Ferreira', '/seasons/2011/admin')
  expect((await page.goto('/seasons/2011/admin/announcements/no-such-post'))?.status()).toBe(404)
})
