// The public pages are kept whole in Next's full route cache (lib/public-page.ts): a public page is served from
// the cache (a change made behind the app's back does not show, the response says HIT), a write through the app
// shows on the pages it changes at the next request and leaves the others cached, a post appears at its publish
// time with no write in between (on real time: the page's lifetime ends then; on the demo clock: moving the clock
// revalidates every page), and moving the clock changes what the season's pages say at once.
import { expect, test } from './csp'
import { moveClock, signInAs, snapBoth, sql } from './helpers'
import { expectNoAxeViolations, expectValidHtml } from './quality'

/**
 * A request outside the browser. Node's fetch, not page.request: the latter keeps a connection open across the
 * clock's form (longer than the server's keep-alive), and a request sent as the server closes it fails.
 */
function get(path: string) {
  return fetch(new URL(path, test.info().project.use.baseURL ?? `http://localhost:${process.env.E2E_PORT ?? 3100}`))
}

/** Whether the server answered this path from its full route cache ('HIT') or rendered it ('MISS', …). */
async function cacheState(path: string) {
  const response = await get(path)
  expect(response.status).toBe(200)
  return response.headers.get('x-nextjs-cache')
}

test('an idea page comes from the cache, and an edit through the app shows on it right after, the news staying cached', async ({ page }) => {
  test.setTimeout(90_000)
  // The last published idea by slug: no other spec changes it behind the app's back.
  const [idea] = await sql<{ id: string; slug: string; summary: string }>(
    `SELECT id, slug, summary FROM "Idea" WHERE status = 'PUBLISHED' ORDER BY slug DESC LIMIT 1`,
  )
  const path = `/seasons/2011/ideas/${idea!.slug}`
  await page.goto(path)
  await expect(page.getByText(idea!.summary, { exact: true })).toBeVisible()
  expect(await cacheState(path)).toBe('HIT')
  await cacheState('/news') // rendered now if it was not, so that it is cached below

  // Written behind the app's back: the cached page still shows the stored summary.
  await sql(`UPDATE "Idea" SET summary = $1 WHERE id = $2`, ['Changed behind the app’s back.', idea!.id])
  try {
    await page.goto(path)
    await expect(page.getByText(idea!.summary, { exact: true })).toBeVisible()
    await expect(page.getByText('Changed behind the app’s back.')).toHaveCount(0)

    // Through the app: the action revalidates the season's ideas (and figures), and the very next load shows it.
    await signInAs(page, 'Ana Ferreira', `/seasons/2011/admin/ideas/${idea!.id}/edit`)
    await page.getByRole('textbox', { name: 'Summary' }).fill('Edited through the app, shown at once.')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Your changes are saved.')).toBeVisible()
    // Nothing of the news changed: it is still the cached page.
    expect(await cacheState('/news')).toBe('HIT')
    await page.goto(path)
    await expect(page.getByText('Edited through the app, shown at once.', { exact: true })).toBeVisible()
    await page.goto('/seasons/2011/ideas')
    await expect(page.getByText('Edited through the app, shown at once.', { exact: true })).toBeVisible()
    expect(await cacheState('/seasons/2011/ideas')).toBe('HIT')
  } finally {
    await sql(`UPDATE "Idea" SET summary = $1 WHERE id = $2`, [idea!.summary, idea!.id])
    await moveClock(page.context().browser()!, 'reset') // revalidates every public page, so the restored text shows
  }
})

test('a post scheduled some seconds ahead appears at its time, with no write in between', async ({ page, browser }) => {
  test.setTimeout(90_000)
  const slug = `scheduled-${Date.now()}`
  // Far enough ahead for the clock's form (a slow machine takes seconds) and the checks before it.
  const publishAt = new Date(Date.now() + 25_000)
  await sql(
    `INSERT INTO "Announcement" (id, "organizationId", slug, title, body, kind, "publishAt", "updatedAt")
     SELECT $1, id, $1, 'A post on a timer', 'Published by the clock.', 'NEWS', $2, now() FROM "Organization" LIMIT 1`,
    [slug, publishAt],
  )
  try {
    // Posts are written by the seed only so far; a write through the app revalidates the pages (here: the clock,
    // put on real time). From then on nothing is written.
    await moveClock(browser, 'reset')
    expect(Date.now()).toBeLessThan(publishAt.getTime() - 5_000)
    await page.goto('/news')
    await expect(page.getByRole('link', { name: 'A post on a timer' })).toHaveCount(0)
    // Kept in the cache until the publish time: the next request is a hit.
    expect(await cacheState('/news')).toBe('HIT')
    expect((await page.goto(`/news/${slug}`))?.status()).toBe(404)
    // The feed too, kept whole in the cache until the publish time.
    expect(await (await get('/news/feed.xml')).text()).not.toContain('A post on a timer')
    expect(await cacheState('/news/feed.xml')).toBe('HIT')

    await page.waitForTimeout(Math.max(0, publishAt.getTime() - Date.now()) + 1_100)
    // The first request after the publish time gets the new page (the cached one expired; no stale copy is served).
    await page.goto('/news')
    await expect(page.getByRole('link', { name: 'A post on a timer' })).toBeVisible()
    expect((await page.goto(`/news/${slug}`))?.status()).toBe(200)
    expect(await (await get('/news/feed.xml')).text()).toContain('A post on a timer')
  } finally {
    await sql(`DELETE FROM "Announcement" WHERE slug = $1`, [slug])
    await moveClock(browser, 'reset')
  }
})

