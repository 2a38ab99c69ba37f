import { expect, test } from './csp'
import { signInAs, snap } from './helpers'
import { expectNoAxeViolations, expectValidHtml } from './quality'

test('a signed-out visitor who opens the admin page is asked to sign in', async ({ page }) => {
  await page.goto('/seasons/2011/admin')
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fseasons%2F2011%2Fadmin/)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
})

test('a student signed in through the demo list gets a 403 page, not the admin page @phone', async ({ page }, info) => {
  await signInAs(page, 'Wei Liu')
  const response = await page.goto('/seasons/2011/admin')
  expect(response?.status()).toBe(403)
  await expect(page.getByRole('heading', { name: 'This page is not for your role' })).toBeVisible()
  await expect(page.getByText('Recent changes')).toHaveCount(0)
  await snap(page, 'forbidden', info.project.name)
})

test('a mentor who is not an admin also gets 403', async ({ page }) => {
  await signInAs(page, 'Lukas Brenner')
  const response = await page.goto('/seasons/2011/admin')
  expect(response?.status()).toBe(403)
})

test('the admin signs in and sees the season administration @phone', async ({ page }, info) => {
  await signInAs(page, 'Ana Ferreira', '/seasons/2011/admin')
  await expect(page).toHaveURL(/\/seasons\/2011\/admin$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Administration')
  // The flows on this server add and remove people; the seed's exact figures are checked on the production server.
  await expect(page.getByText(/\b\d+ applications\./).first()).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Mentors \(\d+\)$/ })).toBeVisible()
  await snap(page, 'admin', info.project.name)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
})

test('the sign-in page offers e-mail links and the demo list @phone', async ({ page }, info) => {
  await page.goto('/signin')
  await expect(page.getByLabel('E-mail address')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign in as Ana Ferreira' })).toBeVisible()
  await snap(page, 'signin', info.project.name)
})

test('the admin reads the audit log; a student may not @phone', async ({ page }, info) => {
  await signInAs(page, 'Ana Ferreira', '/seasons/2011/admin')
  await page.getByRole('link', { name: 'The full audit log, with values before and after' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
  await expect(page.getByText('seed.demo')).toBeVisible()
  await expectNoAxeViolations(page)
  await expectValidHtml(page)
  await snap(page, 'admin-audit', info.project.name)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  await signInAs(page, 'Wei Liu')
  expect((await page.goto('/seasons/2011/admin/audit?page=abc'))?.status()).toBe(403)
})
