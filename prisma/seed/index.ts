// The demo season: Xen.org, Google Summer of Code 2011, built from prisma/seed/xen-2011.data.ts, whose
// figures match prisma/seed/xen-2011-facts.json (the real season's facts, kept in the repository).
// Idempotent: does nothing when Xen.org exists.
import type { PrismaClient } from '@/generated/prisma/client'
import { renderAcceptedStudentsPost } from '@/lib/announcements'
import * as data from './xen-2011.data'

export const DEMO_ORG_SLUG = 'xen'
export const DEMO_SEASON_SLUG = '2011'

const utc = (iso: string) => new Date(iso)

export const NEWCOMERS = [
  { name: 'Lena Fischer', email: 'lena.fischer@example.net', timeZone: 'Europe/Berlin', country: 'Germany' },
  { name: 'Sam Okafor', email: 'sam.okafor@example.org', timeZone: 'Africa/Lagos', country: 'Nigeria' },
]

// GSoC 2011's published timeline; applications closed 2011-04-08 19:00 UTC, students announced 2011-04-25.
const phases = [
  { kind: 'IDEAS_PUBLISHED', startsAt: '2011-03-18T19:00:00Z', note: 'Accepted organizations and their ideas are public.' },
  { kind: 'APPLICATIONS_OPEN', startsAt: '2011-03-28T19:00:00Z', note: 'Students may submit proposals.' },
  { kind: 'APPLICATIONS_CLOSE', startsAt: '2011-04-08T19:00:00Z', note: 'Deadline for student proposals.' },
  { kind: 'REVIEW', startsAt: '2011-04-08T19:00:00Z', endsAt: '2011-04-22T19:00:00Z', note: 'Mentors review and score proposals.' },
  { kind: 'SLOT_REQUEST', startsAt: '2011-04-11T19:00:00Z', endsAt: '2011-04-15T19:00:00Z', note: 'Admins request student slots.' },
  { kind: 'SLOTS_KNOWN', startsAt: '2011-04-18T19:00:00Z', note: 'Slot allocations are published.' },
  { kind: 'ACCEPTED_ANNOUNCED', startsAt: '2011-04-25T19:00:00Z', note: 'Accepted students are announced.' },
  { kind: 'CODING', startsAt: '2011-05-23T00:00:00Z', endsAt: '2011-08-22T19:00:00Z', note: 'Students code.' },
  { kind: 'EVALUATIONS', startsAt: '2011-07-11T19:00:00Z', endsAt: '2011-08-26T19:00:00Z', note: 'Mid-term (July 11–15) and final (August 22–26) evaluations.' },
] as const

const rubric = [
  { key: 'plan', label: 'Technical plan', description: 'Is the approach sound and the scope realistic for a summer?' },
  { key: 'skills', label: 'Skills and preparation', description: 'Has the student shown they can do the work (patches, prior code)?' },
  { key: 'community', label: 'Community interaction', description: 'Did the student discuss the idea on the lists or IRC before applying?' },
]

/** What makes the demo's review worth reading: a harsh and a lenient mentor, comments both ways, a conflict. */
const REVIEW_DEMO = {
  // Added to the mentor's scores (then kept within 1–5).
  leniency: { 'm-lukas': -1, 'm-yuri': 1 } as Record<string, number>,
  conflicts: [{ mentorKey: 'm-oskar', proposalKey: 'p-29', note: 'Ingrid interned in my team at work last summer.' }],
  comments: [
    { proposalKey: 'p-01', authorKey: 'm-lukas', visibility: 'MENTORS', body: 'Strong plan, but the timeline puts all the testing in August. I would still take it.' },
    { proposalKey: 'p-01', authorKey: 'm-ana', visibility: 'SHARED', body: 'Thank you for the detailed plan! Could you say how you will **test** the virtio backend against an unmodified guest?' },
    { proposalKey: 'p-03', authorKey: 'm-yuri', visibility: 'SHARED', body: 'Please link the patch you mentioned on xen-devel, so we can read it alongside the proposal.' },
    { proposalKey: 'p-03', authorKey: 'm-priya', visibility: 'MENTORS', body: 'Overlaps with p-01 on the same idea; only one of them can be staffed.' },
    { proposalKey: 'p-07', authorKey: 'm-ana', visibility: 'MENTORS', body: 'Nobody has heard from this student on the lists or on IRC.' },
  ] as { proposalKey: string; authorKey: string; visibility: 'MENTORS' | 'SHARED'; body: string }[],
}

