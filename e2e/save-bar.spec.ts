// On a phone, the proposal editor's save bar sticks to the bottom of the window. A student moving through the
// form with the keyboard must always see the field they are in: none may sit under the bar.
import { expect, test } from './csp'
import { moveClock, PHONE_VIEWPORT, signInAs } from './helpers'

const FIELDS: [role: 'textbox' | 'spinbutton', name: string][] = [
  ['textbox', 'Abstract'],
  ['textbox', 'Plan (Markdown)'],
  ['textbox', 'Weekly timeline (Markdown)'],
  ['spinbutton', 'Hours per week'],
  ['textbox', 'Links'],
]

test('at 390 px, every field reached with Tab is in view above the sticky save bar', async ({ browser }) => {
  test.setTimeout(120_000)
  await moveClock(browser, '2011-04-01T12:00:00Z')
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true, deviceScaleFactor: 2 })
  const page = await context.newPage()
  try {
    await signInAs(page, 'Emma Clarke', '/me/proposals')
    await page.getByRole('link', { name: 'Transcendent memory for FreeBSD guests (draft)' }).click()
    const title = page.getByRole('textbox', { name: 'Title', exact: true })
    await expect(title).toBeVisible()
    const bar = page.locator('.sticky').filter({ has: page.getByRole('button', { name: 'Save draft' }) })
    await title.focus()
    for (const [role, name] of FIELDS) {
      const control = page.getByRole(role, { name, exact: true })
      // Tab on until the field has focus (a preview in between may hold links).
      for (let presses = 0; presses < 12 && !(await control.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press('Tab')
      await expect(control).toBeFocused()
      // Focus scrolls instantly; give a smooth scroll, if any, a moment to end.
      await page.waitForTimeout(100)
      const box = (await control.boundingBox())!
      const barBox = (await bar.boundingBox())!
      expect(box.y, `${name} starts inside the window`).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height, `${name} ends above the save bar`).toBeLessThanOrEqual(barBox.y + 0.5)
      if (name === 'Hours per week') await page.screenshot({ path: 'e2e/screenshots/proposal-edit-focus-phone.png' })
    }
  } finally {
    await context.close()
    await moveClock(browser, 'reset')
  }
})
