// The admins' rank list in the browser: an admin reorders it by keyboard alone, saves, finds the order kept
// after a reload, and downloads the CSV (scores and willing mentors, no comments); a mentor is kept out. axe and
// HTML checks at desktop and phone width.
import { readFile } from 'node:fs/promises'
import { expect as baseExpect, test, type Page } from './csp'
import { signInAs, snap } from './helpers'
import { expectQualityAtBothWidths } from './quality'

const expect = baseExpect.configure({ timeout: 15_000 })
const RANK = '/seasons/2011/review/rank'

const titles = (page: Page) => page.getByRole('region', { name: /^Ranked/ }).getByRole('listitem').locator('p.font-medium').allTextContents()

test.describe.configure({ mode: 'serial' })

test('mentors are kept out of the rank list and its CSV', async ({ page }) => {
  await signInAs(page, 'Mei Tanaka', RANK)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not for your role')
  const csv = await page.request.get(`${RANK}/csv`)
  expect(csv.status()).toBe(403)
})

test('an admin reorders the rank list by keyboard, saves it, and downloads the CSV', async ({ page }, info) => {
  test.setTimeout(120_000)
  await signInAs(page, 'Ana Ferreira', RANK)
  await expect(page.getByRole('heading', { level: 1, name: 'Rank list' })).toBeVisible()
  await expectQualityAtBothWidths(page)
  await snap(page, 'rank-list', info.project.name)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: 'e2e/screenshots/rank-list-phone.png', fullPage: true })
  await page.setViewportSize({ width: 1280, height: 720 })

  const before = (await titles(page)).map((t) => t.replace(/^Position \d+: /, '').replace(/near the cut$/, '').trim())
  expect(before.length).toBeGreaterThan(1)
  const [first, second] = before as [string, string]
  const up = page.getByRole('button', { name: `Move “${second}” up`, exact: true })
  await up.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText(`${second} moved to position 1 of ${before.length}.`)).toBeAttached()
  // Focus stays with the moved proposal (now first: on its Down button), so a second key press moves it on.
  await expect(page.getByRole('button', { name: `Move “${second}” down`, exact: true })).toBeFocused()
  await page.getByRole('button', { name: 'Save the order' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'The rank list is saved.' })).toBeVisible()

  await page.reload()
  const after = (await titles(page)).map((t) => t.replace(/^Position \d+: /, '').replace(/near the cut$/, '').trim())
  expect(after.slice(0, 2)).toEqual([second, first])

  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download the rank list (CSV)' }).click()
  const file = await (await download).path()
  const csv = await readFile(file!, 'utf8')
  const lines = csv.trim().split('\n')
  expect(lines[0]).toBe('Rank,Proposal,Student,Idea,Calibrated score,Standard error,Mean score,Reviews,Willing mentors,Above the cut,Near the cut')
  expect(lines[1]).toContain(second)
  expect(lines).toHaveLength(before.length + 1)
})
