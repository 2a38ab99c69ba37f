// The public idea list and idea page as a visitor meets them: the filter form always shows the filter the
// list applies (the URL is the truth), and an idea page says why it offers no "Write a proposal" link.
import { expect, test } from './csp'
import { moveClock, PHONE_VIEWPORT, signInAs, snap, snapBoth } from './helpers'
import { expectNoAxeViolations, expectValidHtml } from './quality'

const IDEAS = '/seasons/2011/ideas'
const IDEA = '/seasons/2011/ideas/seabios-pv-block'

test('Clear empties every filter control, so the next search starts from all ideas @phone', async ({ page }, info) => {
  await page.goto(IDEAS)
  const search = page.getByRole('searchbox', { name: 'Search' })
  const skill = page.getByRole('combobox', { name: 'Skill' })
  const difficulty = page.getByRole('combobox', { name: 'Difficulty' })
  await skill.selectOption('Python')
  await difficulty.selectOption('MEDIUM')
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(/skill=Python/)
  await expect(page.getByRole('status').filter({ hasText: /match your filters/ })).toBeVisible()

  await page.getByRole('link', { name: 'Clear' }).click()
  await expect(page).toHaveURL(new RegExp(`${IDEAS}$`))
  await expect(page.getByRole('status').filter({ hasText: /^20 ideas$/ })).toBeVisible()
  await expect(skill).toHaveValue('')
  await expect(difficulty).toHaveValue('')
  await expect(search).toHaveValue('')
  await snap(page, 'ideas-cleared', info.project.name)

  // The next search looks through all ideas, not quietly through the Python ones.
  await search.fill('SeaBIOS')
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(/\?q=SeaBIOS&difficulty=&skill=$/)
  await expect(page.getByRole('link', { name: 'PV block device support in SeaBIOS' })).toBeVisible()

  // Back to the Python filter with the browser's back button: the controls follow the address again.
  await page.goBack()
  await page.goBack()
  await expect(page).toHaveURL(/skill=Python/)
  await expect(skill).toHaveValue('Python')
  await expect(difficulty).toHaveValue('MEDIUM')
})

test('a skill no idea has still shows as chosen, so the empty list is explained @phone', async ({ page }) => {
  await page.goto(`${IDEAS}?skill=COBOL`)
  await expect(page.getByRole('combobox', { name: 'Skill' })).toHaveValue('COBOL')
  await expect(page.getByRole('status').filter({ hasText: /^0 ideas match your filters$/ })).toBeVisible()
})

test('after the deadline an idea page says applications closed, with the date in the viewer’s zone @phone', async ({ page }, info) => {
  await page.goto(IDEA)
  await expect(page.getByRole('link', { name: 'Write a proposal for this idea' })).toHaveCount(0)
  await expect(page.getByText('Applications closed on 8 April 2011, 19:00 UTC, so no more proposals can be written for this idea.', { exact: true })).toBeVisible()
  await snap(page, 'idea-closed', info.project.name)
  await expectValidHtml(page, IDEA)
  await signInAs(page, 'Lena Fischer', IDEA)
  await expect(
    page.getByText(/^Applications closed on 8 April 2011, 21:00 GMT\+2 \(Europe\/Berlin\), so no more proposals can be written for this idea\.$/),
  ).toBeVisible()
})

test('before applications open an idea page says when they will', async ({ browser }) => {
  test.setTimeout(90_000)
  await moveClock(browser, '2011-03-20T12:00:00Z')
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
  const page = await context.newPage()
  try {
    await page.goto(IDEA)
    await expect(page.getByRole('link', { name: 'Write a proposal for this idea' })).toHaveCount(0)
    await expect(
      page.getByText('Applications are not open yet. You can write a proposal for this idea from 28 March 2011, 19:00 UTC until 8 April 2011, 19:00 UTC.', { exact: true }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    await snapBoth(page, 'idea-not-yet-open')
  } finally {
    await context.close()
    await moveClock(browser, 'reset')
  }
})
