// The review workspace in the browser, with the demo clock inside 2011's review phase: a mentor filters to
// "not reviewed by me" and scores three proposals by keyboard alone with save-and-next; other mentors' scores
// appear only once her own is saved; comments both ways, of which the student sees only the shared one; a
// conflicted mentor is kept out. axe and HTML checks at desktop and phone width. The clock is put back after.
import { expect as baseExpect, test, type Page } from './csp'
import { moveClock, signInAs, snap } from './helpers'
import { expectQualityAtBothWidths } from './quality'

// The machine running the suite is shared; server actions here can take a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 })

const REVIEW_MOMENT = '2011-04-15T12:00:00Z'
const LIST = '/seasons/2011/review'

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true })

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ browser }) => moveClock(browser, REVIEW_MOMENT))
test.afterAll(async ({ browser }) => moveClock(browser, 'reset'))

test('students and signed-out visitors are kept out of the review pages', async ({ page }) => {
  await page.goto(LIST)
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fseasons%2F2011%2Freview/)
  await signInAs(page, 'Wei Liu', LIST)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not for your role')
})

test('a mentor filters to "not reviewed by me" and scores three proposals by keyboard with save-and-next', async ({ page }, info) => {
  test.setTimeout(120_000)
  await signInAs(page, 'Mei Tanaka', LIST)
  await expect(page.getByRole('heading', { level: 1, name: 'Proposals' })).toBeVisible()
  const progress = page.getByText(/^\d+ of \d+ reviewed by you$/)
  const before = Number((await progress.textContent())!.split(' ')[0])
  await page.getByLabel('Not reviewed by me').check()
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/unreviewed=1/)
  await expectQualityAtBothWidths(page)
  await snap(page, 'review-list', info.project.name)
  // Every row left is one she has not scored.
  const rows = page.getByRole('region', { name: 'Proposals under review' }).getByRole('row')
  await expect(rows.nth(1).getByRole('cell').nth(3)).toHaveText('–')
  await rows.nth(1).getByRole('link').click()
  await expect(page.getByRole('heading', { name: 'Your review' })).toBeVisible()
  await expect(page.getByText('Other mentors’ scores appear here once you have saved your own review')).toBeVisible()
  await expectQualityAtBothWidths(page)
  await snap(page, 'review-proposal', info.project.name)

  // The help overlay.
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()

  const titles: string[] = []
  for (let n = 0; n < 3; n++) {
    titles.push((await page.getByRole('heading', { level: 1 }).textContent())!)
    await expect(page.getByText('Not reviewed by you yet.')).toBeVisible()
    // Into the first criterion, then keys only: a digit scores the focused criterion, Tab moves to the next.
    await group(page, 'Technical plan').getByRole('radio').first().focus()
    for (const key of ['4', 'Tab', String(2 + n), 'Tab', '5', 'Tab', String(3 + (n % 2)), 'Tab', 'Space', 'Tab', 'Tab']) await page.keyboard.press(key)
    await expect(page.getByRole('button', { name: 'Save and next' })).toBeFocused()
    await expect(group(page, 'Overall score').getByRole('radio', { name: String(3 + (n % 2)) })).toBeChecked()
    const url = page.url()
    await page.keyboard.press('Enter')
    await expect(page).not.toHaveURL(url)
    await expect(page).toHaveURL(/\?from=/)
  }
  await expect(page.getByText(`${before + 3} of`)).toBeVisible()

  // Back (k) to the last one scored: now that hers is saved, the other mentors' scores show, with their names.
  await page.keyboard.press('k')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[2]!)
  await expect(page.getByText('You reviewed this proposal')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Other reviews' })).toBeVisible()
  await expect(page.locator('section[aria-labelledby="reviews-heading"] li').first()).toContainText('overall')
  // Each with its criteria weighted by the rubric's weights, as a percentage.
  await expect(page.locator('section[aria-labelledby="reviews-heading"]').getByText(/^Criteria, weighted by the rubric: \d{1,3} %$/).first()).toBeVisible()
  await expect(group(page, 'Overall score').getByRole('radio', { name: '3' })).toBeChecked()
  // Change it by keyboard: 5 on the focused overall score, Ctrl+Enter saves.
  await group(page, 'Overall score').getByRole('radio', { name: '3' }).focus()
  await page.keyboard.press('5')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText('Your review is saved.')).toBeVisible()
  await expect(group(page, 'Overall score').getByRole('radio', { name: '5' })).toBeChecked()
})

