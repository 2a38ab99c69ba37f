// Builds a season of its own for a test file: an admin, two mentors, two students, a published idea, and a
// timeline whose applications are open (or closed) relative to the real time. Nothing is shared with the
// demo season, so tests do not depend on each other's leftovers.
import { randomBytes } from 'node:crypto'
import { db } from '@/lib/db'

const DAY = 24 * 60 * 60 * 1000

export async function createSeasonFixture(options: { applications?: 'open' | 'closed' | 'not-yet'; maxProposalsPerStudent?: number; allowOwnTopics?: boolean } = {}) {
  const tag = randomBytes(4).toString('hex')
  const org = await db.organization.findFirstOrThrow({ orderBy: { createdAt: 'asc' } })
  const now = Date.now()
  const windows: Record<'open' | 'closed' | 'not-yet', [number, number]> = {
    open: [now - 5 * DAY, now + 10 * DAY],
    closed: [now - 20 * DAY, now - 1 * DAY],
    'not-yet': [now + 5 * DAY, now + 20 * DAY],
  }
  const [opensAt, closesAt] = windows[options.applications ?? 'open']
  const season = await db.season.create({
    data: {
      organizationId: org.id,
      slug: `test-${tag}`,
      program: 'Google Summer of Code',
      year: 2030,
      title: `Test season ${tag}`,
      maxProposalsPerStudent: options.maxProposalsPerStudent ?? 3,
      allowOwnTopics: options.allowOwnTopics ?? false,
      phases: {
        create: [
          { kind: 'IDEAS_PUBLISHED', startsAt: new Date(opensAt - 10 * DAY) },
          { kind: 'APPLICATIONS_OPEN', startsAt: new Date(opensAt) },
          { kind: 'APPLICATIONS_CLOSE', startsAt: new Date(closesAt) },
        ],
      },
    },
  })
  const user = (role: string) =>
    db.user.create({ data: { name: `${role} ${tag}`, email: `${role.toLowerCase().replace(/\s+/g, '-')}-${tag}@example.test` } })
  const [admin, mentor, otherMentor, student, otherStudent, outsider] = await Promise.all([
    user('Admin'),
    user('Mentor'),
    user('Other Mentor'),
    user('Student'),
    user('Other Student'),
    user('Outsider'),
  ])
  await db.seasonRole.createMany({
    data: [
      { seasonId: season.id, userId: admin.id, role: 'ADMIN' },
      { seasonId: season.id, userId: mentor.id, role: 'MENTOR', capacity: 1 },
      { seasonId: season.id, userId: otherMentor.id, role: 'MENTOR', capacity: 2 },
      { seasonId: season.id, userId: student.id, role: 'STUDENT' },
      { seasonId: season.id, userId: otherStudent.id, role: 'STUDENT' },
    ],
  })
  const idea = await db.idea.create({
    data: {
      seasonId: season.id,
      slug: `idea-${tag}`,
      title: `Idea ${tag}`,
      summary: 'A published idea for tests.',
      status: 'PUBLISHED',
      publishedAt: new Date(now - 10 * DAY),
      mentors: { create: [{ userId: mentor.id }] },
    },
  })
  return { tag, org, season, admin, mentor, otherMentor, student, otherStudent, outsider, idea }
}

export type SeasonFixture = Awaited<ReturnType<typeof createSeasonFixture>>