test('a post scheduled a minute ahead of the demo clock appears on every news page once the clock passes it', async ({ page, browser }) => {
  test.setTimeout(90_000)
  const slug = `embargoed-${Date.now()}`
  await sql(
    `INSERT INTO "Announcement" (id, "organizationId", slug, title, body, kind, "publishAt", "updatedAt")
     SELECT $1, id, $1, 'An embargoed post', 'Held until one minute past noon.', 'NEWS', $2, now() FROM "Organization" LIMIT 1`,
    [slug, new Date('2011-06-01T12:01:00Z')],
  )
  try {
    await moveClock(browser, '2011-06-01T12:00:00Z')
    await page.goto('/news')
    await expect(page.getByRole('link', { name: 'An embargoed post' })).toHaveCount(0)
    expect(await cacheState('/news')).toBe('HIT')
    expect((await page.goto(`/news/${slug}`))?.status()).toBe(404)
    expect(await (await get('/news/feed.xml')).text()).not.toContain('An embargoed post')

    await moveClock(browser, '2011-06-01T12:02:00Z')
    for (const path of ['/news', '/', '/news/2011/06']) {
      await page.goto(path)
      await expect(page.getByRole('link', { name: 'An embargoed post' })).toBeVisible()
    }
    expect((await page.goto(`/news/${slug}`))?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'An embargoed post' })).toBeVisible()
    expect(await (await get('/news/feed.xml')).text()).toContain('An embargoed post')
  } finally {
    await sql(`DELETE FROM "Announcement" WHERE slug = $1`, [slug])
    await moveClock(browser, 'reset')
  }
})

test('moving the demo clock changes the timeline of the season page and the home page at once', async ({ page, browser }) => {
  test.setTimeout(90_000)
  const current = page.locator('li[aria-current="step"] h3')
  try {
    await moveClock(browser, '2011-03-20T12:00:00Z')
    for (const path of ['/seasons/2011', '/']) {
      await page.goto(path)
      await expect(current).toHaveText(['Ideas published'])
    }
    expect(await cacheState('/seasons/2011')).toBe('HIT')
    await page.goto('/seasons/2011/ideas/' + (await sql<{ slug: string }>(`SELECT slug FROM "Idea" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`))[0]!.slug)
    await expect(page.getByText(/^Applications are not open yet\./)).toBeVisible()

    await moveClock(browser, '2011-04-12T12:00:00Z')
    for (const path of ['/seasons/2011', '/']) {
      await page.goto(path)
      await expect(current).toHaveText(['Proposal review', 'Slot requests'])
    }
  } finally {
    await moveClock(browser, 'reset')
  }
})

test('an idea archived through the app answers the complete 404 page at once, though the proxy remembered it', async ({ page }) => {
  test.setTimeout(90_000)
  const slug = `archived-at-once-${Date.now()}`
  const title = `An idea archived at once ${Date.now()}`
  // Written straight to the database as published: the proxy checks the new address once and remembers it exists.
  await sql(
    `INSERT INTO "Idea" (id, "seasonId", slug, title, summary, status, "publishedAt", "updatedAt")
     SELECT $1, id, $1, $2, 'Published for a moment.', 'PUBLISHED', now(), now() FROM "Season" WHERE slug = '2011'`,
    [slug, title],
  )
  try {
    expect((await page.goto(`/seasons/2011/ideas/${slug}`))?.status()).toBe(200)
    expect((await page.goto(`/seasons/2011/ideas/${slug}`))?.status()).toBe(200)
    await signInAs(page, 'Ana Ferreira', '/seasons/2011/admin/ideas?status=PUBLISHED')
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: title, exact: true }) })
      .getByRole('button', { name: /^Archive/ })
      .click()
    await expect(page.getByText(`Archived “${title}”`)).toBeVisible()
    // The write is a public one (lib/public-cache.ts): the proxy asks again and sends the not-found page, complete
    // without script, rather than the page's own notFound() (Next's empty error shell).
    expect((await page.goto(`/seasons/2011/ideas/${slug}`))?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible()
    // As sent, before any script: the complete page (the empty shell is `<html id="__next_error__">`).
    const sent = await get(`/seasons/2011/ideas/${slug}`)
    expect(sent.status).toBe(404)
    expect(await sent.text()).toMatch(/<html\b[^>]*\blang="en"[^>]*>[\s\S]*We could not find that page/)
  } finally {
    await sql(`DELETE FROM "Idea" WHERE slug = $1`, [slug])
  }
})

