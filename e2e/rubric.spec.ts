// The review rubric in the browser: the 2011 season's is read-only (its reviews are saved), with the reason; in a
// season whose applications are still open an admin adds a criterion (a bad range is marked beside its field),
// edits, reorders and removes criteria, and each change is in the audit log; a mentor is kept out. axe and HTML
// checks at desktop and phone width.
import { expect as baseExpect, test } from './csp'
import { signInAs, snapBoth, sql } from './helpers'
import { expectQualityAtBothWidths } from './quality'

const expect = baseExpect.configure({ timeout: 15_000 })

// A season of its own (year 2010, so "/" still shows 2011), created behind the app's back: seasons cannot be
// deleted (the audit log refers to them), so the slug is unique per run.
const slug = `rubric-${Date.now().toString(36)}`
const RUBRIC = `/seasons/${slug}/admin/rubric`

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  const [org] = await sql<{ id: string }>(`SELECT id FROM "Organization" ORDER BY "createdAt" ASC LIMIT 1`)
  const [ana] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE name = 'Ana Ferreira'`)
  const [mei] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE name = 'Mei Tanaka'`)
  const id = `season-${slug}`
  await sql(`INSERT INTO "Season" (id, "organizationId", slug, program, year, title, "updatedAt") VALUES ($1, $2, $3, 'Google Summer of Code', 2010, 'Rubric test season', now())`, [id, org!.id, slug])
  await sql(
    `INSERT INTO "SeasonPhase" (id, "seasonId", kind, "startsAt") VALUES ($1 || '-open', $1, 'APPLICATIONS_OPEN', now() - interval '5 days'), ($1 || '-close', $1, 'APPLICATIONS_CLOSE', now() + interval '30 days')`,
    [id],
  )
  await sql(`INSERT INTO "SeasonRole" (id, "userId", "seasonId", role) VALUES ($1 || '-ana', $2, $1, 'ADMIN'), ($1 || '-mei', $3, $1, 'MENTOR')`, [id, ana!.id, mei!.id])
  await sql(
    `INSERT INTO "RubricCriterion" (id, "seasonId", key, label, description, position) VALUES ($1 || '-plan', $1, 'plan', 'Technical plan', 'Is the approach sound?', 0), ($1 || '-community', $1, 'community', 'Community interaction', '', 1)`,
    [id],
  )
})

test('the 2011 rubric is read-only once reviews are saved, with the reason', async ({ page }) => {
  await signInAs(page, 'Ana Ferreira', '/seasons/2011/admin/rubric')
  await expect(page.getByRole('heading', { level: 1, name: 'Review rubric' })).toBeVisible()
  await expect(page.getByRole('status')).toContainText(/Reviewers have already saved \d+ reviews against this rubric/)
  await expect(page.getByText('1. Technical plan')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add the criterion' })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Review rubric' })).toHaveAttribute('aria-current', 'page')
  await expectQualityAtBothWidths(page)
  await snapBoth(page, 'admin-rubric-locked')
})

test('a mentor is kept out of the rubric page', async ({ page }) => {
  await signInAs(page, 'Mei Tanaka', RUBRIC)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not for your role')
})

test('an admin adds, edits, reorders and removes criteria before reviews start', async ({ page }) => {
  test.setTimeout(120_000)
  await signInAs(page, 'Ana Ferreira', RUBRIC)
  await expect(page.getByRole('heading', { level: 1, name: 'Review rubric' })).toBeVisible()
  await expectQualityAtBothWidths(page)

  // A bad range (each bound within 1–10, so the browser lets it through): the error sits beside the field,
  // nothing is added, and what was typed stays.
  const add = page.getByRole('form', { name: 'Add a criterion' })
  await add.getByLabel('Label').fill('Skills and preparation')
  await add.getByLabel('Lowest score').fill('6')
  await add.getByLabel('Highest score').fill('3')
  await add.getByRole('button', { name: 'Add the criterion' }).click()
  await expect(add.getByText('The highest score must be above the lowest.')).toBeVisible()
  await expect(add.getByLabel('Highest score')).toHaveAttribute('aria-invalid', 'true')
  await expect(add.getByLabel('Label')).toHaveValue('Skills and preparation')
  await add.getByLabel('Lowest score').fill('1')
  await expect(page.getByRole('heading', { name: 'Criteria (2)' })).toBeVisible()
  await add.getByLabel('Highest score').fill('10')
  await add.getByLabel('Weight').fill('2')
  await add.getByRole('button', { name: 'Add the criterion' }).click()
  await expect(page.getByText('“Skills and preparation” is added to the rubric.')).toBeVisible()
  await expect(page.getByRole('heading', { name: '3. Skills and preparation' })).toBeVisible()

  // Edit the first one's label and range.
  const plan = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '1. Technical plan' }) })
  await plan.getByLabel('Label').fill('Plan and scope')
  await plan.getByLabel('Lowest score').fill('2')
  await plan.getByRole('button', { name: 'Save “Technical plan”' }).click()
  await expect(page.getByRole('heading', { name: '1. Plan and scope' })).toBeVisible()

  // Move the new one up by keyboard, then remove the community criterion.
  await page.getByRole('button', { name: 'Move “Skills and preparation” up' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: '2. Skills and preparation' })).toBeVisible()
  // Focus stays on the moved criterion's button, and the move is announced.
  await expect(page.getByRole('button', { name: 'Move “Skills and preparation” up' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: '“Skills and preparation” moved to position 2 of 3.' })).toBeAttached()
  await expect(page.getByRole('heading', { name: '3. Community interaction' })).toBeVisible()
  await page.getByRole('button', { name: 'Remove “Community interaction”' }).click()
  await expect(page.getByRole('heading', { name: 'Criteria (2)' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Community interaction/ })).toHaveCount(0)
  await snapBoth(page, 'admin-rubric-edit')

  const stored = await sql<{ label: string; minScore: number; maxScore: number; weight: number; position: number }>(
    `SELECT label, "minScore", "maxScore", weight, position FROM "RubricCriterion" WHERE "seasonId" = $1 ORDER BY position`,
    [`season-${slug}`],
  )
  expect(stored).toEqual([
    { label: 'Plan and scope', minScore: 2, maxScore: 5, weight: 1, position: 0 },
    { label: 'Skills and preparation', minScore: 1, maxScore: 10, weight: 2, position: 1 },
  ])
  const audits = await sql<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "seasonId" = $1 ORDER BY id`, [`season-${slug}`])
  expect(audits.map((a) => a.action)).toEqual(['rubric.create', 'rubric.update', 'rubric.move', 'rubric.remove'])
  // The audit log says it in words.
  await page.goto(`/seasons/${slug}/admin/audit`)
  await expect(page.getByText('Ana Ferreira added “Skills and preparation” to the review rubric.')).toBeVisible()
  await expect(page.getByText('Ana Ferreira removed “Community interaction” from the review rubric.')).toBeVisible()
})
