// Idea administration and mentors' proposals in the browser: an admin creates, publishes, archives and restores
// an idea; a mentor proposes one and an admin approves it; a student is turned away. An idea that was ever
// published counts among the season's "ideas listed" even once restored to a draft, so this spec changes that
// figure: the specs that check the seed's figures run against the production server's own database.
// It runs once, in the "flows" project (see playwright.config.ts); snap() takes the phone-width pictures too.
import { expect, test, type Page } from './csp'
import { slugify } from '../lib/ideas/slug'
import { signInAs, snap } from './helpers'
import { expectNoAxeViolations, expectValidHtml } from './quality'

const SEASON = '/seasons/2011'

/** The card of one idea in a list, found by its heading. */
const card = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) })

async function expectPublic(page: Page, title: string, slug: string, visible: boolean) {
  const response = await page.goto(`${SEASON}/ideas/${slug}`)
  expect(response?.status()).toBe(visible ? 200 : 404)
  if (visible) await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.goto(`${SEASON}/ideas`)
  await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(visible ? 1 : 0)
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
}

// Long flows with accessibility checks along the way.
test.describe.configure({ timeout: 120_000 })

/** A retry (or a repeated run) must not trip over the ideas an earlier attempt left behind. */
const unique = (title: string, { retry, repeatEachIndex }: { retry: number; repeatEachIndex: number }) =>
  retry || repeatEachIndex ? `${title} (attempt ${retry + 1}.${repeatEachIndex + 1})` : title

test('the admin creates an idea with a mentor, publishes it, archives it and restores it to a draft', async ({ page }, info) => {
  const title = unique('Grant table fuzzing', info)
  const slug = slugify(title)
  await signInAs(page, 'Ana Ferreira', `${SEASON}/admin/ideas`)
  await expect(page.getByRole('heading', { level: 1, name: /^Ideas of/ })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Ideas', exact: true }).and(page.locator('[aria-current="page"]'))).toBeVisible()
  await expectNoAxeViolations(page)
  await expectValidHtml(page)
  await snap(page, 'admin-ideas', info.project.name)

  await page.getByRole('link', { name: 'New idea' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New idea' })).toBeVisible()
  await expectNoAxeViolations(page)
  await expectValidHtml(page)
  await snap(page, 'admin-idea-new', info.project.name)

  await page.getByLabel('Title', { exact: true }).fill(title)
  await expect(page.getByText(`${SEASON}/ideas/${slug}`)).toBeVisible() // the address the slug will give
  await page.getByLabel('Summary').fill('Find bugs in the grant table code with a coverage-guided fuzzer.')
  await page.getByRole('textbox', { name: /Description/ }).fill('## Goal\n\nRun **AFL** against the grant table hypercalls.')
  await expect(page.getByRole('region', { name: 'Preview of description' }).getByRole('heading', { name: 'Goal' })).toBeVisible()
  await page.getByLabel('Skills').fill('C, Fuzzing')
  await page.getByLabel('Difficulty').selectOption('HARD')
  await page.getByLabel('Expected hours').fill('300')
  await page.getByLabel('Students it can take').fill('11')
  await page.getByRole('checkbox', { name: /Lukas Brenner/ }).check()

  // A refused save says what is wrong beside the field and keeps everything typed.
  await page.getByRole('button', { name: 'Create draft' }).click()
  await expect(page.getByText('The number of students must be at most 10.')).toBeVisible()
  await expect(page.getByLabel('Students it can take')).toBeFocused()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title)
  await expect(page.getByRole('checkbox', { name: /Lukas Brenner/ })).toBeChecked()
  await page.getByLabel('Students it can take').fill('1')
  await page.getByRole('button', { name: 'Create draft' }).click()

  await expect(page).toHaveURL(/\/admin\/ideas\/[^/]+\/edit\?created=1$/)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByText('The idea is created as a draft.')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /Lukas Brenner/ })).toBeChecked()
  await expect(page.getByRole('list').getByText('Created as a draft')).toBeVisible() // the history
  await expectNoAxeViolations(page)
  await expectValidHtml(page)
  await snap(page, 'admin-idea-edit', info.project.name)
  const editUrl = page.url().replace(/\?.*$/, '')

  // A draft is not public.
  await expectPublic(page, title, slug, false)

  await page.goto(editUrl)
  await page.getByRole('button', { name: /^Publish/ }).click()
  await expect(page.getByText(`Published “${title}”: it is now on the public idea list.`)).toBeVisible()
  await expect(page.getByRole('link', { name: 'View the public page' })).toBeVisible()
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.screenshot({ path: 'e2e/screenshots/admin-idea-published-desktop.png' }) // the message, where the eye is
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: 'e2e/screenshots/admin-idea-published-phone.png' })
  await page.setViewportSize({ width: 1280, height: 720 })
  await expectPublic(page, title, slug, true)
  await expect(card(page, title).getByText('Lukas Brenner')).toBeVisible() // its mentor, on the public list

  // Archive from the list: gone from the public pages.
  await page.goto(`${SEASON}/admin/ideas?status=PUBLISHED`)
  await card(page, title).getByRole('button', { name: /^Archive/ }).click()
  await expect(page.getByText(`Archived “${title}”: it is no longer on the public pages.`)).toBeVisible()
  await expectPublic(page, title, slug, false)

  // Restore it: a draft again, still not public (and not counted among the ideas listed).
  await page.goto(`${SEASON}/admin/ideas?status=ARCHIVED`)
  await card(page, title).getByRole('button', { name: /^Restore to draft/ }).click()
  await expect(page.getByText(`Restored “${title}” to a draft.`)).toBeVisible()
  await page.goto(`${SEASON}/admin/ideas?status=DRAFT`)
  await expect(card(page, title).getByText('Draft', { exact: false })).toBeVisible()
  await expectPublic(page, title, slug, false)
})

