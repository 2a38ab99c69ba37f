// Security headers on public and signed-in pages, the CSP check every spec runs (e2e/csp.ts) catching a
// violation, and the limit on sign-in links by e-mail as a person meets it.
import { expect, test } from './csp'
import { signInAs } from './helpers'

test('public pages send the security headers with a policy that needs no nonce (so they can be cached)', async ({ request }) => {
  for (const path of ['/', '/seasons/2011/stats', '/news/feed.xml']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const headers = response.headers()
    expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'unsafe-inline';.*frame-ancestors 'none'/)
    expect(headers['content-security-policy'], path).not.toContain('nonce-')
    expect(headers, path).toMatchObject({ 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' })
    // Served over plain http here: no HSTS (lib/security-headers.test.ts covers https).
    expect(headers['strict-transport-security'], path).toBeUndefined()
  }
})

test('signed-in pages get a fresh nonce each time, and Next puts it on its scripts', async ({ page }) => {
  await signInAs(page, 'Ana Ferreira')
  const nonces: string[] = []
  for (const path of ['/signin', '/seasons/2011/admin', '/seasons/2011/admin']) {
    const response = await page.request.get(path)
    expect(response.status(), path).toBe(200)
    const policy = response.headers()['content-security-policy'] ?? ''
    const nonce = /'nonce-([^']+)' 'strict-dynamic'/.exec(policy)?.[1]
    expect(nonce, policy).toBeTruthy()
    expect(response.headers()['x-frame-options']).toBe('DENY')
    expect(await response.text()).toContain(`nonce="${nonce}"`)
    nonces.push(nonce!)
  }
  expect(new Set(nonces).size).toBe(3)
})

test('the CSP check notices what the policy blocks: a remote image, an inline handler', async ({ page, cspViolations }) => {
  await page.goto('/signin')
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img alt="" src="https://tracker.example/pixel.png"><img alt="" src="/missing" onerror="window.injected = true">')
  })
  await expect.poll(() => cspViolations.join('\n')).toContain('img-src')
  await expect.poll(() => cspViolations.join('\n')).toContain('script-src')
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined()
  cspViolations.length = 0 // seen on purpose
})

test('fifty sign-in link requests for one address in a burst: a few go through, the rest get 429 and a clear message', async ({ page }) => {
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  const email = `flood-${Date.now()}@example.org` // fresh on a retry: the server keeps its counters
  const statuses = await Promise.all(
    Array.from({ length: 50 }, () =>
      page.request.post('/api/auth/signin/email', { form: { email, csrfToken, callbackUrl: '/', json: 'true' } }).then((r) => r.status()),
    ),
  )
  expect(statuses.filter((s) => s === 200)).toHaveLength(5)
  expect(statuses.filter((s) => s === 429)).toHaveLength(45)

  await page.goto('/signin')
  await page.getByLabel('E-mail address').fill(email)
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click()
  await expect(page.getByRole('alert').filter({ hasText: /Too many sign-in links were asked for in a short time/ })).toBeVisible()
  await expect(page).toHaveURL(/\/signin\?error=RateLimited/)
})