test('comments both ways: the student sees only the shared one, without its author', async ({ browser }, info) => {
  test.setTimeout(90_000)
  const context = await browser.newContext()
  const page = await context.newPage()
  await signInAs(page, 'Hannah Whitfield', `${LIST}?q=xentrace`)
  await page.getByRole('region', { name: 'Proposals under review' }).getByRole('row').nth(1).getByRole('link').click()
  await page.waitForURL(/\/review\/proposals\//, { timeout: 20_000 })
  await expect(page.getByRole('heading', { name: 'Your review' })).toBeVisible()
  const proposalUrl = page.url()
  const id = proposalUrl.split('/').pop()!.split('?')[0]!
  const student = (await page.locator('dt:text-is("Student:") + dd').textContent())!.trim()

  await page.getByRole('textbox', { name: /Your comment/ }).fill('Between us: the timeline is **optimistic**.')
  await page.getByRole('button', { name: 'Post comment' }).click()
  await expect(page.getByText('Your comment is posted for the mentors.')).toBeVisible()
  await page.getByRole('textbox', { name: /Your comment/ }).fill('Could you add a milestone for the trace **parser**?')
  await page.getByLabel('Also the student (shown without your name)').check()
  await page.getByRole('button', { name: 'Post comment' }).click()
  await expect(page.getByText('Your comment is posted and shared with the student.')).toBeVisible()
  await expect(page.getByText('Shared with the student', { exact: true })).toBeVisible()
  await expect(page.getByText('Mentors only').first()).toBeVisible()
  await snap(page, 'review-comments', info.project.name)
  await context.close()

  const studentContext = await browser.newContext()
  const studentPage = await studentContext.newPage()
  await signInAs(studentPage, student, `/me/proposals/${id}`)
  await expect(studentPage.getByText('Could you add a milestone for the trace')).toBeVisible()
  await expect(studentPage.getByText('the timeline is')).toHaveCount(0)
  await expect(studentPage.getByText('Hannah Whitfield')).toHaveCount(0)
  await studentContext.close()
})

test('a conflicted mentor sees the proposal flagged, without numbers or a link, and gets 403 on its page', async ({ page }) => {
  await signInAs(page, 'Oskar Lindqvist', `${LIST}?q=PV-GRUB`)
  const row = page.getByRole('row', { name: /PV-GRUB 2 on Mini-OS/ })
  await expect(row).toContainText('Conflict of interest')
  await expect(row.getByRole('link')).toHaveCount(0)
  // Ana, the admin, sees the same row with its numbers and can open it.
  const context = await page.context().browser()!.newContext()
  const admin = await context.newPage()
  await signInAs(admin, 'Ana Ferreira', `${LIST}?q=PV-GRUB`)
  await admin.getByRole('link', { name: 'PV-GRUB 2 on Mini-OS' }).click()
  await admin.waitForURL(/\/review\/proposals\//, { timeout: 20_000 })
  await expect(admin.getByRole('heading', { name: 'Your review' })).toBeVisible()
  const url = admin.url()
  await context.close()
  const response = await page.goto(url)
  expect(response?.status()).toBe(403)
  await expect(page.getByRole('heading', { name: 'This page is not for your role' })).toBeVisible()
})

test('a mentor takes a draft from the feedback queue and answers; the student sees the answer', async ({ browser }, info) => {
  test.setTimeout(120_000)
  const context = await browser.newContext()
  const page = await context.newPage()
  await signInAs(page, 'Claire Dubois', `${LIST}/feedback`)
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback requested' })).toBeVisible()
  await expect(page.getByText('Not taken yet')).toBeVisible()
  await expectQualityAtBothWidths(page)
  await snap(page, 'review-feedback-queue', info.project.name)
  await page.getByRole('link', { name: 'Transcendent memory for FreeBSD guests (draft)' }).click()
  await page.waitForURL(/\/review\/proposals\//, { timeout: 20_000 })
  const id = page.url().split('/').pop()!.split('?')[0]!
  await expect(page.getByRole('heading', { name: 'Feedback requested' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Your review' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Take this request' }).click()
  await expect(page.getByText('You have taken this request')).toBeVisible()
  await page.getByRole('textbox', { name: /Your comment/ }).fill('Measure the **buffer cache** hit rate first; it tells you whether tmem pays off.')
  await page.getByLabel('Also the student (shown without your name)').check()
  await page.getByRole('button', { name: 'Post comment' }).click()
  await expect(page.getByText('Your comment is posted and shared with the student.')).toBeVisible()
  await page.getByRole('button', { name: 'Mark the feedback done' }).click()
  await expect(page.getByText('Marked done. Thank you!')).toBeVisible()
  await expectQualityAtBothWidths(page)
  await context.close()

  const studentContext = await browser.newContext()
  const student = await studentContext.newPage()
  await signInAs(student, 'Emma Clarke', `/me/proposals/${id}`)
  await expect(student.getByText('tells you whether tmem pays off')).toBeVisible()
  await expect(student.getByText('Claire Dubois')).toHaveCount(0)
  await studentContext.close()
})

test('an admin records a conflict between a mentor and a student, and removes it', async ({ page }, info) => {
  test.setTimeout(90_000)
  await signInAs(page, 'Ana Ferreira', '/seasons/2011/admin/conflicts')
  await expect(page.getByRole('heading', { level: 1, name: 'Conflicts of interest' })).toBeVisible()
  await expect(page.getByText('Oskar Lindqvist with the proposal “PV-GRUB 2 on Mini-OS”', { exact: true })).toBeVisible()
  await expectQualityAtBothWidths(page)
  await page.getByLabel('Mentor or admin').selectOption({ label: 'Erik Janssen' })
  await page.getByLabel('Or a student (all their proposals)').selectOption({ label: 'Kenji Sato' })
  await page.getByLabel('Note').fill('Same research group')
  await page.getByRole('button', { name: 'Record the conflict' }).click()
  await expect(page.getByText('The conflict of interest is recorded.')).toBeVisible()
  await expect(page.getByText('Erik Janssen with the student Kenji Sato (all proposals)', { exact: true })).toBeVisible()
  await snap(page, 'admin-conflicts', info.project.name)
  await page.getByRole('button', { name: /Remove the conflict of Erik Janssen/ }).click()
  await expect(page.getByText('Erik Janssen with the student Kenji Sato (all proposals)', { exact: true })).toHaveCount(0)
})
