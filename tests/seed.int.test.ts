// The demo seed against the facts of the real season, read through the same queries the pages use. Every
// count is scoped to the demo season, so rows other test files write elsewhere (in any order) do not matter.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { seasonScores } from '@/lib/reviews/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'
import { getSeasonStats } from '@/lib/stats/queries'
import { DEMO_ORG_SLUG, DEMO_SEASON_SLUG, seedDemo } from '@/prisma/seed'

const facts = JSON.parse(readFileSync(new URL('../prisma/seed/xen-2011-facts.json', import.meta.url), 'utf8'))

const demoSeason = () => db.season.findFirstOrThrow({ where: { slug: DEMO_SEASON_SLUG, organization: { slug: DEMO_ORG_SLUG } } })

describe('the Xen.org GSoC 2011 demo', () => {
  it('has exactly the public figures of the facts file, computed from the rows', async () => {
    const season = await getSeasonBySlug('2011')
    expect(season?.title).toBe('Google Summer of Code 2011')
    const { figures } = await getSeasonStats(season!.id)
    // The acceptance rate is derived, not a fact of its own: 6 accepted of 30 applications.
    expect(figures).toEqual({ ...facts.figures, acceptanceRate: 20 })
  })

  it('has a withdrawn and a draft proposal that do not count as applications', async () => {
    const { id: seasonId } = await demoSeason()
    const counts = await db.proposal.groupBy({ by: ['status'], where: { seasonId }, _count: { _all: true } })
    const byStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all]))
    expect(byStatus).toMatchObject({ WITHDRAWN: 1, DRAFT: 1, ACCEPTED: 6, REJECTED: 24 })
  })

  it('accepts the six students of the facts file, one project each, each with a mentor of the idea within capacity', async () => {
    const { id: seasonId } = await demoSeason()
    const acceptances = await db.acceptance.findMany({
      where: { seasonId },
      include: { student: true, mentor: true, proposal: { include: { idea: { include: { mentors: true } } } } },
    })
    expect(acceptances.map((a) => [a.proposal.title, a.student.name]).sort()).toEqual(
      facts.acceptedProjects.map((p: { title: string; student: string }) => [p.title, p.student]).sort(),
    )
    for (const a of acceptances) {
      expect(a.proposal.status).toBe('ACCEPTED')
      expect(a.proposal.idea?.mentors.map((m) => m.userId)).toContain(a.mentorId)
      const role = await db.seasonRole.findFirstOrThrow({ where: { userId: a.mentorId, seasonId, role: 'MENTOR' } })
      const load = acceptances.filter((other) => other.mentorId === a.mentorId).length
      expect(load).toBeLessThanOrEqual(role.capacity ?? 1)
    }
  })

  it('publishes the accepted-students post on 2011-04-25 with each title, student and abstract', async () => {
    const { id: seasonId } = await demoSeason()
    const post = await db.announcement.findFirstOrThrow({ where: { kind: 'ACCEPTED_STUDENTS', seasonId } })
    expect(post.publishAt?.toISOString().slice(0, 10)).toBe(facts.timeline.acceptedAnnouncement)
    const acceptances = await db.acceptance.findMany({ where: { seasonId }, include: { student: true, proposal: true } })
    for (const a of acceptances) {
      expect(post.body).toContain(`### ${a.proposal.title}\n\n**Student:** ${a.student.name}\n\n${a.announcementAbstract}`)
    }
  })

  it('gives every application reviews whose rubric scores are in range', async () => {
    const { id: seasonId } = await demoSeason()
    const proposals = await db.proposal.findMany({
      where: { seasonId, status: { in: ['ACCEPTED', 'REJECTED'] } },
      include: { reviews: { include: { scores: { include: { criterion: true } } } } },
    })
    for (const p of proposals) {
      expect(p.reviews.length).toBeGreaterThanOrEqual(2)
      for (const s of p.reviews.flatMap((r) => r.scores)) {
        expect(s.score).toBeGreaterThanOrEqual(s.criterion.minScore)
        expect(s.score).toBeLessThanOrEqual(s.criterion.maxScore)
      }
    }
  })

  it('gives the review demo a proposal to discuss, a harsh and a lenient mentor who move the order, a conflict, comments both ways and a draft asking for feedback', async () => {
    const { id: seasonId } = await demoSeason()
    const scores = await seasonScores(seasonId)
    // To discuss: overall scores spanning two points or more, not settled.
    const unsettled = await db.proposal.findMany({ where: { seasonId, discussionSettledAt: null }, select: { id: true, title: true } })
    const toDiscuss = unsettled.filter((p) => (scores.proposals.get(p.id)?.spread ?? 0) >= 2)
    expect(toDiscuss.length).toBeGreaterThanOrEqual(1)
    // Calibration moves the order: by calibrated score it is not the order by raw mean.
    const scored = [...scores.proposals.entries()]
    const order = (pick: (s: (typeof scored)[number][1]) => number) => [...scored].sort((a, b) => pick(b[1]) - pick(a[1]) || a[0].localeCompare(b[0])).map(([id]) => id)
    expect(order((s) => s.calibrated!)).not.toEqual(order((s) => s.rawMean!))
    // A harsh and a lenient mentor: their mean overall scores sit below and above everyone's.
    const reviews = await db.review.findMany({ where: { proposal: { seasonId } }, select: { overallScore: true, reviewer: { select: { name: true } } } })
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
    const of = (name: string) => mean(reviews.filter((r) => r.reviewer.name === name).map((r) => r.overallScore!))
    const all = mean(reviews.map((r) => r.overallScore!))
    expect(of('Lukas Brenner')).toBeLessThan(all - 0.3)
    expect(of('Yuri Sokolenko')).toBeGreaterThan(all + 0.3)
    expect(await db.conflict.count({ where: { seasonId } })).toBeGreaterThanOrEqual(1)
    for (const visibility of ['MENTORS', 'SHARED'] as const) expect(await db.comment.count({ where: { proposal: { seasonId }, visibility } })).toBeGreaterThanOrEqual(2)
    expect(await db.proposal.count({ where: { seasonId, status: 'DRAFT', feedbackRequestedAt: { not: null }, feedbackDoneAt: null } })).toBe(1)
  })

  it('does nothing when run a second time', async () => {
    const count = async () => {
      const { id: seasonId } = await demoSeason()
      return Promise.all([db.organization.count({ where: { slug: DEMO_ORG_SLUG } }), db.season.count({ where: { organization: { slug: DEMO_ORG_SLUG } } }), db.proposal.count({ where: { seasonId } }), db.seasonRole.count({ where: { seasonId } })])
    }
    const before = await count()
    expect(await seedDemo(db)).toEqual({ created: false })
    expect(await count()).toEqual(before)
  })
})
