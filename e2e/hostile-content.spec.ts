// Hostile content as a visitor meets it: a stored text the renderer cannot handle must not take a page down, and
// a page must not send the browser private data it does not show.
import { expect, test } from '@playwright/test'
import pg from 'pg'
import { signInAs } from './helpers'

async function sql<Row extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
  await client.connect()
  try {
    return (await client.query<Row>(text, values)).rows
  } finally {
    await client.end()
  }
}

test('an idea whose stored description cannot be rendered as Markdown still answers 200, as plain text', async ({ page }) => {
  // Saving such a text is refused now (see lib/markdown.test.ts); this is one stored before that, or by hand.
  const [idea] = await sql<{ id: string; slug: string; description: string }>(
    `SELECT id, slug, description FROM "Idea" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`,
  )
  await sql(`UPDATE "Idea" SET description = $1 WHERE id = $2`, ['>'.repeat(1900), idea!.id])
  try {
    const response = await page.goto(`/seasons/2011/ideas/${idea!.slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByText('>'.repeat(100))).toBeVisible()
  } finally {
    await sql(`UPDATE "Idea" SET description = $1 WHERE id = $2`, [idea!.description, idea!.id])
  }
})

test('the "propose an idea" page sends a mentor the other mentors’ names, never their e-mail addresses', async ({ page }) => {
  await signInAs(page, 'Lukas Brenner')
  const response = await page.goto('/seasons/2011/mentor/ideas/new')
  expect(response?.status()).toBe(200)
  const body = await response!.text() // the HTML with the page's serialized data, as the browser receives it
  await expect(page.getByRole('checkbox', { name: 'Mei Tanaka' })).toBeVisible()
  const addresses = new Set(body.match(/[\w.+-]+@example\.org/g) ?? [])
  addresses.delete('lukas.brenner@example.org')
  expect([...addresses]).toEqual([])
})
