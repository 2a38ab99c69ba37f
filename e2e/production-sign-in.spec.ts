// The sign-in as production has it (DEMO_SIGN_IN off; this spec runs against the production server, see
// playwright.config.ts): e-mail links only, no "sign in as" list, and the demo callback signs no one in.
import { expect, test } from './csp'
import { snap } from './helpers'
import { expectNoAxeViolations, expectValidHtml } from './quality'

test('the sign-in page offers e-mail links and no demo list @phone', async ({ page }, info) => {
  const response = await page.goto('/signin?callbackUrl=%2Fseasons%2F2011%2Fadmin')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await expect(page.getByLabel('E-mail address')).toBeVisible()
  await expect(page.getByRole('heading', { name: /Demo/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Sign in as / })).toHaveCount(0)
  await expect(page.getByText('Ana Ferreira')).toHaveCount(0)
  await expectNoAxeViolations(page)
  await expectValidHtml(page)
  await snap(page, 'signin-production', info.project.name)
})

test('next-auth offers the e-mail provider only', async ({ request }) => {
  const providers = await (await request.get('/api/auth/providers')).json()
  expect(Object.keys(providers)).toEqual(['email'])
})

test('the demo callback signs no one in, whatever it is sent', async ({ request }) => {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json()
  for (const userId of ['anyone', 'x'.repeat(64)]) {
    const response = await request.post('/api/auth/callback/demo', {
      form: { csrfToken, userId, callbackUrl: '/seasons/2011/admin', json: 'true' },
      maxRedirects: 0,
    })
    expect(response.status(), 'no success').not.toBe(200)
    expect(response.headers()['set-cookie'] ?? '').not.toMatch(/next-auth\.session-token=[^;]/)
    expect(response.headers().location ?? '').not.toMatch(/\/seasons\/2011\/admin$/)
  }
  expect(await (await request.get('/api/auth/session')).json()).toEqual({})
  // Still signed out: the admin page asks to sign in.
  const admin = await request.get('/seasons/2011/admin', { maxRedirects: 0 })
  expect(admin.status()).toBe(307)
  expect(admin.headers().location).toMatch(/\/signin\?callbackUrl=/)
})
