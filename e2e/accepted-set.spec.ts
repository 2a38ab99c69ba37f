// The season's close in the browser, from the rank list to the published post: an admin replays the 2011
// decisions (demo only), records 6 slots (a bad number first: the error beside the field), looks at the scenarios
// for 5, 6 and 7 slots (and at what a student lost to another organization changes), solves, swaps one proposal's
// mentors (a swap that breaks a rule is refused with the reason) and confirms; a second confirm changes nothing.
// Then the letters are edited (with a preview) and the accepted-students post (the six students and their mentors)
// is scheduled: absent from every public page until the clock passes it, then in /news, April's archive and the
// feed; one letter per applicant; the students see their decision. A mentor is kept out. axe and HTML checks at
// desktop and phone width. Everything the flow changed is put back at the end, so the other specs find the seed.
import { expect as baseExpect, test } from './csp'
import { moveClock, signInAs, snap, sql } from './helpers'
import { expectQualityAtBothWidths } from './quality'

const expect = baseExpect.configure({ timeout: 20_000 })
const ACCEPTED = '/seasons/2011/admin/accepted'
const SLOTS = '/seasons/2011/admin/slots'
const SIX = ['Daniel Castro', 'Daniel Kiper', 'Giorgos Boutsioukis', 'Jiageng Yu', 'Sagar Kadam', 'Wei Liu']
const SEABIOS = 'Add Xen PV block device support to SeaBIOS'

const POST = 'gsoc-2011-accepted-students'

test.describe.configure({ mode: 'serial' })
// What the flow changes, put back at the end (the replay deletes the seeded post, the grant and the decisions; the
// flow schedules a new post): decisions.spec, letters.spec and the others expect the seed, whatever ran before.
let seeded: { seasonId: string; publishAt: Date; body: string; announcedAt: Date; rows: Record<string, unknown[]> }
const SNAPSHOT = {
  Acceptance: `SELECT * FROM "Acceptance" WHERE "seasonId" = $1`,
  SlotAllocation: `SELECT * FROM "SlotAllocation" WHERE "seasonId" = $1`,
  SlotRequest: `SELECT * FROM "SlotRequest" WHERE "seasonId" = $1`,
  AcceptedSetDraft: `SELECT * FROM "AcceptedSetDraft" WHERE "seasonId" = $1`,
  LostStudent: `SELECT * FROM "LostStudent" WHERE "seasonId" = $1`,
}
test.beforeAll(async () => {
  const [post] = await sql<{ seasonId: string; publishAt: Date; body: string }>(`SELECT "seasonId", "publishAt", "body" FROM "Announcement" WHERE "slug" = $1`, [POST])
  const [phase] = await sql<{ startsAt: Date }>(`SELECT "startsAt" FROM "SeasonPhase" WHERE "seasonId" = $1 AND "kind" = 'ACCEPTED_ANNOUNCED'`, [post!.seasonId])
  const rows: Record<string, unknown[]> = {}
  for (const [table, query] of Object.entries(SNAPSHOT)) rows[table] = await sql(query, [post!.seasonId])
  rows.Proposal = await sql(`SELECT "id", "status", "decidedAt", "decisionReason" FROM "Proposal" WHERE "seasonId" = $1`, [post!.seasonId])
  seeded = { ...post!, announcedAt: phase!.startsAt, rows }
})
test.afterAll(async ({ browser }) => {
  // Behind the app's back first; moving the clock back then drops every cached public page.
  const { seasonId, rows } = seeded
  await sql(`DELETE FROM "OutboxMail" WHERE "dedupeKey" LIKE 'letter:' || $1 || ':%' OR "dedupeKey" LIKE 'mentor-letter:' || $1 || ':%'`, [seasonId])
  await sql(`DELETE FROM "LetterTemplate" WHERE "seasonId" = $1`, [seasonId])
  await sql(`UPDATE "Announcement" SET "publishAt" = $2, "body" = $3, "sourceDigest" = NULL WHERE "slug" = $1`, [POST, seeded.publishAt, seeded.body])
  await sql(`UPDATE "SeasonPhase" SET "startsAt" = $2 WHERE "seasonId" = $1 AND "kind" = 'ACCEPTED_ANNOUNCED'`, [seasonId, seeded.announcedAt])
  for (const table of Object.keys(SNAPSHOT)) {
    await sql(`DELETE FROM "${table}" WHERE "seasonId" = $1`, [seasonId])
    await sql(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [JSON.stringify(rows[table])])
  }
  await sql(
    `UPDATE "Proposal" p SET "status" = r."status", "decidedAt" = r."decidedAt", "decisionReason" = r."decisionReason"
       FROM json_populate_recordset(NULL::"Proposal", $1::json) r WHERE p."id" = r."id"`,
    [JSON.stringify(rows.Proposal)],
  )
  await moveClock(browser, 'reset')
})

