// The accessibility and HTML checks every spec applies to the pages it visits: axe's WCAG 2.1 AA rules, and
// html-validate on the HTML the server sends. Both look at the HTTP status first: an error page can pass an audit.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { HtmlValidate } from 'html-validate'

/** The status the server answers for the page's address now (page.request shares the page's cookies). */
export async function expectStatus(page: Page, status: number, path: string = page.url()) {
  const response = await page.request.get(path, { maxRedirects: 0 })
  expect(response.status(), `HTTP status of ${path}`).toBe(status)
  return response
}

export async function expectNoAxeViolations(page: Page, { status = 200 }: { status?: number } = {}) {
  await expectStatus(page, status)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Framework output we do not control, or style rather than validity:
    'no-inline-style': 'off', // recharts sizes its SVG inline
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'script-type': 'off',
    'long-title': 'off',
    'valid-id': ['error', { relaxed: true }], // React's useId() ids («r0») are valid HTML5 ids
    'no-redundant-role': 'off',
    'attr-case': 'off', // React writes dateTime, charSet…: HTML attribute names are case-insensitive
    'attribute-empty-style': 'off', // React writes hidden=""
    // A group of checkboxes (an idea's mentors) shares one name: valid HTML, and how a form sends a list.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
})

/** What html-validate finds wrong in a document, one line per problem. */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html)
  return (
    report.results
      .flatMap((r) => r.messages.map((m) => `${m.ruleId} line ${m.line}: ${m.message}`))
      // React writes action="" on a form that posts to a server action (so that it works before hydration).
      .filter((m) => !m.endsWith('Attribute "action" has invalid value ""'))
  )
}

/** The server's HTML of a page as the signed-in person gets it (page.request shares the page's cookies). */
export async function expectValidHtml(page: Page, path: string = page.url(), { status = 200 }: { status?: number } = {}) {
  const response = await expectStatus(page, status, path)
  expect(await htmlProblems(await response.text())).toEqual([])
}

/** axe at the page's own width and at phone width (390 px), then the server's HTML of the same address. */
export async function expectQualityAtBothWidths(page: Page) {
  await expectNoAxeViolations(page)
  const size = page.viewportSize()
  await page.setViewportSize({ width: 390, height: 844 })
  await expectNoAxeViolations(page)
  if (size) await page.setViewportSize(size)
  await expectValidHtml(page)
}
