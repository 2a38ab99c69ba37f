// Every public page passes axe's WCAG 2.1 AA rules and validates as HTML, at desktop and phone width, after
// answering the status it should: a 500 page must not pass an audit. The 404s cover every dynamic segment
// whose page answers "not found", so a visitor without script (or a crawler) gets a real page there too.
import { expect, test } from './csp'
import { expectNoAxeViolations, htmlProblems } from './quality'

const PAGES: [path: string, status: number][] = [
  ['/', 200],
  ['/seasons/2011', 200],
  ['/seasons/2011/ideas', 200],
  ['/seasons/2011/ideas?difficulty=HARD', 200],
  ['/seasons/2011/ideas/pv-audio', 200],
  ['/seasons/2011/stats', 200],
  ['/news', 200],
  ['/news/2011', 200],
  ['/news/2011/04', 200],
  ['/news/gsoc-2011-accepted-students', 200],
  ['/help/review-scores', 200],
  ['/signin', 200],
  ['/no-such-page', 404],
  ['/seasons/1999', 404],
  ['/seasons/1999/ideas', 404],
  ['/seasons/1999/ideas/pv-audio', 404],
  ['/seasons/2011/ideas/no-such-idea', 404],
  ['/seasons/1999/stats', 404],
  ['/news/no-such-post', 404],
  ['/news/draft-mid-term-report', 404],
  ['/news/1999', 404],
  ['/news/2011/13', 404],
  ['/news/2011/12', 404],
]

for (const [path, status] of PAGES) {
  test(`${path} answers ${status} and has no accessibility violations @phone`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(status)
    await page.waitForLoadState('networkidle')
    if (status === 404) await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible()
    await expectNoAxeViolations(page, { status })
  })

  test(`${path} answers ${status} with valid HTML that needs no script`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(status)
    const html = await response.text()
    expect(await htmlProblems(html)).toEqual([])
    // The server's HTML carries the page itself (not an empty shell the browser fills in).
    // Next inserts data-dpl-id (the deployment id) before lang when the build has one.
    expect(html).toMatch(/<html\b[^>]*\blang="en"/)
    expect(html).toMatch(/<h1[^>]*>[^<]/)
  })
}
