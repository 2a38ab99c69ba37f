import pg from 'pg'
import { expect, type Browser, type Page } from '@playwright/test'

/** Signs in through the demo list, as a person would. */
export async function signInAs(page: Page, name: string, callbackUrl = '/') {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`)
  await page.getByRole('button', { name: `Sign in as ${name}`, exact: true }).click()
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible()
}

const PHONE = { width: 390, height: 844 }

/**
 * Full-page screenshot kept under e2e/screenshots for people to look at. In the flows project (desktop only,
 * see playwright.config.ts) it also takes the phone-width picture of the same moment.
 */
export async function snap(page: Page, name: string, projectName: string) {
  // The production server's projects (public-desktop, public-phone) take the same pictures.
  const project = projectName.replace(/^public-/, '')
  if (project !== 'flows') {
    await page.screenshot({ path: `e2e/screenshots/${name}-${project}.png`, fullPage: true })
    return
  }
  await page.screenshot({ path: `e2e/screenshots/${name}-desktop.png`, fullPage: true })
  const size = page.viewportSize()
  await page.setViewportSize(PHONE)
  await page.screenshot({ path: `e2e/screenshots/${name}-phone.png`, fullPage: true })
  if (size) await page.setViewportSize(size)
}

export const PHONE_VIEWPORT = PHONE

/**
 * The admin moves the demo clock in a browser of their own ('reset': back to real time). Specs that move it
 * put it back in a finally block, so no other spec depends on where it stands.
 */
export async function moveClock(browser: Browser, at: string | 'reset') {
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await signInAs(page, 'Ana Ferreira', '/seasons/2011/admin')
    if (at === 'reset') {
      await page.getByRole('button', { name: 'Back to real time' }).click()
      await expect(page.getByText('The app is back on real time.')).toBeVisible()
    } else {
      await page.getByLabel('Moment (UTC)').fill(at)
      await page.getByRole('button', { name: 'Move the clock' }).click()
      await expect(page.getByText(/^The app’s clock now reads \d+ \w+ \d{4}, \d\d:\d\d .+\.$/)).toBeVisible()
    }
  } finally {
    await context.close()
  }
}

/** Screenshots of the page as it stands at phone and desktop width (for pages a spec opens at one width). */
export async function snapBoth(page: Page, name: string) {
  const size = page.viewportSize()
  await page.setViewportSize(PHONE)
  await page.screenshot({ path: `e2e/screenshots/${name}-phone.png`, fullPage: true })
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.screenshot({ path: `e2e/screenshots/${name}-desktop.png`, fullPage: true })
  if (size) await page.setViewportSize(size)
}

/** Runs SQL on the demo server's embedded database: for what no form accepts (hostile rows, changes behind the app's back). */
export async function sql<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
  await client.connect()
  try {
    return (await client.query<Row>(text, values)).rows
  } finally {
    await client.end()
  }
}