test('a mentor proposes an idea, it stays private until the admin approves it', async ({ page }, info) => {
  const title = unique('Live patching walkthrough', info)
  const slug = slugify(title)
  await signInAs(page, 'Lukas Brenner', `${SEASON}/mentor/ideas`)
  await expect(page.getByRole('heading', { level: 1, name: 'Your ideas' })).toBeVisible()
  await expectNoAxeViolations(page)
  await expectValidHtml(page)
  await snap(page, 'mentor-ideas', info.project.name)

  // An idea he mentors but did not propose: he can read it, not change it.
  await page.getByRole('link', { name: 'View “Discard (TRIM) support for blkfront and blkback”' }).click()
  await expect(page.getByText('only the season’s admins can change it now')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0)
  await expectNoAxeViolations(page)
  await expectValidHtml(page)
  await snap(page, 'mentor-idea-view', info.project.name)
  await page.getByRole('link', { name: 'Your ideas' }).click()

  await page.getByRole('link', { name: 'Propose an idea' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Propose an idea' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /Lukas Brenner/ })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: /Lukas Brenner/ })).toBeDisabled()
  await expect(page.getByLabel(/Slug/)).toHaveCount(0) // admins choose the address
  await expectNoAxeViolations(page)
  await expectValidHtml(page)
  await snap(page, 'mentor-idea-new', info.project.name)

  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByLabel('Summary').fill('Document and demo live patching of a running hypervisor.')
  await page.getByRole('textbox', { name: /Description/ }).fill('Write a step-by-step guide.')
  await page.getByLabel('Skills').fill('C, Documentation')
  await page.getByRole('button', { name: 'Send for approval' }).click()

  await expect(page).toHaveURL(/\/mentor\/ideas\?proposed=/)
  await expect(page.getByText(`Thank you: “${title}” is sent to the season’s admins.`)).toBeVisible()
  await expect(card(page, title).getByText('Awaiting approval')).toBeVisible()

  // The proposer may still change it.
  await card(page, title).getByRole('link', { name: /^Edit/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.getByLabel('Summary').fill('Document and demo live patching of a running Xen hypervisor.')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Your changes are saved.')).toBeVisible()
  await expectNoAxeViolations(page)
  await expectValidHtml(page)
  await snap(page, 'mentor-idea-edit', info.project.name)

  // Not public, and not the admin area.
  await expectPublic(page, title, slug, false)
  expect((await page.goto(`${SEASON}/admin/ideas`))?.status()).toBe(403)
  await signOut(page)

  // The admin approves it from the top of the list.
  await signInAs(page, 'Ana Ferreira', `${SEASON}/admin/ideas`)
  const awaiting = page.getByRole('region', { name: /Awaiting approval/ })
  await expect(card(page, title).getByText('Proposed by:')).toBeVisible()
  await snap(page, 'admin-ideas-awaiting', info.project.name)
  await awaiting.getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: /^Approve and publish/ }).click()
  await expect(page.getByText(`Approved and published “${title}”: it is now on the public idea list.`)).toBeVisible()
  await expectPublic(page, title, slug, true)

  // Leave the demo's public figures as the seed made them: archive it, then back to a draft.
  await page.goto(`${SEASON}/admin/ideas?status=PUBLISHED`)
  await card(page, title).getByRole('button', { name: /^Archive/ }).click()
  await expect(page.getByText(`Archived “${title}”`)).toBeVisible()
  await page.goto(`${SEASON}/admin/ideas?status=ARCHIVED`)
  await card(page, title).getByRole('button', { name: /^Restore to draft/ }).click()
  await expect(page.getByText(`Restored “${title}” to a draft.`)).toBeVisible()
  await expectPublic(page, title, slug, false)
})

test('a student gets 403 on the idea administration and the mentor pages; signed-out visitors are asked to sign in', async ({ page }) => {
  expect((await page.goto(`${SEASON}/admin/ideas`))?.status()).toBe(200)
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fseasons%2F2011%2Fadmin%2Fideas/)
  await signInAs(page, 'Wei Liu')
  for (const path of [`${SEASON}/admin/ideas`, `${SEASON}/admin/ideas/new`, `${SEASON}/mentor/ideas`, `${SEASON}/mentor/ideas/new`]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(403)
    await expect(page.getByRole('heading', { name: 'This page is not for your role' })).toBeVisible()
  }
})

test('unknown ideas are 404 on the edit pages', async ({ page }) => {
  await signInAs(page, 'Ana Ferreira')
  expect((await page.goto(`${SEASON}/admin/ideas/no-such-idea/edit`))?.status()).toBe(404)
  await signOut(page)
  await signInAs(page, 'Lukas Brenner')
  expect((await page.goto(`${SEASON}/mentor/ideas/no-such-idea`))?.status()).toBe(404)
})
