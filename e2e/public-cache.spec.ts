// The public pages' data cache (lib/public-cache.ts): a public page is served from the cache (a change made behind
// the app's back does not show), an edit through the app shows on the public page right after (its tags are
// revalidated), and a post scheduled a few seconds ahead appears at its time with no write in between.
import { expect, test } from './csp'
import { moveClock, signInAs, sql } from './helpers'

test('an idea page comes from the cache, and an edit through the app shows on it right after', async ({ page }) => {
  // The last published idea by slug: no other spec changes it behind the app's back.
  const [idea] = await sql<{ id: string; slug: string; summary: string }>(
    `SELECT id, slug, summary FROM "Idea" WHERE status = 'PUBLISHED' ORDER BY slug DESC LIMIT 1`,
  )
  const path = `/seasons/2011/ideas/${idea!.slug}`
  await page.goto(path)
  await expect(page.getByText(idea!.summary, { exact: true })).toBeVisible()

  // Written behind the app's back: the cached page still shows the stored summary.
  await sql(`UPDATE "Idea" SET summary = $1 WHERE id = $2`, ['Changed behind the app’s back.', idea!.id])
  try {
    await page.goto(path)
    await expect(page.getByText(idea!.summary, { exact: true })).toBeVisible()
    await expect(page.getByText('Changed behind the app’s back.')).toHaveCount(0)

    // Through the app: the action revalidates the season's ideas, and the very next load shows the edit.
    await signInAs(page, 'Ana Ferreira', `/seasons/2011/admin/ideas/${idea!.id}/edit`)
    await page.getByRole('textbox', { name: 'Summary' }).fill('Edited through the app, shown at once.')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Your changes are saved.')).toBeVisible()
    await page.goto(path)
    await expect(page.getByText('Edited through the app, shown at once.', { exact: true })).toBeVisible()
    await page.goto('/seasons/2011/ideas')
    await expect(page.getByText('Edited through the app, shown at once.', { exact: true })).toBeVisible()
  } finally {
    await sql(`UPDATE "Idea" SET summary = $1 WHERE id = $2`, [idea!.summary, idea!.id])
    await moveClock(page.context().browser()!, 'reset') // drops the public cache, so the restored text shows
  }
})

test('a post scheduled a few seconds ahead appears at its time, with no write in between', async ({ page, browser }) => {
  const slug = `scheduled-${Date.now()}`
  const publishAt = new Date(Date.now() + 6_000)
  await sql(
    `INSERT INTO "Announcement" (id, "organizationId", slug, title, body, kind, "publishAt", "updatedAt")
     SELECT $1, id, $1, 'A post on a timer', 'Published by the clock.', 'NEWS', $2, now() FROM "Organization" LIMIT 1`,
    [slug, publishAt],
  )
  try {
    // Posts are written by the seed only so far; a write through the app revalidates the posts' cache (here: the
    // clock, put on real time). From then on nothing is written.
    await moveClock(browser, 'reset')
    expect(Date.now()).toBeLessThan(publishAt.getTime() - 1_000)
    await page.goto('/news')
    await expect(page.getByRole('link', { name: 'A post on a timer' })).toHaveCount(0)
    expect((await page.goto(`/news/${slug}`))?.status()).toBe(404)

    await page.waitForTimeout(Math.max(0, publishAt.getTime() - Date.now()) + 500)
    await page.goto('/news')
    await expect(page.getByRole('link', { name: 'A post on a timer' })).toBeVisible()
    expect((await page.goto(`/news/${slug}`))?.status()).toBe(200)
    const feed = await page.request.get('/news/feed.xml')
    expect(await feed.text()).toContain('A post on a timer')
  } finally {
    await sql(`DELETE FROM "Announcement" WHERE slug = $1`, [slug])
    await moveClock(browser, 'reset')
  }
})
