// Every spec imports `test` from here: it watches each browser context a test uses (its own, and any it opens
// with browser.newContext/newPage) for Content-Security-Policy violations, and fails the test if a page reported
// one. The rest of Playwright's API is passed through.
import { test as base, expect, type BrowserContext } from '@playwright/test'

export * from '@playwright/test'

/** Collects the CSP violations of every page of a context, as "page url: directive blocked what". */
export async function watchCsp(context: BrowserContext, found: string[]) {
  await context.exposeBinding('__reportCspViolation', ({ page }, line: string) => void found.push(`${page.url()}: ${line}`))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'an inline resource'} (${event.sourceFile || 'the page'}:${event.lineNumber})`)
    })
  })
  // Chromium also logs violations it reports before any script runs.
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(`${message.page()?.url() ?? '?'}: ${message.text()}`)
  })
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, use) => {
      const found: string[] = []
      await watchCsp(context, found)
      const newContext = browser.newContext.bind(browser)
      browser.newContext = async (options) => {
        const opened = await newContext(options)
        await watchCsp(opened, found)
        return opened
      }
      await use(found)
      browser.newContext = newContext
      expect(found, 'Content-Security-Policy violations on the pages this test visited').toEqual([])
    },
    { auto: true },
  ],
})
