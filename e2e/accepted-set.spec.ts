// From the rank list to confirmed decisions in the browser: an admin replays the 2011 decisions (demo only),
// records 6 slots (a bad number first: the error beside the field), looks at the scenarios for 5, 6 and 7 slots
// (and at what a student lost to another organization changes), solves, swaps one proposal's mentors (a swap that breaks a rule is refused with the reason), and confirms; a
// second confirm changes nothing. A mentor is kept out. axe and HTML checks on both pages at desktop and phone
// width. The clock is put back after.
import { expect as baseExpect, test } from './csp'
import { moveClock, signInAs, snap, sql } from './helpers'
import { expectQualityAtBothWidths } from './quality'

const expect = baseExpect.configure({ timeout: 20_000 })
const ACCEPTED = '/seasons/2011/admin/accepted'
const SLOTS = '/seasons/2011/admin/slots'
const SIX = ['Daniel Castro', 'Daniel Kiper', 'Giorgos Boutsioukis', 'Jiageng Yu', 'Sagar Kadam', 'Wei Liu']
const SEABIOS = 'Add Xen PV block device support to SeaBIOS'

test.describe.configure({ mode: 'serial' })
test.afterAll(async ({ browser }) => moveClock(browser, 'reset'))

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
  await page.getByRole('button', { name: /^Confirm these \d+ decisions$/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Nothing changed: these decisions were already confirmed.' })).toBeVisible()
  expect(await sql(`SELECT count(*)::int AS n FROM "AuditLog"`)).toEqual(audits)
  await expect(page.getByText(/These decisions are confirmed/)).toBeVisible()
  await snap(page, 'accepted-set-confirmed', info.project.name)
})
