// Issue 12 (account safety) and 13.1 (the demo at any address), the way a person meets them in the browser.
import { expect, test } from './csp'
import { signInAs } from './helpers'
import { expectNoAxeViolations, expectValidHtml } from './quality'

const PHONE = { width: 390, height: 844 }

test('a crafted next-auth.callback-url cookie leaves every page working', async ({ page, context, baseURL }) => {
  test.setTimeout(60_000) // twelve page loads and a sign-in
  for (const value of ['javascript:alert(1)', 'http://[', 'https://evil.example/steal']) {
    await context.clearCookies()
    await context.addCookies([{ name: 'next-auth.callback-url', value, url: baseURL! }])
    for (const path of ['/', '/seasons/2011', '/signin', '/api/auth/session']) {
      const response = await page.goto(path)
      expect(response?.status(), `${path} with callback-url ${value}`).toBe(200)
    }
  }
  // Signing in still works, and lands on this site.
  await signInAs(page, 'Chen Hao', '/me/proposals')
  await expect(page).toHaveURL(/\/me\/proposals$/)
})

test('after signing out, a copy of the session cookie no longer works', async ({ page, browser, baseURL }) => {
  await signInAs(page, 'Kenji Sato', '/me/proposals')
  const stolen = await page.context().cookies()
  expect(stolen.some((c) => c.name.includes('session-token'))).toBe(true)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()

  const replay = await browser.newContext({ baseURL })
  await replay.addCookies(stolen)
  const other = await replay.newPage()
  await other.goto('/me/proposals')
  await expect(other).toHaveURL(/\/signin\?callbackUrl=/)
  await expect(other.getByRole('link', { name: 'Sign in' })).toBeVisible()
  await replay.close()
})

test('the demo opened at 127.0.0.1 signs in there, not at localhost', async ({ page, baseURL }) => {
  const origin = baseURL!.replace('localhost', '127.0.0.1')
  await page.goto(`${origin}/signin?callbackUrl=%2Fme%2Fprofile`)
  await page.getByRole('button', { name: 'Sign in as Ravi Iyer', exact: true }).click()
  await expect(page.getByText('Signed in as Ravi Iyer')).toBeVisible()
  expect(new URL(page.url()).origin).toBe(origin)
  await expect(page).toHaveURL(/\/me\/profile$/)
  // Absolute links still name the configured public URL.
  const feed = await page.request.get(`${origin}/news/feed.xml`)
  expect(await feed.text()).toContain(`<id>${baseURL}/news</id>`)
})

test('a new e-mail address waits for its confirmation link; confirming it ends the session', async ({ page }) => {
  test.setTimeout(90_000) // two sign-ins, axe and HTML checks on two pages, four screenshots
  await signInAs(page, 'Nina Petrova', '/me/profile')
  const email = page.getByLabel('E-mail address')
  await expect(email).toHaveValue('nina.petrova@example.net')
  await email.fill('nina.p@example.org')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'confirmation link for nina.p@example.org' })).toBeVisible()
  const link = page.getByRole('link', { name: 'Open the confirmation link for nina.p@example.org' })
  const href = await link.getAttribute('href')
  expect(href).toMatch(/\/me\/email\/[A-Za-z0-9_-]{43}$/)

  // Until confirmed, the address stays; the profile says what is pending.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Pending confirmation for nina.p@example.org' })).toBeVisible()
  await expect(page.getByLabel('E-mail address')).toHaveValue('nina.petrova@example.net')
  await expectNoAxeViolations(page)
  await expectValidHtml(page)
  await page.screenshot({ path: 'e2e/screenshots/profile-pending-email-desktop.png', fullPage: true })
  await page.setViewportSize(PHONE)
  await page.screenshot({ path: 'e2e/screenshots/profile-pending-email-phone.png', fullPage: true })
  await page.setViewportSize({ width: 1280, height: 800 })

  await page.goto(new URL(href!).pathname)
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your new e-mail address' })).toBeVisible()
  await expectNoAxeViolations(page)
  await expectValidHtml(page)
  await page.screenshot({ path: 'e2e/screenshots/confirm-email-desktop.png', fullPage: true })
  await page.setViewportSize(PHONE)
  await page.screenshot({ path: 'e2e/screenshots/confirm-email-phone.png', fullPage: true })
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByRole('button', { name: 'Confirm nina.p@example.org' }).click()
  await expect(page.getByRole('status')).toContainText('Your e-mail address is now nina.p@example.org')
  await expect(page.getByRole('link', { name: 'Sign in', exact: true }).first()).toBeVisible()
  await page.goto('/me/profile')
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/)

  await signInAs(page, 'Nina Petrova', '/me/profile')
  await expect(page.getByLabel('E-mail address')).toHaveValue('nina.p@example.org')
  await expect(page.getByText('Pending confirmation')).toHaveCount(0)
  // The link worked once.
  await page.goto(new URL(href!).pathname)
  await expect(page.getByText('This confirmation link is not valid (any more)')).toBeVisible()
})
