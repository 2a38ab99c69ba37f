// "Ideas listed" counts the ideas that were public at some point of the season: an idea archived after it was
// published still counts; a mentor's suggestion that an admin turned down never does.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { db } from '@/lib/db'
import { archiveIdea, publishIdea } from '@/lib/ideas/actions'
import { getSeasonStats } from '@/lib/stats/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, signInAs, signOut } from './support/session'

let f: SeasonFixture
beforeAll(async () => {
  f = await createSeasonFixture()
})
afterEach(() => signOut())

async function addIdea(slug: string, status: 'DRAFT' | 'PROPOSED') {
  return db.idea.create({ data: { seasonId: f.season.id, slug: `${slug}-${f.tag}`, title: slug, summary: 's', status } })
}

describe('ideas listed', () => {
  it('counts a published idea, and keeps counting it once archived', async () => {
    await signInAs(f.admin.email!)
    const idea = await addIdea('published-then-archived', 'DRAFT')
    const before = (await getSeasonStats(f.season.id)).figures.ideasListed
    expect(await publishIdea(initialActionState, form({ seasonId: f.season.id, ideaId: idea.id }))).toMatchObject({ ok: true })
    expect((await getSeasonStats(f.season.id)).figures.ideasListed).toBe(before + 1)
    expect(await archiveIdea(initialActionState, form({ seasonId: f.season.id, ideaId: idea.id }))).toMatchObject({ ok: true })
    const stats = await getSeasonStats(f.season.id)
    expect(stats.figures.ideasListed).toBe(before + 1)
    expect(stats.ideaApplications.find((i) => i.title === 'published-then-archived')?.isPublic).toBe(false)
  })

  it('never counts a suggestion that was rejected, nor a draft', async () => {
    await signInAs(f.admin.email!)
    const before = (await getSeasonStats(f.season.id)).figures.ideasListed
    const suggestion = await addIdea('turned-down', 'PROPOSED')
    await addIdea('still-a-draft', 'DRAFT')
    expect(await archiveIdea(initialActionState, form({ seasonId: f.season.id, ideaId: suggestion.id }))).toMatchObject({ ok: true })
    expect((await getSeasonStats(f.season.id)).figures.ideasListed).toBe(before)
  })
})
