// Reads of ideas for public pages: only PUBLISHED ideas are ever returned here.
import 'server-only'
import { z } from 'zod'
import { db } from '@/lib/db'
import type { Prisma } from '@/generated/prisma/client'
import { cachedRead, tags } from '@/lib/public-cache'

/** The idea list's filters from the query string; anything malformed is ignored, never an error. */
export const IdeaFilters = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  difficulty: z.enum(['EASY', 'MEDIUM', 'HARD']).optional().catch(undefined),
  skill: z.string().trim().max(60).optional().catch(undefined),
})
export type IdeaFilters = z.infer<typeof IdeaFilters>

export function parseIdeaFilters(searchParams: Record<string, string | string[] | undefined>): IdeaFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined
  return IdeaFilters.parse({
    q: first(searchParams.q),
    difficulty: first(searchParams.difficulty),
    skill: first(searchParams.skill),
  })
}

const mentorNames = { mentors: { select: { user: { select: { name: true } } }, orderBy: { createdAt: 'asc' } } } as const

// Cached per season and filter (tag "ideas:<seasonId>"): every idea write revalidates it.
export function listPublishedIdeas(seasonId: string, filters: IdeaFilters = {}) {
  return readIdeas(seasonId, filters.q ?? '', filters.difficulty ?? '', filters.skill ?? '')
}

const readIdeas = cachedRead('ideas', ([seasonId]) => [tags.ideas(seasonId)], async (seasonId: string, q: string, difficulty: string, skill: string) => {
  const filters = IdeaFilters.parse({ q: q || undefined, difficulty: difficulty || undefined, skill: skill || undefined })
  const where: Prisma.IdeaWhereInput = { seasonId, status: 'PUBLISHED' }
  if (filters.difficulty) where.difficulty = filters.difficulty
  if (filters.skill) where.skills = { has: filters.skill }
  if (filters.q) {
    where.OR = [
      { title: { contains: filters.q, mode: 'insensitive' } },
      { summary: { contains: filters.q, mode: 'insensitive' } },
    ]
  }
  return db.idea.findMany({ where, orderBy: { title: 'asc' }, include: mentorNames })
})

export const listSkills = cachedRead('skills', ([seasonId]) => [tags.ideas(seasonId)], async (seasonId: string): Promise<string[]> => {
  const ideas = await db.idea.findMany({ where: { seasonId, status: 'PUBLISHED' }, select: { skills: true } })
  return [...new Set(ideas.flatMap((i) => i.skills))].sort((a, b) => a.localeCompare(b))
})

export async function getPublishedIdea(seasonId: string, slug: string) {
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(slug)) return null
  return readIdea(seasonId, slug)
}

const readIdea = cachedRead('idea', ([seasonId]) => [tags.ideas(seasonId)], (seasonId: string, slug: string) =>
  db.idea.findFirst({ where: { seasonId, slug, status: 'PUBLISHED' }, include: mentorNames }),
)