test('mentors are kept out of the slots and accepted-set pages', async ({ page }) => {
  await signInAs(page, 'Mei Tanaka', ACCEPTED)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not for your role')
  await page.goto(SLOTS)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not for your role')
})

test('an admin replays 2011: records 6 slots, compares 5, 6 and 7, solves, swaps a mentor and confirms', async ({ page }, info) => {
  test.setTimeout(300_000)
  await signInAs(page, 'Ana Ferreira', ACCEPTED)
  await expect(page.getByRole('heading', { level: 1, name: 'Accepted set' })).toBeVisible()
  await page.getByRole('button', { name: 'Replay the 2011 decisions' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The 2011 decisions are reset' })).toBeVisible()
  expect(await sql(`SELECT count(*)::int AS n FROM "Acceptance"`)).toEqual([{ n: 0 }])

  // Slots: the request of 13 April stands; the grant of 18 April is gone. A bad number first.
  await page.goto(SLOTS)
  await expect(page.getByText('5 to 8 slots')).toBeVisible()
  await expect(page.getByText('None recorded yet.')).toBeVisible()
  await page.getByRole('spinbutton', { name: 'Slots granted' }).fill('-1')
  await page.getByRole('button', { name: 'Record the slots granted' }).click()
  await expect(page.getByRole('spinbutton', { name: 'Slots granted' })).toHaveAccessibleDescription(/0 or more/)
  await page.getByRole('spinbutton', { name: 'Slots granted' }).fill('6')
  await page.getByRole('textbox', { name: 'Note' }).fill('Announced by the program on 18 April.')
  await page.getByRole('button', { name: 'Record the slots granted' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Recorded: 6 slots granted.' })).toBeVisible()
  await expect(page.getByText(/^6 slots granted/)).toBeVisible()
  await expectQualityAtBothWidths(page)
  await snap(page, 'slots', info.project.name)

  // The scenarios of the request (5 to 8): what each extra slot buys.
  await page.goto(ACCEPTED)
  const scenarios = page.getByRole('region', { name: 'Slot scenarios' })
  for (const heading of ['5 slots', '6 slots (granted)', '7 slots']) await expect(scenarios.getByRole('heading', { name: heading, exact: true })).toBeVisible()
  const seventh = scenarios.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '7 slots', exact: true }) })
  await expect(seventh.getByText(/^The extra slot buys: “.+”$/)).toBeVisible()

  // A student lost to another organization, entered by hand: the scenarios show what it changes; then removed.
  const lost = page.getByRole('region', { name: /^Students lost to other organizations/ })
  await lost.getByLabel('Student').selectOption({ label: 'Wei Liu' })
  await lost.getByRole('textbox', { name: 'Note' }).fill('Accepted by another organization, as Google reported.')
  await lost.getByRole('button', { name: 'Record the student as lost' }).click()
  await expect(lost.getByRole('status').filter({ hasText: 'Wei Liu is recorded as lost to another organization.' })).toBeVisible()
  const granted = scenarios.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '6 slots (granted)', exact: true }) })
  await expect(granted.getByText(/^Because of the students lost to other organizations: in “.+”; out “Porting VirtIO to Xen”\.$/)).toBeVisible()
  await lost.getByRole('button', { name: 'Remove Wei Liu as lost' }).click()
  await expect(lost.getByRole('heading', { name: 'Students lost to other organizations (0)' })).toBeVisible()
  await expect(granted.getByText(/^Because of the students lost/)).toHaveCount(0)

  // Solve: the six of 2011.
  await page.getByRole('button', { name: 'Solve for 6 slots' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Solved for 6 slots: 6 proposals in the working set.' })).toBeVisible()
  const set = page.getByRole('region', { name: /^Working set/ })
  await expect(set.getByRole('heading', { name: 'Working set (6 of 6)' })).toBeVisible()
  for (const student of SIX) await expect(set.getByText(new RegExp(`· ${student} ·`))).toBeVisible()
  await expect(page.getByRole('region', { name: /^Not taken/ }).getByText('Below the cut').first()).toBeVisible()

  // Swap one mentor: a backup equal to the primary is refused with the reason, then Ana takes the SeaBIOS project.
  const seabios = set.getByRole('listitem').filter({ hasText: SEABIOS })
  await expect(seabios.getByText('Primary mentor: Lukas Brenner')).toBeVisible()
  await seabios.getByLabel('Backup mentor').selectOption({ label: 'Lukas Brenner' })
  await seabios.getByRole('button', { name: `Save mentors of “${SEABIOS}”` }).click()
  await expect(seabios.getByLabel('Backup mentor')).toHaveAccessibleDescription(/someone other than the primary/)
  await seabios.getByLabel('Primary mentor').selectOption({ label: 'Ana Ferreira (takes 2)' })
  await seabios.getByLabel('Backup mentor').selectOption({ label: 'Lukas Brenner' })
  await seabios.getByRole('button', { name: `Save mentors of “${SEABIOS}”` }).click()
  await expect(seabios.getByText('Primary mentor: Ana Ferreira · Backup: Lukas Brenner')).toBeVisible()
  await expectQualityAtBothWidths(page)
  await snap(page, 'accepted-set', info.project.name)

  // Confirm: six accepted, every other application not selected; confirming again changes nothing.
  await page.getByRole('button', { name: /^Confirm these \d+ decisions$/ }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Confirmed: 6 accepted, \d+ not selected\./ })).toBeVisible()
  const accepted = await sql<{ name: string; mentor: string }>(
    `SELECT u.name, m.name AS mentor FROM "Acceptance" a JOIN "User" u ON u.id = a."studentId" JOIN "User" m ON m.id = a."mentorId" ORDER BY u.name`,
  )
  expect(accepted.map((a) => a.name)).toEqual(SIX)
  expect(accepted.find((a) => a.name === 'Daniel Castro')!.mentor).toBe('Ana Ferreira')
  const audits = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog"`)
  // The page says the set is confirmed and unchanged; the button no longer offers to confirm the decisions anew.
  await expect(page.getByText(/These decisions were confirmed on 17 April 2011, .+\. Nothing has changed since\./)).toBeVisible()
  await page.getByRole('button', { name: 'Confirmed: confirm again (changes nothing)' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Nothing changed: these decisions were already confirmed.' })).toBeVisible()
  expect(await sql(`SELECT count(*)::int AS n FROM "AuditLog"`)).toEqual(audits)
  await expect(page.getByText(/These decisions were confirmed on/)).toBeVisible()
  // A change after the confirm: the page says what changed and offers to confirm the changes; undone, nothing has.
  await seabios.getByLabel('Backup mentor').selectOption({ label: 'None' })
  await seabios.getByRole('button', { name: `Save mentors of “${SEABIOS}”` }).click()
  await expect(seabios.getByText('Primary mentor: Ana Ferreira · Backup: none')).toBeVisible()
  await expect(page.getByText(`Mentors changed: “${SEABIOS}”`)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Confirm the changes' })).toBeVisible()
  await expectQualityAtBothWidths(page)
  await snap(page, 'accepted-set-changed-since', info.project.name)
  await seabios.getByLabel('Backup mentor').selectOption({ label: 'Lukas Brenner' })
  await seabios.getByRole('button', { name: `Save mentors of “${SEABIOS}”` }).click()
  await expect(seabios.getByText('Primary mentor: Ana Ferreira · Backup: Lukas Brenner')).toBeVisible()
  await expect(page.getByText(/Nothing has changed since\./)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Confirmed: confirm again (changes nothing)' })).toBeVisible()
  await snap(page, 'accepted-set-confirmed', info.project.name)
})

test('then the letters and the post: edited, scheduled, absent until their time, published everywhere, one letter per applicant', async ({ page, browser }, info) => {
  test.setTimeout(300_000)
  const { seasonId } = seeded
  // The confirm above staged the letters and drafted the post; the clock still reads 17 April 2011.
  await signInAs(page, 'Ana Ferreira', '/seasons/2011/admin/letters')
  await expect(page.getByRole('heading', { name: 'Decision letters' })).toBeVisible()
  const body = page.getByLabel('Text of the “accepted” letter')
  await body.fill('Dear {{student_name}},\n\n“{{proposal_title}}” is in: one of six out of {{applications}} applications.\n\nYour mentors are {{mentors}}.\n\nThe Xen.org admins')
  await page.getByLabel('As it reads for').first().selectOption({ label: 'Daniel Kiper' })
  await expect(page.getByTestId('accepted-preview')).toContainText('Dear Daniel Kiper,')
  await expect(page.getByTestId('accepted-preview')).toContainText('“Recovery of crashed Linux')
  await page.getByRole('button', { name: 'Save the “accepted” letter' }).click()
  await expect(page.getByText(/The “accepted” letter is saved\. \d+ held letters were written again from it\./)).toBeVisible()
  await snap(page, 'flow-letters', info.project.name)

  // The post drafted from the confirmed set: every accepted student with their mentors.
  const accepted = await sql<{ title: string; student: string; mentor: string; backup: string | null }>(
    `SELECT p.title, u.name AS student, m.name AS mentor, b.name AS backup FROM "Acceptance" a JOIN "Proposal" p ON p.id = a."proposalId"
       JOIN "User" u ON u.id = a."studentId" JOIN "User" m ON m.id = a."mentorId" LEFT JOIN "User" b ON b.id = a."backupMentorId"
      WHERE a."seasonId" = $1 ORDER BY u.name`,
    [seasonId],
  )
  expect(accepted.map((a) => a.student)).toEqual(SIX)
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Announcements' }).click()
  await page.getByRole('link', { name: 'Welcome to our Google Summer of Code 2011 students' }).click()
  const preview = page.getByRole('region', { name: 'Preview of post' })
  for (const a of accepted) {
    await expect(preview).toContainText(`Student: ${a.student}`)
    await expect(preview).toContainText(`${a.backup ? 'Mentors' : 'Mentor'}: ${[a.mentor, a.backup].filter(Boolean).join(', ')}`)
  }
  await expect(preview).toContainText('Mentors: Ana Ferreira, Lukas Brenner')

  // Scheduled for 25 April 2011, 20:00 in Lisbon (19:00 UTC).
  await page.getByLabel('Publish at (Europe/Lisbon)').fill('2011-04-25T20:00')
  await page.getByRole('button', { name: 'Save the post' }).click()
  await expect(page.getByText(/^Saved: the post is scheduled for 25 April 2011, 20:00 GMT\+1 \(Europe\/Lisbon\)\. \d+ held mails go out at that time\.$/)).toBeVisible()
  const [scheduled] = await sql<{ publishAt: Date }>(`SELECT "publishAt" FROM "Announcement" WHERE "slug" = $1`, [POST])
  expect(scheduled!.publishAt.toISOString()).toBe('2011-04-25T19:00:00.000Z')

  // Until then: on no public page.
  expect((await page.request.get(`/news/${POST}`)).status()).toBe(404)
  expect(await (await page.request.get('/news')).text()).not.toContain(POST)
  expect(await (await page.request.get('/news/2011/04')).text()).not.toContain(POST)
  expect(await (await page.request.get('/news/feed.xml')).text()).not.toContain(POST)

  // Exactly one letter per applicant (the season's distinct students with a submitted or decided proposal).
  const [{ applicants }] = (await sql<{ applicants: number }>(
    `SELECT count(DISTINCT "studentId")::int AS applicants FROM "Proposal" WHERE "seasonId" = $1 AND "status" IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')`,
    [seasonId],
  )) as [{ applicants: number }]
  const letters = () =>
    sql<{ to: string; releaseAt: Date | null; releasedAt: Date | null }>(`SELECT "to", "releaseAt", "releasedAt" FROM "OutboxMail" WHERE "dedupeKey" LIKE 'letter:' || $1 || ':%'`, [seasonId])
  const held = await letters()
  expect(applicants).toBeGreaterThan(6)
  expect(held).toHaveLength(applicants)
  expect(new Set(held.map((l) => l.to)).size).toBe(applicants)
  expect(held.every((l) => l.releaseAt?.toISOString() === '2011-04-25T19:00:00.000Z' && !l.releasedAt)).toBe(true)

  // A student sees no decision yet.
  const student = await browser.newContext()
  const studentPage = await student.newPage()
  try {
    await signInAs(studentPage, 'Daniel Kiper', '/me/proposals')
    await expect(studentPage.getByRole('article', { name: 'Recovery of crashed Linux' }).getByText('Accepted', { exact: true })).toHaveCount(0)

    // Past the publish time: everywhere, in April's archive (not May's); the letters go out, still one each.
    await moveClock(browser, '2011-04-26T09:00:00Z')
    const permalink = await page.request.get(`/news/${POST}`)
    expect(permalink.status()).toBe(200)
    const text = await permalink.text()
    for (const a of accepted) expect(text).toContain(a.student)
    expect(await (await page.request.get('/news')).text()).toContain(POST)
    expect(await (await page.request.get('/news/2011/04')).text()).toContain(POST)
    expect(await (await page.request.get('/news/2011/05')).text()).not.toContain(POST)
    expect(await (await page.request.get('/news/feed.xml')).text()).toContain(POST)
    await page.goto(`/news/${POST}`)
    for (const a of accepted) await expect(page.getByRole('main')).toContainText(`${a.backup ? 'Mentors' : 'Mentor'}: ${[a.mentor, a.backup].filter(Boolean).join(', ')}`)
    await snap(page, 'flow-post-published', info.project.name)
    const released = await letters()
    expect(released).toHaveLength(applicants)
    expect(new Set(released.map((l) => l.to)).size).toBe(applicants)
    expect(released.every((l) => l.releasedAt !== null)).toBe(true)

    // The students see their decision on "my proposals".
    await studentPage.goto('/me/proposals')
    await expect(studentPage.getByRole('article', { name: 'Recovery of crashed Linux' }).getByText('Accepted', { exact: true })).toBeVisible()
    await snap(studentPage, 'flow-my-proposals-accepted', info.project.name)
    await signInAs(studentPage, 'Ingrid Berg', '/me/proposals')
    await expect(studentPage.getByRole('article', { name: 'PV-GRUB 2 on Mini-OS' }).getByText('Not accepted', { exact: true })).toBeVisible()
  } finally {
    await student.close()
  }
})
