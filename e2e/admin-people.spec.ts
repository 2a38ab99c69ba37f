// Admins invite mentors, read the mail in the outbox, set capacities and edit the timeline; the invitee accepts
// through the link. Each test puts back what it changed in the demo database, in `finally`, and a retry starts
// by clearing what a failed attempt may have left (Sam Okafor's role or pending invitation).
import { expect, test, type Browser, type Page } from './csp'
import { signInAs, snap } from './helpers'

const SEASON = 'Google Summer of Code 2011'
const MENTORS = '/seasons/2011/admin/mentors'
const TIMELINE = '/seasons/2011/admin/timeline'
const OUTBOX = '/seasons/2011/admin/outbox'

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()
}

async function invite(page: Page, email: string) {
  await page.getByLabel('E-mail address').fill(email)
  await page.getByRole('button', { name: 'Send invitation' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${email}` })).toBeVisible()
  await expect(page.getByLabel('E-mail address')).toHaveValue('')
}

/** The invitation link in the newest outbox mail to `email`, read from the page as an admin would. */
async function linkFromOutbox(page: Page, email: string) {
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Outbox' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible()
  const mail = page.getByRole('article').filter({ hasText: email }).first()
  await expect(mail.getByRole('heading', { name: `Invitation to mentor in ${SEASON}` })).toBeVisible()
  await expect(mail.getByText('Not sent (no mail server configured)')).toBeVisible()
  const body = (await mail.locator('pre').textContent()) ?? ''
  const link = /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/.exec(body)?.[0]
  expect(link, body).toBeTruthy()
  return link!
}

/** Sam Okafor with no role and no pending invitation, as the seed has him; returns the season's mentor count. */
async function resetSam(browser: Browser): Promise<number> {
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await signInAs(page, 'Ana Ferreira', MENTORS)
    const mentors = page.getByRole('region', { name: /^Mentors \(\d+\)/ })
    if (await mentors.getByText('Sam Okafor', { exact: true }).count()) {
      await mentors.getByRole('button', { name: 'Remove… Sam Okafor from the mentors' }).click()
      await mentors.getByRole('button', { name: 'Remove Sam Okafor' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'Sam Okafor is no longer a mentor of this season.' })).toBeVisible()
    }
    const revoke = page.getByRole('region', { name: /^Pending/ }).getByRole('button', { name: 'Revoke the invitation for sam.okafor@example.org' })
    if (await revoke.count()) {
      await revoke.click()
      await expect(page.getByRole('status').filter({ hasText: 'Invitation for sam.okafor@example.org revoked' })).toBeVisible()
    }
    const heading = (await page.getByRole('heading', { name: /^Mentors \(\d+\)/ }).textContent()) ?? ''
    return Number(/\((\d+)\)/.exec(heading)?.[1])
  } finally {
    await context.close()
  }
}

test('the admin invites Sam Okafor, who accepts through the link from the outbox', async ({ page, browser }, info) => {
  test.setTimeout(120_000)
  const mentorCount = await resetSam(browser)
  try {
    await signInAs(page, 'Ana Ferreira', MENTORS)
    await expect(page.getByRole('heading', { level: 1, name: 'Mentors & invitations' })).toBeVisible()
    await invite(page, 'sam.okafor@example.org')
    const pending = page.getByRole('region', { name: /^Pending/ })
    await expect(pending.getByText('sam.okafor@example.org', { exact: true })).toBeVisible()

    // Inviting the same address again is refused while the first invitation is pending.
    await page.getByLabel('E-mail address').fill('Sam.Okafor@example.org')
    await page.getByRole('button', { name: 'Send invitation' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'sam.okafor@example.org already has a pending invitation' })).toBeVisible()
    await expect(page.getByLabel('E-mail address')).toHaveValue('Sam.Okafor@example.org')

    const link = await linkFromOutbox(page, 'sam.okafor@example.org')
    await signOut(page)

    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1, name: `Invitation to be a mentor in ${SEASON}` })).toBeVisible()
    await page.getByRole('link', { name: 'Sign in to accept' }).click()
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Finvitations%2F/)
    await page.getByRole('button', { name: 'Sign in as Sam Okafor', exact: true }).click()
    await expect(page.getByText('Signed in as Sam Okafor')).toBeVisible()
    await expect(page).toHaveURL(link)
    await page.getByRole('button', { name: 'Accept invitation' }).click()
    // Accepting leads to the new mentor's own area of the season, not the public page.
    await expect(page).toHaveURL(/\/seasons\/2011\/mentor\/ideas\?welcome=1$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Your ideas' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: `Welcome: you are a mentor of ${SEASON}.` })).toBeVisible()
    await snap(page, 'invitation-accepted', info.project.name)

    // The link works once.
    await page.goto(link)
    await expect(page.getByText(/This invitation was already used: you accepted it on/)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Accept invitation' })).toHaveCount(0)
    await signOut(page)

    await signInAs(page, 'Ana Ferreira', MENTORS)
    const mentors = page.getByRole('region', { name: `Mentors (${mentorCount + 1})` })
    await expect(mentors.getByText('Sam Okafor', { exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: /^Accepted/ }).getByText('Accepted by Sam Okafor')).toBeVisible()

    // Capacity: out of range is refused beside the control; a valid value is saved.
    const capacity = mentors.getByLabel('Capacity of Sam Okafor')
    await expect(capacity).toHaveValue('1')
    await capacity.fill('2')
    await mentors.getByRole('button', { name: 'Save capacity of Sam Okafor' }).click()
    await expect(mentors.getByText('Sam Okafor now takes up to 2 students.')).toBeVisible()

    // Take the role away again through the page: the count is back where it was.
    await mentors.getByRole('button', { name: 'Remove… Sam Okafor from the mentors' }).click()
    await mentors.getByRole('button', { name: 'Remove Sam Okafor' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Sam Okafor is no longer a mentor of this season.' })).toBeVisible()
    await expect(page.getByRole('region', { name: `Mentors (${mentorCount})` })).toBeVisible()
  } finally {
    await resetSam(browser)
  }
})

test('the admin edits the timeline in her time zone and the season page shows it', async ({ page }, info) => {
  test.setTimeout(60_000)
  await signInAs(page, 'Ana Ferreira', TIMELINE)
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline and settings' })).toBeVisible()
  const close = page.getByRole('group', { name: 'Applications close' })
  // Ana's profile is in Europe/Lisbon: 19:00 UTC on 8 April 2011 is 20:00 there (summer time).
  await expect(close.getByLabel('Date and time (Europe/Lisbon)')).toHaveValue('2011-04-08T20:00')

  // Closing before opening is refused, beside the field, and nothing is saved.
  await close.getByLabel('Date and time (Europe/Lisbon)').fill('2011-03-01T10:00')
  await page.getByRole('button', { name: 'Save timeline' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible()
  await expect(close.getByText('Applications must close after they open.')).toBeVisible()
  await expect(close.getByLabel('Date and time (Europe/Lisbon)')).toHaveAttribute('aria-invalid', 'true')
  await page.reload()
  await expect(close.getByLabel('Date and time (Europe/Lisbon)')).toHaveValue('2011-04-08T20:00')

  const slotNote = page.getByRole('group', { name: 'Slot requests' }).getByLabel('Note')
  const original = await slotNote.inputValue()
  const changed = `Admins request student slots from Google (edited in the browser test, attempt ${info.retry + 1}.${info.repeatEachIndex + 1}).`
  try {
    await slotNote.fill(changed)
    await page.getByRole('button', { name: 'Save timeline' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Timeline saved (1 phase changed: Slot requests).' })).toBeVisible()
    await page.goto('/seasons/2011')
    await expect(page.getByText(changed)).toBeVisible()
  } finally {
    // Put the demo back as it was.
    await page.goto(TIMELINE)
    await page.getByRole('group', { name: 'Slot requests' }).getByLabel('Note').fill(original)
    await page.getByRole('button', { name: 'Save timeline' }).click()
    await expect(page.getByRole('status').filter({ hasText: /Timeline saved|Nothing/ })).toBeVisible()
  }
})

test('the admin pages and the accept page at desktop and phone width @phone', async ({ page, browser }, info) => {
  test.setTimeout(120_000)
  // Sam Okafor views the accept page: a person with no role in the season (Lena may be a student by now).
  await resetSam(browser)
  // Its own address per attempt: a retry must not find the earlier attempt's invitation pending.
  const email = `screenshot-${info.project.name}-${info.retry}-${info.repeatEachIndex}@example.org`
  await signInAs(page, 'Ana Ferreira', MENTORS)
  await invite(page, email)
  await snap(page, 'admin-mentors', info.project.name)
  const link = await linkFromOutbox(page, email)
  await snap(page, 'admin-outbox', info.project.name)
  await page.goto(TIMELINE)
  await expect(page.getByRole('heading', { name: 'Season settings' })).toBeVisible()
  await snap(page, 'admin-timeline', info.project.name)
  await signOut(page)

  await page.goto(link)
  await expect(page.getByRole('link', { name: 'Sign in to accept' })).toBeVisible()
  await snap(page, 'invitation-signed-out', info.project.name)
  await signInAs(page, 'Sam Okafor', new URL(link).pathname)
  await expect(page.getByRole('button', { name: 'Accept invitation' })).toBeVisible()
  await expect(page.getByText(/Accepting makes your account, Sam Okafor/)).toBeVisible()
  await snap(page, 'invitation', info.project.name)
  await signOut(page)

  // Revoke it again: the link stops working.
  await signInAs(page, 'Ana Ferreira', MENTORS)
  await page.getByRole('region', { name: /^Pending/ }).getByRole('button', { name: `Revoke the invitation for ${email}` }).click()
  await expect(page.getByRole('status').filter({ hasText: `Invitation for ${email} revoked` })).toBeVisible()
  await page.goto(link)
  await expect(page.getByText('This invitation link is not valid.')).toBeVisible()
})

test('students and mentors get 403 on the admin pages; signed-out visitors are asked to sign in', async ({ page }) => {
  await page.goto(MENTORS)
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fseasons%2F2011%2Fadmin%2Fmentors/)
  for (const who of ['Wei Liu', 'Lukas Brenner']) {
    await signInAs(page, who)
    for (const path of [MENTORS, TIMELINE, OUTBOX]) {
      const response = await page.goto(path)
      expect(response?.status(), `${who} ${path}`).toBe(403)
      await expect(page.getByRole('heading', { name: 'This page is not for your role' })).toBeVisible()
    }
    await signOut(page)
  }
})

test('an unknown invitation link says so', async ({ page }) => {
  await page.goto('/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
  await expect(page.getByRole('heading', { level: 1, name: 'Invitation' })).toBeVisible()
  await expect(page.getByText('This invitation link is not valid.')).toBeVisible()
})
