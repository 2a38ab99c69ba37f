// Decisions stay secret until the season announces its accepted students (25 April 2011, 19:00 UTC in the
// demo), by the app's clock: the public figures say "Not announced yet", and a student whose proposal was
// decided sees it as submitted, and can edit and withdraw it like any other while applications are open.
// Each test moves the demo clock and puts it back; the proposals it uses are no other spec's.
import { expect, test, type Page } from './csp'
import { moveClock, PHONE_VIEWPORT, signInAs, snapBoth } from './helpers'
import { expectNoAxeViolations } from './quality'

const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"] dd`)

test('before the announcement no public page tells how many students were accepted, nor who', async ({ browser }) => {
  test.setTimeout(120_000)
  await moveClock(browser, '2011-04-20T12:00:00Z')
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
  const page = await context.newPage()
  try {
    await page.goto('/seasons/2011/stats')
    await expect(figure(page, 'applications')).toHaveText('30')
    await expect(figure(page, 'acceptedStudents')).toHaveText('Not announced yet')
    await expectNoAxeViolations(page)
    await snapBoth(page, 'stats-before-announcement')
    await page.goto('/')
    await expect(figure(page, 'acceptedStudents')).toHaveText('Not announced yet')
    await snapBoth(page, 'home-before-announcement')
    expect((await page.goto('/news/gsoc-2011-accepted-students'))?.status()).toBe(404)
    const feed = await page.request.get('/news/feed.xml')
    expect(await feed.text()).not.toContain('accepted-students')

    // A student decided on (not accepted) sees "Submitted", read-only after the deadline like every proposal,
    // and no last change at the moment of the decision.
    await signInAs(page, 'Ingrid Berg', '/me/proposals')
    const item = page.getByRole('article', { name: 'PV-GRUB 2 on Mini-OS' })
    await expect(item.getByText('Submitted', { exact: true })).toBeVisible()
    await expect(page.getByText('Not accepted')).toHaveCount(0)
    await expect.soft(item).not.toContainText('25 April')
    await snapBoth(page, 'my-proposals-before-announcement')
    await item.getByRole('link', { name: 'PV-GRUB 2 on Mini-OS' }).click()
    await expect(page.getByText(/^Applications closed on 8 April 2011, .*This proposal can no longer be changed\.$/)).toBeVisible()
    await expect(page.getByText('Submitted', { exact: true })).toBeVisible()
    await expect(page.getByText('Not accepted', { exact: true })).toHaveCount(0)
    await expect(page.getByText(/A decision has been made/)).toHaveCount(0)

    // From the announcement on, the figure is there.
    await moveClock(browser, '2011-04-25T19:00:00Z')
    await page.goto('/seasons/2011/stats')
    await expect(figure(page, 'acceptedStudents')).toHaveText('6')
    await page.goto('/me/proposals')
    await expect(page.getByRole('article', { name: 'PV-GRUB 2 on Mini-OS' }).getByText('Not accepted', { exact: true })).toBeVisible()
  } finally {
    await context.close()
    await moveClock(browser, 'reset')
  }
})

test('while applications are open, a proposal decided but not announced is submitted to its student: edit, withdraw, submit again', async ({ browser }) => {
  test.setTimeout(150_000)
  await moveClock(browser, '2011-04-01T12:00:00Z')
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
  const page = await context.newPage()
  try {
    await signInAs(page, 'Ravi Iyer', '/me/proposals')
    const item = page.getByRole('article', { name: 'A fuller C library for Mini-OS' })
    await expect(item.getByText('Submitted', { exact: true })).toBeVisible()
    await expect.soft(item).not.toContainText(/2[56] April 2011/) // the decision's moment in his zone (Asia/Kolkata)
    await item.getByRole('link', { name: 'A fuller C library for Mini-OS' }).click()
    await expect(page.getByText('Submitted', { exact: true })).toBeVisible()
    await expect(page.getByText('Not accepted', { exact: true })).toHaveCount(0)
    await expect(page.getByText(/A decision has been made/)).toHaveCount(0)

    // Editing saves like on any submitted proposal.
    const abstract = page.getByRole('textbox', { name: 'Abstract', exact: true })
    const original = await abstract.inputValue()
    await abstract.fill(`${original} I can also port a small shell.`)
    await expect(page.getByText(/^Saved at \d\d:\d\d$/)).toBeVisible()
    await expect(page.getByText(/A decision has been made/)).toHaveCount(0)
    await page.reload()
    await expect(abstract).toHaveValue(/I can also port a small shell\.$/)
    await expectNoAxeViolations(page)
    // At the end of the page the sticky save bar sits where it belongs in a full-page picture.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await snapBoth(page, 'proposal-decided-unannounced')

    // Withdrawing works like on any submitted proposal, and it can be submitted again before the deadline.
    await abstract.fill(original)
    await expect(page.getByText(/^Saved at \d\d:\d\d$/)).toBeVisible()
    await page.getByRole('button', { name: 'Withdraw' }).click()
    await page.getByRole('dialog', { name: 'Withdraw this proposal?' }).getByRole('button', { name: 'Withdraw proposal' }).click()
    await expect(page.getByText(/Your proposal is withdrawn/)).toBeVisible()
    await expect(page.getByText('Withdrawn', { exact: true })).toBeVisible()
    await page.getByRole('button', { name: 'Submit again' }).click()
    await expect(page.getByText(/Your proposal is submitted/)).toBeVisible()
    await expect(page.getByText(/A decision has been made|Only a submitted proposal/)).toHaveCount(0)
  } finally {
    await context.close()
    await moveClock(browser, 'reset')
  }
})
