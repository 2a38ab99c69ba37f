// The student side of a season in the browser: the newcomer Lena Fischer writes a proposal for an idea while
// the demo clock stands inside the application window (autosave, reload, an offline edit restored from the
// browser, submit, edit, withdraw, resubmit), then sees it read-only after the deadline. Her profile, and the
// pages of a seeded student. The clock is always put back to real time, and Lena's proposal ends withdrawn
// so the season's figures other specs check stay as the seed made them.
import { expect, test, type Browser, type Page, type TestInfo } from './csp'
import { moveClock, signInAs, snap } from './helpers'
import { expectNoAxeViolations, expectValidHtml } from './quality'

// A retry (or a repeated run) writes for another idea under another title: an earlier attempt's proposal stays.
const IDEAS = [
  { slug: 'xentrace-visualisation', title: 'Visualisation tools for xentrace and xenalyze' },
  { slug: 'xenstore-benchmarks', title: 'XenStore benchmark and stress-test suite' },
  { slug: 'vtpm-refresh', title: 'Refresh the virtual TPM stack' },
  { slug: 'pvgrub2', title: 'PV-GRUB 2: a GRUB 2 based bootloader for PV guests' },
]
const attemptOf = (info: TestInfo) => info.retry + info.repeatEachIndex * 2
const OPEN_MOMENT = '2011-04-01T12:00:00Z'
const AFTER_DEADLINE = '2011-04-09T12:00:00Z'

const savedAt = (page: Page) => page.getByText(/^Saved at \d\d:\d\d$/)
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })

test('a signed-out visitor who wants to write a proposal is asked to sign in first', async ({ page }) => {
  await page.goto('/me/proposals/new?season=2011&idea=xentrace-visualisation')
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fme%2Fproposals%2Fnew%3Fseason%3D2011%26idea%3Dxentrace-visualisation/)
  await page.goto('/me/proposals')
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fme%2Fproposals$/)
})

