import { expect, type Page } from '@playwright/test'

/** Signs in through the demo list, as a person would. */
export async function signInAs(page: Page, name: string, callbackUrl = '/') {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`)
  await page.getByRole('button', { name: `Sign in as ${name}`, exact: true }).click()
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible()
}

/** Full-page screenshot kept under e2e/screenshots for people to look at. */
export async function snap(page: Page, name: string, project: string) {
  await page.screenshot({ path: `e2e/screenshots/${name}-${project}.png`, fullPage: true })
}