test('a long ideas list is paged, each page cached at its own address, and an edit of an idea on page 2 shows there at once @phone', async ({ page }) => {
  test.setTimeout(150_000)
  // Sixty more published ideas (the demo season has twenty): 80 ideas, two pages of fifty. Titles sort after the
  // demo's, so page 2 holds paged ideas 31–60. Written behind the app's back; the first edit below tells the app.
  const stamp = Date.now()
  const titles = Array.from({ length: 60 }, (_, i) => `Zz paged idea ${String(i + 1).padStart(2, '0')}`)
  await sql(
    `INSERT INTO "Idea" (id, "seasonId", slug, title, summary, status, "publishedAt", "updatedAt")
     SELECT 'paged-' || $1 || '-' || n, s.id, 'paged-' || $1 || '-' || n, 'Zz paged idea ' || lpad(n::text, 2, '0'), 'A paged idea.', 'PUBLISHED', now(), now()
     FROM "Season" s, generate_series(1, 60) n WHERE s.slug = '2011'`,
    [String(stamp)],
  )
  const edited = { id: `paged-${stamp}-45`, title: titles[44]! }
  try {
    const editSummary = async (summary: string) => {
      await signInAs(page, 'Ana Ferreira', `/seasons/2011/admin/ideas/${edited.id}/edit`)
      await page.getByRole('textbox', { name: 'Summary' }).fill(summary)
      await page.getByRole('button', { name: 'Save changes' }).click()
      await expect(page.getByText('Your changes are saved.')).toBeVisible()
      await page.context().clearCookies()
    }
    await editSummary('Shown on page 2 before the edit.')

    await page.goto('/seasons/2011/ideas')
    await expect(page.getByRole('status').filter({ hasText: /^80 ideas; showing 1–50$/ })).toBeVisible()
    const pages = page.getByRole('navigation', { name: 'Pages of ideas' })
    await expect(pages.getByText('Page 1 of 2')).toBeVisible()
    await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')
    await expect(pages.getByRole('link', { name: 'Previous' })).toHaveCount(0)
    await snapBoth(page, 'ideas-page-1')
    await pages.getByRole('link', { name: 'Next' }).click()

    await expect(page).toHaveURL(/\/seasons\/2011\/ideas\/page\/2$/)
    await expect(page.getByRole('status').filter({ hasText: /^80 ideas; showing 51–80$/ })).toBeVisible()
    await expect(pages.getByText('Page 2 of 2')).toBeVisible()
    await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
    await expect(pages.getByRole('link', { name: 'Previous' })).toHaveAttribute('rel', 'prev')
    await expect(pages.getByRole('link', { name: 'Next' })).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(titles.slice(30))
    const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: edited.title }) })
    await expect(row.getByText('Shown on page 2 before the edit.')).toBeVisible()
    await snapBoth(page, 'ideas-page-2')
    await expectNoAxeViolations(page)
    await expectValidHtml(page)
    expect(await cacheState('/seasons/2011/ideas/page/2')).toBe('HIT')
    expect((await get('/seasons/2011/ideas/page/3')).status).toBe(404)
    const first = await fetch(new URL('/seasons/2011/ideas/page/1', page.url()), { redirect: 'manual' })
    expect(first.headers.get('location')).toMatch(/\/seasons\/2011\/ideas$/)

    // The edit revalidates the season's ideas: every page of the list, not only the first, shows it at once.
    await editSummary('Edited through the app, shown on page 2 at once.')
    await page.goto('/seasons/2011/ideas/page/2')
    await expect(row.getByText('Edited through the app, shown on page 2 at once.')).toBeVisible()
    expect(await cacheState('/seasons/2011/ideas/page/2')).toBe('HIT')

    // A search is paged too, its filter kept in the pages' addresses.
    await page.goto('/seasons/2011/ideas?q=Zz+paged')
    await expect(page.getByRole('status').filter({ hasText: /^60 ideas match your filters; showing 1–50$/ })).toBeVisible()
    await pages.getByRole('link', { name: 'Page 2' }).click()
    await expect(page).toHaveURL(/\/seasons\/2011\/ideas\/page\/2\?q=Zz\+paged$/)
    await expect(page.getByRole('status').filter({ hasText: /^60 ideas match your filters; showing 51–60$/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(titles.slice(50))
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Zz paged')
    await expectValidHtml(page)
  } finally {
    // Back to the demo's twenty: the others deleted, the edited one archived through the app (a write that
    // revalidates the list), then deleted too.
    await sql(`DELETE FROM "Idea" WHERE slug LIKE $1 AND id <> $2`, [`paged-${stamp}-%`, edited.id])
    await signInAs(page, 'Ana Ferreira', '/seasons/2011/admin/ideas?status=PUBLISHED')
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: edited.title, exact: true }) })
      .getByRole('button', { name: /^Archive/ })
      .click()
    await expect(page.getByText(`Archived “${edited.title}”`)).toBeVisible()
    await sql(`DELETE FROM "Idea" WHERE id = $1`, [edited.id])
  }
})