/** Small deterministic pseudo-random numbers, so the demo's reviews are the same on every machine. */
function seededRandom(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

export async function seedDemo(prisma: PrismaClient): Promise<{ created: boolean }> {
  if (await prisma.organization.findUnique({ where: { slug: DEMO_ORG_SLUG } })) return { created: false }

  await prisma.$transaction(
    async (tx) => {
      const org = await tx.organization.create({
        data: {
          slug: DEMO_ORG_SLUG,
          name: 'Xen.org',
          websiteUrl: 'https://xen.org',
          description: 'The community behind the Xen hypervisor, mentoring students in Google Summer of Code.',
        },
      })
      const season = await tx.season.create({
        data: {
          organizationId: org.id,
          slug: DEMO_SEASON_SLUG,
          program: 'Google Summer of Code',
          year: 2011,
          title: 'Google Summer of Code 2011',
          summary:
            'Xen.org’s 2011 season: students spend the summer on the hypervisor, its tools and its guests, paired with mentors from the community.',
          maxProposalsPerStudent: 3,
          phases: {
            create: phases.map((p) => ({
              kind: p.kind,
              startsAt: utc(p.startsAt),
              endsAt: 'endsAt' in p ? utc(p.endsAt) : null,
              note: p.note,
            })),
          },
          rubricCriteria: { create: rubric.map((c, position) => ({ ...c, position })) },
        },
        include: { rubricCriteria: true },
      })

      const userIds = new Map<string, string>()
      for (const person of [...data.mentors, ...data.students]) {
        const user = await tx.user.create({
          data: {
            name: person.name,
            email: person.email,
            // The demo's people signed in before: their addresses count as verified, so e-mail links reach them.
            emailVerified: utc('2011-03-01T00:00:00Z'),
            country: person.country,
            school: person.school,
            githubHandle: person.githubHandle,
            timeZone: person.timeZone,
          },
        })
        userIds.set(person.key, user.id)
      }
      const id = (key: string) => {
        const value = userIds.get(key)
        if (!value) throw new Error(`seed: unknown person ${key}`)
        return value
      }
      await tx.seasonRole.createMany({
        data: [
          ...data.mentors.map((m) => ({ userId: id(m.key), seasonId: season.id, role: 'MENTOR' as const, capacity: m.capacity })),
          ...data.mentors.filter((m) => m.isAdmin).map((m) => ({ userId: id(m.key), seasonId: season.id, role: 'ADMIN' as const })),
          ...data.students.map((s) => ({ userId: id(s.key), seasonId: season.id, role: 'STUDENT' as const })),
        ],
      })

      const ideaIds = new Map<string, string>()
      for (const idea of data.ideas) {
        const created = await tx.idea.create({
          data: {
            seasonId: season.id,
            slug: idea.slug,
            title: idea.title,
            summary: idea.summary,
            description: idea.description,
            skills: idea.skills,
            difficulty: idea.difficulty,
            expectedHours: idea.expectedHours,
            capacity: idea.capacity,
            status: 'PUBLISHED',
            createdAt: utc('2011-03-10T12:00:00Z'),
            publishedAt: utc('2011-03-18T19:00:00Z'),
            updatedAt: utc('2011-03-18T19:00:00Z'),
            mentors: { create: idea.mentorKeys.map((key) => ({ userId: id(key) })) },
          },
        })
        ideaIds.set(idea.slug, created.id)
      }

      const decidedAt = utc('2011-04-25T19:00:00Z')
      const proposalIds = new Map<string, string>()
      for (const p of data.proposals) {
        const submittedAt = p.submittedAt ? utc(p.submittedAt) : null
        const created = await tx.proposal.create({
          data: {
            seasonId: season.id,
            studentId: id(p.studentKey),
            ideaId: p.ideaSlug ? ideaIds.get(p.ideaSlug) : null,
            title: p.title,
            abstract: p.abstract,
            plan: p.plan,
            timeline: p.timeline,
            hoursPerWeek: p.hoursPerWeek,
            links: p.links,
            status: p.status,
            submittedAt,
            withdrawnAt: p.status === 'WITHDRAWN' ? utc('2011-04-06T10:00:00Z') : null,
            // The demo's draft asks the mentors for feedback (the draft feedback queue).
            feedbackRequestedAt: p.status === 'DRAFT' ? utc('2011-04-05T16:00:00Z') : null,
            decidedAt: p.status === 'ACCEPTED' || p.status === 'REJECTED' ? decidedAt : null,
            createdAt: submittedAt ?? utc('2011-04-01T12:00:00Z'),
            // The demo is a season of 2011: its rows were last touched then, not when the seed ran.
            updatedAt: p.status === 'ACCEPTED' || p.status === 'REJECTED' ? decidedAt : (submittedAt ?? utc('2011-04-01T12:00:00Z')),
          },
        })
        proposalIds.set(p.key, created.id)
      }

      // One declared conflict of interest: the conflicted mentor does not review that proposal.
      for (const c of REVIEW_DEMO.conflicts) {
        await tx.conflict.create({
          data: {
            seasonId: season.id,
            mentorId: id(c.mentorKey),
            proposalId: proposalIds.get(c.proposalKey)!,
            note: c.note,
            source: 'DECLARED',
            recordedById: id(c.mentorKey),
            createdAt: utc('2011-04-09T08:00:00Z'),
          },
        })
      }
      const conflicted = (proposalKey: string, mentorKey: string) => REVIEW_DEMO.conflicts.some((c) => c.proposalKey === proposalKey && c.mentorKey === mentorKey)

      // Reviews: each application gets two or three reviews from the mentors of its idea and others. One mentor
      // scores harshly and one leniently, so that calibrating for them visibly moves the order.
      const random = seededRandom(2011)
      const mentorKeys = data.mentors.map((m) => m.key)
      const accepted = new Set(data.acceptances.map((a) => a.proposalKey))
      const overallScores = new Map<string, number[]>()
      for (const p of data.proposals.filter((p) => p.status === 'ACCEPTED' || p.status === 'REJECTED')) {
        const idea = data.ideas.find((i) => i.slug === p.ideaSlug)
        const reviewers = new Set((idea?.mentorKeys ?? []).filter((key) => !conflicted(p.key, key)))
        while (reviewers.size < 3) {
          const key = mentorKeys[Math.floor(random() * mentorKeys.length)]!
          if (!conflicted(p.key, key)) reviewers.add(key)
        }
        for (const reviewerKey of reviewers) {
          const base = (accepted.has(p.key) ? 4 : 2) + (REVIEW_DEMO.leniency[reviewerKey] ?? 0)
          const score = () => Math.min(5, Math.max(1, base + Math.round(random() * 2 - 0.5)))
          const scores = season.rubricCriteria.map((c) => ({ criterionId: c.id, score: score() }))
          const overall = Math.round(scores.reduce((sum, s) => sum + s.score, 0) / scores.length)
          overallScores.set(p.key, [...(overallScores.get(p.key) ?? []), overall])
          await tx.review.create({
            data: {
              proposalId: proposalIds.get(p.key)!,
              reviewerId: id(reviewerKey),
              overallScore: overall,
              willingToMentor: idea?.mentorKeys.includes(reviewerKey) === true && overall >= 3,
              scores: { create: scores },
              createdAt: utc('2011-04-14T12:00:00Z'),
            },
          })
        }
      }

      // The admins' saved rank list: the six accepted of 2011 first (so that the accepted-set solver, given 6 slots,
      // takes exactly them: see tests/accepted-set.int.test.ts), then the other applications by mean overall score.
      // Proposals that cannot be ranked (no willing mentor) are left out of the list when it is read.
      const mean = (key: string) => {
        const list = overallScores.get(key) ?? []
        return list.length ? list.reduce((a, b) => a + b, 0) / list.length : 0
      }
      const rest = [...overallScores.keys()].filter((key) => !accepted.has(key)).sort((a, b) => mean(b) - mean(a) || a.localeCompare(b))
      await tx.rankOrder.create({
        data: {
          seasonId: season.id,
          proposalIds: [...data.acceptances.map((a) => a.proposalKey), ...rest].map((key) => proposalIds.get(key)!),
          version: 1,
          updatedById: id(data.mentors.find((m) => m.isAdmin)!.key),
        },
      })

      // Comments both ways: among the mentors, and shared with the student (who never sees the author).
      for (const [i, c] of REVIEW_DEMO.comments.entries()) {
        await tx.comment.create({
          data: {
            proposalId: proposalIds.get(c.proposalKey)!,
            authorId: id(c.authorKey),
            visibility: c.visibility,
            body: c.body,
            createdAt: new Date(utc('2011-04-10T09:00:00Z').getTime() + i * 3_600_000),
          },
        })
      }

      const byKey = new Map(data.proposals.map((p) => [p.key, p]))
      const studentName = new Map(data.students.map((s) => [s.key, s.name]))
      for (const a of data.acceptances) {
        const proposal = byKey.get(a.proposalKey)!
        await tx.acceptance.create({
          data: {
            seasonId: season.id,
            proposalId: proposalIds.get(a.proposalKey)!,
            studentId: id(proposal.studentKey),
            mentorId: id(a.mentorKey),
            announcementAbstract: a.announcementAbstract,
            createdAt: utc('2011-04-22T19:00:00Z'),
          },
        })
      }

      // Two people with no role yet, so the demo can show a newcomer joining: one as a student, one as a mentor.
      for (const newcomer of NEWCOMERS) await tx.user.create({ data: { ...newcomer, emailVerified: utc('2011-03-01T00:00:00Z') } })

      const admin = data.mentors.find((m) => m.isAdmin)!
      await tx.slotRequest.create({
        data: {
          seasonId: season.id,
          minSlots: 5,
          maxSlots: 8,
          justification: 'Six strong proposals with committed mentors, two more we would take with a spare slot.',
          requestedById: id(admin.key),
          createdAt: utc('2011-04-13T09:00:00Z'),
        },
      })
      await tx.slotAllocation.create({
        data: { seasonId: season.id, granted: 6, recordedById: id(admin.key), recordedAt: utc('2011-04-18T19:00:00Z') },
      })

      const body = renderAcceptedStudentsPost({
        intro: data.acceptedAnnouncementIntro,
        outro: data.acceptedAnnouncementOutro,
        projects: data.acceptances.map((a) => {
          const proposal = byKey.get(a.proposalKey)!
          return { title: proposal.title, student: studentName.get(proposal.studentKey)!, abstract: a.announcementAbstract }
        }),
      })
      await tx.announcement.create({
        data: {
          organizationId: org.id,
          seasonId: season.id,
          slug: 'gsoc-2011-accepted-students',
          title: 'Welcome to our Google Summer of Code 2011 students',
          kind: 'ACCEPTED_STUDENTS',
          body,
          publishAt: utc('2011-04-25T19:30:00Z'),
          updatedAt: utc('2011-04-25T19:30:00Z'),
          authorId: id(admin.key),
        },
      })
      for (const a of data.otherAnnouncements) {
        await tx.announcement.create({
          data: {
            organizationId: org.id,
            seasonId: a.kind === 'EVENT' || a.kind === 'CALL_FOR_PAPERS' ? null : season.id,
            slug: a.slug,
            title: a.title,
            kind: a.kind,
            body: a.body,
            publishAt: a.publishAt ? utc(a.publishAt) : null,
            updatedAt: a.publishAt ? utc(a.publishAt) : undefined,
            authorId: id(admin.key),
          },
        })
      }
      await tx.auditLog.create({
        data: { action: 'seed.demo', entity: 'Season', entityId: season.id, seasonId: season.id, after: { source: 'xen-2011.data.ts' } },
      })
    },
    { timeout: 120_000, maxWait: 30_000 },
  )
  return { created: true }
}
