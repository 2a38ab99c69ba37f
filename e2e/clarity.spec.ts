// What confused new users (issue 13), each shown the way a person meets it: one clock on every page, times
// in words, the timeline's order and dates, focus that does not look like an error, a withdraw that asks first,
// the new mentor's landing page, copying an invitation link on a phone, the chart at phone width without
// script, and the Markdown preview offline. Every test puts back what it changed (the clock always).
import { expect, test, type Browser, type Page } from './csp'
import { moveClock, signInAs, snap } from './helpers'
import { expectNoAxeViolations } from './quality'

const PINNED = '2011-04-07T12:00:00Z' // applications open (they close on 8 April, 19:00 UTC)
const PHONE = { width: 390, height: 844 }
const ADMIN = '/seasons/2011/admin'
const OUTBOX = '/seasons/2011/admin/outbox'
const MENTORS = '/seasons/2011/admin/mentors'
const TIMELINE = '/seasons/2011/admin/timeline'

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()
}

test('the demo clock box and recent changes speak in words and in the admin’s zone', async ({ browser }, info) => {
  test.setTimeout(90_000)
  await moveClock(browser, PINNED)
  const context = await browser.newContext({ viewport: PHONE })
  const page = await context.newPage()
  try {
    await signInAs(page, 'Ana Ferreira', ADMIN)
    // Ana's profile is in Europe/Lisbon: 12:00 UTC on 7 April 2011 is 13:00 there (summer time).
    const clock = page.getByRole('region', { name: 'Demo clock' })
    await expect(clock.getByText('The app’s clock is pinned to 7 April 2011, 13:00 GMT+1 (Europe/Lisbon).')).toBeVisible()
    await expect(clock).not.toContainText('2011-04-07T12:00:00.000Z')
    const recent = page.getByRole('region', { name: 'Recent changes' })
    await expect(recent.getByText('Ana Ferreira moved the demo clock to 7 April 2011, 13:00 GMT+1 (Europe/Lisbon).')).toBeVisible()
    // No codes such as "organization.clock (Organization)".
    await expect(recent).not.toContainText(/\b[a-z]+\.[a-z.]+ \([A-Z]\w+\)/)
    await expectNoAxeViolations(page)
    await snap(page, 'clarity-admin-overview', info.project.name)
    await page.getByRole('link', { name: 'The full audit log, with values before and after' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
    await expect(page.getByText('Ana Ferreira moved the demo clock to 7 April 2011, 13:00 GMT+1 (Europe/Lisbon).').first()).toBeVisible()
    await snap(page, 'clarity-audit-log', info.project.name)
  } finally {
    await context.close()
    await moveClock(browser, 'reset')
  }
})

test('with the clock pinned, an invitation is written, expires, is copied on a phone and accepted on one clock; the new mentor lands in the mentor area', async ({ browser }, info) => {
  test.setTimeout(120_000)
  const email = 'lena.fischer@example.net'
  await moveClock(browser, PINNED)
  const context = await browser.newContext({ viewport: PHONE })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const page = await context.newPage()
  let accepted = false
  try {
    await signInAs(page, 'Ana Ferreira', MENTORS)
    await page.getByLabel('E-mail address').fill(email)
    await page.getByRole('button', { name: 'Send invitation' }).click()
    await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${email}` })).toBeVisible()
    await expect(page.getByRole('region', { name: /^Pending/ }).getByText('Invited by Ana Ferreira on 7 April 2011, 13:00 GMT+1 (Europe/Lisbon)')).toBeVisible()

    await page.goto(OUTBOX)
    const mail = page.getByRole('article').filter({ hasText: email }).first()
    // Written and expiring on the app's clock: not "Written 26 November 2026" next to "expires 14 April 2011".
    await expect(mail.getByText('7 April 2011, 13:00 GMT+1 (Europe/Lisbon)')).toBeVisible()
    await expect(mail.locator('pre')).toContainText('expires on 14 April 2011, 12:00 UTC')

    // The link wraps over two lines on a phone: one tap copies it, and it says so.
    const body = (await mail.locator('pre').textContent()) ?? ''
    const link = /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/.exec(body)?.[0]
    expect(link, body).toBeTruthy()
    await mail.getByRole('button', { name: 'Copy invitation link' }).click()
    await expect(mail.getByRole('status')).toHaveText('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
    await expectNoAxeViolations(page)
    await snap(page, 'clarity-outbox-copied', info.project.name)
    await signOut(page)

    // Lena accepts and lands in her mentor area, welcomed, not on the public season page.
    await signInAs(page, 'Lena Fischer', new URL(link!).pathname)
    await page.getByRole('button', { name: 'Accept invitation' }).click()
    accepted = true
    await expect(page).toHaveURL(/\/seasons\/2011\/mentor\/ideas\?welcome=1$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Your ideas' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Welcome: you are a mentor of Google Summer of Code 2011.' })).toBeVisible()
    await expectNoAxeViolations(page)
    await snap(page, 'clarity-mentor-welcome', info.project.name)
    await signOut(page)

    await signInAs(page, 'Ana Ferreira', MENTORS)
    await expect(page.getByRole('region', { name: /^Accepted/ }).getByText(/Accepted by Lena Fischer on 7 April 2011, 13:00 GMT\+1 \(Europe\/Lisbon\)/)).toBeVisible()
  } finally {
    // Lena is the demo's newcomer who becomes a student in another spec: take the mentor role away again.
    if (accepted) {
      await page.goto(MENTORS)
      const mentors = page.getByRole('region', { name: /^Mentors/ })
      await mentors.getByRole('button', { name: 'Remove… Lena Fischer from the mentors' }).click()
      await mentors.getByRole('button', { name: 'Remove Lena Fischer' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'Lena Fischer is no longer a mentor of this season.' })).toBeVisible()
    }
    await context.close()
    await moveClock(browser, 'reset')
  }
})

test('a student on a phone: times follow the app clock, and Withdraw asks first and says what it means', async ({ browser }, info) => {
  test.setTimeout(120_000)
  await moveClock(browser, PINNED)
  const context = await browser.newContext({ viewport: PHONE })
  const page = await context.newPage()
  try {
    // Sofia Marin withdrew her proposal on 6 April; she submits it again, then is asked before withdrawing.
    await signInAs(page, 'Sofia Marin', '/me/proposals')
    await page.getByRole('link', { name: 'Making graphics pass-through work with more cards' }).click()
    await page.getByRole('button', { name: 'Submit again' }).click()
    await expect(page.getByText(/Your proposal is submitted/)).toBeVisible()
    // Sofia is in Europe/Bucharest: 12:00 UTC is 15:00 there.
    await expect(page.getByText('Saved at 15:00')).toBeVisible()

    await page.getByRole('button', { name: 'Withdraw' }).click()
    const dialog = page.getByRole('dialog', { name: 'Withdraw this proposal?' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('Mentors will no longer see it')
    await expect(dialog).toContainText('you can submit it again until 8 April 2011, 22:00 GMT+3 (Europe/Bucharest)')
    await expect(dialog.getByRole('button', { name: 'Keep it submitted' })).toBeFocused()
    await expectNoAxeViolations(page)
    await snap(page, 'clarity-withdraw-dialog', info.project.name)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await page.getByRole('button', { name: 'Withdraw' }).click()
    await dialog.getByRole('button', { name: 'Keep it submitted' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText('Submitted', { exact: true })).toBeVisible()

    // Her list shows the last change on the app's clock, not the machine's.
    await page.goto('/me/proposals')
    await expect(page.getByText('7 April 2011, 15:00 GMT+3 (Europe/Bucharest)').first()).toBeVisible()
    await expect(page.locator('main')).not.toContainText(String(new Date().getUTCFullYear()))

    // Withdraw for real, as the seed had it.
    await page.getByRole('link', { name: 'Making graphics pass-through work with more cards' }).click()
    await page.getByRole('button', { name: 'Withdraw' }).click()
    await dialog.getByRole('button', { name: 'Withdraw proposal' }).click()
    await expect(page.getByText(/Your proposal is withdrawn/)).toBeVisible()
  } finally {
    await context.close()
    await moveClock(browser, 'reset')
  }
})

test('the timeline editor refuses phases out of order beside the fields, and prints dates as the pages do', async ({ browser }, info) => {
  test.setTimeout(90_000)
  for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    try {
      await signInAs(page, 'Ana Ferreira', TIMELINE)
      const close = page.getByRole('group', { name: 'Applications close' })
      const review = page.getByRole('group', { name: 'Proposal review' })
      const closeInput = close.getByLabel('Date and time (Europe/Lisbon)')
      // Whatever the browser's locale makes of the input, the date is printed beside it as on every page.
      await expect(close.getByText('Friday 8 April 2011, 20:00 (Europe/Lisbon)')).toBeVisible()
      await closeInput.fill('2011-04-10T20:00')
      await expect(close.getByText('Sunday 10 April 2011, 20:00 (Europe/Lisbon)')).toBeVisible()
      await page.getByRole('button', { name: 'Save timeline' }).click()
      await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible()
      await expect(close.getByText('Applications close must not come after Proposal review, which starts 8 April 2011, 20:00 GMT+1 (Europe/Lisbon). The phases run in the order listed.')).toBeVisible()
      await expect(review.getByText(/^Proposal review must not start before Applications close, set to 10 April 2011, 20:00/)).toBeVisible()
      await expect(closeInput).toHaveAttribute('aria-invalid', 'true')

      // Focus is blue, not the red of the error border around the same field.
      await closeInput.focus()
      const look = await closeInput.evaluate((el) => {
        const style = getComputedStyle(el)
        return { outline: style.outlineColor, border: style.borderTopColor }
      })
      expect(look.outline).toBe('rgb(29, 78, 216)')
      expect(look.outline).not.toBe(look.border)
      if (viewport === PHONE) await snap(page, 'clarity-timeline-order', info.project.name)

      await page.reload()
      await expect(closeInput).toHaveValue('2011-04-08T20:00')
      // The public timeline keeps the season's order.
      await page.goto('/seasons/2011')
      const headings = await page.getByRole('listitem').getByRole('heading', { level: 3 }).allTextContents()
      expect(headings.indexOf('Applications close')).toBeLessThan(headings.indexOf('Proposal review'))
    } finally {
      await context.close()
    }
  }
})

test('at 390 px and with no script, the applications chart shows every idea name whole and its axis inside the page', async ({ browser }, info) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
  const page = await context.newPage()
  try {
    await page.goto('/seasons/2011/stats')
    const chart = page.locator('[data-chart="applications"]')
    const rows = page.getByRole('table').locator('tbody tr')
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({ title: tr.querySelector('th')!.textContent!.replace(/\s*\(archived\)$/, '').trim(), applications: Number(tr.querySelector('td')!.textContent) })),
    )
    const drew = table.filter((idea) => idea.applications > 0)
    await expect(chart.locator('[data-bar]')).toHaveCount(drew.length)
    for (const idea of drew) await expect(chart.getByText(idea.title, { exact: true })).toBeVisible()
    const overflow = await chart.evaluate((el) => {
      const box = el.getBoundingClientRect()
      const texts = [...el.querySelectorAll('text, span')].map((t) => t.getBoundingClientRect())
      return { width: document.documentElement.scrollWidth, right: Math.max(...texts.map((t) => t.right)), left: Math.min(...texts.map((t) => t.left)), box: box.right }
    })
    expect(overflow.width).toBeLessThanOrEqual(PHONE.width)
    expect(overflow.right).toBeLessThanOrEqual(overflow.box)
    expect(overflow.left).toBeGreaterThanOrEqual(0)
    await snap(page, 'clarity-stats-no-script', 'phone')
    await page.setViewportSize({ width: 1280, height: 900 })
    await snap(page, 'clarity-stats-no-script', 'desktop')
  } finally {
    await context.close()
  }
  expect(info.project.name).toBe('flows')
})

test('offline, the live Markdown preview says it is unavailable instead of throwing', async ({ browser }, info) => {
  const context = await browser.newContext({ viewport: PHONE })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && /Failed to fetch/.test(message.text())) errors.push(message.text())
  })
  try {
    await signInAs(page, 'Lukas Brenner', '/seasons/2011/mentor/ideas/new')
    const description = page.getByRole('textbox', { name: /^Description/ })
    const preview = page.getByRole('region', { name: 'Preview of description' })
    await description.fill('**Online** first')
    await expect(preview.locator('strong')).toHaveText('Online')
    await context.setOffline(true)
    await description.fill('**Offline** now')
    await expect(preview.getByRole('status')).toContainText('The preview is unavailable while you are offline')
    await snap(page, 'clarity-preview-offline', info.project.name)
    await context.setOffline(false)
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    await expect(preview.locator('strong')).toHaveText('Offline')
    await expect(preview.getByRole('status')).toHaveCount(0)
    expect(errors).toEqual([])
  } finally {
    await context.close()
  }
})