test('Lena writes a proposal from first draft to submission, and it turns read-only after the deadline', async ({ browser }, info) => {
  test.setTimeout(180_000)
  const attempt = attemptOf(info)
  const { slug, title: ideaTitle } = IDEAS[attempt % IDEAS.length]!
  const IDEA = `/seasons/2011/ideas/${slug}`
  const TITLE = attempt ? `A trace viewer for xentrace (attempt ${attempt + 1})` : 'A trace viewer for xentrace'
  await moveClock(browser, OPEN_MOMENT)
  const context = await browser.newContext()
  let page = await context.newPage()
  try {
    // From the idea to a new draft.
    await signInAs(page, 'Lena Fischer', IDEA)
    await page.getByRole('link', { name: 'Write a proposal for this idea' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Start a proposal' })).toBeVisible()
    await expect(page.getByLabel('Idea')).toHaveValue(/.+/)
    // Only her first attempt finds her new to the season.
    if (attempt === 0) await expect(page.getByText('Starting a proposal makes you a student of')).toBeVisible()
    await expectNoAxeViolations(page)
    await snap(page, 'proposal-new', info.project.name)
    await expectValidHtml(page, `/me/proposals/new?season=2011&idea=${slug}`)
    await page.getByRole('button', { name: 'Start writing' }).click()
    await expect(page).toHaveURL(/\/me\/proposals\/[a-z0-9]+$/)
    const url = page.url()
    await expect(page.getByRole('heading', { level: 1, name: 'Untitled proposal' })).toBeVisible()

    // Typing saves the draft by itself.
    await field(page, 'Title').fill(TITLE)
    await field(page, 'Abstract').fill('A graphical viewer for xentrace output, so scheduling problems can be seen at a glance.')
    await field(page, 'Plan (Markdown)').fill('## Approach\n\n- Parse the binary trace format\n- Draw per-CPU timelines')
    await expect(page.getByRole('heading', { name: 'Approach' })).toBeVisible() // the live preview
    await field(page, 'Weekly timeline (Markdown)').fill('1. Week 1: the parser\n2. Week 2: the drawing')
    await page.getByRole('spinbutton', { name: 'Hours per week' }).fill('30')
    await field(page, 'Links').fill('https://github.com/lena-fischer')
    await expect(page.getByText('Saving…')).toBeVisible()
    await expect(savedAt(page)).toBeVisible()

    // A reload shows what was saved.
    await page.reload()
    await expect(field(page, 'Title')).toHaveValue(TITLE)
    await expect(field(page, 'Plan (Markdown)')).toHaveValue(/Draw per-CPU timelines/)
    await expect(page.getByRole('spinbutton', { name: 'Hours per week' })).toHaveValue('30')
    await expect(page.getByRole('heading', { level: 1, name: TITLE, exact: true })).toBeVisible()

    // Bad input is refused with a message on the field, and the text stays.
    await field(page, 'Plan (Markdown)').fill('## Approach\n\n<script>alert(1)</script>')
    await expect(page.getByText(/Could not save — your text is kept in this browser/)).toBeVisible()
    await expect(page.locator('#field-plan-error')).toContainText('Remove the <script> tag')
    await expect(field(page, 'Plan (Markdown)')).toHaveValue(/<script>/)
    await field(page, 'Plan (Markdown)').fill('## Approach\n\n- Parse the binary trace format\n- Draw per-CPU timelines')
    await expect(savedAt(page)).toBeVisible()
    await expect(page.locator('#field-plan-error')).toHaveCount(0)

    // Offline, the text is kept in the browser and restored when the proposal is opened again.
    await context.setOffline(true)
    await field(page, 'Abstract').fill('A graphical viewer for xentrace output. Typed while offline.')
    await expect(page.getByText(/Could not save — your text is kept in this browser/)).toBeVisible()
    await page.close()
    await context.setOffline(false)
    page = await context.newPage()
    await page.goto(url)
    // Either the browser's copy is restored (the usual case), or the save sent as the tab closed reached the
    // server after all; what matters is that the text is there and ends up saved.
    await expect(field(page, 'Abstract')).toHaveValue(/Typed while offline/)
    await expect(savedAt(page)).toBeVisible()
    await page.reload()
    await expect(field(page, 'Abstract')).toHaveValue(/Typed while offline/)
    await expectNoAxeViolations(page)
    // The save bar sticks to the bottom of the window; at the end of the page it sits where it belongs.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await snap(page, 'proposal-edit', info.project.name)
    await expectValidHtml(page, new URL(url).pathname)

    // Submit, then edit the submitted proposal (autosaved too).
    await page.getByRole('button', { name: 'Submit proposal' }).click()
    await expect(page.getByText(/Your proposal is submitted\. You can still change or withdraw it until 8 April 2011, 21:00 [^(]+\(Europe\/Berlin\)/)).toBeVisible()
    await expect(page.getByText('Submitted', { exact: true })).toBeVisible()
    // Keep the autosave request this edit sends: after the deadline the test posts it again, as a forger would.
    const autosave = page.waitForRequest((request) => request.method() === 'POST' && Boolean(request.headers()['next-action']) && (request.postData() ?? '').includes('edited after submitting'))
    await field(page, 'Abstract').fill('A graphical viewer for xentrace output, edited after submitting.')
    const savedRequest = await autosave
    await expect(savedAt(page)).toBeVisible()
    await page.reload()
    await expect(field(page, 'Abstract')).toHaveValue('A graphical viewer for xentrace output, edited after submitting.')
    await expect(page.getByRole('button', { name: 'Submit proposal' })).toHaveCount(0)

    // Withdraw and submit again.
    await page.getByRole('button', { name: 'Withdraw' }).click()
    await page.getByRole('dialog', { name: 'Withdraw this proposal?' }).getByRole('button', { name: 'Withdraw proposal' }).click()
    await expect(page.getByText(/Your proposal is withdrawn/)).toBeVisible()
    await expect(page.getByText('Withdrawn', { exact: true })).toBeVisible()
    await page.getByRole('button', { name: 'Submit again' }).click()
    await expect(page.getByText(/Your proposal is submitted/)).toBeVisible()

    // Her list shows it, with the deadline in her time zone.
    await page.goto('/me/proposals')
    const item = page.getByRole('article', { name: TITLE, exact: true })
    await expect(item.getByText('Submitted', { exact: true })).toBeVisible()
    await expect(item.getByText(/^8 April 2011, 21:00 .*\(Europe\/Berlin\)$/)).toBeVisible()
    await expect(item.getByRole('link', { name: ideaTitle })).toBeVisible()

    // After the deadline the proposal is read-only: no control to change, submit or withdraw it.
    await moveClock(browser, AFTER_DEADLINE)
    await page.goto(url)
    await expect(page.getByText(/^Applications closed on 8 April 2011, 21:00 .*\(Europe\/Berlin\)\. This proposal can no longer be changed\.$/)).toBeVisible()
    await expect(page.getByText('A graphical viewer for xentrace output, edited after submitting.')).toBeVisible()
    const main = page.getByRole('main')
    await expect(main.getByRole('textbox')).toHaveCount(0)
    await expect(main.getByRole('spinbutton')).toHaveCount(0)
    await expect(main.getByRole('button')).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Approach' })).toBeVisible()
    await expectNoAxeViolations(page)
    await snap(page, 'proposal-closed', info.project.name)
    await expectValidHtml(page, new URL(url).pathname)
    await page.goto(IDEA)
    await expect(page.getByRole('link', { name: 'Write a proposal for this idea' })).toHaveCount(0)

    // A forced post after the deadline: the same server-action request, with other text, is refused on the server.
    const forced = await page.request.post(savedRequest.url(), {
      headers: Object.fromEntries(Object.entries(savedRequest.headers()).filter(([name]) => !['content-length', 'cookie'].includes(name))),
      data: (savedRequest.postData() ?? '').replace('edited after submitting', 'FORCED AFTER THE DEADLINE'),
    })
    // The answer is the action's result (an RSC payload), not a page: the refusal the form would show.
    expect(forced.headers()['content-type']).toContain('text/x-component')
    expect(await forced.text()).toMatch(/"ok":false,"error":"closed","message":"Applications closed on 8 April 2011[^"]*, so /)
    await page.goto(url)
    await expect(page.getByText('A graphical viewer for xentrace output, edited after submitting.')).toBeVisible()
    await expect(page.getByText(/FORCED AFTER THE DEADLINE/)).toHaveCount(0)

    // Leave the season's figures as seeded: withdraw her application while the window is open again.
    await moveClock(browser, OPEN_MOMENT)
    await page.goto(url)
    await page.getByRole('button', { name: 'Withdraw' }).click()
    await page.getByRole('dialog', { name: 'Withdraw this proposal?' }).getByRole('button', { name: 'Withdraw proposal' }).click()
    await expect(page.getByText(/Your proposal is withdrawn/)).toBeVisible()
  } finally {
    await context.close()
    await moveClock(browser, 'reset')
  }
})

test('a mentor of the season is told they may not write proposals there', async ({ browser, page }) => {
  await moveClock(browser, OPEN_MOMENT)
  try {
    await signInAs(page, 'Lukas Brenner', '/me/proposals/new?season=2011')
    await expect(page.getByText(/You are a mentor of this season, so you review its proposals and may not write one yourself/)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Start writing' })).toHaveCount(0)
  } finally {
    await moveClock(browser, 'reset')
  }
})

test('Lena edits her profile; bad input gets a message and keeps what she typed', async ({ page }, info) => {
  await signInAs(page, 'Lena Fischer', '/me/profile')
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible()
  await expect(page.getByLabel('Name')).toHaveValue('Lena Fischer')
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Berlin')
  await page.getByLabel('School or university').fill('Technische Universität Berlin')
  await page.getByLabel('GitHub handle').fill('not a handle')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByText('Please correct the marked fields.')).toBeVisible()
  await expect(page.locator('#field-githubHandle-error')).toContainText('letters, digits and single hyphens')
  await expect(page.getByLabel('School or university')).toHaveValue('Technische Universität Berlin')
  await expect(page.getByLabel('GitHub handle')).toHaveValue('not a handle')
  await expectNoAxeViolations(page)
  await snap(page, 'profile-error', info.project.name)
  await page.getByLabel('GitHub handle').fill('@lena-fischer')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByText(/Your profile is saved\.|Nothing to save/)).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('GitHub handle')).toHaveValue('lena-fischer')
  await expect(page.getByLabel('School or university')).toHaveValue('Technische Universität Berlin')
  await snap(page, 'profile', info.project.name)
  await expectValidHtml(page, '/me/profile')
})

test('a seeded student sees their proposals with their outcome, and another student’s proposal is not found', async ({ page }, info) => {
  await signInAs(page, 'Wei Liu', '/me/proposals')
  await expect(page.getByRole('heading', { level: 1, name: 'My proposals' })).toBeVisible()
  await expect(page.getByRole('article').first()).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'my-proposals', info.project.name)
  await expectValidHtml(page, '/me/proposals')
  const first = page.getByRole('article').first().getByRole('heading', { level: 2 }).getByRole('link')
  await first.click()
  await expect(page).toHaveURL(/\/me\/proposals\/[a-z0-9]+$/)
  await expect(page.getByText(/^Applications closed on \d+ April 2011, .*This proposal can no longer be changed\.$/)).toBeVisible()
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0)
  await snap(page, 'proposal-readonly', info.project.name)
  const mine = page.url()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  await signInAs(page, 'Chen Hao')
  const response = await page.goto(mine)
  expect(response?.status()).toBe(404)
})
