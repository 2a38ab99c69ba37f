// A season at an umbrella organization's scale, for measuring (issue 16): N submitted proposals from about N/1.5
// students, N/13 mentors and N/5 published ideas, 4 reviews per proposal with rubric scores, and comments on about
// a third of the proposals. Rows get their ids here and go in with createMany in chunks, so 2,000 proposals take a
// few dozen round trips, not tens of thousands. The season is the newest (year after the newest one), with its
// whole timeline in the past: applications closed, decisions announced. Names and scores come from a seeded
// generator, so two runs make the same season.
import { randomUUID } from 'node:crypto'
import type { PrismaClient } from '../../generated/prisma/client'

const CHUNK = 1000
const SKILLS = ['C', 'Python', 'Rust', 'Go', 'OCaml', 'JavaScript', 'Linux kernel', 'Networking', 'Storage', 'Security']
const DIFFICULTIES = ['EASY', 'MEDIUM', 'HARD'] as const
const RUBRIC = [
  { key: 'plan', label: 'Technical plan' },
  { key: 'skills', label: 'Skills and preparation' },
  { key: 'community', label: 'Community interaction' },
]

function seededRandom(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

async function inChunks<Row>(rows: Row[], insert: (chunk: Row[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK))
}

export type ScaleSeason = { slug: string; seasonId: string; proposals: number; students: number; mentors: number; ideas: number; reviews: number; comments: number }

/** `year`: by default the year after the newest season's, so the scale season is the current one (what "/" shows). */
export async function seedScale(prisma: PrismaClient, { proposals: total, year: givenYear }: { proposals: number; year?: number }): Promise<ScaleSeason> {
  const org = await prisma.organization.findFirst({ orderBy: { createdAt: 'asc' } })
  if (!org) throw new Error('No organization in the database: run `npm run db:seed` (or `npm run demo`) first.')
  const newest = await prisma.season.findFirst({ where: { organizationId: org.id }, orderBy: { year: 'desc' }, select: { year: true } })
  const year = givenYear ?? (newest?.year ?? 2011) + 1
  const tag = randomUUID().slice(0, 8)
  const slug = `scale-${total}-${tag}`
  const random = seededRandom(total)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!

  const studentCount = Math.max(1, Math.round(total / 1.5))
  const mentorCount = Math.max(1, Math.round(total / 13))
  const ideaCount = Math.max(1, Math.round(total / 5))
  const now = new Date()
  const day = 24 * 60 * 60 * 1000
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day)
  const phases = [
    ['IDEAS_PUBLISHED', 120],
    ['APPLICATIONS_OPEN', 100],
    ['APPLICATIONS_CLOSE', 86],
    ['REVIEW', 85],
    ['SLOT_REQUEST', 70],
    ['SLOTS_KNOWN', 60],
    ['ACCEPTED_ANNOUNCED', 50],
  ] as const

  const season = await prisma.season.create({
    data: {
      organizationId: org.id,
      slug,
      program: 'Google Summer of Code',
      year,
      title: `Scale season ${year} (${total} proposals)`,
      summary: `A generated season of ${total} proposals for measuring the app at an umbrella organization's scale.`,
      phases: { create: phases.map(([kind, daysAgo]) => ({ kind, startsAt: at(daysAgo), endsAt: kind === 'REVIEW' ? at(72) : null })) },
      rubricCriteria: { create: RUBRIC.map((c, position) => ({ ...c, position })) },
    },
    include: { rubricCriteria: true },
  })

  const person = (kind: string, i: number) => ({
    id: randomUUID(),
    name: `${kind === 'mentor' ? 'Mentor' : 'Student'} ${i + 1} of ${slug}`,
    email: `${kind}-${i + 1}.${slug}@example.org`,
    emailVerified: now,
    timeZone: 'UTC',
  })
  const students = Array.from({ length: studentCount }, (_, i) => person('student', i))
  const mentors = Array.from({ length: mentorCount }, (_, i) => person('mentor', i))
  await inChunks([...students, ...mentors], (data) => prisma.user.createMany({ data }))
  await inChunks(
    [
      ...students.map((u) => ({ userId: u.id, seasonId: season.id, role: 'STUDENT' as const })),
      ...mentors.map((u) => ({ userId: u.id, seasonId: season.id, role: 'MENTOR' as const, capacity: 2 })),
    ],
    (data) => prisma.seasonRole.createMany({ data }),
  )

  const ideas = Array.from({ length: ideaCount }, (_, i) => ({
    id: randomUUID(),
    seasonId: season.id,
    slug: `idea-${i + 1}`,
    title: `Idea ${i + 1}: ${pick(['faster', 'safer', 'simpler', 'observable'])} ${pick(['scheduler', 'block driver', 'toolstack', 'network backend', 'test suite'])}`,
    summary: `Generated idea ${i + 1} of the scale season.`,
    description: `## Goal\n\nGenerated idea ${i + 1}.\n\n- one\n- two\n`,
    skills: [pick(SKILLS), pick(SKILLS)].filter((s, j, all) => all.indexOf(s) === j),
    difficulty: pick(DIFFICULTIES),
    status: 'PUBLISHED' as const,
    publishedAt: at(120),
  }))
  await inChunks(ideas, (data) => prisma.idea.createMany({ data }))
  await inChunks(
    ideas.flatMap((idea, i) => [mentors[i % mentorCount]!, mentors[(i + 1) % mentorCount]!].filter((m, j, all) => all.indexOf(m) === j).map((m) => ({ ideaId: idea.id, userId: m.id }))),
    (data) => prisma.ideaMentor.createMany({ data }),
  )

  const proposals = Array.from({ length: total }, (_, i) => ({
    id: randomUUID(),
    seasonId: season.id,
    studentId: students[i % studentCount]!.id,
    ideaId: ideas[Math.floor(random() * ideaCount)]!.id,
    title: `Proposal ${i + 1} of ${slug}`,
    abstract: `What proposal ${i + 1} will build over the summer, in a paragraph.`,
    plan: `## Plan\n\n1. Read the code.\n2. Write the patch.\n3. Test it.\n`,
    timeline: `- June: design\n- July: code\n- August: tests\n`,
    hoursPerWeek: 30,
    links: [],
    status: 'SUBMITTED' as const,
    submittedAt: at(90),
    createdAt: at(95),
    updatedAt: at(90),
  }))
  await inChunks(proposals, (data) => prisma.proposal.createMany({ data }))

  const reviews: { id: string; proposalId: string; reviewerId: string; overallScore: number; willingToMentor: boolean }[] = []
  const scores: { reviewId: string; criterionId: string; score: number }[] = []
  proposals.forEach((proposal, i) => {
    const first = Math.floor(random() * mentorCount)
    const reviewers = new Set<number>()
    for (let k = 0; reviewers.size < Math.min(4, mentorCount); k++) reviewers.add((first + k * 7 + i) % mentorCount)
    for (const r of reviewers) {
      const id = randomUUID()
      reviews.push({ id, proposalId: proposal.id, reviewerId: mentors[r]!.id, overallScore: 1 + Math.floor(random() * 5), willingToMentor: random() < 0.2 })
      for (const c of season.rubricCriteria) scores.push({ reviewId: id, criterionId: c.id, score: c.minScore + Math.floor(random() * (c.maxScore - c.minScore + 1)) })
    }
  })
  await inChunks(reviews, (data) => prisma.review.createMany({ data }))
  await inChunks(scores, (data) => prisma.reviewScore.createMany({ data }))

  const comments = proposals
    .filter(() => random() < 0.35)
    .map((proposal) => ({
      id: randomUUID(),
      proposalId: proposal.id,
      authorId: mentors[Math.floor(random() * mentorCount)]!.id,
      body: random() < 0.5 ? 'Please say more about the tests you will write.' : 'Strong plan; the timeline is tight in July.',
      visibility: random() < 0.3 ? ('SHARED' as const) : ('MENTORS' as const),
    }))
  await inChunks(comments, (data) => prisma.comment.createMany({ data }))
  // Fresh planner statistics: right after a bulk load they say the tables are small, and PostgreSQL would plan the
  // review list's subqueries as scans (autovacuum's analyze comes later, after the benchmark has run).
  await prisma.$executeRawUnsafe('ANALYZE')

  return { slug, seasonId: season.id, proposals: total, students: studentCount, mentors: mentorCount, ideas: ideaCount, reviews: reviews.length, comments: comments.length }
}
