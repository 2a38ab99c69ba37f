import { expect, type Page } from '@playwright/test'

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
